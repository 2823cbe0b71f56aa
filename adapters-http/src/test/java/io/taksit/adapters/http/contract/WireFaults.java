package io.taksit.adapters.http.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;

/** The faulty answers of the matrix, the same for every provider. */
public final class WireFaults {

  /** Longer than {@link ContractSettings#READ_TIMEOUT}: the client gives up first. */
  public static final Duration SLOWER_THAN_TIMEOUT = ContractSettings.READ_TIMEOUT.multipliedBy(3);

  private WireFaults() {}

  public static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"HTTP " + status + " from the stub\"}");
  }

  public static ResponseDefinitionBuilder throttled(String retryAfter) {
    ResponseDefinitionBuilder response = status(429);
    return retryAfter == null ? response : response.withHeader("Retry-After", retryAfter);
  }

  public static ResponseDefinitionBuilder readTimeout(ResponseDefinitionBuilder answer) {
    return answer.withFixedDelay((int) SLOWER_THAN_TIMEOUT.toMillis());
  }

  public static ResponseDefinitionBuilder connectionReset() {
    return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
  }

  public static ResponseDefinitionBuilder emptyBody() {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("");
  }

  public static ResponseDefinitionBuilder malformedJson() {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"Code\": 0, \"amount\": ");
  }

  public static ResponseDefinitionBuilder htmlErrorPage(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>");
  }
}
