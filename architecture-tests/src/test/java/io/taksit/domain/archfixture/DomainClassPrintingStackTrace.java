package io.taksit.domain.archfixture;

/** Breaks CORE_DOES_NOT_WRITE_TO_STANDARD_STREAMS: printStackTrace() writes to System.err. */
public final class DomainClassPrintingStackTrace {

  public void swallow(IllegalStateException problem) {
    problem.printStackTrace();
  }
}
