package io.taksit.adapters.persistence.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/** A data source whose connections note the SQL of every statement they prepare, in order. */
final class StatementRecorder {

  private final List<String> prepared = new CopyOnWriteArrayList<>();

  /** {@code database}, with every statement its connections prepare recorded here. */
  DataSource around(DataSource database) {
    return (DataSource) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(method, database, args);
          if (!(result instanceof Connection connection)) {
            return result;
          }
          return Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
              new Class<?>[] {Connection.class}, (p, m, a) -> {
                if (m.getName().equals("prepareStatement")) {
                  prepared.add((String) a[0]);
                }
                return invoke(m, connection, a);
              });
        });
  }

  /** What was prepared since the last take, and forgets it. */
  List<String> take() {
    List<String> taken = List.copyOf(prepared);
    prepared.clear();
    return taken;
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
