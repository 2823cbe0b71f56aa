package io.taksit.adapters.http.contract;

import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.RetryPolicy;
import java.time.Duration;

/** Short timeouts and quick read retries, so the whole matrix runs in seconds. */
public final class ContractSettings {

  public static final Duration READ_TIMEOUT = Duration.ofMillis(400);

  /** 3 tries, 10 ms apart unless the stub says otherwise, at most 3 s of waiting. */
  public static final HttpSettings SETTINGS = HttpSettings.DEFAULTS
      .withTimeouts(Duration.ofMillis(500), READ_TIMEOUT)
      .withReadRetries(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(3)));

  private ContractSettings() {}
}
