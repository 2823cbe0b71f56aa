package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.taksit.sandbox.Fault;
import io.taksit.sandbox.FaultPlan;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.paywall.PaywallCredentials;
import io.taksit.sandbox.sipay.SipayCredentials;
import io.taksit.sandbox.teqpay.TeqpayCredentials;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.domain.provider.ProviderId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code taksit} command end to end, through {@link TaksitCli#run}, against one provider
 * sandbox: exit codes, {@code --json} documents, tables. Each test has its own H2 store in its
 * temporary directory, so that inquired bills and payments outlive each invocation (each builds a
 * new Taksit from the configuration file) as they would from a shell. The sandbox's accounts are
 * shared by the tests, so each test pays through accounts of its own.
 */
class TaksitCliTest {

  /** Reads amounts exactly as printed: 155.00 stays 155.00. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final String PAN_REFUSED =
      "card numbers are not accepted: give the first 6-8 digits (BIN)";

  private static ProviderSandbox sandbox;
  private static Map<String, String> environment;

  @TempDir
  Path directory;

  private Path config;

  @BeforeAll
  static void startSandbox() {
    sandbox = ProviderSandbox.start();
    environment = Map.of("MOMKN_PASSWORD", MomknCredentials.demo().password(),
        "SIPAY_CLIENT_SECRET", SipayCredentials.demo().clientSecret());
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void writeConfiguration() throws IOException {
    config = directory.resolve("taksit.yaml");
    Files.writeString(config, configuration(sandbox.baseUrl(new ProviderId("momkn")).toString()));
  }

  @AfterEach
  void clearFaults() {
    sandbox.faults(FaultPlan.none());
  }

  @Test
  void inquiresQuotesPaysOnceAndListsABill() {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "momkn-362",
        "--account", "1000000101"));
    String reference = bill.get("billReference").asText();
    BigDecimal due = bill.get("totalDue").decimalValue();
    assertThat(bill.get("billerId").asText()).isEqualTo("momkn-362");
    assertThat(bill.get("customerName").asText()).isEqualTo("Mona Adel Hassan");
    assertThat(bill.get("currency").asText()).isEqualTo("EGP");
    assertThat(due).isEqualByComparingTo("250.00");
    assertThat(bill.get("invoices")).hasSize(1);
    assertThat(bill.get("invoices").get(0).get("amount").decimalValue()).isEqualTo(due);

    JsonNode quote = ok(taksit("--json", "fees", "--bill", reference, "--amount",
        due.toPlainString(), "--currency", "EGP"));
    assertThat(quote.get("source").asText()).isEqualTo("PROVIDER");
    assertThat(quote.get("fee").decimalValue()).isEqualByComparingTo("4.50");
    assertThat(quote.get("tax").decimalValue()).isEqualByComparingTo("0.63");
    assertThat(quote.get("total").decimalValue()).isEqualTo(new BigDecimal("255.13"));

    String[] pay = {"--json", "pay", "--key", "order-101", "--bill", reference, "--amount",
        due.toPlainString(), "--currency", "EGP", "--quote", quote.get("quoteId").asText()};
    JsonNode payment = ok(taksit(pay));
    String paymentId = payment.get("paymentId").asText();
    assertThat(payment.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(payment.get("total").decimalValue()).isEqualByComparingTo("255.13");
    assertThat(payment.get("attempts").get(0).get("outcome").asText()).isEqualTo("APPROVED");
    assertThat(sandbox.ledger().charged(new ProviderId("momkn"), paymentId)).isTrue();
    int charges = sandbox.ledger().count();

    JsonNode replay = ok(taksit(pay));
    assertThat(replay.get("paymentId").asText()).isEqualTo(paymentId);
    assertThat(sandbox.ledger().count()).isEqualTo(charges);

    Run otherKey = taksit("--json", "pay", "--key", "order-101-again", "--bill", reference,
        "--amount", due.toPlainString(), "--currency", "EGP", "--accept-total", "255.13");
    assertThat(otherKey.exitCode()).isEqualTo(1);
    assertThat(otherKey.json().at("/error/code").asText()).isEqualTo("payment.bill_already_paid");
    assertThat(sandbox.ledger().count()).isEqualTo(charges);

    assertThat(ok(taksit("--json", "status", paymentId)).get("status").asText())
        .isEqualTo("SUCCEEDED");
    JsonNode listed = ok(taksit("--json", "payments", "--status", "succeeded", "--biller",
        "momkn-362", "--bill", reference));
    assertThat(listed.get("count").asInt()).isEqualTo(1);
    assertThat(listed.get("payments").get(0).get("paymentId").asText()).isEqualTo(paymentId);

    Run table = taksit("payments", "--account", "1000000101");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("PAYMENT", "STATUS", paymentId, "SUCCEEDED",
        "250.00 EGP", "255.13 EGP", "1 payment");
  }

  @Test
  void showsAlignedTablesWithoutJson() {
    Run inquired = taksit("inquire", "--biller", "momkn-362", "--account", "1000000102");

    assertThat(inquired.exitCode()).isZero();
    assertThat(inquired.err()).isEmpty();
    List<String> lines = inquired.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Bill ");
    assertThat(inquired.out()).contains("customer   Karim Samir Fawzy", "total due  305.00 EGP");
    String header = line(lines, "SEQ");
    String seventh = line(lines, "Installment 7/10");
    String eighth = line(lines, "Installment 8/10");
    int amountEnd = header.indexOf("AMOUNT") + "AMOUNT".length();
    assertThat(seventh.indexOf("155.00") + "155.00".length()).isEqualTo(amountEnd);
    assertThat(eighth.indexOf("150.00") + "150.00".length()).isEqualTo(amountEnd);
    assertThat(header.indexOf("DUE")).isEqualTo(seventh.indexOf(" 20") + 1);

    Run jsonAfterTheCommand = taksit("inquire", "--biller", "momkn-362", "--account",
        "1000000102", "--json");
    assertThat(jsonAfterTheCommand.json().get("totalDue").decimalValue())
        .isEqualByComparingTo("305.00");
  }

  @Test
  void refusesAnOffStepAmountWithTheNearestAllowedOnes() {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "momkn-362",
        "--account", "1000000102"));
    String reference = bill.get("billReference").asText();
    assertThat(bill.at("/invoices/0/amount").decimalValue()).isEqualByComparingTo("155.00");
    long requests = sandbox.requestCount();

    Run refused = taksit("fees", "--bill", reference, "--amount", "157", "--currency", "EGP",
        "--invoice", "1");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("taksit fees: refused (amount.off_step)",
        "--amount: amount 157.00 EGP is not one of the allowed amounts (multiples of 5.00 EGP)",
        "try: 155.00 EGP or 160.00 EGP");

    JsonNode error = taksit("--json", "fees", "--bill", reference, "--amount", "157",
        "--currency", "EGP", "--invoice", "1").json().get("error");
    assertThat(error.get("code").asText()).isEqualTo("amount.off_step");
    assertThat(error.get("exitCode").asInt()).isEqualTo(1);
    assertThat(decimals(error.get("suggestedAmounts"))).containsExactly(
        new BigDecimal("155.00"), new BigDecimal("160.00"));
    assertThat(error.at("/violations/0/option").asText()).isEqualTo("--amount");

    Run pay = taksit("--json", "pay", "--key", "order-102-off-step", "--bill", reference,
        "--amount", "157", "--currency", "EGP", "--invoice", "1", "--accept-total", "162");
    assertThat(pay.exitCode()).isEqualTo(1);
    assertThat(pay.json().at("/error/code").asText()).isEqualTo("amount.off_step");

    JsonNode notTheDue = taksit("--json", "fees", "--bill", reference, "--amount", "160",
        "--currency", "EGP", "--invoice", "1").json().get("error");
    assertThat(notTheDue.get("code").asText()).isEqualTo("policy.amount_must_equal_due");
    assertThat(decimals(notTheDue.get("suggestedAmounts")))
        .containsExactly(new BigDecimal("155.00"));
    assertThat(sandbox.requestCount()).as("no provider call for a refused amount")
        .isEqualTo(requests);
  }

  @Test
  void aDeclinedPaymentExitsOne() {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "momkn-362",
        "--account", "1000000103"));
    String reference = bill.get("billReference").asText();
    String due = bill.get("totalDue").decimalValue().toPlainString();
    JsonNode quote = ok(taksit("--json", "fees", "--bill", reference, "--amount", due,
        "--currency", "EGP"));

    Run declined = taksit("--json", "pay", "--key", "order-103", "--bill", reference,
        "--amount", due, "--currency", "EGP", "--quote", quote.get("quoteId").asText());

    assertThat(declined.exitCode()).isEqualTo(1);
    JsonNode payment = declined.json();
    assertThat(payment.get("status").asText()).isEqualTo("DECLINED");
    assertThat(payment.at("/attempts/0/outcome").asText()).isEqualTo("DECLINED");
    String paymentId = payment.get("paymentId").asText();
    assertThat(sandbox.ledger().charged(new ProviderId("momkn"), paymentId)).isFalse();

    Run status = taksit("status", paymentId);
    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.out()).contains("Payment " + paymentId, "DECLINED");
  }

  @Test
  void aThrottledPaymentIsNotProcessedAndRetriedWithTheSameKey() {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "momkn-362",
        "--account", "1000000104"));
    String reference = bill.get("billReference").asText();
    String due = bill.get("totalDue").decimalValue().toPlainString();
    JsonNode quote = ok(taksit("--json", "fees", "--bill", reference, "--amount", due,
        "--currency", "EGP"));
    sandbox.faults(FaultPlan.scripted()
        .next(new ProviderId("momkn"), SandboxOperation.PAY, Fault.tooManyRequests()));

    Run throttled = taksit("--json", "pay", "--key", "order-104", "--bill", reference,
        "--amount", due, "--currency", "EGP", "--quote", quote.get("quoteId").asText());
    assertThat(throttled.exitCode()).isEqualTo(3);
    String paymentId = throttled.json().get("paymentId").asText();
    assertThat(throttled.json().get("status").asText()).isEqualTo("NOT_PROCESSED");
    assertThat(sandbox.ledger().charged(new ProviderId("momkn"), paymentId)).isFalse();

    JsonNode retried = ok(taksit("--json", "retry", paymentId));
    assertThat(retried.get("paymentId").asText()).isEqualTo(paymentId);
    assertThat(retried.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(retried.get("attempts")).hasSize(2);
    assertThat(retried.at("/attempts/1/retry").asBoolean()).isTrue();
    assertThat(sandbox.ledger().charges(new ProviderId("momkn"))
        .stream().filter(c -> c.dedupKey().equals(paymentId)).count()).isEqualTo(1);

    Run again = taksit("retry", paymentId);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("taksit retry: refused (payment.illegal_transition)");
  }

  @Test
  void anUnknownOutcomeExitsThreeUntilReconcileAndStatusSettleIt() throws Exception {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "momkn-362",
        "--account", "1000000105"));
    String reference = bill.get("billReference").asText();
    String due = bill.get("totalDue").decimalValue().toPlainString();
    JsonNode quote = ok(taksit("--json", "fees", "--bill", reference, "--amount", due,
        "--currency", "EGP"));
    sandbox.faults(FaultPlan.scripted()
        .next(new ProviderId("momkn"), SandboxOperation.PAY, Fault.chargeThenDrop()));
    String[] pay = {"--json", "pay", "--key", "order-105", "--bill", reference, "--amount", due,
        "--currency", "EGP", "--quote", quote.get("quoteId").asText()};

    Run lost = taksit(pay);
    assertThat(lost.exitCode()).isEqualTo(3);
    String paymentId = lost.json().get("paymentId").asText();
    assertThat(lost.json().get("status").asText()).isEqualTo("UNKNOWN");
    assertThat(sandbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
    assertThat(sandbox.ledger().charged(new ProviderId("momkn"), paymentId)).as("charged").isTrue();

    Run stored = taksit("--json", "status", "--stored", paymentId);
    assertThat(stored.exitCode()).isEqualTo(3);
    assertThat(stored.json().get("status").asText()).isEqualTo("UNKNOWN");
    Run text = taksit("status", "--stored", paymentId);
    assertThat(text.out()).contains("UNKNOWN", "never pay it again");

    Thread.sleep(400); // the configured checkSchedule's first delay is 200ms
    Run reconciled = taksit("--json", "reconcile", "--limit", "10");
    assertThat(reconciled.exitCode()).isZero();
    JsonNode report = reconciled.json();
    assertThat(report.get("resolved").asInt()).isEqualTo(1);
    assertThat(report.get("needsReview").asInt()).isZero();
    JsonNode checked = report.at("/checked/0");
    assertThat(checked.get("paymentId").asText()).isEqualTo(paymentId);
    assertThat(checked.get("before").asText()).isEqualTo("UNKNOWN");
    assertThat(checked.get("after").asText()).isEqualTo("SUCCEEDED");

    assertThat(ok(taksit("--json", "status", paymentId)).get("status").asText())
        .isEqualTo("SUCCEEDED");
    assertThat(ok(taksit(pay)).get("paymentId").asText()).isEqualTo(paymentId);
    Run nothingDue = taksit("reconcile");
    assertThat(nothingDue.exitCode()).isZero();
    assertThat(nothingDue.out()).contains("No payment was due for a check.");
    assertThat(sandbox.ledger().charges(new ProviderId("momkn"))
        .stream().filter(c -> c.dedupKey().equals(paymentId)).count()).isEqualTo(1);
    assertThat(sandbox.ledger().doubleCharges()).isEmpty();
  }

  @Test
  void aLostSipayAnswerIsSettledByStatus() {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "sipay-tt",
        "--account", "5536557581"));
    String reference = bill.get("billReference").asText();
    assertThat(bill.get("invoices")).hasSize(2);
    JsonNode quote = ok(taksit("--json", "fees", "--bill", reference, "--amount", "120.00",
        "--currency", "TRY", "--invoice", "1"));
    assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("122.42");
    sandbox.faults(FaultPlan.scripted()
        .next(new ProviderId("sipay"), SandboxOperation.PAY, Fault.chargeThenDrop()));

    Run lost = taksit("--json", "pay", "--key", "order-581", "--bill", reference, "--amount",
        "120.00", "--currency", "TRY", "--invoice", "1", "--quote", quote.get("quoteId").asText());
    assertThat(lost.exitCode()).isEqualTo(3);
    assertThat(lost.json().get("status").asText()).isEqualTo("UNKNOWN");
    String paymentId = lost.json().get("paymentId").asText();
    assertThat(sandbox.awaitIdle(Duration.ofSeconds(5))).isTrue();

    Run settled = taksit("--json", "status", paymentId);
    assertThat(settled.exitCode()).isZero();
    assertThat(settled.json().get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(settled.json().get("statusChecks").asInt()).isEqualTo(1);
    assertThat(sandbox.ledger().charged(new ProviderId("sipay"), paymentId)).isTrue();
  }

  @Test
  void paysASipayInvoiceWithTheConfiguredFeeSchedule() {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "sipay-tt",
        "--account", "5536557580"));
    assertThat(bill.get("customerName").asText()).isEqualTo("Ayşe Yılmaz");
    String reference = bill.get("billReference").asText();

    JsonNode quote = ok(taksit("--json", "fees", "--bill", reference, "--amount", "196.50",
        "--currency", "TRY"));
    assertThat(quote.get("source").asText()).isEqualTo("SCHEDULE");
    assertThat(quote.get("fee").decimalValue()).isEqualByComparingTo("2.97");
    assertThat(quote.get("tax").decimalValue()).isEqualByComparingTo("0.30");
    assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("199.77");

    Run changed = taksit("pay", "--key", "order-580", "--bill", reference, "--amount", "196.50",
        "--currency", "TRY", "--accept-total", "199.00");
    assertThat(changed.exitCode()).isEqualTo(1);
    assertThat(changed.err()).contains("fee.changed");

    Run paid = taksit("pay", "--key", "order-580-b", "--bill", reference, "--amount", "196.50",
        "--currency", "TRY", "--accept-total", "199.77");
    assertThat(paid.exitCode()).isZero();
    assertThat(paid.out()).contains("SUCCEEDED", "196.50 TRY", "total", "199.77 TRY");
    JsonNode payment = ok(taksit("--json", "payments", "--biller", "sipay-tt")).at("/payments/0");
    assertThat(sandbox.ledger().byKey(new ProviderId("sipay"), payment.get("paymentId").asText())
        .get().amount()).isEqualByComparingTo("196.50");
  }

  @Test
  void quotesInstallmentsFromEveryProvider() {
    JsonNode quotes = ok(taksit("--json", "installments", "--amount", "1000", "--currency", "TRY",
        "--bin", "454360"));

    assertThat(quotes.get("bin").asText()).isEqualTo("454360");
    assertThat(quotes.get("amount").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(quotes.at("/card/bank").asText()).isEqualTo("T. GARANTİ BANKASI A.Ş.");
    assertThat(quotes.at("/card/type").asText()).isEqualTo("CREDIT");
    assertThat(quotes.get("problems")).isEmpty();
    List<String> providers = new ArrayList<>();
    for (JsonNode option : quotes.get("options")) {
      providers.add(option.get("provider").asText());
      BigDecimal scheduled = decimals(option.get("schedule")).stream()
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(scheduled).isEqualByComparingTo(option.get("total").decimalValue());
      assertThat(option.get("schedule")).hasSize(option.get("count").asInt());
    }
    assertThat(providers).contains("paywall", "teqpay");

    Run table = taksit("installments", "--amount", "1000", "--currency", "TRY", "--bin", "454360");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("Installment plans for 1000.00 TRY, BIN 454360",
        "PROVIDER", "PER INSTALLMENT", "teqpay", "Garanti BBVA Sanal POS");

    Run refused = taksit("--json", "installments", "--amount", "1000", "--currency", "TRY",
        "--provider", "teqpay");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.json().get("options")).isEmpty();
    assertThat(refused.json().at("/problems/0/provider").asText()).isEqualTo("teqpay");
    assertThat(refused.json().at("/problems/0/kind").asText()).isEqualTo("REFUSED");
  }

  @Test
  void refusesAFullCardNumberWithoutEchoingIt() {
    long requests = sandbox.requestCount();
    List<String[]> cardNumbers = List.of(
        new String[] {"--bin", "4543601234567890"},
        new String[] {"--bin", "4543 6012 3456 7890"},
        new String[] {"--bin", "4543-6012-3456-7890"},
        new String[] {"--bin=4543601234567890"});
    for (String[] card : cardNumbers) {
      Run refused = taksit(concat(new String[] {"installments", "--amount", "1000",
          "--currency", "TRY"}, card));
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains(PAN_REFUSED);
      assertNoCardDigits(refused);
    }

    Run json = taksit("--json", "installments", "--amount", "1000", "--currency", "TRY",
        "--bin", "4543601234567890");
    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(json.json().at("/error/code").asText()).isEqualTo("card.full_number_refused");
    assertThat(json.json().at("/error/message").asText()).isEqualTo(PAN_REFUSED);
    assertNoCardDigits(json);

    Run unquoted = taksit("installments", "--amount", "1000", "--currency", "TRY", "--bin",
        "4543", "6012", "3456", "7890");
    assertThat(unquoted.exitCode()).isEqualTo(2);
    assertThat(unquoted.out() + unquoted.err()).doesNotContain("6012").doesNotContain("3456")
        .doesNotContain("7890");

    Run tooShort = taksit("installments", "--amount", "1000", "--currency", "TRY", "--bin",
        "45436");
    assertThat(tooShort.exitCode()).isEqualTo(2);
    assertThat(tooShort.err()).contains("--bin: bin must be a BIN of 6 to 8 digits, had 5");
    assertThat(sandbox.requestCount()).as("no provider saw any of it").isEqualTo(requests);
  }

  /** A card number typed where a payment id belongs is not repeated in the "not found" answer. */
  @Test
  void aCardNumberGivenAsAPaymentIdIsNotEchoed() {
    for (String[] args : List.of(new String[] {"status", "4543601234567890"},
        new String[] {"--json", "status", "4543601234567890"},
        new String[] {"retry", "4543601234567890"})) {
      Run notFound = taksit(args);
      assertThat(notFound.exitCode()).isEqualTo(1);
      assertNoCardDigits(notFound);
    }
  }

  @Test
  void aBadConfigurationListsEveryProblemAndExitsTwo() throws IOException {
    Path bad = directory.resolve("bad.yaml");
    Files.writeString(bad, """
        storage:
          kind: h3
        providers:
          momkn:
            baseUrl: http://momkn.example.com/gateway/api/v2
            accountId: "10001"
            userName: taksit-demo
            password: literal-Pa55word-in-the-file
            channelCategory: Agent
            channelType: API
            channelIdentifier: taksit
            tokenLifetime: forever
        billers:
          - id: momkn-362
            name: Takka
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 1000
            step: 0
            paymentMode: FIXED
            invoiceSelection: ONE
        gatewayDeadline: 0s
        """);

    Run refused = taksitWith(environment, bad, "inquire", "--biller", "momkn-362",
        "--account", "1000000101");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("taksit inquire: invalid configuration " + bad
            + " (5 problems)",
        "  billers[0].step: amount rule step must be greater than zero, was 0.00 EGP",
        "  gatewayDeadline: must be a positive duration",
        "  providers.momkn.baseUrl: must use https (plain http only for loopback hosts)",
        "  providers.momkn.tokenLifetime: must be a duration such as 500ms, 2s, 1m, 1h or 1d",
        "  storage.kind: must be memory, h2 or postgresql");

    Run json = taksitWith(environment, bad, "--json", "payments");
    assertThat(json.exitCode()).isEqualTo(2);
    JsonNode error = json.json().get("error");
    assertThat(error.get("code").asText()).isEqualTo("config.invalid");
    assertThat(StreamSupport.stream(error.get("problems").spliterator(), false)
        .map(p -> p.get("key").asText()).toList()).containsExactly("billers[0].step",
        "gatewayDeadline", "providers.momkn.baseUrl", "providers.momkn.tokenLifetime",
        "storage.kind");
    assertThat(refused.out() + refused.err() + json.out() + json.err())
        .doesNotContain("literal-Pa55word-in-the-file");
  }

  @Test
  void aMissingSecretIsAConfigurationErrorNamingTheVariable() {
    Run refused = taksitWith(Map.of("SIPAY_CLIENT_SECRET", "x"), config, "--json", "payments");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains(
        "providers.momkn.password: environment variable MOMKN_PASSWORD is not set");
    JsonNode problem = refused.json().at("/error/problems/0");
    assertThat(problem.get("key").asText()).isEqualTo("providers.momkn.password");
    assertThat(problem.get("rule").asText())
        .isEqualTo("environment variable MOMKN_PASSWORD is not set");
    assertThat(refused.json().at("/error/problems")).hasSize(1);
  }

  @Test
  void anUnreachableProviderExitsThree() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    Path unreachable = directory.resolve("unreachable.yaml");
    Files.writeString(unreachable, configuration("http://127.0.0.1:" + closedPort + "/momkn"));

    Run run = taksitWith(environment, unreachable, "--json", "inquire", "--biller",
        "momkn-362", "--account", "1000000101");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.json().at("/error/code").asText()).isEqualTo("provider.unavailable");
    assertThat(run.err()).contains("taksit inquire: momkn is unavailable");
  }

  @Test
  void usageErrorsExitTwoAndNameTheOption() {
    Run bare = taksit();
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("Usage: taksit");

    Run unknown = taksit("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'frobnicate'");

    Run missing = taksit("fees", "--bill", "7100000001", "--currency", "EGP");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--amount", "Run 'taksit fees --help' for usage.");

    Run notANumber = taksit("--json", "fees", "--bill", "7100000001", "--amount", "a lot",
        "--currency", "EGP");
    assertThat(notANumber.exitCode()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--amount");
    assertThat(notANumber.json().at("/error/code").asText()).isEqualTo("usage");

    Run noFee = taksit("pay", "--key", "k", "--bill", "7100000001", "--amount", "250",
        "--currency", "EGP");
    assertThat(noFee.exitCode()).isEqualTo(2);
    assertThat(noFee.err()).contains("--quote", "--accept-total");

    Run noFile = taksitWith(environment, directory.resolve("none.yaml"), "payments");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).contains("none.yaml: file not found");
  }

  @Test
  void refusalsOfRequestsExitOne() {
    Run unknownPayment = taksit("--json", "status", "no-such-payment");
    assertThat(unknownPayment.exitCode()).isEqualTo(1);
    assertThat(unknownPayment.json().at("/error/code").asText()).isEqualTo("not_found.payment");

    Run badId = taksit("status", "not a payment id!");
    assertThat(badId.exitCode()).isEqualTo(1);
    assertThat(badId.err()).contains("taksit status: invalid request",
        "<payment id>: must be 1 to 36 letters, digits or dashes");

    Run badStatus = taksit("--json", "payments", "--status", "LOST", "--limit", "0");
    assertThat(badStatus.exitCode()).isEqualTo(1);
    assertThat(badStatus.json().at("/error/code").asText()).isEqualTo("request.invalid");
    assertThat(StreamSupport.stream(badStatus.json().at("/error/violations").spliterator(), false)
        .map(v -> v.get("option").asText()).toList()).containsExactlyInAnyOrder("--status",
        "--limit");

    Run noSuchAccount = taksit("--json", "inquire", "--biller", "momkn-362", "--account",
        "1000000999");
    assertThat(noSuchAccount.exitCode()).isEqualTo(1);
    assertThat(noSuchAccount.json().at("/error/code").asText()).isEqualTo("provider.refused");

    Run noBill = taksit("fees", "--bill", "never-inquired", "--amount", "5", "--currency", "EGP");
    assertThat(noBill.exitCode()).isEqualTo(1);
    assertThat(noBill.err()).contains("not_found.bill");

    Run empty = taksit("payments");
    assertThat(empty.exitCode()).isZero();
    assertThat(empty.out()).contains("No payments match.");
  }

  @Test
  void helpVersionAndTheDemoAreCommandsToo() {
    Run help = taksit("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("inquire", "fees", "pay", "retry", "status", "reconcile",
        "installments", "payments", "demo", "Exit codes:");

    Run payHelp = taksit("pay", "--help");
    assertThat(payHelp.exitCode()).isZero();
    assertThat(payHelp.out()).contains("--key", "--quote", "--accept-total", "--json");

    Run version = taksit("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("taksit ");

    Run demo = run(Map.of(), "demo");
    assertThat(demo.exitCode()).isZero();
    assertThat(demo.out()).contains("no double charge");
  }

  // -----------------------------------------------------------------------------------------------

  private static String configuration(String momknBaseUrl) {
    MomknCredentials momkn = MomknCredentials.demo();
    PaywallCredentials paywall = PaywallCredentials.demo();
    TeqpayCredentials teqpay = TeqpayCredentials.demo();
    return """
        storage:
          kind: h2
          directory: store
        providers:
          momkn:
            baseUrl: %s
            accountId: "%s"
            userName: %s
            password: ${MOMKN_PASSWORD}
            channelCategory: Agent
            channelType: API
            channelIdentifier: taksit
            http:
              readRetries:
                maxTries: 1
          sipay:
            baseUrl: %s
            clientId: %s
            clientSecret: ${SIPAY_CLIENT_SECRET}
            tenantId: 0
            accountTypeId: 1
            accountNumber: "2800001"
            walletNumber: "2500025"
          paywall:
            baseUrl: %s
            apiKeyPublic: %s
            apiClientPublic: %s
          teqpay:
            baseUrl: %s
            apiKey: %s
            secretKey: %s
        billers:
          - id: momkn-362
            name: Takka installments
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 1000000000
            step: 5
            paymentMode: FIXED
            invoiceSelection: ONE
            oldestFirst: true
          - id: sipay-tt
            name: Türk Telekom (Mobil)
            provider: sipay
            serviceCode: 8064fb0c-c556-4104-8fe4-9779c6dc3721
            currency: TRY
            min: 0.01
            max: 100000
            paymentMode: FIXED
            invoiceSelection: ONE
            oldestFirst: true
            feeSchedule:
              tax: 0.10
              tiers:
                - fixed: 1.00
                  percent: 1
        checkSchedule: [200ms, 1m]
        gatewayDeadline: 10s
        installmentTimeout: 5s
        """.formatted(momknBaseUrl, momkn.accountId(), momkn.userName(),
        sandbox.baseUrl(new ProviderId("sipay")), SipayCredentials.demo().clientId(),
        sandbox.baseUrl(new ProviderId("paywall")), paywall.apiKeyPublic(),
        paywall.apiClientPublic(), sandbox.baseUrl(new ProviderId("teqpay")),
        teqpay.apiKey(), teqpay.secretKey());
  }

  private Run taksit(String... args) {
    return taksitWith(environment, config, args);
  }

  private static Run taksitWith(Map<String, String> env, Path configFile, String... args) {
    return run(env, concat(new String[] {"--config", configFile.toString()}, args));
  }

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = TaksitCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, args);
    return new Run(exitCode, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The JSON document of a command that must have succeeded. */
  private static JsonNode ok(Run run) {
    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
    return run.json();
  }

  private static void assertNoCardDigits(Run run) {
    assertThat(run.out() + run.err()).doesNotContain("4543601234567890")
        .doesNotContain("1234567890").doesNotContain("6012 3456").doesNotContain("6012-3456");
  }

  private static List<BigDecimal> decimals(JsonNode array) {
    List<BigDecimal> values = new ArrayList<>();
    array.forEach(value -> values.add(value.decimalValue()));
    return values;
  }

  private static String line(List<String> lines, String containing) {
    return lines.stream().filter(l -> l.contains(containing)).findFirst().orElseThrow();
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  /** One invocation: its exit code and what it printed. */
  record Run(int exitCode, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not one JSON document: " + out + err, e);
      }
    }
  }
}
