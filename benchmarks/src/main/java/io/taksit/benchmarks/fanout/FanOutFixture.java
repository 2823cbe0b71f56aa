package io.taksit.benchmarks.fanout;

import io.taksit.application.failure.Failure;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.installment.QuoteInstallmentsService;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The installment quote as a host wires it, over two in-process providers that each take
 * {@link #PROVIDER_DELAY} to answer with 12 plans: Hibernate Validator checks the command, a
 * cached thread pool of daemon threads runs the provider calls, the replies are checked and
 * merged.
 */
final class FanOutFixture {

  /** Each provider's delay, as the benchmark issue states it. */
  static final Duration PROVIDER_DELAY = Duration.ofMillis(50);
  private static final Duration PER_PROVIDER_TIMEOUT = Duration.ofSeconds(1);
  private static final String PRICE = "3000.00";
  private static final String BIN = "540668";

  final ExecutorService executor;
  final QuoteInstallments service;
  final QuoteInstallments.Command command;
  final InstallmentGateway paywall;
  final InstallmentGateway teqpay;
  final InstallmentRequest request;
  private final ValidatorFactory validation;

  FanOutFixture() {
    Money principal = Money.of(new BigDecimal(PRICE), Currencies.TRY).get();
    paywall = new SleepingInstallmentGateway(new ProviderId("paywall"), PROVIDER_DELAY,
        quote(new ProviderId("paywall"), Option.some("payjumptestt"), principal, 1, 150));
    teqpay = new SleepingInstallmentGateway(new ProviderId("teqpay"), PROVIDER_DELAY,
        quote(new ProviderId("teqpay"), Option.none(), principal, 6, 175));
    validation = Validation.buildDefaultValidatorFactory();
    executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "installment-gateway");
      thread.setDaemon(true);
      return thread;
    });
    service = new QuoteInstallmentsService(new CommandValidator(validation.getValidator()),
        GatewayRegistry.of(List.empty(), List.of(paywall, teqpay)), executor,
        PER_PROVIDER_TIMEOUT);
    command = new QuoteInstallments.Command(new BigDecimal(PRICE), "TRY", BIN, Set.of());
    request = new InstallmentRequest(principal, Option.some(CardBin.of(BIN).get()));
    Either<Failure, QuoteInstallments.Quotes> check = service.quote(command);
    if (check.isLeft() || !check.get().problems().isEmpty()
        || check.get().offers().options().size() != 12
        || check.get().offers().providers().size() != 2) {
      throw new IllegalStateException("the fan-out must get both providers' plans: " + check);
    }
  }

  /**
   * Twelve plans of one provider: no interest up to {@code interestFreeUpTo} installments, then
   * a customer rate growing by {@code step} hundredths of a percent a count. Paywall (1, 150) and
   * Teqpay (6, 175) each win some counts, so the merge keeps plans of both.
   */
  private static InstallmentQuote quote(ProviderId provider, Option<String> channel,
      Money principal, int interestFreeUpTo, int step) {
    List<InstallmentOption> plans = List.rangeClosed(1, 12).map(count ->
        InstallmentOption.withInterest(provider, channel, count, principal,
            BigDecimal.valueOf(count <= interestFreeUpTo ? 0L : (long) step * (count - 1), 2),
            BigDecimal.valueOf(200 + 20L * count, 2), RoundingMode.HALF_UP).get());
    CardProfile card = CardProfile.of("Garanti Bankası", "Master Card", "Bonus",
        CardKind.INDIVIDUAL, CardType.CREDIT).get();
    return new InstallmentQuote(card, plans);
  }

  /** Stops the provider threads; a benchmark's tear-down calls it. */
  void close() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    validation.close();
  }
}
