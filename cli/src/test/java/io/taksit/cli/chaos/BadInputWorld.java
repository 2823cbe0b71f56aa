package io.taksit.cli.chaos;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.http.momkn.MomknConfig;
import io.taksit.adapters.http.momkn.MomknGateway;
import io.taksit.adapters.http.paywall.PaywallConfig;
import io.taksit.adapters.http.paywall.PaywallGateway;
import io.taksit.adapters.http.support.Secret;
import io.taksit.adapters.http.teqpay.TeqpayConfig;
import io.taksit.adapters.http.teqpay.TeqpayGateway;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.adapters.persistence.jdbc.DatabasePassword;
import io.taksit.application.port.in.InquireBill;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.momkn.MomknEndpoint;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.paywall.PaywallCredentials;
import io.taksit.sandbox.paywall.PaywallEndpoint;
import io.taksit.sandbox.paywall.PaywallSandbox;
import io.taksit.sandbox.teqpay.TeqpayCredentials;
import io.taksit.sandbox.teqpay.TeqpayEndpoint;
import io.taksit.sandbox.teqpay.TeqpaySandbox;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Taksit for the bad-input properties: the real adapters against the sandbox (no faults), each
 * wrapped to count calls, and an in-memory H2 database so that "nothing written" can be read as
 * row counts of every table. One bill is inquired at start, so commands can name a real bill.
 */
final class BadInputWorld implements AutoCloseable {

  static final String ACTIVE_BILLER = "momkn-362";
  static final String INACTIVE_BILLER = "momkn-999";
  static final String ACCOUNT = "2000000001";
  static final List<String> TABLES = List.of("payments", "payment_attempts", "payment_events", "payment_outbox",
      "inquired_bills", "fee_quotes", "billers", "fee_schedules");

  private final ProviderSandbox sandbox;
  private final HikariDataSource database;
  private final CountingGateways counted = new CountingGateways();
  private final Taksit taksit;
  private final Bill bill;

  BadInputWorld() {
    sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(3));
    database = DataSources.pooled("jdbc:h2:mem:badinput;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa",
        new DatabasePassword(""), 4);
    MomknCredentials momkn = sandbox.endpoint(MomknSandbox.ID, MomknEndpoint.class).credentials();
    PaywallCredentials paywall =
        sandbox.endpoint(PaywallSandbox.ID, PaywallEndpoint.class).credentials();
    TeqpayCredentials teqpay =
        sandbox.endpoint(TeqpaySandbox.ID, TeqpayEndpoint.class).credentials();
    taksit = Taksit.builder()
        .billingGateway(counted.billing(MomknGateway.create(MomknConfig.of(
            url(MomknSandbox.ID), momkn.accountId(), momkn.userName(),
            Secret.of(momkn.password()), "Merchant", "API", "taksit-bad-input"))))
        .installmentGateway(counted.installments(PaywallGateway.create(PaywallConfig.of(
            url(PaywallSandbox.ID), Secret.of(paywall.apiKeyPublic()),
            Secret.of(paywall.apiClientPublic())))))
        .installmentGateway(counted.installments(TeqpayGateway.create(TeqpayConfig.of(
            url(TeqpaySandbox.ID), Secret.of(teqpay.apiKey()),
            Secret.of(teqpay.secretKey())))))
        .billers(takka(ACTIVE_BILLER, true), takka(INACTIVE_BILLER, false))
        .jdbc(database)
        .runtime(RuntimeSettings.OFF)
        .build();
    bill = taksit.inquireBill().inquire(new InquireBill.Command(ACTIVE_BILLER, ACCOUNT, Map.of()))
        .getOrElseThrow(failure -> new IllegalStateException("setup inquiry failed: " + failure));
  }

  Taksit taksit() {
    return taksit;
  }

  ProviderSandbox sandbox() {
    return sandbox;
  }

  /** The bill inquired at start (100.00 EGP, one invoice, sequence 1). */
  Bill bill() {
    return bill;
  }

  /** Every call to a provider adapter so far, and every request that reached the sandbox. */
  Footprint footprint() {
    return new Footprint(counted.calls(), sandbox.requestCount(), rowCounts());
  }

  /** What bad input must leave unchanged. */
  record Footprint(long gatewayCalls, long sandboxRequests, Map<String, Long> rows) {}

  private Map<String, Long> rowCounts() {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          rows.put(table, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count rows", e);
    }
    return rows;
  }

  String url(ProviderId provider) {
    return sandbox.baseUrl(provider).toString();
  }

  private static Biller takka(String id, boolean active) {
    return Biller.of(BillerId.of(id).get(), "Takka installments", MomknSandbox.ID, "362",
        Currencies.EGP,
        AmountRule.of(egp("1"), egp("1000000000"), egp("5"), StepAnchor.ZERO).get(),
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, active).get();
  }

  private static Money egp(String amount) {
    return Money.parse(amount, "EGP").get();
  }

  @Override
  public void close() {
    try {
      taksit.close();
    } finally {
      try {
        database.close();
      } finally {
        sandbox.close();
      }
    }
  }
}
