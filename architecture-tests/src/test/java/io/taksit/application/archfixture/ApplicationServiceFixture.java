package io.taksit.application.archfixture;

import io.vavr.control.Option;
import java.math.BigDecimal;

/** A clean application class: depends on the JDK and vavr only. */
public final class ApplicationServiceFixture {

  public Option<BigDecimal> quote() {
    return Option.of(BigDecimal.TEN);
  }
}
