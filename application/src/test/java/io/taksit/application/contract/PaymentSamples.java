package io.taksit.application.contract;

import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * Valid payments for repository contract tests, each with its own id, idempotency key and amount.
 * Payments reach their status through the aggregate's own transitions, so a repository is tested
 * with exactly the shapes the application will hand it.
 *
 * <p>Every instant is whole microseconds: databases keep microseconds, and a test must not fail
 * because an adapter dropped nanoseconds no real clock reading would carry.
 */
public final class PaymentSamples {

  /** A fixed moment with a non-zero microsecond part, so truncation to millis is caught. */
  public static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123456Z");

  public static final CheckSchedule SCHEDULE = CheckSchedule.DEFAULT;

  /** The delay to the first status check after creation or a payment answer. */
  public static final Duration FIRST_CHECK_DELAY = Duration.ofMinutes(1);

  /** How long after creation the payment answer of a sample arrives. */
  public static final Duration ANSWER_DELAY = Duration.ofSeconds(1);

  private int sequence;

  /**
   * A builder for the next sample: a fresh id, key, bill reference and amount, created at
   * {@link #T0}. Each sample pays its own bill, since a bill has at most one live payment.
   */
  public Builder next() {
    sequence++;
    String number = String.format("%04d", sequence);
    return new Builder("p-" + number, "order-" + number, "BRN-" + number,
        Money.ofMinor(10_000L + sequence, Currencies.EGP));
  }

  /** A CREATED payment with the next id, key, bill and amount. */
  public Payment created() {
    return next().build();
  }

  /** A payment with the next id, key, bill and amount, moved to {@code status} by transitions. */
  public Payment in(PaymentStatus status) {
    return next().in(status);
  }

  public static PaymentOutcome approved() {
    return new PaymentOutcome.Approved(ProviderAnswer.of("BRN-771", "0", "تمت العملية بنجاح"),
        "Code 0");
  }

  public static PaymentOutcome declined() {
    return new PaymentOutcome.Declined(
        ProviderAnswer.of("BRN-771", "311", "Bakiye yetersiz, İşlem reddedildi"), "Code 311");
  }

  public static PaymentOutcome notProcessed() {
    return new PaymentOutcome.NotProcessed(ProviderAnswer.none(), "HTTP 429",
        Option.some(Duration.ofSeconds(2)));
  }

  public static PaymentOutcome pending() {
    return new PaymentOutcome.Pending(
        new ProviderAnswer(Option.some("TX-9"), Option.none(), Option.some("accepted")),
        "accepted, settles later");
  }

  public static PaymentOutcome unknown() {
    return new PaymentOutcome.Unknown(ProviderAnswer.none(), "read timeout");
  }

  /** The payment after the provider answered the payment call with {@code outcome}. */
  public static Payment answered(Payment payment, PaymentOutcome outcome, Instant at) {
    return orFail(payment.recordPayOutcome(outcome, at, SCHEDULE));
  }

  /** The payment after a status check answered {@code answer}. */
  public static Payment checked(Payment payment, PaymentOutcome answer, Instant at) {
    return orFail(payment.recordStatusAnswer(answer, at, SCHEDULE));
  }

  /** The not-processed payment sent again. */
  public static Payment retried(Payment payment, Instant at) {
    return orFail(payment.retry(at, SCHEDULE));
  }

  private static <E> Payment orFail(Either<E, Payment> transition) {
    // A refused transition means the sample itself is wrong, not the repository under test.
    return transition.getOrElseThrow(
        error -> new IllegalStateException("sample transition refused: " + error));
  }

  /** One sample payment's data; unset parts take the builder's distinct defaults. */
  public static final class Builder {

    private String id;
    private String key;
    private Money amount;
    private String biller = "momkn-362";
    private ProviderId provider = new ProviderId("momkn");
    private String account = "01001234567";
    private String billReference;
    private SortedSet<Integer> invoices = TreeSet.of(1);
    private Option<Money> fee = Option.none();
    private Instant createdAt = T0;

    private Builder(String id, String key, String billReference, Money amount) {
      this.id = id;
      this.key = key;
      this.billReference = billReference;
      this.amount = amount;
    }

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder key(String value) {
      this.key = value;
      return this;
    }

    public Builder amount(Money value) {
      this.amount = value;
      return this;
    }

    /** An amount in minor units of {@code currency} (scale follows the currency: 0, 2 or 3). */
    public Builder amountMinor(long minorUnits, Currency currency) {
      return amount(Money.ofMinor(minorUnits, currency));
    }

    public Builder biller(String value) {
      this.biller = value;
      return this;
    }

    public Builder provider(ProviderId value) {
      this.provider = value;
      return this;
    }

    public Builder account(String value) {
      this.account = value;
      return this;
    }

    public Builder billReference(String value) {
      this.billReference = value;
      return this;
    }

    public Builder invoices(Integer... sequences) {
      this.invoices = TreeSet.of(sequences);
      return this;
    }

    /** Attaches an accepted provider quote: this fee, a 14 % tax on it, no discount. */
    public Builder feeMinor(long minorUnits) {
      this.fee = Option.some(Money.ofMinor(minorUnits, amount.currency()));
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    /** The payment as recorded before the provider call: CREATED, first check one minute later. */
    public Payment build() {
      Option<FeeQuote> quote = fee.map(this::quoteFor);
      PaymentDetails details = new PaymentDetails(new BillerId(biller), provider,
          new AccountRef(account), new BillReference(billReference), amount, invoices, quote);
      return Payment.create(new PaymentId(id), new IdempotencyKey(key), "fingerprint-" + key,
          details, createdAt, SCHEDULE);
    }

    /**
     * The payment moved to {@code status}, its answer {@link #ANSWER_DELAY} after creation.
     * CREATED comes from a retry after a not-processed answer, so it carries an attempt.
     */
    public Payment in(PaymentStatus status) {
      Payment created = build();
      Instant answeredAt = createdAt.plus(ANSWER_DELAY);
      return switch (status) {
        case CREATED -> retried(answered(created, notProcessed(), answeredAt),
            answeredAt.plus(ANSWER_DELAY));
        case PENDING -> answered(created, pending(), answeredAt);
        case SUCCEEDED -> answered(created, approved(), answeredAt);
        case DECLINED -> answered(created, declined(), answeredAt);
        case NOT_PROCESSED -> answered(created, notProcessed(), answeredAt);
        case UNKNOWN -> answered(created, unknown(), answeredAt);
      };
    }

    /**
     * An UNKNOWN payment whose status checks all came back inconclusive until the schedule ran
     * out: flagged for review, no next check.
     */
    public Payment flaggedForReview() {
      Instant at = createdAt.plus(ANSWER_DELAY);
      Payment payment = answered(build(), unknown(), at);
      for (int check = 1; check <= SCHEDULE.maxChecks(); check++) {
        at = at.plus(Duration.ofMinutes(check));
        payment = checked(payment, unknown(), at);
      }
      return payment;
    }

    /**
     * A payment with a long history: not processed, retried, unknown, then pending after a
     * status check; with an accepted fee quote and several invoices.
     */
    public Payment withHistory() {
      if (fee.isEmpty()) {
        feeMinor(500);
      }
      if (invoices.size() < 2) {
        invoices(1, 2, 3);
      }
      Instant at = createdAt.plus(ANSWER_DELAY);
      Payment payment = answered(build(), notProcessed(), at);
      payment = retried(payment, at.plusSeconds(1));
      payment = answered(payment, unknown(), at.plusSeconds(31));
      return checked(payment, pending(), at.plusSeconds(95));
    }

    private FeeQuote quoteFor(Money feeAmount) {
      // Whole minor units, rounded down: a sample needs a quote that adds up, not tax law.
      Money tax = Money.ofMinor(feeAmount.minorUnits().multiply(BigInteger.valueOf(14))
          .divide(BigInteger.valueOf(100)), amount.currency());
      return FeeQuote.computed(amount, feeAmount, tax, Money.zero(amount.currency()),
          FeeSource.PROVIDER).getOrElseThrow(error -> new IllegalStateException(
              "sample fee quote refused: " + error));
    }
  }
}
