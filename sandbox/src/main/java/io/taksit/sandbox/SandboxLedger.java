package io.taksit.sandbox;

import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The sandbox's honest account of the money it moved: an append-only list of {@link Charge}s,
 * written exactly when a provider handler moves money and never twice for one de-duplication key,
 * whatever the client sends and whatever fault spoils the answer. Comparing it with Taksit's
 * SUCCEEDED payments is how the demo and the chaos test prove "no double charge".
 *
 * <p>Thread-safe: every method holds the ledger's lock, briefly.
 */
public final class SandboxLedger {

  private final Clock clock;
  private final List<Charge> charges = new ArrayList<>();
  private final Map<Key, Charge> byKey = new HashMap<>();

  SandboxLedger(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records a charge: called by a provider endpoint ({@code io.taksit.sandbox.spi}) at the moment
   * it moves money, and by nobody else. The endpoints check their de-duplication before moving
   * money; this refuses a second charge for one key all the same, so that a sandbox bug shows as
   * an error rather than as a double charge blamed on the client.
   *
   * @throws IllegalStateException if this provider already charged under {@code dedupKey}
   */
  public synchronized Charge record(ProviderId provider, String dedupKey, String account,
      String billReference, BigDecimal amount, BigDecimal fee, String currency) {
    Key key = new Key(provider, dedupKey);
    if (byKey.containsKey(key)) {
      throw new IllegalStateException(
          "sandbox bug: " + provider + " charged de-duplication key " + dedupKey + " twice");
    }
    Charge charge = new Charge(charges.size() + 1L, provider, dedupKey, account, billReference,
        amount, fee, currency, clock.instant());
    charges.add(charge);
    byKey.put(key, charge);
    return charge;
  }

  /** Every charge, in the order made. */
  public synchronized List<Charge> charges() {
    return List.copyOf(charges);
  }

  /** The charges of one provider, in the order made. */
  public synchronized List<Charge> charges(ProviderId provider) {
    return charges.stream().filter(charge -> charge.provider().equals(provider)).toList();
  }

  /** How many charges were made. */
  public synchronized int count() {
    return charges.size();
  }

  /** How many charges one provider made. */
  public synchronized int count(ProviderId provider) {
    return (int) charges.stream().filter(charge -> charge.provider().equals(provider)).count();
  }

  /** The charge made under a de-duplication key, if any. */
  public synchronized Option<Charge> byKey(ProviderId provider, String dedupKey) {
    return Option.of(byKey.get(new Key(provider, dedupKey)));
  }

  /** Whether a charge was made under this de-duplication key. */
  public boolean charged(ProviderId provider, String dedupKey) {
    return byKey(provider, dedupKey).isDefined();
  }

  /** The charges made for one bill reference, in order (more than one is a double charge). */
  public synchronized List<Charge> byBillReference(ProviderId provider, String billReference) {
    return charges.stream()
        .filter(charge -> charge.provider().equals(provider)
            && charge.billReference().equals(billReference))
        .toList();
  }

  /** The amounts charged by one provider, summed (zero when none; fees not included). */
  public synchronized BigDecimal total(ProviderId provider) {
    return charges.stream()
        .filter(charge -> charge.provider().equals(provider))
        .map(Charge::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The amounts charged, summed per provider (each provider charges in one currency). */
  public synchronized Map<ProviderId, BigDecimal> totals() {
    Map<ProviderId, BigDecimal> totals = new TreeMap<>();
    charges.forEach(charge -> totals.merge(charge.provider(), charge.amount(), BigDecimal::add));
    return totals;
  }

  /**
   * Bills or keys charged more than once; empty is the promise kept. A bill reference charged
   * twice is flagged even when the provider had enough outstanding to take both payments,
   * because Taksit pays a bill once.
   */
  public synchronized List<DoubleCharge> doubleCharges() {
    List<DoubleCharge> doubles = new ArrayList<>();
    collect(doubles, DoubleCharge.Shared.DEDUP_KEY, grouped(true));
    collect(doubles, DoubleCharge.Shared.BILL_REFERENCE, grouped(false));
    return doubles;
  }

  private Map<Key, List<Charge>> grouped(boolean byDedupKey) {
    Map<Key, List<Charge>> groups = new LinkedHashMap<>();
    for (Charge charge : charges) {
      Key key = new Key(charge.provider(), byDedupKey ? charge.dedupKey() : charge.billReference());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(charge);
    }
    return groups;
  }

  private static void collect(List<DoubleCharge> doubles, DoubleCharge.Shared by,
      Map<Key, List<Charge>> groups) {
    groups.forEach((key, group) -> {
      if (group.size() > 1) {
        doubles.add(new DoubleCharge(key.provider(), by, key.value(), group));
      }
    });
  }

  @Override
  public synchronized String toString() {
    return "SandboxLedger[" + charges.size() + " charges, totals " + totals() + "]";
  }

  private record Key(ProviderId provider, String value) {
  }
}
