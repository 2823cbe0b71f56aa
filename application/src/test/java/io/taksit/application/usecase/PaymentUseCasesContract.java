package io.taksit.application.usecase;

import static io.taksit.application.usecase.ScriptedBillingGateway.Pay.APPROVE;
import static io.taksit.application.usecase.ScriptedBillingGateway.Pay.CHARGE_THEN_LOSE_ANSWER;
import static io.taksit.application.usecase.ScriptedBillingGateway.Pay.DECLINE;
import static io.taksit.application.usecase.ScriptedBillingGateway.Pay.LOSE_REQUEST;
import static io.taksit.application.usecase.ScriptedBillingGateway.Pay.NOT_PROCESSED;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The payment use cases (pay, retry, check, reconcile, quote fees) over every row of the status
 * taxonomy, against a repository supplied by the subclass: every repository adapter runs them.
 */
public abstract class PaymentUseCasesContract {

  /** A fresh, empty repository for each test. */
  protected abstract PaymentRepository newRepository();

  private UseCaseFixture taksit;

  @BeforeEach
  void wire() {
    taksit = new UseCaseFixture(newRepository(), UseCaseFixture.allCapabilities(),
        Duration.ofMillis(300));
    taksit.bill("BRN-1");
  }

  @AfterEach
  void release() {
    taksit.close();
  }

  private Either<Failure, Payment> payOnce(String key) {
    return taksit.pay.pay(taksit.payCommand(key, "BRN-1"));
  }

  @ParameterizedTest
  @EnumSource(ScriptedBillingGateway.Pay.class)
  void everyProviderBehaviourEndsInItsTaxonomyRow(ScriptedBillingGateway.Pay behaviour) {
    taksit.gateway.script(behaviour);
    Payment payment = payOnce("key-1").get();

    PaymentStatus expected = switch (behaviour) {
      case APPROVE -> PaymentStatus.SUCCEEDED;
      case DECLINE -> PaymentStatus.DECLINED;
      case NOT_PROCESSED -> PaymentStatus.NOT_PROCESSED;
      case PENDING -> PaymentStatus.PENDING;
      case CHARGE_THEN_LOSE_ANSWER, LOSE_REQUEST, THROW_AFTER_CHARGE, HANG_AFTER_CHARGE ->
          PaymentStatus.UNKNOWN;
    };
    assertThat(payment.status()).isEqualTo(expected);
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
    assertThat(taksit.payments.findById(payment.id()).get().status()).isEqualTo(expected);
    assertThat(taksit.published).first().isInstanceOf(PaymentEvent.Created.class);
    assertThat(taksit.published).last().isInstanceOf(PaymentEvent.OutcomeRecorded.class);
  }

  @Test
  void anExceptionFromTheGatewayNeverLeaksItsMessage() {
    taksit.gateway.script(ScriptedBillingGateway.Pay.THROW_AFTER_CHARGE);
    Payment payment = payOnce("key-1").get();
    assertThat(payment.attempts().last().reason()).isEqualTo("the gateway failed: IllegalStateException")
        .doesNotContain("abc123");
  }

  @ParameterizedTest
  @EnumSource(ScriptedBillingGateway.Pay.class)
  void theSameKeyAndRequestAnswersTheSamePaymentWithoutCallingAgain(ScriptedBillingGateway.Pay first) {
    taksit.gateway.script(first);
    Payment original = payOnce("key-1").get();

    Payment replayed = payOnce("key-1").get();

    assertThat(replayed).isEqualTo(taksit.payments.findById(original.id()).get());
    assertThat(replayed.id()).isEqualTo(original.id());
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherRequestIsAConflict() {
    Payment original = payOnce("key-1").get();
    PayBill.Command other = new PayBill.Command("key-1", "BRN-1", new BigDecimal("505"), "EGP",
        Set.of(1), null, new BigDecimal("505"));

    assertThat(taksit.pay.pay(other).getLeft())
        .isEqualTo(new Failure.IdempotencyConflict("key-1", original.id().value()));
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
  }

  @Test
  void anOffStepAmountIsRefusedBeforeAnythingIsWrittenOrSent() {
    PayBill.Command offStep = new PayBill.Command("key-1", "BRN-1", new BigDecimal("7"), "EGP",
        Set.of(1), null, new BigDecimal("7"));

    Failure failure = taksit.pay.pay(offStep).getLeft();

    assertThat(failure.code()).isEqualTo("amount.off_step");
    assertThat(failure.message()).contains("5.00 EGP or 10.00 EGP");
    assertNothingHappened();
  }

  @Test
  void anAmountOtherThanTheFixedDueIsRefused() {
    PayBill.Command tooMuch = new PayBill.Command("key-1", "BRN-1", new BigDecimal("505"), "EGP",
        Set.of(1), null, new BigDecimal("505"));
    assertThat(taksit.pay.pay(tooMuch).getLeft().code()).isEqualTo("policy.amount_must_equal_due");
    assertNothingHappened();
  }

  @Test
  void aBillThatWasNotInquiredCannotBePaid() {
    assertThat(taksit.pay.pay(taksit.payCommand("key-1", "BRN-unknown")).getLeft())
        .isEqualTo(new Failure.NotFound("bill", "BRN-unknown (inquire first)"));
    assertNothingHappened();
  }

  @Test
  void aBillIsNotPaidTwiceUnderTwoKeys() {
    Payment first = payOnce("key-1").get();
    assertThat(payOnce("key-2").getLeft())
        .isEqualTo(new Failure.BillAlreadyPaid("BRN-1", first.id().value(), "SUCCEEDED"));
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
  }

  @Test
  void aDeclinedBillMayBePaidAgainUnderANewKey() {
    taksit.gateway.script(DECLINE, APPROVE);
    assertThat(payOnce("key-1").get().status()).isEqualTo(PaymentStatus.DECLINED);
    assertThat(payOnce("key-2").get().status()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  @Test
  void twoKeysRacingPastTheReadCheckForOneBillAreSettledByTheRepository() {
    BlindQueries blind = new BlindQueries(newRepository());
    try (UseCaseFixture racing = new UseCaseFixture(blind, UseCaseFixture.allCapabilities(),
        Duration.ofMillis(300))) {
      racing.bill("BRN-1");
      Payment first = racing.pay.pay(racing.payCommand("key-1", "BRN-1")).get();

      // The read check sees no payment of the bill, as if it ran an instant before the first
      // payment was stored on another instance: only the repository's insert can refuse.
      Failure failure = racing.pay.pay(racing.payCommand("key-2", "BRN-1")).getLeft();

      assertThat(failure).isEqualTo(
          new Failure.BillAlreadyPaid("BRN-1", first.id().value(), "SUCCEEDED"));
      assertThat(racing.gateway.payCalls()).isEqualTo(1);
      assertThat(blind.findByIdempotencyKey(new IdempotencyKey("key-2"))).isEmpty();
    }
  }

  @Test
  void aChangedFeeIsRefusedBeforeSending() {
    PayBill.Command wrongTotal = new PayBill.Command("key-1", "BRN-1", new BigDecimal("500"), "EGP",
        Set.of(1), null, new BigDecimal("510"));
    assertThat(taksit.pay.pay(wrongTotal).getLeft())
        .isEqualTo(new Failure.FeeChanged("510 EGP", "500.00 EGP"));
    assertNothingHappened();
  }

  @Test
  void aQuotedFeeIsAcceptedById() {
    var quoted = taksit.quoteFees.quote(new QuoteFees.Command("BRN-1", new BigDecimal("500"), "EGP",
        Set.of(1))).get();
    PayBill.Command byQuote = new PayBill.Command("key-1", "BRN-1", new BigDecimal("500"), "EGP",
        Set.of(1), quoted.id(), null);
    Payment payment = taksit.pay.pay(byQuote).get();
    assertThat(payment.details().feeQuote()).contains(quoted.quote());
    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  /** A payment by quote id is inserted with no read by key first; its replay is the insert's. */
  @ParameterizedTest
  @EnumSource(ScriptedBillingGateway.Pay.class)
  void theSameKeyAndQuoteAnswersTheSamePaymentWithoutCallingAgain(ScriptedBillingGateway.Pay first) {
    taksit.gateway.script(first);
    PayBill.Command byQuote = payByQuote("key-1");
    Payment original = taksit.pay.pay(byQuote).get();

    Payment replayed = taksit.pay.pay(byQuote).get();

    assertThat(replayed).isEqualTo(taksit.payments.findById(original.id()).get());
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
  }

  @Test
  void aRepeatedKeyIsAReplayEvenAfterItsBillAndQuoteWereForgotten() {
    PayBill.Command byQuote = payByQuote("key-1");
    Payment original = taksit.pay.pay(byQuote).get();
    taksit.forgetBillsAndQuotes();

    assertThat(taksit.pay.pay(byQuote).get().id()).isEqualTo(original.id());
    PayBill.Command otherAmount = new PayBill.Command("key-1", "BRN-1", new BigDecimal("505"),
        "EGP", Set.of(1), byQuote.feeQuoteId(), null);
    assertThat(taksit.pay.pay(otherAmount).getLeft())
        .isEqualTo(new Failure.IdempotencyConflict("key-1", original.id().value()));
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
  }

  @Test
  void theSameKeyByQuoteWithAnotherRequestIsAConflict() {
    Payment original = payOnce("key-1").get();

    assertThat(taksit.pay.pay(payByQuote("key-1")).getLeft())
        .isEqualTo(new Failure.IdempotencyConflict("key-1", original.id().value()));
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
  }

  @Test
  void aQuoteThatWasNeverMadeIsNotFoundAndNothingIsWritten() {
    PayBill.Command unknownQuote = new PayBill.Command("key-1", "BRN-1", new BigDecimal("500"),
        "EGP", Set.of(1), "q-never", null);
    assertThat(taksit.pay.pay(unknownQuote).getLeft())
        .isEqualTo(new Failure.NotFound("fee quote", "q-never for this bill and amount"));
    assertNothingHappened();
  }

  private PayBill.Command payByQuote(String key) {
    var quoted = taksit.quoteFees.quote(new QuoteFees.Command("BRN-1", new BigDecimal("500"), "EGP",
        Set.of(1))).get();
    return new PayBill.Command(key, "BRN-1", new BigDecimal("500"), "EGP", Set.of(1), quoted.id(),
        null);
  }

  @Test
  void quotingFeesChecksTheAmountFirstAndAsksTheProviderWhenItHasAFeeCall() {
    var invalid = taksit.quoteFees.quote(new QuoteFees.Command("BRN-1", new BigDecimal("7"), "EGP",
        Set.of(1)));
    assertThat(invalid.getLeft().code()).isEqualTo("amount.off_step");
    assertThat(taksit.gateway.feeCalls()).isZero();
  }

  @Test
  void aGatewayWithAFeeCallQuotesTheFeeAndItsAmountMustMatch() {
    try (UseCaseFixture withFees = new UseCaseFixture(newRepository(),
        new GatewayCapabilities(true, true, true), Duration.ofMillis(300))) {
      withFees.bill("BRN-1");
      FeeQuote providerQuote = FeeQuote.computed(UseCaseFixture.egp("500"), UseCaseFixture.egp("5"),
          UseCaseFixture.egp("0.70"), UseCaseFixture.egp("0"), FeeSource.PROVIDER).get();
      withFees.gateway.answeringFee(providerQuote);

      var quoted = withFees.quoteFees.quote(new QuoteFees.Command("BRN-1", new BigDecimal("500"),
          "EGP", Set.of(1))).get();
      assertThat(quoted.quote()).isEqualTo(providerQuote);
      assertThat(quoted.quote().total()).isEqualTo(UseCaseFixture.egp("505.70"));
      PayBill.Command byTotal = new PayBill.Command("key-1", "BRN-1", new BigDecimal("500"), "EGP",
          Set.of(1), null, new BigDecimal("505.70"));
      assertThat(withFees.pay.pay(byTotal).get().details().total())
          .isEqualTo(UseCaseFixture.egp("505.70"));

      // A fee answer for another amount is no answer: refused, and no payment is made on it.
      withFees.bill("BRN-2");
      withFees.gateway.answeringFee(FeeQuote.computed(UseCaseFixture.egp("495"),
          UseCaseFixture.egp("5"), UseCaseFixture.egp("0"), UseCaseFixture.egp("0"),
          FeeSource.PROVIDER).get());
      var mismatch = withFees.quoteFees.quote(new QuoteFees.Command("BRN-2", new BigDecimal("500"),
          "EGP", Set.of(1)));
      assertThat(mismatch.getLeft()).isInstanceOf(Failure.ProviderUnavailable.class);
      assertThat(mismatch.getLeft().message()).contains("495.00 EGP", "500.00 EGP");
    }
  }

  @Test
  void aNotProcessedPaymentIsRetriedWithTheSameKeyAndTheRetryFlag() {
    taksit.gateway.script(NOT_PROCESSED, APPROVE);
    Payment notProcessed = payOnce("key-1").get();

    Payment retried = taksit.retry.retry(new RetryPayment.Command(notProcessed.id().value())).get();

    assertThat(retried.id()).isEqualTo(notProcessed.id());
    assertThat(retried.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(retried.attempts().map(a -> a.retry())).containsExactly(false, true);
    assertThat(taksit.gateway.retryFlags()).isEqualTo(1);
    assertThat(taksit.gateway.charges(notProcessed.id())).isEqualTo(1);
  }

  @Test
  void anUnknownPaymentIsNeverRetried() {
    taksit.gateway.script(CHARGE_THEN_LOSE_ANSWER);
    Payment unknown = payOnce("key-1").get();

    Failure refused = taksit.retry.retry(new RetryPayment.Command(unknown.id().value())).getLeft();

    assertThat(refused.code()).isEqualTo("payment.illegal_transition");
    assertThat(taksit.gateway.payCalls()).isEqualTo(1);
  }

  @Test
  void aStatusCheckResolvesAnUnknownPaymentFromWhatTheProviderDid() {
    taksit.gateway.script(CHARGE_THEN_LOSE_ANSWER);
    Payment charged = payOnce("key-1").get();
    assertThat(check(charged).status()).isEqualTo(PaymentStatus.SUCCEEDED);

    taksit.bill("BRN-2");
    taksit.gateway.script(LOSE_REQUEST, APPROVE);
    Payment lost = taksit.pay.pay(taksit.payCommand("key-2", "BRN-2")).get();
    assertThat(check(lost).status()).isEqualTo(PaymentStatus.NOT_PROCESSED);
    Payment retried = taksit.retry.retry(new RetryPayment.Command(lost.id().value())).get();
    assertThat(retried.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(taksit.gateway.charges(lost.id())).isEqualTo(1);
  }

  @Test
  void reconciliationResolvesWhatIsDueAndFlagsWhatNeverResolves() {
    taksit.gateway.script(CHARGE_THEN_LOSE_ANSWER);
    Payment resolvable = payOnce("key-1").get();
    taksit.bill("BRN-2");
    taksit.clock.advance(Duration.ofSeconds(1));
    taksit.gateway.script(CHARGE_THEN_LOSE_ANSWER);
    Payment stubborn = taksit.pay.pay(taksit.payCommand("key-2", "BRN-2")).get();

    // Nothing is due before the first delay.
    assertThat(reconcile(UseCaseFixture.START.plusSeconds(30)).checked()).isEmpty();

    taksit.gateway.scriptStatus(ScriptedBillingGateway.Status.TRUTH);
    for (int i = 0; i < 5; i++) {
      taksit.gateway.scriptStatus(ScriptedBillingGateway.Status.INCONCLUSIVE);
    }
    Instant now = UseCaseFixture.START;
    ReconcilePayments.Report last = null;
    int passes = 0;
    while (passes++ < 10) {
      now = now.plus(Duration.ofDays(2));
      ReconcilePayments.Report report = reconcile(now);
      if (report.checked().isEmpty()) {
        break;
      }
      last = report;
    }
    assertThat(taksit.payments.findById(resolvable.id()).get().status())
        .isEqualTo(PaymentStatus.SUCCEEDED);
    Payment flagged = taksit.payments.findById(stubborn.id()).get();
    assertThat(flagged.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(flagged.needsReview()).isTrue();
    assertThat(flagged.nextCheckAt()).isEmpty();
    assertThat(last.needsReview()).singleElement()
        .satisfies(c -> assertThat(c.paymentId()).isEqualTo(stubborn.id()));
  }

  @Test
  void anAnswerThatCannotBeStoredLeavesThePaymentForTheReconciler() {
    FailingUpdates failing = new FailingUpdates(newRepository());
    try (UseCaseFixture broken = new UseCaseFixture(failing, UseCaseFixture.allCapabilities(),
        Duration.ofMillis(300))) {
      broken.bill("BRN-1");
      Failure failure = broken.pay.pay(broken.payCommand("key-1", "BRN-1")).getLeft();
      assertThat(failure).isInstanceOf(Failure.OutcomeNotRecorded.class);

      Payment stored = failing.findByIdempotencyKey(new IdempotencyKey("key-1")).get();
      assertThat(stored.status()).isEqualTo(PaymentStatus.CREATED);
      assertThat(stored.nextCheckAt()).isNotEmpty();

      failing.healed = true;
      var report = broken.reconcile.reconcile(new ReconcilePayments.Command(
          stored.nextCheckAt().get(), 10)).get();
      assertThat(report.checked().map(ReconcilePayments.Checked::after))
          .containsExactly(PaymentStatus.SUCCEEDED);
      assertThat(broken.gateway.charges(stored.id())).isEqualTo(1);
    }
  }

  @Test
  void aPaymentOnItsWayIsNotLookedAtBeforeTwiceTheDeadlineHowEverShortTheSchedule() {
    FailingUpdates failing = new FailingUpdates(newRepository());
    CheckSchedule immediate = CheckSchedule.of(List.of(Duration.ofMillis(1))).get();
    try (UseCaseFixture hasty = new UseCaseFixture(failing, UseCaseFixture.allCapabilities(),
        Duration.ofMillis(300), immediate)) {
      hasty.bill("BRN-1");
      // The answer cannot be stored, so the payment stays as it was while its call was on its way.
      hasty.pay.pay(hasty.payCommand("key-1", "BRN-1"));
      Payment onItsWay = failing.findByIdempotencyKey(new IdempotencyKey("key-1")).get();
      assertThat(onItsWay.status()).isEqualTo(PaymentStatus.CREATED);
      assertThat(onItsWay.nextCheckAt())
          .containsExactly(UseCaseFixture.START.plus(Duration.ofMillis(600)));

      failing.healed = true;
      // A look sooner could find nothing yet and call a payment about to be charged not processed.
      assertThat(hasty.reconcile.reconcile(new ReconcilePayments.Command(
          UseCaseFixture.START.plusMillis(599), 10)).get().checked()).isEmpty();
      assertThat(hasty.reconcile.reconcile(new ReconcilePayments.Command(
          UseCaseFixture.START.plusMillis(600), 10)).get().checked()
          .map(ReconcilePayments.Checked::after)).containsExactly(PaymentStatus.SUCCEEDED);
    }
  }

  @Test
  void aRetriedPaymentOnItsWayWaitsTwiceTheDeadlineToo() {
    CheckSchedule immediate = CheckSchedule.of(List.of(Duration.ofMillis(1))).get();
    try (UseCaseFixture hasty = new UseCaseFixture(newRepository(),
        UseCaseFixture.allCapabilities(), Duration.ofMillis(300), immediate)) {
      hasty.bill("BRN-1");
      hasty.gateway.script(NOT_PROCESSED);
      Payment refused = hasty.pay.pay(hasty.payCommand("key-1", "BRN-1")).get();
      hasty.clock.advance(Duration.ofSeconds(5));
      java.util.List<Option<Instant>> dueWhileOnItsWay = new java.util.ArrayList<>();
      hasty.gateway.beforeEachPay(id -> dueWhileOnItsWay.add(
          hasty.payments.findById(id).get().nextCheckAt()));

      hasty.retry.retry(new RetryPayment.Command(refused.id().value())).get();

      assertThat(dueWhileOnItsWay).containsExactly(
          Option.some(UseCaseFixture.START.plusSeconds(5).plusMillis(600)));
    }
  }

  @Test
  void everyBadFieldOfAPayCommandIsNamedAndNothingIsCalled() {
    PayBill.Command bad = new PayBill.Command(" ", "", new BigDecimal("-5"), "EGPX", Set.of(-1),
        null, null);

    Failure failure = taksit.pay.pay(bad).getLeft();

    assertThat(failure).isInstanceOf(Failure.InvalidRequest.class);
    assertThat(((Failure.InvalidRequest) failure).violations().map(FieldViolation::field))
        .contains("idempotencyKey", "billReference", "amount", "currency", "invoices",
            "feeAcceptance");
    assertNothingHappened();
  }

  @Test
  void commandsOfTheOtherUseCasesNameTheirBadFields() {
    assertThat(fields(taksit.retry.retry(new RetryPayment.Command("not an id!"))))
        .containsExactly("paymentId");
    assertThat(fields(taksit.check.check(new CheckPaymentStatus.Command(null))))
        .containsExactly("paymentId");
    assertThat(fields(taksit.reconcile.reconcile(new ReconcilePayments.Command(null, 0))))
        .containsExactly("batchSize", "now");
    assertThat(fields(taksit.quoteFees.quote(new QuoteFees.Command("BRN-1", new BigDecimal("1.2345"),
        "EGP", null)))).containsExactly("amount", "invoices");
    assertThat(fields(taksit.pay.pay(new PayBill.Command("k", "BRN-1", new BigDecimal("500.001"),
        "EGP", Set.of(1), null, new BigDecimal("500"))))).containsExactly("amount");
    assertNothingHappened();
  }

  private static List<String> fields(Either<Failure, ?> result) {
    return ((Failure.InvalidRequest) result.getLeft()).violations().map(FieldViolation::field);
  }

  private Payment check(Payment payment) {
    return taksit.check.check(new CheckPaymentStatus.Command(payment.id().value())).get();
  }

  private ReconcilePayments.Report reconcile(Instant now) {
    return taksit.reconcile.reconcile(new ReconcilePayments.Command(now, 100)).get();
  }

  private void assertNothingHappened() {
    assertThat(taksit.gateway.payCalls()).isZero();
    assertThat(taksit.payments.find(PaymentQuery.all(10))).isEmpty();
    assertThat(taksit.published).isEmpty();
  }

  /** A repository whose queries find nothing: every read check loses its race. */
  private static final class BlindQueries implements PaymentRepository {
    private final PaymentRepository delegate;

    BlindQueries(PaymentRepository delegate) {
      this.delegate = delegate;
    }

    @Override public SaveOutcome saveNew(Payment payment) { return delegate.saveNew(payment); }

    @Override public Either<VersionConflict, Payment> update(Payment changed) {
      return delegate.update(changed);
    }

    @Override public Option<Payment> findById(PaymentId id) { return delegate.findById(id); }

    @Override public Option<Payment> findByIdempotencyKey(IdempotencyKey key) {
      return delegate.findByIdempotencyKey(key);
    }

    @Override public List<Payment> claimDue(Instant now, int limit, Duration lease) {
      return delegate.claimDue(now, limit, lease);
    }

    @Override public List<Payment> find(PaymentQuery query) { return List.empty(); }

    @Override public long count(PaymentQuery query) { return 0; }
  }

  /** A repository whose updates fail until healed: storage broke right after the provider answered. */
  private static final class FailingUpdates implements PaymentRepository {
    private final PaymentRepository delegate;
    volatile boolean healed;

    FailingUpdates(PaymentRepository delegate) {
      this.delegate = delegate;
    }

    @Override public SaveOutcome saveNew(Payment payment) { return delegate.saveNew(payment); }

    @Override public Either<VersionConflict, Payment> update(Payment changed) {
      if (!healed) {
        throw new IllegalStateException("database connection lost");
      }
      return delegate.update(changed);
    }

    @Override public Option<Payment> findById(PaymentId id) { return delegate.findById(id); }

    @Override public Option<Payment> findByIdempotencyKey(IdempotencyKey key) {
      return delegate.findByIdempotencyKey(key);
    }

    @Override public List<Payment> claimDue(Instant now, int limit, Duration lease) {
      return delegate.claimDue(now, limit, lease);
    }

    @Override public List<Payment> find(PaymentQuery query) { return delegate.find(query); }

    @Override public long count(PaymentQuery query) { return delegate.count(query); }
  }
}
