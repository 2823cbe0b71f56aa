package io.taksit.cli.demo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the libraries under the demo quiet while it narrates: the root logger and the loggers of
 * Taksit (the providers' wire logs included), the pool, the migrations, Feign and H2 are held at
 * WARN for the run, then put back as they were. Without a logback configuration, logback logs
 * everything at DEBUG, which would bury the narration under wire logs.
 */
final class QuietLogs implements AutoCloseable {

  private static final List<String> NOISY = List.of(Logger.ROOT_LOGGER_NAME, "io.taksit",
      "com.zaxxer.hikari", "org.flywaydb", "feign", "org.h2");

  private final List<Restore> restores;

  private QuietLogs(List<Restore> restores) {
    this.restores = restores;
  }

  /** Raises the noisy loggers to WARN where they are more talkative; a no-op without logback. */
  static QuietLogs atWarn() {
    List<Restore> restores = new ArrayList<>();
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      for (String name : NOISY) {
        ch.qos.logback.classic.Logger logger = context.getLogger(name);
        if (!logger.getEffectiveLevel().isGreaterOrEqual(Level.WARN)) {
          restores.add(new Restore(logger, logger.getLevel()));
          logger.setLevel(Level.WARN);
        }
      }
    }
    return new QuietLogs(restores);
  }

  @Override
  public void close() {
    for (int i = restores.size() - 1; i >= 0; i--) {
      restores.get(i).logger().setLevel(restores.get(i).level());
    }
  }

  /** A logger and the level it had before (null: inherited). */
  private record Restore(ch.qos.logback.classic.Logger logger, Level level) {}
}
