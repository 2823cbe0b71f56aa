package io.taksit.bootstrap.chaos;

import io.taksit.bootstrap.cli.TaksitCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs the {@code taksit} command line in-process. {@code TaksitCli.run(out, err, environment,
 * args)} is package-private, so it is reached by reflection from this package; an exception
 * escaping it is rethrown as is.
 */
final class CliRunner {

  /** What one invocation printed and answered. */
  record Run(int exitCode, String out, String err) {
    String printed() {
      return out + err;
    }
  }

  private static final Method RUN = find();

  private CliRunner() {}

  static Run run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    try {
      exitCode = (Integer) RUN.invoke(null, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), environment, (Object) args);
    } catch (InvocationTargetException escaped) {
      Throwable cause = escaped.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call TaksitCli.run", e);
    }
    return new Run(exitCode, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static Method find() {
    try {
      Method run = TaksitCli.class.getDeclaredMethod("run", PrintStream.class, PrintStream.class,
          Map.class, String[].class);
      run.setAccessible(true);
      return run;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("TaksitCli.run(out, err, environment, args) is gone", e);
    }
  }
}
