package io.taksit.adapters.persistence.archfixturejdbc;

import io.taksit.adapters.http.archfixturealpha.AlphaProviderClient;

/** Breaks ADAPTER_MODULES_DO_NOT_DEPEND_ON_EACH_OTHER: persistence naming an HTTP adapter. */
public final class JdbcStoreCallingHttpAdapter {

  public AlphaProviderClient provider = new AlphaProviderClient();
}
