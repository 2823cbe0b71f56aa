package io.taksit.adapters.http.support;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Objects;

/**
 * Feign's wire log through SLF4J at DEBUG, every line passed through {@link LogMasking} first.
 * Feign's own {@code FULL} level prints headers and bodies unfiltered, credentials included; this
 * logger is the only one Taksit's clients use. When DEBUG is off nothing is formatted and no
 * response body is buffered, so the log costs nothing in production.
 */
public final class MaskingLogger extends feign.Logger {

  private final org.slf4j.Logger log;

  public MaskingLogger(String name) {
    this.log = org.slf4j.LoggerFactory.getLogger(Objects.requireNonNull(name, "name"));
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (log.isDebugEnabled()) {
      // Masked before the method tag is added, so header rules see the header at line start.
      log.debug(methodTag(configKey) + LogMasking.mask(String.format(format, args)));
    }
  }

  @Override
  protected void logRequest(String configKey, Level logLevel, Request request) {
    if (log.isDebugEnabled()) {
      super.logRequest(configKey, logLevel, request);
    }
  }

  @Override
  protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response,
      long elapsedTime) throws IOException {
    return log.isDebugEnabled()
        ? super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime)
        : response;
  }

  @Override
  protected IOException logIOException(String configKey, Level logLevel, IOException ioe,
      long elapsedTime) {
    return log.isDebugEnabled() ? super.logIOException(configKey, logLevel, ioe, elapsedTime) : ioe;
  }

  @Override
  protected void logRetry(String configKey, Level logLevel) {
    if (log.isDebugEnabled()) {
      super.logRetry(configKey, logLevel);
    }
  }
}
