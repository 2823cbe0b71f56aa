package io.taksit.domain.archfixture;

/** Breaks CORE_DOES_NOT_LOG: the JDK's System.Logger is a logging API too. */
public final class DomainClassUsingSystemLogger {

  public void charged() {
    System.getLogger("taksit").log(System.Logger.Level.INFO, "charged");
  }
}
