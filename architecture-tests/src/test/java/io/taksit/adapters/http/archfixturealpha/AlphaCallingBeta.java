package io.taksit.adapters.http.archfixturealpha;

import io.taksit.adapters.http.archfixturebeta.BetaProviderClient;

/** Breaks PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER: provider alpha names provider beta. */
public final class AlphaCallingBeta {

  public BetaProviderClient beta = new BetaProviderClient();
}
