package io.taksit.application.archfixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks CORE_DOES_NOT_LOG: SLF4J in the application layer. */
public final class ApplicationClassUsingSlf4j {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationClassUsingSlf4j.class);

  public void paid(String paymentId) {
    LOG.info("paid {}", paymentId);
  }
}
