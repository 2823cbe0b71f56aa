package io.taksit.bootstrap.archfixture;

import io.taksit.adapters.http.archfixturealpha.AlphaProviderClient;

/** Allowed by ONLY_BOOTSTRAP_NAMES_CONCRETE_ADAPTERS: the wiring picks concrete adapters. */
public final class TaksitWiringFixture {

  public AlphaProviderClient provider() {
    return new AlphaProviderClient();
  }
}
