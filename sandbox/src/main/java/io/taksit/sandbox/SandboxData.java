package io.taksit.sandbox;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What the sandbox's providers know when it starts: Momkn service 362 and its accounts, a Sipay
 * institution with subscribers and paying wallets, and Paywall's and Teqpay's installment tables.
 * Immutable; each started sandbox keeps its own mutable books built from it, so two sandboxes
 * never share a balance. {@link #demo()} is the demo's data (listed in {@link DemoData}).
 */
public record SandboxData(Momkn momkn, Sipay sipay, Paywall paywall, Teqpay teqpay) {

  public SandboxData {
    Objects.requireNonNull(momkn, "momkn");
    Objects.requireNonNull(sipay, "sipay");
    Objects.requireNonNull(paywall, "paywall");
    Objects.requireNonNull(teqpay, "teqpay");
  }

  /** The demo data, due dates counted from today. */
  public static SandboxData demo() {
    return DemoData.build(LocalDate.now());
  }

  /** The demo data, due dates counted from {@code today}. */
  public static SandboxData demo(LocalDate today) {
    return DemoData.build(today);
  }

  /**
   * This data plus {@code count} interchangeable accounts per billing provider, for chaos tests
   * and benchmarks that need many payable bills: Momkn accounts {@code 2000000001},
   * {@code 2000000002}, … each owing one 100.00 EGP installment of a loan that never ends (paying
   * one makes the next due), and Sipay subscribers {@code 5550000001}, … each owing a 100.00 TRY
   * invoice that is followed by next month's once paid. The first wallet is topped up to
   * 1,000,000,000.00 TRY so that it never runs dry.
   */
  public SandboxData withGeneratedAccounts(int count) {
    if (count < 0 || count > 99_999_999) {
      throw new IllegalArgumentException("count must be within 0 and 99,999,999, was " + count);
    }
    LocalDate today = LocalDate.now();
    List<MomknAccount> accounts = new ArrayList<>(momkn.accounts());
    List<SipaySubscriber> subscribers = new ArrayList<>(sipay.subscribers());
    for (int i = 1; i <= count; i++) {
      MomknInvoice installment =
          new MomknInvoice(1, twoDecimals("100.00"), twoDecimals("0.00"), today);
      accounts.add(new MomknAccount(Long.toString(2_000_000_000L + i), "Generated customer " + i,
          1_000_000, List.of(installment), Option.none()));
      subscribers.add(new SipaySubscriber(Long.toString(5_550_000_000L + i),
          "Generated subscriber " + i, List.of(new SipayInvoice("G" + (5_550_000_000L + i),
          YearMonth.from(today), twoDecimals("100.00"), today.minusDays(10), today)), true));
    }
    List<SipayWallet> wallets = new ArrayList<>(sipay.wallets());
    if (!wallets.isEmpty()) {
      SipayWallet first = wallets.get(0);
      wallets.set(0, new SipayWallet(first.walletNumber(), first.accountNumber(),
          first.holderName(), first.balance().max(twoDecimals("1000000000.00"))));
    }
    return new SandboxData(momkn.withAccounts(accounts),
        new Sipay(sipay.productOid(), sipay.institutionName(), sipay.currency(),
            sipay.transactionFee(), subscribers, wallets),
        paywall, teqpay);
  }

  /** Replaces the Momkn data. */
  public SandboxData withMomkn(Momkn newMomkn) {
    return new SandboxData(newMomkn, sipay, paywall, teqpay);
  }

  /** Replaces the Sipay data. */
  public SandboxData withSipay(Sipay newSipay) {
    return new SandboxData(momkn, newSipay, paywall, teqpay);
  }

  /** Replaces the Paywall table. */
  public SandboxData withPaywall(Paywall newPaywall) {
    return new SandboxData(momkn, sipay, newPaywall, teqpay);
  }

  /** Replaces the Teqpay table. */
  public SandboxData withTeqpay(Teqpay newTeqpay) {
    return new SandboxData(momkn, sipay, paywall, newTeqpay);
  }

  /**
   * One Momkn bill-payment service as its catalog entry describes it (amount rule: within
   * {@code [minValue, maxValue]} and a multiple of {@code interval}, steps counted from zero as
   * {@code providers.md} assumes), the fee rule of its fee call, the agent's prepaid balance the
   * payment answers report, and the accounts that owe something.
   */
  public record Momkn(String serviceId, String serviceName, String currency, BigDecimal minValue,
      BigDecimal maxValue, BigDecimal interval, FeeRule fees, BigDecimal agentBalance,
      List<MomknAccount> accounts) {

    public Momkn {
      Objects.requireNonNull(serviceId, "serviceId");
      Objects.requireNonNull(serviceName, "serviceName");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(fees, "fees");
      minValue = twoDecimals(minValue);
      maxValue = twoDecimals(maxValue);
      interval = twoDecimals(interval);
      agentBalance = twoDecimals(agentBalance);
      accounts = List.copyOf(accounts);
      if (interval.signum() <= 0) {
        throw new IllegalArgumentException("interval must be positive");
      }
    }

    /** The same service with these accounts instead. */
    public Momkn withAccounts(List<MomknAccount> newAccounts) {
      return new Momkn(serviceId, serviceName, currency, minValue, maxValue, interval, fees,
          agentBalance, newAccounts);
    }

    /** Whether {@code amount} may be paid: within the bounds and on the interval step. */
    public boolean allows(BigDecimal value) {
      return value.compareTo(minValue) >= 0 && value.compareTo(maxValue) <= 0
          && value.remainder(interval).signum() == 0;
    }
  }

  /**
   * Momkn's fee call: fee = amount × {@code percent} % + {@code fixed}, tax = fee ×
   * {@code taxPercent} %, each rounded half-up to the piastre; no discount.
   */
  public record FeeRule(BigDecimal percent, BigDecimal fixed, BigDecimal taxPercent) {

    /** 1 % + 2.00 EGP, 14 % tax on the fee (Egypt's VAT rate): 250.00 → fee 4.50, tax 0.63. */
    public static final FeeRule DEMO =
        new FeeRule(new BigDecimal("1"), new BigDecimal("2.00"), new BigDecimal("14"));

    public FeeRule {
      Objects.requireNonNull(percent, "percent");
      Objects.requireNonNull(fixed, "fixed");
      Objects.requireNonNull(taxPercent, "taxPercent");
    }

    /** The fee for paying {@code value}. */
    public BigDecimal fee(BigDecimal value) {
      return value.multiply(percent).movePointLeft(2).add(fixed).setScale(2, RoundingMode.HALF_UP);
    }

    /** The tax on {@code fee}. */
    public BigDecimal tax(BigDecimal fee) {
      return fee.multiply(taxPercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
  }

  /**
   * A Momkn customer of a Takka installment loan: the installments due now, how many the loan
   * has (once the due ones are paid the next one, without penalty, falls due a month after the
   * last), and, for an account the provider refuses to take money for, the refusal message.
   */
  public record MomknAccount(String billingAccount, String customerName, int installmentCount,
      List<MomknInvoice> invoices, Option<String> refusal) {

    public MomknAccount {
      Objects.requireNonNull(billingAccount, "billingAccount");
      Objects.requireNonNull(customerName, "customerName");
      Objects.requireNonNull(refusal, "refusal");
      invoices = List.copyOf(invoices);
    }
  }

  /** One installment due: its number in the loan, the installment, a late penalty, the date. */
  public record MomknInvoice(int number, BigDecimal installment, BigDecimal penalty,
      LocalDate dueDate) {

    public MomknInvoice {
      installment = twoDecimals(installment);
      penalty = twoDecimals(penalty);
      Objects.requireNonNull(dueDate, "dueDate");
    }

    /** What is owed for it: installment + penalty. */
    public BigDecimal amount() {
      return installment.add(penalty);
    }
  }

  /**
   * A Sipay institution ({@code product_oid}) with its subscribers, the fee Sipay takes per
   * payment, and the wallets that may pay (a Taksit host configures one of them).
   */
  public record Sipay(String productOid, String institutionName, String currency,
      BigDecimal transactionFee, List<SipaySubscriber> subscribers, List<SipayWallet> wallets) {

    public Sipay {
      Objects.requireNonNull(productOid, "productOid");
      Objects.requireNonNull(institutionName, "institutionName");
      Objects.requireNonNull(currency, "currency");
      transactionFee = twoDecimals(transactionFee);
      subscribers = List.copyOf(subscribers);
      wallets = List.copyOf(wallets);
    }
  }

  /**
   * A subscriber of the institution with the invoices outstanding; a renewing subscriber gets
   * next month's invoice of the same amount once the last one is paid.
   */
  public record SipaySubscriber(String subscriberNo, String name, List<SipayInvoice> invoices,
      boolean renewing) {

    public SipaySubscriber {
      Objects.requireNonNull(subscriberNo, "subscriberNo");
      Objects.requireNonNull(name, "name");
      invoices = List.copyOf(invoices);
    }
  }

  /** One outstanding Sipay invoice. */
  public record SipayInvoice(String billNo, YearMonth term, BigDecimal amount,
      LocalDate invoiceDate, LocalDate dueDate) {

    public SipayInvoice {
      Objects.requireNonNull(billNo, "billNo");
      Objects.requireNonNull(term, "term");
      amount = twoDecimals(amount);
      Objects.requireNonNull(invoiceDate, "invoiceDate");
      Objects.requireNonNull(dueDate, "dueDate");
    }

    /**
     * Its {@code inv_payment_transaction_query_oid}: derived from the institution, subscriber
     * and bill number, so that it is the same in every run.
     */
    public String queryOid(String productOid, String subscriberNo) {
      return UUID.nameUUIDFromBytes((productOid + '/' + subscriberNo + '/' + billNo)
          .getBytes(StandardCharsets.UTF_8)).toString();
    }
  }

  /** A Sipay wallet that may pay invoices, with its balance. */
  public record SipayWallet(String walletNumber, String accountNumber, String holderName,
      BigDecimal balance) {

    public SipayWallet {
      Objects.requireNonNull(walletNumber, "walletNumber");
      Objects.requireNonNull(accountNumber, "accountNumber");
      Objects.requireNonNull(holderName, "holderName");
      balance = twoDecimals(balance);
    }
  }

  /** What Paywall knows of a card BIN; the family is absent for debit cards. */
  public record Card(String bin, String bank, String brand, Option<String> family, String kind,
      String type) {

    public Card {
      Objects.requireNonNull(bin, "bin");
      Objects.requireNonNull(bank, "bank");
      Objects.requireNonNull(brand, "brand");
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * Paywall's installment table (TRY): the cards it knows, the options per BIN (several
   * gateways may offer the same count), and the options of a query without a BIN. A BIN it does
   * not know gets an empty answer ({@code Body} null).
   */
  public record Paywall(List<Card> cards, Map<String, List<PaywallOption>> optionsByBin,
      List<PaywallOption> optionsWithoutBin) {

    public Paywall {
      cards = List.copyOf(cards);
      optionsByBin = copy(optionsByBin);
      optionsWithoutBin = List.copyOf(optionsWithoutBin);
    }

    /** The card of a BIN, if known. */
    public Option<Card> card(String bin) {
      return Option.ofOptional(cards.stream().filter(card -> card.bin().equals(bin)).findFirst());
    }
  }

  /**
   * One Paywall row: a gateway offers {@code installment} payments at {@code interest} % for the
   * customer ({@code InterestAmount} = amount × (1 + interest / 100), half-up) and
   * {@code commission} % for the merchant.
   */
  public record PaywallOption(int gatewayId, String gatewayName, int installment,
      BigDecimal commission, BigDecimal interest) {

    public PaywallOption {
      Objects.requireNonNull(gatewayName, "gatewayName");
      commission = twoDecimals(commission);
      interest = twoDecimals(interest);
    }
  }

  /** Teqpay's installment table (TRY), per BIN; an unknown BIN is refused. */
  public record Teqpay(Map<String, List<TeqpayOption>> optionsByBin) {

    public Teqpay {
      optionsByBin = copy(optionsByBin);
    }
  }

  /**
   * One Teqpay row: the merchant's rate, and what the customer pays on top ({@code TotalPrice} =
   * price × (1 + customerRate / 100), half-up; zero means "Komisyon İçinde", the commission is
   * inside the price).
   */
  public record TeqpayOption(int installment, BigDecimal merchantSaleRate,
      BigDecimal customerRate) {

    public TeqpayOption {
      merchantSaleRate = twoDecimals(merchantSaleRate);
      customerRate = twoDecimals(customerRate);
    }
  }

  static BigDecimal twoDecimals(String value) {
    return twoDecimals(new BigDecimal(value));
  }

  /** Amounts and rates are held at two decimals; more would be a seed typo. */
  static BigDecimal twoDecimals(BigDecimal value) {
    Objects.requireNonNull(value, "amount");
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static <T> Map<String, List<T>> copy(Map<String, List<T>> table) {
    Map<String, List<T>> copy = new LinkedHashMap<>();
    table.forEach((key, rows) -> copy.put(key, List.copyOf(rows)));
    return Collections.unmodifiableMap(copy);
  }
}
