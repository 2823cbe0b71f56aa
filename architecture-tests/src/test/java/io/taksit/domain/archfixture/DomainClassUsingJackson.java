package io.taksit.domain.archfixture;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** Breaks DOMAIN_USES_NO_ANNOTATION_FRAMEWORK and DOMAIN_DEPENDS_ONLY_ON_JDK_AND_VAVR. */
public final class DomainClassUsingJackson {

  @JsonProperty("amount")
  public BigDecimal amount = BigDecimal.ONE;
}
