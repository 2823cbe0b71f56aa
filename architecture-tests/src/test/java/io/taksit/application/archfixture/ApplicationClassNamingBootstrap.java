package io.taksit.application.archfixture;

import io.taksit.bootstrap.archfixture.TaksitWiringFixture;

/** Breaks APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE: reaches into the wiring. */
public final class ApplicationClassNamingBootstrap {

  public TaksitWiringFixture wiring = new TaksitWiringFixture();
}
