package io.taksit.application.archfixture;

/** Breaks CORE_DOES_NOT_WRITE_TO_STANDARD_STREAMS: System.err. */
public final class ApplicationClassPrintingToStandardErr {

  public void warn(String text) {
    System.err.println(text);
  }
}
