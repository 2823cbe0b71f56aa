package io.taksit.cli.chaos;

import io.taksit.sandbox.Charge;
import io.taksit.sandbox.DoubleCharge;
import io.taksit.sandbox.SandboxLedger;
import io.taksit.domain.payment.PaymentStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the sandbox's ledger (the money that moved) with the payments Taksit stored (what
 * Taksit says happened), after the campaign. Each list is a broken promise and must be empty.
 *
 * @param payments every stored payment
 * @param charges every charge the sandbox made
 * @param doubleCharges charges sharing a de-duplication key or a bill, as the ledger sees them
 * @param keysChargedTwice de-duplication keys with more than one charge
 * @param lost money moved and Taksit does not say so: a charge without a payment, or whose
 *     payment is DECLINED or NOT_PROCESSED, or unresolved without being flagged for review
 * @param phantoms SUCCEEDED payments without a charge
 * @param mismatches a charge and its SUCCEEDED payment disagree on amount or currency
 * @param missing idempotency keys that were written with no payment, or with more than one, and
 *     refused keys that have one anyway; and payments under keys the campaign never used
 * @param unsettled payments neither SUCCEEDED, DECLINED, nor NOT_PROCESSED-and-uncharged, nor
 *     awaiting their outcome with a NEEDS_REVIEW reason
 * @param chargedInReview payments flagged for review that were in fact charged (a person will
 *     find the charge; reported, not a failure)
 */
record ChaosAudit(List<StoredPayments.Row> payments, List<Charge> charges,
    List<DoubleCharge> doubleCharges, List<String> keysChargedTwice, List<String> lost,
    List<String> phantoms, List<String> mismatches, List<String> missing, List<String> unsettled,
    List<String> chargedInReview) {

  static ChaosAudit of(SandboxLedger ledger, List<StoredPayments.Row> payments,
      Set<String> writtenKeys, Set<String> refusedKeys) {
    List<Charge> charges = ledger.charges();
    Map<String, StoredPayments.Row> byId = new HashMap<>();
    Map<String, List<StoredPayments.Row>> byKey = new HashMap<>();
    for (StoredPayments.Row row : payments) {
      byId.put(row.id(), row);
      byKey.computeIfAbsent(row.idempotencyKey(), k -> new ArrayList<>()).add(row);
    }
    Map<String, List<Charge>> chargesByKey = new TreeMap<>();
    for (Charge charge : charges) {
      chargesByKey.computeIfAbsent(charge.provider().value() + "/" + charge.dedupKey(),
          k -> new ArrayList<>()).add(charge);
    }

    List<String> keysChargedTwice = new ArrayList<>();
    chargesByKey.forEach((key, group) -> {
      if (group.size() > 1) {
        keysChargedTwice.add(key + " charged " + group.size() + " times: " + group);
      }
    });

    List<String> lost = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    List<String> chargedInReview = new ArrayList<>();
    for (Charge charge : charges) {
      StoredPayments.Row payment = byId.get(charge.dedupKey());
      if (payment == null) {
        lost.add("charge " + charge + " has no payment");
        continue;
      }
      if (!payment.provider().equals(charge.provider().value())) {
        mismatches.add("charge " + charge + " is at another provider than payment " + payment);
      }
      if (payment.status() == PaymentStatus.SUCCEEDED) {
        if (payment.amount().compareTo(charge.amount()) != 0
            || !payment.currency().equals(charge.currency())) {
          mismatches.add("charge " + charge + " differs from payment " + payment);
        }
      } else if (payment.status().isAwaitingResolution() && payment.needsReview()) {
        chargedInReview.add(payment + " was charged: " + charge);
      } else {
        lost.add("charge " + charge + " but payment " + payment);
      }
    }

    List<String> phantoms = new ArrayList<>();
    List<String> unsettled = new ArrayList<>();
    for (StoredPayments.Row payment : payments) {
      boolean charged = chargesByKey.containsKey(payment.provider() + "/" + payment.id());
      switch (payment.status()) {
        case SUCCEEDED -> {
          if (!charged) {
            phantoms.add(payment.toString());
          }
        }
        case DECLINED -> { }
        case NOT_PROCESSED -> {
          // Given up on by the client; fine only because nothing was charged (else it is lost).
        }
        case CREATED, PENDING, UNKNOWN -> {
          if (!payment.needsReview()) {
            unsettled.add(payment + " is still awaiting its outcome and not flagged for review");
          }
        }
        default -> unsettled.add(payment.toString());
      }
    }

    List<String> missing = new ArrayList<>();
    for (String key : writtenKeys) {
      int count = byKey.getOrDefault(key, List.of()).size();
      if (count != 1) {
        missing.add("key " + key + " has " + count + " payments");
      }
    }
    for (String key : refusedKeys) {
      if (byKey.containsKey(key)) {
        missing.add("key " + key + " was refused before writing but has payment "
            + byKey.get(key));
      }
    }
    for (String key : byKey.keySet()) {
      if (!writtenKeys.contains(key)) {
        missing.add("payment " + byKey.get(key) + " is under a key the campaign never paid with");
      }
    }
    return new ChaosAudit(List.copyOf(payments), charges, ledger.doubleCharges(),
        keysChargedTwice, lost, phantoms, mismatches, missing, unsettled, chargedInReview);
  }

  /** The payments flagged for review, each with whether it was charged and why it is flagged. */
  List<String> inReview() {
    Set<String> chargedIds = new java.util.HashSet<>();
    charges.forEach(charge -> chargedIds.add(charge.provider().value() + "/" + charge.dedupKey()));
    return payments.stream().filter(StoredPayments.Row::needsReview)
        .map(p -> p.provider() + " payment " + p.id() + " " + p.status()
            + (chargedIds.contains(p.provider() + "/" + p.id()) ? " (charged)" : " (not charged)")
            + ": " + p.reviewReason().get())
        .toList();
  }

  /** Payments by final status (review and given-up shown apart). */
  Map<String, Long> byOutcome() {
    Map<String, Long> counts = new TreeMap<>();
    for (StoredPayments.Row payment : payments) {
      String name = payment.status().name();
      if (payment.needsReview()) {
        name += " (needs review)";
      } else if (payment.status() == PaymentStatus.NOT_PROCESSED) {
        name += " (retries given up, not charged)";
      }
      counts.merge(name, 1L, Long::sum);
    }
    return counts;
  }

  long byProvider(String provider) {
    return payments.stream().filter(p -> p.provider().equals(provider)).count();
  }
}
