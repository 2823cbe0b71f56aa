package io.taksit.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole demo, end to end: the sandbox, the real HTTP adapters, the H2 file store. It runs
 * twice over one data directory, first as {@code taksit demo --data-dir DIR} through picocli, then
 * through {@link DemoScenario}; both runs must end with the ledger check holding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoScenarioTest {

  @TempDir
  static Path dataDir;

  /** The waits the demo asked for (Retry-After), recorded instead of slept. */
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private int firstExitCode;
  private String first;
  private String[] acts;
  private DemoOutcome second;
  private String secondText;

  @BeforeAll
  void runTheDemoTwiceOverOneDataDirectory() {
    StringWriter out = new StringWriter();
    firstExitCode = new CommandLine(new DemoCommand(waits::add))
        .setOut(new PrintWriter(out, true))
        .execute("--data-dir", dataDir.toString());
    first = out.toString();
    acts = first.split("\\R(?=\\d\\. )");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      second = new DemoScenario(dataDir, waits::add).run(stream);
    }
    secondText = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exitsZeroAndEndsWithTheLedgerCheck() {
    assertThat(firstExitCode).as(first).isZero();
    List<String> lines = first.lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo(LedgerCheck.AGREE);
    assertThat(first).contains("Check: every sandbox charge (4) = one SUCCEEDED payment",
        "every SUCCEEDED payment (4) charged once; no bill twice");
  }

  @Test
  void staysShortAndQuiet() {
    assertThat(first.lines()).hasSizeLessThanOrEqualTo(80);
    assertThat(first).doesNotContain("Exception in", "\tat ", "could not play", " DEBUG ",
        " INFO ", " WARN ", "ERROR");
  }

  @Test
  void inquiresTheTakkaBill() {
    assertThat(acts).hasSize(10);
    assertThat(acts[1]).startsWith("1. Inquire a Takka installment bill")
        .contains("Momkn service 362 (أقساط), account 1000000101",
            "Mona Adel Hassan owes 250.00 EGP under Brn ",
            "invoice 1: Installment 4/12, 250.00 EGP (installment 240.00 + penalty 10.00)");
  }

  @Test
  void refusesTheOffStepAmountWithTheNearestAllowedOnesAndNoProviderCall() {
    assertThat(acts[2]).contains("amount.off_step: amount 252.50 EGP is not one of the allowed"
            + " amounts (multiples of 5.00 EGP)",
        "suggested amounts: 250.00 EGP below, 255.00 EGP above",
        "requests that reached the sandbox: 0");
  }

  @Test
  void quotesMomknsFeeAndPays() {
    assertThat(acts[3]).contains("250.00 EGP + fee 4.50 EGP + tax 0.63 EGP = total 255.13 EGP");
    assertThat(acts[4]).contains("SUCCEEDED  Momkn Code 0 \"Payment completed successfully\"",
        "sandbox ledger: 1 charge, under hostTransactionID ");
  }

  @Test
  void replaysTheSamePaymentWithoutANewCharge() {
    String paymentId = acts[4].replaceAll("(?s).*payment (\\w{8})  SUCCEEDED.*", "$1");
    assertThat(acts[5]).contains("the same payment " + paymentId + ", SUCCEEDED",
        "requests that reached the sandbox: 0", "sandbox ledger: still 1 charge (unchanged)");
  }

  @Test
  void resolvesTheLostAnswerThroughTheStatusCall() {
    assertThat(acts[6]).contains("Karim Samir Fawzy", "UNKNOWN, never re-sent blindly",
        "sandbox ledger: 1 charge under its id",
        "asks Momkn's status call: status answer APPROVED: status Success",
        "UNKNOWN -> SUCCEEDED  155.00 EGP; sandbox ledger: still 1 charge for it");
  }

  @Test
  void retriesTheThrottledPaymentUnderTheSameKey() {
    assertThat(acts[7]).contains("Youssef Nabil Ibrahim", "NOT_PROCESSED  HTTP 429",
        "nothing charged (sandbox ledger: 0 charges for it)", "TooManyRequestsException",
        "retried with isRetry=true and the same hostTransactionID",
        "SUCCEEDED  Momkn Code 0 \"Payment completed successfully\", attempt 2",
        "sandbox ledger: 1 charge under ");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void paysTheSipayInvoiceWithTheScheduledFee() {
    assertThat(acts[8]).contains("Ayşe Yılmaz owes 196.50 TRY",
        "196.50 TRY + fee 2.47 TRY + tax 0.12 TRY = total 199.09 TRY",
        "SUCCEEDED  Sipay code 100 \"İşlem başarılı\"");
  }

  @Test
  void mergesPlansOfEveryInstallmentProvider() {
    // Whichever providers the sandbox serves (a provider added through the SPI joins in): the
    // card, Paywall's and Teqpay's plans, and one kept plan per count, six counts in all.
    assertThat(acts[9]).contains("asking every installment provider in parallel",
        "Bonus, individual credit", "count  provider", "customer rate",
        "Paywall   Garanti BBVA Sanal POS", "Teqpay    -", "1,045.00 TRY",
        "the cheapest plan per count is kept: ");
    java.util.regex.Matcher kept = java.util.regex.Pattern
        .compile("the cheapest plan per count is kept: (.*)").matcher(acts[9]);
    assertThat(kept.find()).isTrue();
    assertThat(kept.group(1)).contains("Paywall ", "Teqpay ");
    int counts = java.util.Arrays.stream(kept.group(1).trim().split(", "))
        .mapToInt(part -> Integer.parseInt(part.substring(part.lastIndexOf(' ') + 1))).sum();
    assertThat(counts).isEqualTo(6);
  }

  @Test
  void summarisesPaymentsAndCharges() {
    assertThat(first).contains("UNKNOWN > SUCCEEDED", "NOT_PROCESSED > SUCCEEDED",
        "Taksit payments by status: 4 SUCCEEDED",
        "sandbox charges by provider: Momkn 3 charges, 1,655.00 EGP; Sipay 1 charge, 196.50 TRY");
  }

  @Test
  void aSecondRunOverTheSameDataDirectoryStartsAfreshAndPasses() {
    assertThat(second.passed()).as(secondText).isTrue();
    assertThat(second.actsFailed()).isEmpty();
    assertThat(second.differences()).isEmpty();
    assertThat(secondText).endsWith(LedgerCheck.AGREE + System.lineSeparator())
        .contains("Taksit payments by status: 4 SUCCEEDED");
    assertThat(Files.exists(dataDir.resolve("demo-store").resolve("taksit.mv.db"))).isTrue();
  }

  @Test
  void theCommandNamesItsOption() {
    String usage = new CommandLine(new DemoCommand()).getUsageMessage();
    assertThat(usage).contains("demo", "--data-dir=DIR", "no double charge");
  }
}
