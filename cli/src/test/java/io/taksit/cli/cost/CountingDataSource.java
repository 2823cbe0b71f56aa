package io.taksit.cli.cost;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what the stores ask of the database: connections taken, statements
 * executed (each {@code execute*} call, a batch counting once: one round trip) and commits. A JDK
 * proxy at each level, so it sees every call whatever the driver.
 */
final class CountingDataSource {

  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery",
      "executeUpdate", "executeBatch", "executeLargeUpdate", "executeLargeBatch");

  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger statements = new AtomicInteger();
  final AtomicInteger commits = new AtomicInteger();
  final AtomicInteger autoCommitted = new AtomicInteger();
  /** The text of each statement prepared, in order, for a budget's failure message. */
  final java.util.List<String> prepared = java.util.Collections.synchronizedList(
      new java.util.ArrayList<>());
  private final DataSource proxy;

  CountingDataSource(DataSource target) {
    proxy = proxy(DataSource.class, target, (method, result) -> {
      if (result instanceof Connection connection) {
        connections.incrementAndGet();
        return proxy(Connection.class, connection, this::onConnection);
      }
      return result;
    });
  }

  DataSource dataSource() {
    return proxy;
  }

  /** The statements prepared since the last call, then none again. */
  java.util.List<String> takePrepared() {
    synchronized (prepared) {
      java.util.List<String> taken = new java.util.ArrayList<>(prepared);
      prepared.clear();
      return taken;
    }
  }

  /** The counts so far, then zero again. */
  Counts takeCounts() {
    Counts counts = new Counts(connections.getAndSet(0), statements.getAndSet(0),
        commits.getAndSet(0), autoCommitted.getAndSet(0));
    return counts;
  }

  /**
   * @param autoCommitted statements run outside an explicit transaction: each is a commit too
   */
  record Counts(int connections, int statements, int commits, int autoCommitted) {
    @Override
    public String toString() {
      return statements + " statements (" + autoCommitted + " auto-committed), " + commits
          + " commits, " + connections + " connections";
    }
  }

  private Object onConnection(Method method, Object result) {
    if (method.getName().equals("commit")) {
      commits.incrementAndGet();
      prepared.add("COMMIT");
    }
    if (method.getName().equals("prepareStatement") && result != null) {
      prepared.add(String.valueOf(((java.sql.PreparedStatement) result).toString()));
    }
    if (result instanceof Statement statement) {
      Connection owner = null;
      try {
        owner = statement.getConnection();
      } catch (java.sql.SQLException ignored) {
        // Counted without knowing the mode.
      }
      Connection connection = owner;
      @SuppressWarnings("unchecked")
      Class<Statement> type = (Class<Statement>) (result instanceof java.sql.CallableStatement
          ? java.sql.CallableStatement.class
          : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
          : Statement.class);
      return proxy(type, statement, (called, answer) -> {
        if (EXECUTIONS.contains(called.getName())) {
          statements.incrementAndGet();
          try {
            if (connection != null && connection.getAutoCommit()) {
              autoCommitted.incrementAndGet();
            }
          } catch (java.sql.SQLException ignored) {
            // The mode is unknown; the statement is counted anyway.
          }
        }
        return answer;
      });
    }
    return result;
  }

  /** What to do with a call's result before the caller gets it. */
  private interface AfterCall {
    Object after(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
    InvocationHandler handler = (self, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException thrown) {
        throw thrown.getCause();
      }
      return after.after(method, result);
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        handler));
  }
}
