package io.taksit.application.archfixture;

import io.taksit.adapters.http.archfixturealpha.AlphaProviderClient;

/**
 * Breaks ONLY_BOOTSTRAP_NAMES_CONCRETE_ADAPTERS (and
 * APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE): names a concrete provider adapter.
 */
public final class ApplicationClassNamingAdapter {

  public AlphaProviderClient provider = new AlphaProviderClient();
}
