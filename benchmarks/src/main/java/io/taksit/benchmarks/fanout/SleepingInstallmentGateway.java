package io.taksit.benchmarks.fanout;

import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.provider.ProviderId;
import java.time.Duration;
import java.util.Objects;

/**
 * An in-process installment provider that takes {@code delay} to answer, as a remote one spends
 * its time waiting on the network, then gives the same plans every time.
 */
final class SleepingInstallmentGateway implements InstallmentGateway {

  private final ProviderId provider;
  private final Duration delay;
  private final InstallmentQuote answer;

  SleepingInstallmentGateway(ProviderId provider, Duration delay, InstallmentQuote answer) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.delay = Objects.requireNonNull(delay, "delay");
    this.answer = Objects.requireNonNull(answer, "answer");
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return ReadOutcome.failed("interrupted");
    }
    return ReadOutcome.answered(answer);
  }
}
