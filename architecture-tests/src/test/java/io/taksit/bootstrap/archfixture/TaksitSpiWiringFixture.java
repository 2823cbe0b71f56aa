package io.taksit.bootstrap.archfixture;

import io.taksit.adapters.http.support.archfixture.SharedPlumbingFixture;

/** Allowed by SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI: shared plumbing only. */
public final class TaksitSpiWiringFixture {

  public SharedPlumbingFixture plumbing() {
    return new SharedPlumbingFixture();
  }
}
