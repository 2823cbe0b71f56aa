package io.taksit.cli.demo;

import static io.taksit.cli.demo.Narration.money;
import static io.taksit.cli.demo.Narration.shortId;

import io.taksit.application.port.in.FindPayments;
import io.taksit.bootstrap.text.TextTable;
import io.taksit.sandbox.Charge;
import io.taksit.sandbox.DoubleCharge;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxLedger;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The summary and the final check: the sandbox's ledger (the money the providers moved) against
 * Taksit's records (the payments it stored). They agree when every charge belongs to exactly one
 * SUCCEEDED payment, matched by de-duplication key (the payment id), provider, amount and
 * currency; every SUCCEEDED payment was charged exactly once; and no bill was charged twice.
 */
final class LedgerCheck {

  /** The line the demo ends with when the promise held. */
  static final String AGREE = "sandbox ledger = Taksit records: no double charge";

  private final DemoWorld world;
  private final Narration say;

  LedgerCheck(DemoWorld world, Narration say) {
    this.world = world;
    this.say = say;
  }

  /** Prints the summary and the check; answers the differences, none when they agree. */
  java.util.List<String> run() {
    ProviderSandbox sandbox = world.sandbox();
    if (!sandbox.awaitIdle(Duration.ofSeconds(5))) {
      say.fact("(the sandbox was still busy after 5 s; checking what it has recorded)");
    }
    SandboxLedger ledger = sandbox.ledger();
    java.util.List<Charge> charges = ledger.charges();
    List<Payment> payments = ActFailed.expect(world.taksit().findPayments().find(
        new FindPayments.Query(null, null, null, null, 1000)), "listing the payments")
        .sortBy(Payment::createdAt);

    say.blank();
    say.line("Summary");
    TextTable table = TextTable.of("payment", "provider", "account", "amount", "status history",
        "attempts", "ledger").right(3, 5);
    for (Payment payment : payments) {
      long charged = charges.stream().filter(charge -> isChargeOf(charge, payment)).count();
      table.row(shortId(payment.id()), Narration.provider(payment.details().provider()),
          payment.details().account().value(), money(payment.details().amount()),
          history(payment), payment.attempts().size(), Narration.charges((int) charged));
    }
    say.table(table);
    say.fact("Taksit payments by status: " + byStatus(payments));
    say.fact("sandbox charges by provider: " + byProvider(charges));

    java.util.List<String> differences = differences(charges, payments, ledger.doubleCharges());
    say.blank();
    say.line("Check: every sandbox charge (" + charges.size() + ") = one SUCCEEDED payment"
        + " (payment id = de-duplication key, same");
    say.line("       provider, amount, currency); every SUCCEEDED payment ("
        + payments.count(p -> p.status() == PaymentStatus.SUCCEEDED)
        + ") charged once; no bill twice");
    if (differences.isEmpty()) {
      say.line(AGREE);
    } else {
      say.line("sandbox ledger != Taksit records:");
      differences.forEach(say::fact);
    }
    return differences;
  }

  static java.util.List<String> differences(java.util.List<Charge> charges,
      List<Payment> payments, java.util.List<DoubleCharge> doubleCharges) {
    java.util.List<String> differences = new ArrayList<>();
    Map<String, Payment> byId = new LinkedHashMap<>();
    payments.forEach(payment -> byId.put(payment.id().value(), payment));
    for (Charge charge : charges) {
      Payment payment = byId.get(charge.dedupKey());
      String what = "charge #" + charge.sequence() + " (" + Narration.provider(charge.provider())
          + ", " + Narration.amount(charge.amount()) + " " + charge.currency() + ", key "
          + charge.dedupKey() + ")";
      if (payment == null) {
        differences.add(what + " belongs to no Taksit payment");
      } else if (!isChargeOf(charge, payment)) {
        differences.add(what + " does not match payment " + payment.id().value() + " ("
            + Narration.provider(payment.details().provider()) + ", "
            + money(payment.details().amount()) + ")");
      } else if (payment.status() != PaymentStatus.SUCCEEDED) {
        differences.add(what + " was made, but Taksit records payment " + payment.id().value()
            + " as " + payment.status());
      }
    }
    for (Payment payment : payments.filter(p -> p.status() == PaymentStatus.SUCCEEDED)) {
      long charged = charges.stream().filter(charge -> isChargeOf(charge, payment)).count();
      if (charged != 1) {
        differences.add("SUCCEEDED payment " + payment.id().value() + " was charged " + charged
            + " times");
      }
    }
    for (DoubleCharge twice : doubleCharges) {
      differences.add("double charge at " + Narration.provider(twice.provider()) + ": "
          + twice.charges().size() + " charges share the "
          + twice.by().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + twice.value());
    }
    return differences;
  }

  /** How many charges {@code provider} made under {@code key}: one, once a payment succeeded. */
  static int chargesUnder(SandboxLedger ledger, ProviderId provider, String key) {
    return (int) ledger.charges(provider).stream()
        .filter(charge -> charge.dedupKey().equals(key)).count();
  }

  private static boolean isChargeOf(Charge charge, Payment payment) {
    return charge.dedupKey().equals(payment.id().value())
        && charge.provider().equals(payment.details().provider())
        && charge.amount().compareTo(payment.details().amount().amount()) == 0
        && charge.currency().equals(payment.details().amount().currencyCode());
  }

  /** The statuses a payment went through after CREATED: "UNKNOWN > SUCCEEDED". */
  private static String history(Payment payment) {
    List<PaymentStatus> seen = payment.events().map(PaymentEvent::status)
        .filter(status -> status != PaymentStatus.CREATED);
    List<PaymentStatus> steps = seen.zipWithIndex()
        .filter(at -> at._2 == 0 || seen.get(at._2 - 1) != at._1)
        .map(at -> at._1);
    return steps.isEmpty() ? payment.status().name() : steps.mkString(" > ");
  }

  private static String byStatus(List<Payment> payments) {
    if (payments.isEmpty()) {
      return "none";
    }
    Map<PaymentStatus, Long> counts = new TreeMap<>(payments.toJavaStream()
        .collect(Collectors.groupingBy(Payment::status, Collectors.counting())));
    return counts.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
        .collect(Collectors.joining(", "));
  }

  private static String byProvider(java.util.List<Charge> charges) {
    if (charges.isEmpty()) {
      return "none";
    }
    Map<ProviderId, java.util.List<Charge>> grouped = new TreeMap<>(charges.stream()
        .collect(Collectors.groupingBy(Charge::provider)));
    return grouped.entrySet().stream().map(entry -> {
      java.util.List<Charge> mine = entry.getValue();
      BigDecimal total = mine.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      return Narration.provider(entry.getKey()) + " " + Narration.charges(mine.size()) + ", "
          + Narration.amount(total) + " " + mine.get(0).currency();
    }).collect(Collectors.joining("; "));
  }
}
