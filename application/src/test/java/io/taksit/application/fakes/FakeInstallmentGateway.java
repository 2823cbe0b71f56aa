package io.taksit.application.fakes;

import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An installment gateway that answers as told, optionally after a delay, and remembers every
 * request it got so a test can prove who was (not) called. Safe to call from many threads.
 */
public final class FakeInstallmentGateway implements InstallmentGateway {

  private final ProviderId provider;
  private final Function<InstallmentRequest, ReadOutcome<InstallmentQuote>> behaviour;
  private final java.util.List<InstallmentRequest> requests = new CopyOnWriteArrayList<>();

  private FakeInstallmentGateway(ProviderId provider,
      Function<InstallmentRequest, ReadOutcome<InstallmentQuote>> behaviour) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
  }

  /** Runs {@code behaviour} for every request. */
  public static FakeInstallmentGateway with(ProviderId provider,
      Function<InstallmentRequest, ReadOutcome<InstallmentQuote>> behaviour) {
    return new FakeInstallmentGateway(provider, behaviour);
  }

  /** Answers every request with this card and these plans. */
  public static FakeInstallmentGateway answering(ProviderId provider, CardProfile card,
      List<InstallmentOption> options) {
    return with(provider, request -> ReadOutcome.answered(new InstallmentQuote(card, options)));
  }

  /** Refuses every request as the provider would (unknown BIN...). */
  public static FakeInstallmentGateway refusing(ProviderId provider, String code, String message) {
    return with(provider, request -> new ReadOutcome.Refused<>(
        new ProviderAnswer(Option.none(), Option.some(code), Option.some(message)),
        "refused with code " + code));
  }

  /** Gives no usable answer (5xx, unreadable body...). */
  public static FakeInstallmentGateway failing(ProviderId provider, String reason,
      Option<Duration> retryAfter) {
    return with(provider, request -> new ReadOutcome.Failed<>(reason, retryAfter));
  }

  /** Throws, as a buggy adapter or broken infrastructure would. */
  public static FakeInstallmentGateway throwing(ProviderId provider, RuntimeException thrown) {
    return with(provider, request -> {
      throw thrown;
    });
  }

  /** This gateway, answering only after {@code delay}; an interrupt cuts the wait short. */
  public FakeInstallmentGateway after(Duration delay) {
    return with(provider, request -> {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException interrupted) {
        // The test is over and its executor shut down: answer nothing, quietly.
        Thread.currentThread().interrupt();
        return ReadOutcome.failed("interrupted");
      }
      return behaviour.apply(request);
    });
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    requests.add(request);
    return behaviour.apply(request);
  }

  /** How many times {@link #quote} was called. */
  public int calls() {
    return requests.size();
  }

  /** Every request received, in order. */
  public List<InstallmentRequest> requests() {
    return List.ofAll(requests);
  }
}
