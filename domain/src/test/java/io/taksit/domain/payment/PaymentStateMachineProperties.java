package io.taksit.domain.payment;

import static io.taksit.domain.payment.PaymentFixtures.SCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.DomainError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The payment state machine under random sequences of pay answers, retries, status answers and
 * operators' settlements. Each action checks its own rule and that the status it reached is the
 * one {@link PaymentTransitions} declares; the invariant checks the whole history after every
 * step; the last properties check the table itself.
 */
class PaymentStateMachineProperties {

  @Property(tries = 1000)
  void randomActionSequencesKeepThePromises(@ForAll("chains") ActionChain<Machine> chain) {
    chain.withInvariant(Machine::checkHistory).run();
  }

  @Provide
  Arbitrary<ActionChain<Machine>> chains() {
    return ActionChain.startWith(Machine::new)
        .withAction(new PayAnswer())
        .withAction(new Retry())
        .withAction(new StatusAnswer())
        .withAction(new Settle())
        .withMaxTransformations(40);
  }

  /** The payment under test and a clock; each action replaces the payment when it is allowed. */
  static final class Machine {
    Payment payment = PaymentFixtures.newPayment();
    Instant now = PaymentFixtures.T0;

    Either<? extends DomainError, Payment> apply(Either<? extends DomainError, Payment> result,
        PaymentStatus before, PaymentTransitions.Answer answer) {
      now = now.plusSeconds(61);
      if (result.isRight()) {
        Payment next = result.get();
        assertThat(next.status()).as("the table's transition from %s on %s", before, answer)
            .isEqualTo(PaymentTransitions.next(before, answer).get());
        assertThat(next.events().take(payment.events().size())).isEqualTo(payment.events());
        assertThat(next.attempts().take(payment.attempts().size())).isEqualTo(payment.attempts());
        assertThat(next.events().size()).isGreaterThan(payment.events().size());
        payment = next;
      } else {
        // A refusal is an answer that changes nothing.
        assertThat(payment.status()).isEqualTo(before);
      }
      return result;
    }

    void checkHistory() {
      long successes = payment.events().count(e -> e.status() == PaymentStatus.SUCCEEDED
          && !(e instanceof PaymentEvent.FlaggedForReview));
      assertThat(successes).as("never succeeds twice").isLessThanOrEqualTo(1);
      long approvedAttempts = payment.attempts().count(a -> a.outcome() == OutcomeKind.APPROVED);
      assertThat(approvedAttempts).as("never two approved charges").isLessThanOrEqualTo(1);
      if (payment.status().isTerminal()) {
        assertThat(payment.nextCheckAt()).isEmpty();
      }
      assertThat(payment.events().last().status()).isEqualTo(payment.status());
    }

    @Override
    public String toString() {
      return payment.toString();
    }
  }

  static final class PayAnswer implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      return Arbitraries.of(OutcomeKind.class).map(kind -> Transformer.mutate("pay answer " + kind,
          m -> {
            PaymentStatus before = m.payment.status();
            var result = m.apply(m.payment.recordPayOutcome(PaymentFixtures.outcome(kind), m.now,
                SCHEDULE), before, PaymentTransitions.Answer.toPayCall(kind));
            assertThat(result.isRight()).isEqualTo(before == PaymentStatus.CREATED);
          }));
    }
  }

  static final class Retry implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      return Arbitraries.just(Transformer.mutate("retry", m -> {
        PaymentStatus before = m.payment.status();
        var result = m.apply(m.payment.retry(m.now, SCHEDULE), before,
            PaymentTransitions.Answer.RETRY);
        assertThat(result.isRight()).as("retry allowed exactly from NOT_PROCESSED")
            .isEqualTo(before == PaymentStatus.NOT_PROCESSED);
      }));
    }
  }

  static final class StatusAnswer implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      return Arbitraries.of(OutcomeKind.class).map(kind -> Transformer.mutate("status answer " + kind,
          m -> {
            PaymentStatus before = m.payment.status();
            var result = m.apply(m.payment.recordStatusAnswer(PaymentFixtures.outcome(kind), m.now,
                SCHEDULE), before, PaymentTransitions.Answer.toStatusCheck(kind));
            assertThat(result.isRight()).isEqualTo(before.isAwaitingResolution());
            if (before.isTerminal()) {
              assertThat(m.payment.status()).as("terminal states never change").isEqualTo(before);
            }
          }));
    }
  }

  static final class Settle implements Action.Independent<Machine> {
    @Override
    public Arbitrary<Transformer<Machine>> transformer() {
      return Arbitraries.of(PaymentStatus.SUCCEEDED, PaymentStatus.DECLINED).map(outcome ->
          Transformer.mutate("settle as " + outcome, m -> {
            PaymentStatus before = m.payment.status();
            boolean settleable = before == PaymentStatus.UNKNOWN || m.payment.needsReview();
            var result = m.apply(m.payment.resolve(outcome, OPERATOR, m.now), before,
                PaymentTransitions.Answer.settledAs(outcome).get());
            assertThat(result.isRight()).as("an operator settles only UNKNOWN or flagged payments")
                .isEqualTo(settleable && !before.isTerminal());
          }));
    }
  }

  private static final OperatorResolution OPERATOR =
      OperatorResolution.of("ops", "called the provider", "ticket 1").get();

  @Property
  void noRowLeavesATerminalStatus(@ForAll PaymentStatus from,
      @ForAll PaymentTransitions.Answer answer) {
    if (from == PaymentStatus.SUCCEEDED || from == PaymentStatus.DECLINED) {
      assertThat(PaymentTransitions.next(from, answer)).isEmpty();
    }
  }

  @Property
  void eachStatusAndAnswerHasAtMostOneRow(@ForAll PaymentStatus from,
      @ForAll PaymentTransitions.Answer answer) {
    assertThat(PaymentTransitions.all().count(t -> t.from() == from && t.answer() == answer))
        .isLessThanOrEqualTo(1);
  }

  @Property
  void onlyAStatusAnswerOrAnOperatorMovesUnknown(@ForAll PaymentTransitions.Answer answer) {
    boolean allowed = PaymentTransitions.next(PaymentStatus.UNKNOWN, answer).isDefined();
    assertThat(allowed).isEqualTo(answer.name().startsWith("STATUS_")
        || answer.name().startsWith("SETTLED_"));
  }

  @Property
  void aConclusiveAnswerLeadsToTheSameStatusFromAnyAwaitingStatus(@ForAll OutcomeKind kind,
      @ForAll PaymentStatus from) {
    if (from.isAwaitingResolution() && kind != OutcomeKind.UNKNOWN) {
      assertThat(PaymentTransitions.next(from, PaymentTransitions.Answer.toStatusCheck(kind)))
          .contains(kind.resultingStatus());
    }
  }

  @Property
  void onlyACreatedPaymentTakesAPayAnswerAndOnlyNotProcessedIsRetried(
      @ForAll PaymentStatus from, @ForAll OutcomeKind kind) {
    assertThat(PaymentTransitions.next(from, PaymentTransitions.Answer.toPayCall(kind)).isDefined())
        .isEqualTo(from == PaymentStatus.CREATED);
    assertThat(PaymentTransitions.next(from, PaymentTransitions.Answer.RETRY))
        .isEqualTo(from == PaymentStatus.NOT_PROCESSED
            ? Option.some(PaymentStatus.CREATED) : Option.none());
  }
}
