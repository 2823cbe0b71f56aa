package io.taksit.sandbox.sipay;

import io.taksit.sandbox.SandboxLedger;
import io.taksit.sandbox.spi.InvalidRequest;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sipay's side of the money: the institution's outstanding invoices, the wallets' balances, and
 * which {@code ext_order_id}s have been charged (the ledger knows; code 301 for a second use).
 * One lock for all of it, so that "was this key charged?" and "move the money" are one step.
 *
 * <p>A paid invoice disappears from the inquiry at once: Taksit's status check for Sipay (there
 * is no status call) is a re-inquiry that relies on it. A key whose payment was declined was not
 * charged and may be sent again (it is processed anew), so a lost decline cannot trap a payment
 * in "duplicate" forever.
 */
final class SipayBook {

  static final String SUCCESS = "100";
  static final String WALLET_INVALID = "300";
  static final String DUPLICATE_ORDER = "301";
  /** The sandbox's own decline code: the invoice is not outstanding (paid, or never was). */
  static final String INVOICE_NOT_OUTSTANDING = "302";
  static final String INSUFFICIENT_BALANCE = "311";

  private final SipayInstitution institution;
  private final SandboxLedger ledger;
  private final Map<String, Subscriber> subscribers = new HashMap<>();
  private final Map<String, OpenInvoice> invoicesByOid = new HashMap<>();
  private final Map<String, Wallet> wallets = new HashMap<>();
  private long lastTransaction = 9_623_000_000L;

  SipayBook(SipayInstitution institution, SandboxLedger ledger) {
    this.institution = institution;
    this.ledger = ledger;
    for (SipaySubscriber seed : institution.subscribers()) {
      subscribers.put(seed.subscriberNo(), new Subscriber(seed));
    }
    for (SipayWallet seed : institution.wallets()) {
      wallets.put(seed.walletNumber(), new Wallet(seed));
    }
  }

  SipayInstitution institution() {
    return institution;
  }

  /**
   * The subscriber's outstanding invoices, oldest due first; empty for a paid-up or unknown
   * subscriber; none for an unknown institution.
   */
  synchronized Option<List<OpenInvoice>> outstanding(String productOid, String subscriberNo) {
    if (!institution.productOid().equals(productOid)) {
      return Option.none();
    }
    Subscriber subscriber = subscribers.get(subscriberNo);
    return Option.some(subscriber == null ? List.of() : List.copyOf(subscriber.open));
  }

  /**
   * Decides a payment.
   *
   * @throws InvalidRequest for a request that does not match its invoice (HTTP 400, no change)
   */
  synchronized Outcome pay(PaymentOrder order) {
    if (ledger.charged(SipaySandbox.ID, order.extOrderId())) {
      return Outcome.refused(DUPLICATE_ORDER,
          "Mükerrer harici işlem numarası (duplicate ext_order_id " + order.extOrderId() + ")");
    }
    if (!institution.productOid().equals(order.productOid())) {
      throw new InvalidRequest("product_oid " + order.productOid() + " is not an institution");
    }
    if (order.accountTypeId() != 1 && order.accountTypeId() != 2) {
      throw new InvalidRequest("account_type_id must be 1 (individual) or 2 (business)");
    }
    Wallet wallet = wallets.get(order.walletNumber());
    if (wallet == null || !wallet.seed.accountNumber().equals(order.accountNumber())) {
      return Outcome.refused(WALLET_INVALID, "Cüzdan bulunamadı veya geçersiz (wallet not found"
          + " or invalid)");
    }
    OpenInvoice invoice = invoicesByOid.get(order.queryOid());
    if (invoice == null) {
      return Outcome.refused(INVOICE_NOT_OUTSTANDING, "Fatura bulunamadı veya ödenmiş (invoice"
          + " not found or already paid)");
    }
    requireMatches(order, invoice);
    BigDecimal fee = institution.transactionFee();
    BigDecimal charged = order.paymentAmount().add(fee);
    if (wallet.balance.compareTo(charged) < 0) {
      return Outcome.refused(INSUFFICIENT_BALANCE, "Cüzdan bakiyesi yetersiz (insufficient wallet"
          + " balance)");
    }
    wallet.balance = wallet.balance.subtract(charged);
    subscribers.get(invoice.subscriberNo()).paid(invoice);
    ledger.record(SipaySandbox.ID, order.extOrderId(), invoice.subscriberNo(), invoice.oid(),
        order.paymentAmount(), fee, institution.currency());
    lastTransaction++;
    return new Outcome(SUCCESS, "İşlem başarılı", Option.some(new Receipt(order, invoice, fee,
        wallet.seed, wallet.balance, Long.toString(lastTransaction), "SBX" + lastTransaction)));
  }

  private static void requireMatches(PaymentOrder order, OpenInvoice invoice) {
    if (!invoice.subscriberNo().equals(order.subscriberNo())
        || !invoice.billNo().equals(order.billNo())
        || !invoice.billTerm().equals(order.billTerm())) {
      throw new InvalidRequest("subscriber_no, bill_no and bill_term must be those of the"
          + " invoice's inquiry");
    }
    if (invoice.amount().compareTo(order.invoiceAmount()) != 0) {
      throw new InvalidRequest("invoice_amount must be the inquiry's invoice_amount, "
          + invoice.amount().toPlainString());
    }
    if (invoice.amount().compareTo(order.paymentAmount()) != 0) {
      throw new InvalidRequest("payment_amount must equal invoice_amount: partial payment is"
          + " not allowed for this invoice");
    }
  }

  /** One subscriber's outstanding invoices; a renewing one gets next month's when paid up. */
  private final class Subscriber {
    final SipaySubscriber seed;
    final List<OpenInvoice> open = new ArrayList<>();
    SipayInvoice last;
    String renewalBase;
    int renewals;

    Subscriber(SipaySubscriber seed) {
      this.seed = seed;
      seed.invoices().forEach(this::open);
    }

    void open(SipayInvoice invoice) {
      OpenInvoice opened = new OpenInvoice(
          invoice.queryOid(institution.productOid(), seed.subscriberNo()), seed.subscriberNo(),
          seed.name(), invoice.billNo(), invoice.term(), invoice.amount(), invoice.invoiceDate(),
          invoice.dueDate());
      open.add(opened);
      open.sort(Comparator.comparing(OpenInvoice::dueDate));
      invoicesByOid.put(opened.oid(), opened);
      if (last == null || !invoice.dueDate().isBefore(last.dueDate())) {
        last = invoice;
      }
    }

    void paid(OpenInvoice invoice) {
      open.remove(invoice);
      invoicesByOid.remove(invoice.oid());
      if (open.isEmpty() && seed.renewing() && last != null) {
        if (renewalBase == null) {
          renewalBase = last.billNo();
        }
        renewals++;
        open(new SipayInvoice(renewalBase + "-" + renewals, last.term().plusMonths(1),
            last.amount(), last.invoiceDate().plusMonths(1), last.dueDate().plusMonths(1)));
      }
    }
  }

  private static final class Wallet {
    final SipayWallet seed;
    BigDecimal balance;

    Wallet(SipayWallet seed) {
      this.seed = seed;
      this.balance = seed.balance();
    }
  }

  /** One outstanding invoice as the inquiry lists it. */
  record OpenInvoice(String oid, String subscriberNo, String subscriberName, String billNo,
      YearMonth term, BigDecimal amount, LocalDate invoiceDate, LocalDate dueDate) {

    /** {@code bill_term} as Sipay writes it: {@code 03/2023}. */
    String billTerm() {
      return String.format(Locale.ROOT, "%02d/%04d", term.getMonthValue(), term.getYear());
    }
  }

  /** A MakePayment request as far as the money is concerned. */
  record PaymentOrder(int tenantId, int accountTypeId, String accountNumber, String walletNumber,
      String queryOid, BigDecimal invoiceAmount, BigDecimal paymentAmount, String productOid,
      String subscriberNo, String billTerm, String billNo, String extOrderId) {
  }

  /** What a successful payment answers with. */
  record Receipt(PaymentOrder order, OpenInvoice invoice, BigDecimal fee, SipayWallet wallet,
      BigDecimal balanceAfter, String paymentTransactionId, String transactionId) {
  }

  /** A payment's answer: code, message, and the receipt when it succeeded. */
  record Outcome(String code, String message, Option<Receipt> receipt) {

    static Outcome refused(String code, String message) {
      return new Outcome(code, message, Option.none());
    }
  }
}
