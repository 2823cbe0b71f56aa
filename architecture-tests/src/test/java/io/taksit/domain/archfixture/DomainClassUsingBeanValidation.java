package io.taksit.domain.archfixture;

import jakarta.validation.constraints.NotNull;

/** Breaks DOMAIN_USES_NO_ANNOTATION_FRAMEWORK: jakarta annotations in the domain. */
public final class DomainClassUsingBeanValidation {

  @NotNull
  public String accountNumber = "1";
}
