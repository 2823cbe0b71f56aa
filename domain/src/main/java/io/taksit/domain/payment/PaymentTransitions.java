package io.taksit.domain.payment;

import static io.taksit.domain.payment.PaymentStatus.CREATED;
import static io.taksit.domain.payment.PaymentStatus.DECLINED;
import static io.taksit.domain.payment.PaymentStatus.NOT_PROCESSED;
import static io.taksit.domain.payment.PaymentStatus.PENDING;
import static io.taksit.domain.payment.PaymentStatus.SUCCEEDED;
import static io.taksit.domain.payment.PaymentStatus.UNKNOWN;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Every transition of a payment, declared in one table (after Kill Bill's {@code
 * PaymentStates.xml}): from a status, on an answer, to a status. {@link Payment} consults it for
 * every change of status; a pair the table does not name is an illegal transition. Guards that
 * are not about statuses (an operator settles only an UNKNOWN or flagged payment; a status check
 * that never reached the provider changes nothing) stay in {@link Payment}.
 *
 * <p>SUCCEEDED and DECLINED have no row out: they are terminal. UNKNOWN has no retry row: it may
 * already have charged the customer, so only a status answer or an operator moves it.
 */
public final class PaymentTransitions {

  /**
   * What can happen to a payment: the provider's answer to a payment call or to a status check, a
   * retry, an operator's settlement.
   */
  public enum Answer {
    PAY_APPROVED, PAY_DECLINED, PAY_NOT_PROCESSED, PAY_PENDING, PAY_UNKNOWN,
    STATUS_APPROVED, STATUS_DECLINED, STATUS_NOT_PROCESSED, STATUS_PENDING, STATUS_UNKNOWN,
    RETRY,
    SETTLED_SUCCEEDED, SETTLED_DECLINED;

    /** The provider's answer to a payment call. */
    public static Answer toPayCall(OutcomeKind kind) {
      return switch (kind) {
        case APPROVED -> PAY_APPROVED;
        case DECLINED -> PAY_DECLINED;
        case NOT_PROCESSED -> PAY_NOT_PROCESSED;
        case PENDING -> PAY_PENDING;
        case UNKNOWN -> PAY_UNKNOWN;
      };
    }

    /** The provider's answer to "what happened to this payment?". */
    public static Answer toStatusCheck(OutcomeKind kind) {
      return switch (kind) {
        case APPROVED -> STATUS_APPROVED;
        case DECLINED -> STATUS_DECLINED;
        case NOT_PROCESSED -> STATUS_NOT_PROCESSED;
        case PENDING -> STATUS_PENDING;
        case UNKNOWN -> STATUS_UNKNOWN;
      };
    }

    /** An operator's settlement; none for a status an operator may not settle a payment as. */
    public static Option<Answer> settledAs(PaymentStatus outcome) {
      return switch (outcome) {
        case SUCCEEDED -> Option.some(SETTLED_SUCCEEDED);
        case DECLINED -> Option.some(SETTLED_DECLINED);
        default -> Option.none();
      };
    }

    boolean isStatusCheck() {
      return name().startsWith("STATUS_");
    }
  }

  /** One row of the table. */
  public record Transition(PaymentStatus from, Answer answer, PaymentStatus to) {
    public Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(to, "to");
    }
  }

  private static final List<Transition> TABLE = List.of(
      // The answer to the payment call, while it is in flight.
      row(CREATED, Answer.PAY_APPROVED, SUCCEEDED),
      row(CREATED, Answer.PAY_DECLINED, DECLINED),
      row(CREATED, Answer.PAY_NOT_PROCESSED, NOT_PROCESSED),
      row(CREATED, Answer.PAY_PENDING, PENDING),
      row(CREATED, Answer.PAY_UNKNOWN, UNKNOWN),
      // Provably never applied: send again, with the same de-duplication key.
      row(NOT_PROCESSED, Answer.RETRY, CREATED),
      // A status answer for a payment whose process died mid-call: an inconclusive one is UNKNOWN.
      row(CREATED, Answer.STATUS_APPROVED, SUCCEEDED),
      row(CREATED, Answer.STATUS_DECLINED, DECLINED),
      row(CREATED, Answer.STATUS_NOT_PROCESSED, NOT_PROCESSED),
      row(CREATED, Answer.STATUS_PENDING, PENDING),
      row(CREATED, Answer.STATUS_UNKNOWN, UNKNOWN),
      // A status answer while the provider settles; an inconclusive one leaves it PENDING.
      row(PENDING, Answer.STATUS_APPROVED, SUCCEEDED),
      row(PENDING, Answer.STATUS_DECLINED, DECLINED),
      row(PENDING, Answer.STATUS_NOT_PROCESSED, NOT_PROCESSED),
      row(PENDING, Answer.STATUS_PENDING, PENDING),
      row(PENDING, Answer.STATUS_UNKNOWN, PENDING),
      // A status answer for a payment sent without a trustworthy answer.
      row(UNKNOWN, Answer.STATUS_APPROVED, SUCCEEDED),
      row(UNKNOWN, Answer.STATUS_DECLINED, DECLINED),
      row(UNKNOWN, Answer.STATUS_NOT_PROCESSED, NOT_PROCESSED),
      row(UNKNOWN, Answer.STATUS_PENDING, PENDING),
      row(UNKNOWN, Answer.STATUS_UNKNOWN, UNKNOWN),
      // An operator settles what no provider answer could (Payment adds: UNKNOWN or flagged).
      row(CREATED, Answer.SETTLED_SUCCEEDED, SUCCEEDED),
      row(CREATED, Answer.SETTLED_DECLINED, DECLINED),
      row(PENDING, Answer.SETTLED_SUCCEEDED, SUCCEEDED),
      row(PENDING, Answer.SETTLED_DECLINED, DECLINED),
      row(UNKNOWN, Answer.SETTLED_SUCCEEDED, SUCCEEDED),
      row(UNKNOWN, Answer.SETTLED_DECLINED, DECLINED));

  private PaymentTransitions() {}

  private static Transition row(PaymentStatus from, Answer answer, PaymentStatus to) {
    return new Transition(from, answer, to);
  }

  /** Every row, in the order declared. */
  public static List<Transition> all() {
    return TABLE;
  }

  /** The status {@code answer} moves a {@code from} payment to; none when it is not allowed. */
  public static Option<PaymentStatus> next(PaymentStatus from, Answer answer) {
    return TABLE.find(t -> t.from() == from && t.answer() == answer).map(Transition::to);
  }

  /** No row leaves {@code status}. */
  static boolean isTerminal(PaymentStatus status) {
    return !TABLE.exists(t -> t.from() == status);
  }

  /** A status answer may move {@code status}. */
  static boolean awaitsStatusAnswer(PaymentStatus status) {
    return TABLE.exists(t -> t.from() == status && t.answer().isStatusCheck());
  }
}
