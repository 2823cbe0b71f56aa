package io.taksit.domain.payment;

import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/** A Takka installment payment of 500 EGP through Momkn, and outcomes of every kind. */
final class PaymentFixtures {

  static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  static final CheckSchedule SCHEDULE = CheckSchedule.DEFAULT;

  private PaymentFixtures() {}

  static Payment newPayment() {
    PaymentDetails details = new PaymentDetails(BillerId.of("momkn-362").get(), new ProviderId("momkn"),
        AccountRef.of("01001234567").get(), BillReference.of("BRN-771").get(),
        Money.ofMinor(50_000, Currencies.EGP), TreeSet.of(1), Option.none());
    return Payment.create(PaymentId.of("p-1").get(), IdempotencyKey.of("order-1").get(),
        "fingerprint", details, T0, SCHEDULE);
  }

  static PaymentOutcome outcome(OutcomeKind kind) {
    ProviderAnswer answer = ProviderAnswer.of("BRN-771", "0", "تمت العملية بنجاح");
    return switch (kind) {
      case APPROVED -> new PaymentOutcome.Approved(answer, "Code 0");
      case DECLINED -> new PaymentOutcome.Declined(answer, "Code 311");
      case NOT_PROCESSED -> new PaymentOutcome.NotProcessed(ProviderAnswer.none(), "HTTP 429",
          Option.some(Duration.ofSeconds(2)));
      case PENDING -> new PaymentOutcome.Pending(answer, "accepted");
      case UNKNOWN -> new PaymentOutcome.Unknown(ProviderAnswer.none(), "read timeout");
    };
  }
}
