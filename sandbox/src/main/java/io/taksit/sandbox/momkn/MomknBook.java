package io.taksit.sandbox.momkn;

import io.taksit.sandbox.SandboxLedger;
import io.taksit.sandbox.spi.InvalidRequest;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Momkn's side of the money: what each account owes, the bills (Brn) issued by inquiries, and
 * every payment decided, by {@code hostTransactionID}. One lock for all of it, so that "has this
 * key been decided?" and "move the money" are one step: the reason no key is ever charged twice,
 * however many duplicates race.
 *
 * <p>The payment rules it keeps, beyond the wire page: a Brn is good for the configured lifetime
 * after its inquiry and covers the invoices open at that moment; service 362 is "fixed, one
 * invoice per payment", so a payment must equal one of those invoices (the oldest such is paid);
 * once they are all paid the Brn is "already paid" (a decline), and the loan's next installment
 * falls due under a new inquiry.
 */
final class MomknBook {

  /** A non-zero {@code Code} the wire page treats as "never applied": unknown Brn, no data. */
  static final int NO_DATA = -16;
  /** The sandbox's own decline codes: the provider processed the payment and said no. */
  static final int ALREADY_PAID = -17;
  static final int ACCOUNT_REFUSED = -19;

  private final MomknService service;
  private final SandboxLedger ledger;
  private final Clock clock;
  private final Duration brnLifetime;
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, IssuedBill> bills = new HashMap<>();
  private final Deque<IssuedBill> billsByAge = new ArrayDeque<>();
  private final Map<String, Decision> decisions = new HashMap<>();
  private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
  private long lastBrn = 7_100_000_000L;
  private long lastInvoiceId;
  private BigDecimal agentBalance;

  MomknBook(MomknService service, SandboxLedger ledger, Clock clock, Duration brnLifetime) {
    this.service = service;
    this.ledger = ledger;
    this.clock = clock;
    this.brnLifetime = brnLifetime;
    this.agentBalance = service.agentBalance();
    for (MomknAccount seed : service.accounts()) {
      accounts.put(seed.billingAccount(), new Account(seed));
    }
  }

  MomknService service() {
    return service;
  }

  /** A fresh Brn over what the account owes now; none for an unknown or paid-up account. */
  synchronized Option<IssuedBill> inquire(String billingAccount) {
    forgetExpiredBills();
    Account account = accounts.get(billingAccount);
    if (account == null || account.open.isEmpty()) {
      return Option.none();
    }
    IssuedBill bill = new IssuedBill(Long.toString(++lastBrn), account.seed,
        List.copyOf(account.open), clock.instant().plus(brnLifetime));
    bills.put(bill.brn(), bill);
    billsByAge.addLast(bill);
    return Option.some(bill);
  }

  /** The bill of a Brn, unless unknown or expired. */
  synchronized Option<IssuedBill> bill(String brn) {
    IssuedBill bill = bills.get(brn);
    return bill == null || !clock.instant().isBefore(bill.expiresAt())
        ? Option.none() : Option.some(bill);
  }

  /** What paying {@code amount} costs on top, by the service's fee rule. */
  Fees fees(BigDecimal amount) {
    BigDecimal fee = service.fees().fee(amount);
    return new Fees(fee, service.fees().tax(fee));
  }

  /**
   * Decides a payment, or replays the decision already made under its key.
   *
   * @throws InvalidRequest for a request that does not fit its Brn (HTTP 400, nothing decided)
   */
  synchronized Payment pay(PaymentOrder order) {
    Decision previous = decisions.get(order.hostTransactionID());
    if (previous != null) {
      if (!order.retry()) {
        return new Payment.Conflict("hostTransactionID " + order.hostTransactionID()
            + " was already used; send isRetry true to get its answer again");
      }
      if (!previous.order().sameAs(order)) {
        return new Payment.Conflict("hostTransactionID " + order.hostTransactionID()
            + " was used for another Brn, account or amount");
      }
      return new Payment.Decided(previous, false);
    }
    Option<IssuedBill> found = bill(order.brn());
    if (found.isEmpty()) {
      return new Payment.NoData("No bill for Brn " + order.brn() + " (unknown or expired)");
    }
    IssuedBill bill = found.get();
    if (!bill.account().billingAccount().equals(order.billingAccount())) {
      throw new InvalidRequest("billingAccount does not match the account of Brn " + bill.brn());
    }
    requireAllowed(order.amount());
    Account account = accounts.get(order.billingAccount());
    List<OpenInvoice> stillOpen = bill.invoices().stream().filter(account.open::contains).toList();
    if (account.seed.refusal().isDefined()) {
      return decide(order, bill, Option.none(), ACCOUNT_REFUSED, account.seed.refusal().get());
    }
    if (stillOpen.isEmpty()) {
      return decide(order, bill, Option.none(), ALREADY_PAID,
          "The bill of Brn " + bill.brn() + " is already paid");
    }
    OpenInvoice paid = stillOpen.stream()
        .filter(invoice -> invoice.amount().compareTo(order.amount()) == 0)
        .findFirst()
        .orElseThrow(() -> new InvalidRequest("amount " + order.amount().toPlainString()
            + " must equal one outstanding invoice of Brn " + bill.brn()
            + " (service 362 takes one invoice per payment, the exact amount due)"));
    Fees fees = fees(order.amount());
    account.pay(paid);
    agentBalance = agentBalance.subtract(order.amount()).subtract(fees.total());
    ledger.record(MomknSandbox.ID, order.hostTransactionID(), order.billingAccount(),
        bill.brn(), order.amount(), fees.total(), service.currency());
    return decide(order, bill, Option.some(paid), 0, "Payment completed successfully");
  }

  /** What the status call says of a key. */
  synchronized Status status(String hostTransactionID) {
    Decision decision = decisions.get(hostTransactionID);
    if (decision != null) {
      return new Status.Known(decision);
    }
    return inFlight.containsKey(hostTransactionID) ? new Status.Pending() : new Status.NotFound();
  }

  /** A payment with this key has arrived and is not decided yet (the status call says Pending). */
  void arrived(String hostTransactionID) {
    inFlight.merge(hostTransactionID, 1, Integer::sum);
  }

  /** The request that {@link #arrived} is over, answered or not. */
  void departed(String hostTransactionID) {
    inFlight.computeIfPresent(hostTransactionID, (key, count) -> count == 1 ? null : count - 1);
  }

  /** Whether an amount fits the service's amount rule. */
  void requireAllowed(BigDecimal amount) {
    if (!service.allows(amount)) {
      throw new InvalidRequest("amount " + amount.toPlainString() + " is not allowed: it must be"
          + " within " + service.minValue().toPlainString() + " and "
          + service.maxValue().toPlainString() + " and a multiple of "
          + service.interval().toPlainString());
    }
  }

  private Payment decide(PaymentOrder order, IssuedBill bill, Option<OpenInvoice> paid, int code,
      String message) {
    Fees fees = paid.isDefined() ? fees(order.amount()) : Fees.NONE;
    Decision decision = new Decision(order, bill, paid, code, message, fees, agentBalance,
        clock.instant());
    decisions.put(order.hostTransactionID(), decision);
    return new Payment.Decided(decision, true);
  }

  private void forgetExpiredBills() {
    Instant now = clock.instant();
    while (!billsByAge.isEmpty() && !now.isBefore(billsByAge.peekFirst().expiresAt())) {
      bills.remove(billsByAge.removeFirst().brn());
    }
  }

  private long nextInvoiceId() {
    return ++lastInvoiceId;
  }

  /** What one account owes now, and how its loan goes on. */
  private final class Account {
    final MomknAccount seed;
    final List<OpenInvoice> open = new ArrayList<>();
    int lastNumber;
    BigDecimal lastInstallment = BigDecimal.ZERO;
    LocalDate lastDue = LocalDate.now(clock.withZone(ZoneOffset.UTC));

    Account(MomknAccount seed) {
      this.seed = seed;
      for (MomknInvoice invoice : seed.invoices()) {
        open.add(new OpenInvoice(nextInvoiceId(), invoice.number(), invoice.installment(),
            invoice.penalty(), invoice.dueDate()));
        if (invoice.number() >= lastNumber) {
          lastNumber = invoice.number();
          lastInstallment = invoice.installment();
          lastDue = invoice.dueDate();
        }
      }
    }

    /** Takes a paid invoice off; when nothing is left, the loan's next installment falls due. */
    void pay(OpenInvoice invoice) {
      open.remove(invoice);
      if (open.isEmpty() && lastNumber < seed.installmentCount()
          && lastInstallment.signum() > 0) {
        lastNumber++;
        lastDue = lastDue.plusMonths(1);
        open.add(new OpenInvoice(nextInvoiceId(), lastNumber, lastInstallment,
            BigDecimal.ZERO.setScale(2), lastDue));
      }
    }
  }

  /** One installment owed; the id tells apart equal installments of different months. */
  record OpenInvoice(long id, int number, BigDecimal installment, BigDecimal penalty,
      LocalDate dueDate) {

    BigDecimal amount() {
      return installment.add(penalty);
    }
  }

  /** The answer to one inquiry: a Brn over the invoices open then. */
  record IssuedBill(String brn, MomknAccount account, List<OpenInvoice> invoices,
      Instant expiresAt) {

    BigDecimal total() {
      return invoices.stream().map(OpenInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** Fee and tax on one amount, by the fee rule; nothing for a declined payment. */
  record Fees(BigDecimal fee, BigDecimal tax) {
    static final Fees NONE = new Fees(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    BigDecimal total() {
      return fee.add(tax);
    }
  }

  /** A payment request as far as de-duplication and the money are concerned. */
  record PaymentOrder(String hostTransactionID, boolean retry, String brn, String billingAccount,
      BigDecimal amount) {

    PaymentOrder {
      Objects.requireNonNull(hostTransactionID, "hostTransactionID");
    }

    /** Same payment (a retry may differ only in its retry flag). */
    boolean sameAs(PaymentOrder other) {
      return brn.equals(other.brn) && billingAccount.equals(other.billingAccount)
          && amount.compareTo(other.amount) == 0;
    }
  }

  /**
   * A payment the provider decided: approved ({@code code} 0, {@code paid} present) or declined.
   * Kept forever under its key: the retry replays it, the status call reports it.
   */
  record Decision(PaymentOrder order, IssuedBill bill, Option<OpenInvoice> paid, int code,
      String message, Fees fees, BigDecimal balanceAfter, Instant at) {

    boolean approved() {
      return code == 0;
    }
  }

  /** How a payment request ends. */
  sealed interface Payment {
    /** Decided now ({@code fresh}) or earlier (a retry's replay). */
    record Decided(Decision decision, boolean fresh) implements Payment {
    }

    /** The key was used before by a request that is not this one's retry: HTTP 409. */
    record Conflict(String message) implements Payment {
    }

    /** The Brn is unknown or expired: {@code Code -16}, nothing done. */
    record NoData(String message) implements Payment {
    }
  }

  /** What the status call knows of a key. */
  sealed interface Status {
    /** Decided: Success or Failed. */
    record Known(Decision decision) implements Status {
    }

    /** Arrived and not decided yet. */
    record Pending() implements Status {
    }

    /** Never arrived, or refused without being applied. */
    record NotFound() implements Status {
    }
  }
}
