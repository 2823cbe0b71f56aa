package io.taksit.adapters.http.contract;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line of a wire logger at DEBUG (the level that prints headers and bodies),
 * so a test can prove that no secret and no card number reaches a log. {@link #start()} listens
 * to Taksit's own adapters; {@link #start(String)} to a wire logger of any name, such as a
 * host's own adapter's {@code com.example.acme.wire}.
 */
public final class WireLogCapture implements AutoCloseable {

  /** The root of every adapter's wire logger ({@code io.taksit.adapters.http.<provider>.wire}). */
  public static final String ADAPTERS = "io.taksit.adapters.http";

  private final Logger logger;
  private final Level previous;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private WireLogCapture(String loggerName) {
    logger = (Logger) LoggerFactory.getLogger(loggerName);
    previous = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
  }

  /** Captures Taksit's adapters ({@value #ADAPTERS} and below). */
  public static WireLogCapture start() {
    return start(ADAPTERS);
  }

  /** Captures the logger {@code loggerName} and every logger below it. */
  public static WireLogCapture start(String loggerName) {
    return new WireLogCapture(java.util.Objects.requireNonNull(loggerName, "loggerName"));
  }

  /** Every captured line, formatted, with any exception's message appended. */
  public List<String> lines() {
    return appender.list.stream()
        .map(e -> e.getFormattedMessage()
            + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
        .toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
    appender.stop();
  }
}
