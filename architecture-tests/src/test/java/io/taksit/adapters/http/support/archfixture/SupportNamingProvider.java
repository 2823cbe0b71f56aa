package io.taksit.adapters.http.support.archfixture;

import io.taksit.adapters.http.archfixturealpha.AlphaProviderClient;

/** Breaks PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER: shared plumbing must name no provider. */
public final class SupportNamingProvider {

  public AlphaProviderClient alpha = new AlphaProviderClient();
}
