package io.taksit.application.installment;

import static io.taksit.application.fakes.FakeInstallmentGatewayPlans.lira;
import static io.taksit.application.fakes.FakeInstallmentGatewayPlans.paywall;
import static io.taksit.application.fakes.FakeInstallmentGatewayPlans.paywallCard;
import static io.taksit.application.fakes.FakeInstallmentGatewayPlans.teqpay;
import static io.taksit.application.fakes.FakeInstallmentGatewayPlans.teqpayCard;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.fakes.FakeInstallmentGateway;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.QuoteInstallments.ProviderProblem;
import io.taksit.application.port.in.QuoteInstallments.ProviderProblem.Kind;
import io.taksit.application.port.in.QuoteInstallments.Quotes;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuoteInstallmentsServiceTest {

  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  private static final Duration GENEROUS = Duration.ofSeconds(5);

  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stopTheSlowCalls() {
    executor.shutdownNow();
  }

  // Paywall's documented 30.00 TRY rows: interest on top of the price, one gateway (channel).
  private static final List<InstallmentOption> PAYWALL_PLANS = List.of(
      paywall(1, "30.00", "2.00", "2.00", "30.60"),
      paywall(2, "30.00", "3.00", "2.50", "30.90"),
      paywall(3, "30.00", "5.00", "3.00", "31.50"));

  // Teqpay's style: the commission inside the price, so the customer pays exactly the price.
  private static final List<InstallmentOption> TEQPAY_PLANS = List.of(
      teqpay(1, "30.00", "2.00"),
      teqpay(12, "30.00", "16.75"));

  @Test
  void twoProvidersAnswersAreMergedAndRankedByCountThenPrice() {
    // Paywall answers last but is registered first: its view of the card is the one kept.
    FakeInstallmentGateway paywall = FakeInstallmentGateway
        .answering(new ProviderId("paywall"), paywallCard(), PAYWALL_PLANS).after(Duration.ofMillis(100));
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);

    Either<Failure, Quotes> result = service(GENEROUS, paywall, teqpay)
        .quote(command("30.00", "540668", Set.of()));

    assertThat(result.isRight()).as("%s", result).isTrue();
    Quotes quotes = result.get();
    assertThat(quotes.offers().principal()).isEqualTo(lira("30.00"));
    assertThat(quotes.offers().options()).containsExactly(
        TEQPAY_PLANS.get(0), PAYWALL_PLANS.get(1), PAYWALL_PLANS.get(2), TEQPAY_PLANS.get(1));
    assertThat(quotes.card()).isEqualTo(Option.some(paywallCard()));
    assertThat(quotes.problems()).isEmpty();

    InstallmentGateway.InstallmentRequest asked = new InstallmentGateway.InstallmentRequest(
        lira("30.00"), Option.some(CardBin.of("540668").get()));
    assertThat(paywall.requests()).containsExactly(asked);
    assertThat(teqpay.requests()).containsExactly(asked);
  }

  @Test
  void fiveHundredLiraInTwelveInstallmentsKeepsTheScheduleExact() {
    FakeInstallmentGateway teqpay = FakeInstallmentGateway.answering(new ProviderId("teqpay"),
        teqpayCard(), List.of(teqpay(1, "500.00", "2.00"), teqpay(12, "500.00", "16.75")));

    Quotes quotes = service(GENEROUS, teqpay).quote(command("500.00", null, Set.of())).get();

    InstallmentOption twelve = quotes.offers().bestFor(12).get();
    assertThat(twelve.schedule())
        .isEqualTo(List.fill(8, lira("41.67")).appendAll(List.fill(4, lira("41.66"))));
    assertThat(teqpay.requests().single().bin()).isEqualTo(Option.none());
  }

  @Test
  void aSlowProviderTimesOutWhileTheOthersOffersArrive() {
    FakeInstallmentGateway slowPaywall = FakeInstallmentGateway
        .answering(new ProviderId("paywall"), paywallCard(), PAYWALL_PLANS).after(Duration.ofSeconds(2));
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);

    long started = System.nanoTime();
    Quotes quotes = service(Duration.ofMillis(200), slowPaywall, teqpay)
        .quote(command("30.00", null, Set.of())).get();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(quotes.offers().options()).containsExactlyElementsOf(TEQPAY_PLANS);
    assertThat(quotes.offers().providers()).doesNotContain(new ProviderId("paywall"));
    assertThat(quotes.card()).as("the card as the first provider that answered saw it")
        .isEqualTo(Option.some(teqpayCard()));
    assertThat(quotes.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.provider()).isEqualTo(new ProviderId("paywall"));
      assertThat(problem.kind()).isEqualTo(Kind.TIMED_OUT);
      assertThat(problem.reason()).contains("200 ms");
    });
    // Generous: the point is that nobody waited for the 2 s provider.
    assertThat(took).isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void providersAreAskedInParallel() {
    // Each call waits for the other to have started: asked one after the other, both would
    // time out at the barrier instead of answering.
    CyclicBarrier bothStarted = new CyclicBarrier(2);
    FakeInstallmentGateway paywall = FakeInstallmentGateway.with(new ProviderId("paywall"),
        request -> afterBarrier(bothStarted, paywallCard(), PAYWALL_PLANS));
    FakeInstallmentGateway teqpay = FakeInstallmentGateway.with(new ProviderId("teqpay"),
        request -> afterBarrier(bothStarted, teqpayCard(), TEQPAY_PLANS));

    Quotes quotes = service(GENEROUS, paywall, teqpay).quote(command("30.00", null, Set.of()))
        .get();

    assertThat(quotes.problems()).isEmpty();
    assertThat(quotes.offers().providers())
        .containsExactlyInAnyOrder(new ProviderId("paywall"), new ProviderId("teqpay"));
  }

  @Test
  void failingAndThrowingProvidersAreReportedWithoutTheExceptionsMessage() {
    // Registered teqpay first: problems still come sorted by provider.
    FakeInstallmentGateway teqpay = FakeInstallmentGateway.throwing(new ProviderId("teqpay"),
        new IllegalStateException("card 4506341234567890 rejected"));
    FakeInstallmentGateway paywall = FakeInstallmentGateway.failing(new ProviderId("paywall"),
        "HTTP 503", Option.some(Duration.ofSeconds(30)));

    Either<Failure, Quotes> result = service(GENEROUS, teqpay, paywall)
        .quote(command("30.00", null, Set.of()));

    assertThat(result.isRight()).as("nobody answered, and that is still an answer").isTrue();
    Quotes quotes = result.get();
    assertThat(quotes.offers().isEmpty()).isTrue();
    assertThat(quotes.offers().principal()).isEqualTo(lira("30.00"));
    assertThat(quotes.card()).isEqualTo(Option.none());
    assertThat(quotes.problems()).containsExactly(
        new ProviderProblem(new ProviderId("paywall"), Kind.FAILED, "HTTP 503; retry after 30 s"),
        new ProviderProblem(new ProviderId("teqpay"), Kind.FAILED,
            "the gateway failed: IllegalStateException"));
  }

  @Test
  void aRefusalIsReportedInTheProvidersWords() {
    FakeInstallmentGateway paywall = FakeInstallmentGateway.refusing(new ProviderId("paywall"), "1002",
        "Bin bulunamadı");
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);

    Quotes quotes = service(GENEROUS, paywall, teqpay).quote(command("30.00", "999999", Set.of()))
        .get();

    assertThat(quotes.offers().options()).containsExactlyElementsOf(TEQPAY_PLANS);
    assertThat(quotes.problems()).containsExactly(new ProviderProblem(new ProviderId("paywall"),
        Kind.REFUSED, "Bin bulunamadı (code 1002)"));
  }

  @Test
  void plansForAnotherAmountAreAnIntegrityFailureAndAreDropped() {
    FakeInstallmentGateway paywall = FakeInstallmentGateway.answering(new ProviderId("paywall"),
        paywallCard(), List.of(paywall(1, "31.00", "2.00", "2.00", "31.62")));
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);

    Quotes quotes = service(GENEROUS, paywall, teqpay).quote(command("30.00", null, Set.of()))
        .get();

    assertThat(quotes.offers().options()).containsExactlyElementsOf(TEQPAY_PLANS);
    assertThat(quotes.card()).as("an untrustworthy answer's card is not kept either")
        .isEqualTo(Option.some(teqpayCard()));
    assertThat(quotes.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.provider()).isEqualTo(new ProviderId("paywall"));
      assertThat(problem.kind()).isEqualTo(Kind.FAILED);
      assertThat(problem.reason()).startsWith("integrity: ").contains("31.00 TRY");
    });
  }

  @Test
  void plansUnderAnotherProvidersNameAreAnIntegrityFailure() {
    FakeInstallmentGateway paywall = FakeInstallmentGateway.answering(new ProviderId("paywall"),
        paywallCard(), TEQPAY_PLANS);

    Quotes quotes = service(GENEROUS, paywall).quote(command("30.00", null, Set.of())).get();

    assertThat(quotes.offers().isEmpty()).isTrue();
    assertThat(quotes.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.FAILED);
      assertThat(problem.reason()).startsWith("integrity: ").contains("teqpay");
    });
  }

  @Test
  void onlyTheNamedProvidersAreAsked() {
    FakeInstallmentGateway paywall =
        FakeInstallmentGateway.answering(new ProviderId("paywall"), paywallCard(), PAYWALL_PLANS);
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);

    Quotes quotes = service(GENEROUS, paywall, teqpay)
        .quote(command("30.00", null, Set.of("teqpay"))).get();

    assertThat(quotes.offers().providers()).containsExactly(new ProviderId("teqpay"));
    assertThat(paywall.calls()).isZero();
    assertThat(teqpay.calls()).isOne();
  }

  @Test
  void unknownProviderNamesAreRefusedByNameAndNobodyIsAsked() {
    FakeInstallmentGateway paywall =
        FakeInstallmentGateway.answering(new ProviderId("paywall"), paywallCard(), PAYWALL_PLANS);
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);

    Either<Failure, Quotes> result = service(GENEROUS, paywall, teqpay)
        .quote(command("30.00", null, Set.of("teqpay", "sipay", "acme")));

    assertThat(result.getLeft()).isEqualTo(new Failure.InvalidRequest(List.of(new FieldViolation(
        "providers", "name providers that are not configured: acme, sipay"
            + " (configured: paywall, teqpay)"))));
    assertThat(paywall.calls() + teqpay.calls()).isZero();
  }

  @Test
  void aBadlyFormedProviderNameIsRefusedWithoutBeingEchoed() {
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);

    Either<Failure, Quotes> result = service(GENEROUS, teqpay)
        .quote(command("30.00", null, Set.of("Teq\npay")));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).singleElement().satisfies(violation -> {
          assertThat(violation.field()).isEqualTo("providers");
          assertThat(violation.rule()).startsWith("names must").doesNotContain("Teq");
        }));
    assertThat(teqpay.calls()).isZero();
  }

  @Test
  void aFullCardNumberIsRefusedWithoutRepeatingItsDigitsAndNobodyIsAsked() {
    FakeInstallmentGateway paywall =
        FakeInstallmentGateway.answering(new ProviderId("paywall"), paywallCard(), PAYWALL_PLANS);

    Either<Failure, Quotes> result = service(GENEROUS, paywall)
        .quote(command("30.00", "4506341234567890", Set.of()));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).singleElement().satisfies(violation ->
            assertThat(violation.field()).isEqualTo("bin")));
    assertThat(result.getLeft().message()).doesNotContain("4506341234567890").doesNotContain("450634");
    assertThat(paywall.calls()).isZero();
  }

  @Test
  void anEightDigitBinReachesTheProviders() {
    FakeInstallmentGateway paywall =
        FakeInstallmentGateway.answering(new ProviderId("paywall"), paywallCard(), PAYWALL_PLANS);

    service(GENEROUS, paywall).quote(command("30.00", "45063412", Set.of())).get();

    assertThat(paywall.requests().single().bin().map(CardBin::digits))
        .isEqualTo(Option.some("45063412"));
  }

  @Test
  void withNoInstallmentProviderTheOffersAreEmpty() {
    Quotes quotes = service(GENEROUS).quote(command("30.00", null, Set.of())).get();

    assertThat(quotes.offers().isEmpty()).isTrue();
    assertThat(quotes.card()).isEqualTo(Option.none());
    assertThat(quotes.problems()).isEmpty();
  }

  @Test
  void aCallTheExecutorRejectsFailsThatProviderOnly() {
    FakeInstallmentGateway teqpay =
        FakeInstallmentGateway.answering(new ProviderId("teqpay"), teqpayCard(), TEQPAY_PLANS);
    QuoteInstallmentsService service = new QuoteInstallmentsService(VALIDATOR,
        GatewayRegistry.of(List.empty(), List.of(teqpay)),
        task -> {
          throw new RejectedExecutionException("queue full");
        },
        GENEROUS);

    Quotes quotes = service.quote(command("30.00", null, Set.of())).get();

    assertThat(quotes.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.FAILED);
      assertThat(problem.reason()).contains("RejectedExecutionException");
    });
    assertThat(teqpay.calls()).isZero();
  }

  private QuoteInstallmentsService service(Duration timeout, InstallmentGateway... gateways) {
    return new QuoteInstallmentsService(VALIDATOR,
        GatewayRegistry.of(List.empty(), List.of(gateways)), executor, timeout);
  }

  private static QuoteInstallments.Command command(String amount, String bin,
      Set<String> providers) {
    return new QuoteInstallments.Command(new BigDecimal(amount), "TRY", bin, providers);
  }

  private static ReadOutcome<InstallmentGateway.InstallmentQuote> afterBarrier(
      CyclicBarrier barrier, CardProfile card,
      List<InstallmentOption> plans) {
    try {
      barrier.await(2, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return ReadOutcome.failed("interrupted");
    } catch (BrokenBarrierException | TimeoutException alone) {
      return ReadOutcome.failed("asked alone: the calls were not parallel");
    }
    return ReadOutcome.answered(new InstallmentGateway.InstallmentQuote(card, plans));
  }
}
