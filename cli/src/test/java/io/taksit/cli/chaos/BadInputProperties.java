package io.taksit.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.application.port.in.FindPayments;
import io.taksit.application.port.in.GetPayment;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.cli.chaos.BadConfigurations.ConfigCase;
import io.taksit.cli.chaos.BadCommandLines.CommandLine;
import io.taksit.bootstrap.config.ConfigFormat;
import io.taksit.bootstrap.config.InvalidConfigurationException;
import io.taksit.bootstrap.config.TaksitConfig;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Bad input to the use-case commands: random amounts (negative, zero, huge, too many decimals,
 * off the step), currency codes, BINs and full card numbers, account numbers, idempotency keys.
 * Whatever comes in, the answer is a {@code Left} with a typed failure that names the broken
 * field (never an exception), no provider adapter is called, nothing reaches the sandbox, and no
 * row is written. A full card number is refused and never repeated in the answer. Also: random
 * configuration values (a typed {@code InvalidConfigurationException} by key, no secret shown)
 * and random {@code taksit} command lines (exit 1 or 2, no card number printed). See
 * {@code docs/chaos.md}.
 */
class BadInputProperties {

  private static BadInputWorld world;

  private BadInputWorld.Footprint before;

  @BeforeContainer
  static void start() {
    world = new BadInputWorld();
  }

  @AfterContainer
  static void stop() {
    if (world != null) {
      world.close();
    }
  }

  @BeforeTry
  void rememberFootprint() {
    before = world.footprint();
  }

  /** Nothing called, nothing sent, nothing written: checked after every try. */
  @AfterTry
  void nothingCalledNothingWritten() {
    assertThat(world.footprint()).as("provider calls, sandbox requests and rows").isEqualTo(before);
  }

  // ---- PayBill -------------------------------------------------------------------------------

  @Property(tries = 200)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void payBillAnswersBadInputWithTheBrokenFields(@ForAll("keys") String key,
      @ForAll("billReferences") String reference, @ForAll("amounts") BigDecimal amount,
      @ForAll("currencies") String currency, @ForAll("invoices") Set<Integer> invoices,
      @ForAll("feeAcceptances") BadInputs.FeeAcceptance fee) {
    Set<String> invalid = new LinkedHashSet<>();
    if (!BadInputs.idempotencyKeyValid(key)) {
      invalid.add("idempotencyKey");
    }
    if (!BadInputs.textValid(reference, 128)) {
      invalid.add("billReference");
    }
    if (!BadInputs.amountValid(amount, currency)) {
      invalid.add("amount");
    }
    if (!BadInputs.currencyValid(currency)) {
      invalid.add("currency");
    }
    if (!BadInputs.invoicesValid(invoices)) {
      invalid.add("invoices");
    }
    invalid.addAll(fee.invalidFields());

    wellFormedSometimes(invalid);

    Either<Failure, ?> answer = answer(() -> world.taksit().payBill().pay(new PayBill.Command(
        key, reference, amount, currency, invoices, fee.feeQuoteId(), fee.acceptedTotal())));

    // Every shape-valid command names a quote that was never issued: refused all the same.
    expectRefusal(answer, invalid, Failure.NotFound.class, Failure.Refused.class);
  }

  // ---- QuoteFees -----------------------------------------------------------------------------

  @Property(tries = 200)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void quoteFeesAnswersBadInputWithTheBrokenFields(@ForAll("billReferences") String reference,
      @ForAll("amounts") BigDecimal amount, @ForAll("currencies") String currency,
      @ForAll("invoices") Set<Integer> invoices) {
    Set<String> invalid = new LinkedHashSet<>();
    if (!BadInputs.textValid(reference, 128)) {
      invalid.add("billReference");
    }
    if (!BadInputs.amountValid(amount, currency)) {
      invalid.add("amount");
    }
    if (!BadInputs.currencyValid(currency)) {
      invalid.add("currency");
    }
    if (!BadInputs.invoicesValid(invoices)) {
      invalid.add("invoices");
    }
    // The one good request among them: the real bill's amount due, which the provider quotes.
    Assume.that(!invalid.isEmpty() || !reference.equals(realBill())
        || !currency.equalsIgnoreCase("EGP") || amount.compareTo(new BigDecimal("100")) != 0);

    wellFormedSometimes(invalid);

    Either<Failure, ?> answer = answer(() -> world.taksit().quoteFees().quote(
        new QuoteFees.Command(reference, amount, currency, invoices)));

    // Shape-valid: an unknown bill, or an amount the biller's rule or policy refuses.
    expectRefusal(answer, invalid, Failure.NotFound.class, Failure.Refused.class);
  }

  // ---- InquireBill ---------------------------------------------------------------------------

  @Property(tries = 200)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void inquireBillAnswersBadInputWithTheBrokenFields(@ForAll("billerIds") String billerId,
      @ForAll("accounts") String account, @ForAll("inquiryFields") Map<String, String> fields) {
    Set<String> invalid = new LinkedHashSet<>();
    if (!BadInputs.textValid(billerId, 64) || !billerId.strip().matches("[A-Za-z0-9._:-]{1,64}")) {
      invalid.add("billerId");
    }
    if (!BadInputs.textValid(account, 64)) {
      invalid.add("account");
    }
    if (!BadInputs.inquiryFieldsValid(fields)) {
      invalid.add("fields");
    }
    Assume.that(!invalid.isEmpty() || !billerId.strip().equals(BadInputWorld.ACTIVE_BILLER));

    wellFormedSometimes(invalid);

    Either<Failure, ?> answer = answer(() -> world.taksit().inquireBill().inquire(
        new InquireBill.Command(billerId, account, fields)));

    // Shape-valid: a biller nobody configured, or one switched off.
    expectRefusal(answer, invalid, Failure.NotFound.class, Failure.BillerInactive.class);
  }

  // ---- QuoteInstallments ---------------------------------------------------------------------

  @Property(tries = 200)
  void quoteInstallmentsAnswersBadInputWithTheBrokenFields(@ForAll("amounts") BigDecimal amount,
      @ForAll("currencies") String currency, @ForAll("bins") String bin,
      @ForAll("providers") Set<String> providers) {
    Set<String> invalid = new LinkedHashSet<>();
    if (!BadInputs.amountValid(amount, currency)) {
      invalid.add("amount");
    }
    if (!BadInputs.currencyValid(currency)) {
      invalid.add("currency");
    }
    if (!BadInputs.binValid(bin)) {
      invalid.add("bin");
    }
    if (providers == null || !Set.of("paywall", "teqpay").containsAll(providers)) {
      invalid.add("providers");
    }
    Assume.that(!invalid.isEmpty());

    Either<Failure, ?> answer = answer(() -> world.taksit().quoteInstallments().quote(
        new QuoteInstallments.Command(amount, currency, bin, providers)));

    expectRefusal(answer, invalid);
    neverEchoes(answer.getLeft(), bin, amount);
  }

  @Property(tries = 200)
  void aFullCardNumberIsRefusedAsTheBinAndNeverRepeated(
      @ForAll("fullCardNumbers") String cardNumber, @ForAll("amounts") BigDecimal amount,
      @ForAll("currencies") String currency) {
    QuoteInstallments.Command command =
        new QuoteInstallments.Command(amount, currency, cardNumber, Set.of());

    Either<Failure, ?> answer = answer(() -> world.taksit().quoteInstallments().quote(command));

    assertThat(answer.isLeft()).as("answer %s", answer).isTrue();
    assertThat(answer.getLeft()).isInstanceOf(Failure.InvalidRequest.class);
    assertThat(((Failure.InvalidRequest) answer.getLeft()).violations().map(FieldViolation::field))
        .contains("bin");
    neverEchoes(answer.getLeft(), cardNumber, amount);
    assertThat(withoutAmount(command.toString(), amount)).doesNotContain(cardNumber);
  }

  // ---- by payment id -------------------------------------------------------------------------

  @Property(tries = 200)
  void unknownOrMalformedPaymentIdsAreTypedRefusals(@ForAll("paymentIds") String paymentId) {
    Set<String> invalid = BadInputs.paymentIdShapeValid(paymentId) ? Set.of() : Set.of("paymentId");

    expectRefusal(answer(() -> world.taksit().getPayment().get(new GetPayment.Query(paymentId))),
        invalid, Failure.NotFound.class, Failure.InvalidRequest.class);
    expectRefusal(answer(() -> world.taksit().checkPaymentStatus().check(
        new CheckPaymentStatus.Command(paymentId))), invalid, Failure.NotFound.class,
        Failure.InvalidRequest.class);
    expectRefusal(answer(() -> world.taksit().retryPayment().retry(
        new RetryPayment.Command(paymentId))), invalid, Failure.NotFound.class,
        Failure.InvalidRequest.class);
  }

  @Property(tries = 200)
  void findAndReconcileRefuseBadCriteria(@ForAll("statuses") String status,
      @ForAll("optionalTexts") String billerId, @ForAll("limits") int limit,
      @ForAll("limits") int batchSize, @ForAll boolean withInstant) {
    Set<String> invalid = new LinkedHashSet<>();
    if (status != null && !Set.of("CREATED", "PENDING", "SUCCEEDED", "DECLINED", "NOT_PROCESSED",
        "UNKNOWN").contains(status)) {
      invalid.add("status");
    }
    if (billerId != null && !billerId.strip().matches("[A-Za-z0-9._:-]{1,64}")) {
      invalid.add("billerId");
    }
    if (limit < 1 || limit > 1000) {
      invalid.add("limit");
    }
    Either<Failure, ?> found = answer(() -> world.taksit().findPayments().find(
        new FindPayments.Query(status, billerId, null, null, limit)));
    if (invalid.isEmpty()) {
      assertThat(found.isRight()).as("answer %s", found).isTrue();
    } else {
      expectRefusal(found, invalid);
    }

    Set<String> badPass = new LinkedHashSet<>();
    if (!withInstant) {
      badPass.add("now");
    }
    if (batchSize < 1 || batchSize > 10_000) {
      badPass.add("batchSize");
    }
    Either<Failure, ?> pass = answer(() -> world.taksit().reconcilePayments().reconcile(
        new ReconcilePayments.Command(withInstant ? Instant.now() : null, batchSize)));
    if (badPass.isEmpty()) {
      assertThat(pass.isRight()).as("answer %s", pass).isTrue();
    } else {
      expectRefusal(pass, badPass);
    }
  }

  // ---- configuration values ------------------------------------------------------------------

  /**
   * A configuration with random good and bad values: a bad one is an
   * {@link InvalidConfigurationException} listing problems by key (never another exception), a
   * lone bad value is named by its key, no problem strays outside the sections that hold a bad
   * value, and the secrets in the file never appear in the report; a good one loads.
   */
  @Property(tries = 200)
  void aBadConfigurationValueIsReportedUnderItsKey(@ForAll("configurations") ConfigCase config) {
    TaksitConfig loaded = null;
    InvalidConfigurationException refused = null;
    try {
      loaded = TaksitConfig.parse(config.yaml(), ConfigFormat.YAML, Path.of("."), Map.of());
    } catch (InvalidConfigurationException invalid) {
      refused = invalid;
    } catch (RuntimeException | Error escaped) {
      throw new AssertionError("reading a configuration threw " + escaped, escaped);
    }
    if (config.invalidKeys().isEmpty()) {
      assertThat(refused).as("problems of a good configuration").isNull();
      assertThat(loaded.toString()).doesNotContain(config.secrets());
      return;
    }
    assertThat(refused).as("a configuration with bad %s", config.invalidKeys()).isNotNull();
    assertThat(refused.getMessage()).doesNotContain(config.secrets());
    List<String> keys = refused.problems().map(ConfigProblem::key).toJavaList();
    assertThat(keys).as("problem keys for bad %s", config.invalidKeys()).isNotEmpty()
        .anyMatch(key -> config.invalidKeys().stream().anyMatch(bad -> names(key, bad)));
    for (String key : keys) {
      assertThat(config.invalidKeys()).as("a problem at %s, bad values at %s", key,
          config.invalidKeys()).anyMatch(bad -> section(key).equals(section(bad)));
    }
    if (config.invalidKeys().size() == 1) {
      String bad = config.invalidKeys().iterator().next();
      assertThat(keys).as("problems for the one bad value at %s", bad)
          .anyMatch(key -> names(key, bad));
    }
  }

  /** A problem key names a setting: the key itself, or a part of it. */
  private static boolean names(String problemKey, String setting) {
    return problemKey.equals(setting) || problemKey.startsWith(setting + ".")
        || problemKey.startsWith(setting + "[");
  }

  /** The section a key belongs to: {@code providers.momkn}, {@code billers[0]}, {@code storage}. */
  private static String section(String key) {
    if (key.startsWith("providers.")) {
      int dot = key.indexOf('.', "providers.".length());
      return dot < 0 ? key : key.substring(0, dot);
    }
    int end = key.length();
    for (char mark : new char[] {'.', '['}) {
      int at = key.indexOf(mark);
      if (at >= 0 && at < end) {
        end = mark == '[' && key.startsWith("billers[") ? key.indexOf(']') + 1 : at;
      }
    }
    return key.substring(0, end);
  }

  // ---- the command line ----------------------------------------------------------------------

  /**
   * {@code taksit} with random arguments, each run holding something wrong: a full card number
   * as the BIN or as a stray argument, an unknown option, a bad amount, a missing option, or a
   * broken configuration file. It exits 1 (refused) or 2 (usage or configuration), never prints
   * the card number, and no exception escapes.
   */
  @Property(tries = 60)
  void theCommandLineRefusesBadArgumentsWithoutRepeatingACardNumber(
      @ForAll("commandLines") CommandLine line) {
    CliRunner.Run run;
    try {
      run = CliRunner.run(Map.of("MOMKN_PASSWORD", MomknCredentials.demo().password()),
          line.args().toArray(String[]::new));
    } catch (RuntimeException | Error escaped) {
      throw new AssertionError("taksit " + line + " threw " + escaped, escaped);
    }
    assertThat(run.exitCode()).as("exit code of taksit %s%n%s", line, run.printed())
        .isIn(1, 2);
    assertThat(run.printed()).as("what taksit %s printed", line).isNotBlank();
    for (String card : line.cardNumbers()) {
      for (int i = 0; i + 9 <= card.length(); i++) {
        assertThat(run.printed()).as("taksit %s repeats the card number", line)
            .doesNotContain(card.substring(i, i + 9));
      }
    }
  }

  // ---- expectations --------------------------------------------------------------------------

  /**
   * Both kinds of request are tried: broken ones, and well-formed ones the rules refuse. A
   * well-formed command is rare among random ones (all six parts valid at once): at least one in
   * 200 tries is asked for, since three was seen to fail on an unlucky seed.
   */
  private static void wellFormedSometimes(Set<String> invalid) {
    Statistics.label("well-formed").collect(invalid.isEmpty());
    Statistics.label("well-formed").coverage(coverage -> {
      coverage.check(true).count(count -> count >= 1);
      coverage.check(false).count(count -> count >= 100);
    });
  }

  /** The call's answer; an exception escaping it fails the property with that exception. */
  private static Either<Failure, ?> answer(Supplier<Either<Failure, ?>> call) {
    try {
      return call.get();
    } catch (RuntimeException | Error escaped) {
      throw new AssertionError("an exception escaped the use case: " + escaped, escaped);
    }
  }

  /**
   * A refusal: with broken fields, an {@link Failure.InvalidRequest} naming some of them and no
   * other field, each with its rule; without, one of {@code otherwise}.
   */
  private static void expectRefusal(Either<Failure, ?> answer, Set<String> invalid,
      Class<?>... otherwise) {
    assertThat(answer.isLeft()).as("answer %s for invalid %s", answer, invalid).isTrue();
    Failure failure = answer.getLeft();
    assertThat(failure.code()).isNotBlank();
    assertThat(failure.message()).isNotBlank();
    if (invalid.isEmpty()) {
      assertThat(failure).as("failure of a well-formed request").isInstanceOfAny(otherwise);
      return;
    }
    assertThat(failure).as("failure for invalid %s", invalid)
        .isInstanceOf(Failure.InvalidRequest.class);
    Failure.InvalidRequest request = (Failure.InvalidRequest) failure;
    assertThat(request.violations()).as("violations").isNotEmpty();
    for (FieldViolation violation : request.violations()) {
      assertThat(violation.field()).as("violation %s among %s", violation, invalid)
          .isIn(invalid);
      assertThat(violation.rule()).as("rule of %s", violation.field()).isNotBlank();
    }
  }

  /**
   * No nine consecutive digits of a card number appear in the failure (apart from the amount,
   * which may happen to share them).
   */
  private static void neverEchoes(Failure failure, String cardNumber, BigDecimal amount) {
    if (cardNumber == null || !cardNumber.matches("\\d{13,19}")) {
      return;
    }
    String shown = withoutAmount(failure.code() + " " + failure.message() + " " + failure, amount);
    for (int i = 0; i + 9 <= cardNumber.length(); i++) {
      assertThat(shown).as("the failure repeats digits of the card number")
          .doesNotContain(cardNumber.substring(i, i + 9));
    }
  }

  private static String withoutAmount(String text, BigDecimal amount) {
    return amount == null ? text
        : text.replace(amount.toPlainString(), "<amount>").replace(amount.toString(), "<amount>");
  }

  private static String realBill() {
    return world.bill().reference().value();
  }

  // ---- generators ----------------------------------------------------------------------------

  @Provide
  Arbitrary<String> keys() {
    return BadInputs.idempotencyKeys();
  }

  @Provide
  Arbitrary<String> billReferences() {
    return BadInputs.requiredTexts(128, realBill());
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return BadInputs.amounts("100.00", "100", "100.0", "99.99", "105", "7.00", "100.001");
  }

  @Provide
  Arbitrary<String> currencies() {
    return BadInputs.currencies();
  }

  @Provide
  Arbitrary<Set<Integer>> invoices() {
    return BadInputs.invoices();
  }

  @Provide
  Arbitrary<BadInputs.FeeAcceptance> feeAcceptances() {
    return BadInputs.feeAcceptances();
  }

  @Provide
  Arbitrary<String> billerIds() {
    return Arbitraries.oneOf(
        Arbitraries.of(BadInputWorld.ACTIVE_BILLER, BadInputWorld.INACTIVE_BILLER,
            " momkn-362 ", "MOMKN-362", "sipay-x", "a b", "é", "x".repeat(65)),
        BadInputs.requiredTexts(64));
  }

  @Provide
  Arbitrary<String> accounts() {
    return Arbitraries.oneOf(BadInputs.requiredTexts(64, BadInputWorld.ACCOUNT, "01001234567"),
        BadInputs.fullCardNumbers());
  }

  @Provide
  Arbitrary<Map<String, String>> inquiryFields() {
    return BadInputs.inquiryFields();
  }

  @Provide
  Arbitrary<String> bins() {
    return BadInputs.bins();
  }

  @Provide
  Arbitrary<String> fullCardNumbers() {
    return BadInputs.fullCardNumbers();
  }

  @Provide
  Arbitrary<Set<String>> providers() {
    return Arbitraries.of(java.util.List.of(Set.of(), Set.of("paywall"), Set.of("teqpay"),
        Set.of("paywall", "teqpay"), Set.of(""), Set.of(" "), Set.of("nosuch"),
        Set.of("PAY WALL"), Set.of("paywall", "momkn")));
  }

  @Provide
  Arbitrary<String> paymentIds() {
    return BadInputs.paymentIds();
  }

  @Provide
  Arbitrary<String> statuses() {
    return Arbitraries.oneOf(Arbitraries.of("SUCCEEDED", "UNKNOWN", "NOT_PROCESSED"),
        Arbitraries.of("succeeded", "", " ", "PAID", "SUCCEEDED "),
        BadInputs.printable(0, 12)).injectNull(0.3);
  }

  @Provide
  Arbitrary<String> optionalTexts() {
    return Arbitraries.oneOf(Arbitraries.of("momkn-362", ""), BadInputs.printable(60, 70))
        .injectNull(0.3);
  }

  @Provide
  Arbitrary<ConfigCase> configurations() {
    return BadConfigurations.configurations();
  }

  @Provide
  Arbitrary<CommandLine> commandLines() {
    return BadCommandLines.commandLines(world);
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 1000),
        Arbitraries.of(0, -1, 1001, 10_000, 10_001, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }
}
