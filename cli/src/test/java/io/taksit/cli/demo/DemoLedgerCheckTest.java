package io.taksit.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.sandbox.Charge;
import io.taksit.sandbox.DoubleCharge;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The final check must fail, naming the difference, whenever ledger and records disagree. */
class DemoLedgerCheckTest {

  private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

  @Test
  void agreesWhenEachChargeIsOneSucceededPaymentAndBack() {
    Payment paid = succeeded("p-1", "250.00");

    assertThat(LedgerCheck.differences(List.of(charge(1, "p-1", "250.00")),
        io.vavr.collection.List.of(paid), List.of())).isEmpty();
  }

  @Test
  void namesAChargeWithoutPaymentAPaymentWithoutChargeAndAnUnknownPaymentThatCharged() {
    Payment paidButNotCharged = succeeded("p-1", "250.00");
    Payment unknownButCharged = unknown("p-2", "155.00");

    List<String> differences = LedgerCheck.differences(
        List.of(charge(1, "stranger", "10.00"), charge(2, "p-2", "155.00")),
        io.vavr.collection.List.of(paidButNotCharged, unknownButCharged), List.of());

    assertThat(differences).containsExactly(
        "charge #1 (Momkn, 10.00 EGP, key stranger) belongs to no Taksit payment",
        "charge #2 (Momkn, 155.00 EGP, key p-2) was made, but Taksit records payment p-2 as"
            + " UNKNOWN",
        "SUCCEEDED payment p-1 was charged 0 times");
  }

  @Test
  void namesAChargeForAnotherAmountAndADoubleCharge() {
    Payment paid = succeeded("p-1", "250.00");
    Charge wrongAmount = charge(1, "p-1", "255.00");
    Charge again = charge(2, "p-9", "255.00");

    List<String> differences = LedgerCheck.differences(List.of(wrongAmount),
        io.vavr.collection.List.of(paid), List.of(new DoubleCharge(new ProviderId("momkn"),
            DoubleCharge.Shared.BILL_REFERENCE, "7100000001", List.of(wrongAmount, again))));

    assertThat(differences).containsExactly(
        "charge #1 (Momkn, 255.00 EGP, key p-1) does not match payment p-1 (Momkn, 250.00 EGP)",
        "SUCCEEDED payment p-1 was charged 0 times",
        "double charge at Momkn: 2 charges share the bill reference 7100000001");
  }

  private static Charge charge(long sequence, String key, String amount) {
    return new Charge(sequence, new ProviderId("momkn"), key, "1000000101", "7100000001",
        new BigDecimal(amount), new BigDecimal("5.13"), "EGP", NOW);
  }

  private static Payment succeeded(String id, String amount) {
    return created(id, amount).recordPayOutcome(
        new PaymentOutcome.Approved(ProviderAnswer.none(), "Code 0"), NOW,
        CheckSchedule.DEFAULT).get();
  }

  private static Payment unknown(String id, String amount) {
    return created(id, amount).recordPayOutcome(
        new PaymentOutcome.Unknown(ProviderAnswer.none(), "connection reset"), NOW,
        CheckSchedule.DEFAULT).get();
  }

  private static Payment created(String id, String amount) {
    PaymentDetails details = new PaymentDetails(BillerId.of("momkn-362").get(), new ProviderId("momkn"),
        AccountRef.of("1000000101").get(), BillReference.of("7100000001").get(),
        Money.parse(amount, "EGP").get(), TreeSet.of(1), Option.none());
    return Payment.create(new PaymentId(id), IdempotencyKey.of("key-" + id).get(), "fingerprint",
        details, NOW, CheckSchedule.DEFAULT);
  }
}
