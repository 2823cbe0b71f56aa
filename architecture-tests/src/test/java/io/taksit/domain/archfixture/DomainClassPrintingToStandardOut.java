package io.taksit.domain.archfixture;

/** Breaks CORE_DOES_NOT_WRITE_TO_STANDARD_STREAMS: System.out. */
public final class DomainClassPrintingToStandardOut {

  public void report(String text) {
    System.out.println(text);
  }
}
