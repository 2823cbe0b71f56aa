package io.taksit.domain.archfixture;

import io.taksit.application.archfixture.ApplicationServiceFixture;

/** Breaks DOMAIN_DEPENDS_ONLY_ON_JDK_AND_VAVR: the domain reaching up into the application. */
public final class DomainClassNamingApplication {

  public ApplicationServiceFixture service = new ApplicationServiceFixture();
}
