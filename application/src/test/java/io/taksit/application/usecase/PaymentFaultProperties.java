package io.taksit.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of provider behaviours, retries, status checks and reconciliation passes. After
 * every sequence the provider's ledger and the repository must agree: never two charges for one
 * payment, no charged payment missing from the repository, a payment recorded SUCCEEDED exactly
 * when the provider charged it (once resolved), and no retry that did not follow a definite
 * NOT_PROCESSED.
 */
public abstract class PaymentFaultProperties {

  protected abstract PaymentRepository newRepository();

  enum Kind { PAY, RETRY, CHECK, RECONCILE }

  record Step(Kind kind, int target, ScriptedBillingGateway.Pay pay,
      ScriptedBillingGateway.Status status) {}

  @Property(tries = 200)
  void ledgerAndRepositoryAgree(@ForAll("scenarios") java.util.List<Step> steps) {
    try (UseCaseFixture taksit = new UseCaseFixture(newRepository(),
        UseCaseFixture.allCapabilities(), Duration.ofMillis(200))) {
      for (int bill = 0; bill < 4; bill++) {
        taksit.bill("BRN-" + bill);
      }
      for (Step step : steps) {
        taksit.clock.advance(Duration.ofMinutes(2));
        run(taksit, step);
      }
      // Then reconcile until nothing is due, as a host's janitor would.
      for (int pass = 0; pass < 10; pass++) {
        taksit.clock.advance(Duration.ofDays(2));
        taksit.reconcile.reconcile(new ReconcilePayments.Command(taksit.clock.instant(), 100));
      }
      assertAgreement(taksit);
    }
  }

  private static void run(UseCaseFixture taksit, Step step) {
    List<Payment> stored = taksit.payments.find(PaymentQuery.all(100));
    switch (step.kind()) {
      case PAY -> {
        taksit.gateway.script(step.pay());
        taksit.pay.pay(taksit.payCommand("key-" + step.target(), "BRN-" + step.target()));
      }
      case RETRY -> {
        if (!stored.isEmpty()) {
          taksit.gateway.script(step.pay());
          Payment target = stored.get(step.target() % stored.size());
          taksit.retry.retry(new RetryPayment.Command(target.id().value()));
        }
      }
      case CHECK -> {
        if (!stored.isEmpty()) {
          taksit.gateway.scriptStatus(step.status());
          Payment target = stored.get(step.target() % stored.size());
          taksit.check.check(new CheckPaymentStatus.Command(target.id().value()));
        }
      }
      case RECONCILE -> {
        taksit.gateway.scriptStatus(step.status());
        taksit.reconcile.reconcile(new ReconcilePayments.Command(taksit.clock.instant(), 100));
      }
      default -> throw new AssertionError(step.kind());
    }
  }

  private static void assertAgreement(UseCaseFixture taksit) {
    List<Payment> stored = taksit.payments.find(PaymentQuery.all(100));
    taksit.gateway.ledger().forEach((id, charges) -> {
      assertThat(charges.get()).as("charges of %s", id).isEqualTo(1);
      assertThat(taksit.payments.findById(id)).as("charged payment %s is stored", id).isNotEmpty();
    });
    for (Payment payment : stored) {
      int charges = taksit.gateway.charges(payment.id());
      if (payment.status() == PaymentStatus.SUCCEEDED) {
        assertThat(charges).as("%s succeeded, so it was charged", payment).isEqualTo(1);
      }
      if (payment.status() == PaymentStatus.DECLINED || payment.status() == PaymentStatus.NOT_PROCESSED) {
        assertThat(charges).as("%s was never charged", payment).isZero();
      }
      if (payment.status() == PaymentStatus.UNKNOWN || payment.status() == PaymentStatus.PENDING
          || payment.status() == PaymentStatus.CREATED) {
        assertThat(payment.needsReview()).as("%s left unresolved only for review", payment).isTrue();
      }
      List<PaymentEvent> events = payment.events();
      for (int i = 1; i < events.size(); i++) {
        if (events.get(i) instanceof PaymentEvent.RetryStarted) {
          assertThat(events.get(i - 1).status()).as("retry only after NOT_PROCESSED")
              .isEqualTo(PaymentStatus.NOT_PROCESSED);
        }
      }
    }
    // At most one live payment per bill: a bill is never paid twice.
    assertThat(stored.filter(p -> p.status() != PaymentStatus.DECLINED)
        .groupBy(p -> p.details().billReference()).values())
        .allSatisfy(sameBill -> assertThat(sameBill.size()).isLessThanOrEqualTo(1));
  }

  @Provide
  Arbitrary<java.util.List<Step>> scenarios() {
    Arbitrary<ScriptedBillingGateway.Pay> pays = Arbitraries.of(ScriptedBillingGateway.Pay.class)
        .filter(p -> p != ScriptedBillingGateway.Pay.HANG_AFTER_CHARGE);
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 3), pays,
        Arbitraries.of(ScriptedBillingGateway.Status.class)).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(25);
  }
}
