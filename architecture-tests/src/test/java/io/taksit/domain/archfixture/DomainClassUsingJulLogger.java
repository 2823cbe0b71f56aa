package io.taksit.domain.archfixture;

import java.util.logging.Logger;

/** Breaks CORE_DOES_NOT_LOG: java.util.logging. */
public final class DomainClassUsingJulLogger {

  private static final Logger LOG = Logger.getLogger(DomainClassUsingJulLogger.class.getName());

  public void charged() {
    LOG.info("charged");
  }
}
