package io.taksit.cli.archfixture;

import io.taksit.adapters.http.archfixturebeta.BetaProviderClient;

/** Breaks SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI: a command that names a provider. */
public final class CliNamingProvider {

  public BetaProviderClient provider() {
    return new BetaProviderClient();
  }
}
