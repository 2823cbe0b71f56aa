package io.taksit.adapters.http.contract;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line of the HTTP adapters at DEBUG (the level that prints headers and
 * bodies), so a test can prove that no secret and no card number reaches a log.
 */
public final class WireLogCapture implements AutoCloseable {

  /** The root of every adapter's wire logger ({@code io.taksit.adapters.http.<provider>.wire}). */
  public static final String ADAPTERS = "io.taksit.adapters.http";

  private final Logger logger;
  private final Level previous;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private WireLogCapture() {
    logger = (Logger) LoggerFactory.getLogger(ADAPTERS);
    previous = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
  }

  public static WireLogCapture start() {
    return new WireLogCapture();
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
