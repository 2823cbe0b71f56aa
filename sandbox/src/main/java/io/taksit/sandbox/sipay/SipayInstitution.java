package io.taksit.sandbox.sipay;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sipay's seed data: an institution ({@code product_oid}) with its subscribers, the fee Sipay
 * takes per payment, and the wallets that may pay (a Taksit host configures one of them; a ready
 * configuration takes the first). Immutable; each started sandbox keeps its own mutable book
 * built from it. {@link SipayDemo#institution} is the demo's.
 */
public record SipayInstitution(String productOid, String institutionName, String currency,
    BigDecimal transactionFee, List<SipaySubscriber> subscribers, List<SipayWallet> wallets) {

  /** The first generated subscriber is this + 1. */
  static final long GENERATED_BASE = 5_550_000_000L;

  public SipayInstitution {
    Objects.requireNonNull(productOid, "productOid");
    Objects.requireNonNull(institutionName, "institutionName");
    Objects.requireNonNull(currency, "currency");
    transactionFee = twoDecimals(transactionFee);
    subscribers = List.copyOf(subscribers);
    wallets = List.copyOf(wallets);
  }

  /**
   * The same institution plus {@code count} interchangeable subscribers, {@code 5550000001},
   * {@code 5550000002}, …, each owing a 100.00 invoice due {@code today} that is followed by next
   * month's once paid; the first wallet is topped up to 1,000,000,000.00 so that it never runs
   * dry.
   */
  public SipayInstitution withGeneratedSubscribers(int count, LocalDate today) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    if (count == 0) {
      return this;
    }
    List<SipaySubscriber> more = new ArrayList<>(subscribers);
    for (int i = 1; i <= count; i++) {
      String number = Long.toString(GENERATED_BASE + i);
      more.add(new SipaySubscriber(number, "Generated subscriber " + i,
          List.of(new SipayInvoice("G" + number, YearMonth.from(today), twoDecimals("100.00"),
              today.minusDays(10), today)), true));
    }
    List<SipayWallet> toppedUp = new ArrayList<>(wallets);
    if (!toppedUp.isEmpty()) {
      SipayWallet first = toppedUp.get(0);
      toppedUp.set(0, new SipayWallet(first.walletNumber(), first.accountNumber(),
          first.holderName(), first.balance().max(twoDecimals("1000000000.00"))));
    }
    return new SipayInstitution(productOid, institutionName, currency, transactionFee, more,
        toppedUp);
  }
}
