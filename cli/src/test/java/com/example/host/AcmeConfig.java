package com.example.host;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.spi.ProviderConfiguration;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.vavr.collection.List;

/**
 * A host's own provider's configuration ({@code providers.acme}), written outside Taksit: bound
 * by Jackson with Taksit's value types, checked with Taksit's {@code ConfigChecks}.
 */
public record AcmeConfig(String baseUrl, Secret merchantKey, HttpSettings http)
    implements ProviderConfiguration {

  @JsonCreator
  public static AcmeConfig fromConfiguration(@JsonProperty("baseUrl") String baseUrl,
      @JsonProperty("merchantKey") Secret merchantKey, @JsonProperty("http") HttpSettings http) {
    return new AcmeConfig(baseUrl, merchantKey, http == null ? HttpSettings.DEFAULTS : http);
  }

  @Override
  public List<ConfigProblem> problems() {
    return ConfigChecks.under("acme")
        .include(Endpoint.problemsOf(baseUrl))
        .present(merchantKey, "merchantKey")
        .present(http, "http")
        .problems();
  }
}
