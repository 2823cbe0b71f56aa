package io.taksit.application.installment;

import static io.taksit.application.fakes.FakeInstallmentGatewayPlans.paywall;
import static io.taksit.application.fakes.FakeInstallmentGatewayPlans.paywallCard;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.fakes.FakeInstallmentGateway;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.QuoteInstallments.Quotes;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every broken field of an installment quote is named with its rule, and nobody is asked. */
class QuoteInstallmentsValidationTest {

  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  private static final String BIN_RULE = "must be a BIN: the first 6 to 8 digits of the card";
  private static final String DIGITS_RULE = "must have at most 15 digits and 3 decimals";

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final FakeInstallmentGateway paywall = FakeInstallmentGateway.answering(
      new ProviderId("paywall"), paywallCard(), List.of(paywall(1, "30.00", "2.00", "2.00", "30.60")));
  private final QuoteInstallmentsService service = new QuoteInstallmentsService(VALIDATOR,
      GatewayRegistry.of(List.empty(), List.of(paywall)), executor, Duration.ofSeconds(5));

  @AfterEach
  void nobodyWasAsked() {
    executor.shutdownNow();
    assertThat(paywall.calls()).isZero();
  }

  static Stream<Arguments> badCommands() {
    return Stream.of(
        Arguments.of(command(null, "TRY", null, Set.of()), "amount", "is required"),
        Arguments.of(command("0", "TRY", null, Set.of()), "amount", "must be greater than zero"),
        Arguments.of(command("-30.00", "TRY", null, Set.of()), "amount",
            "must be greater than zero"),
        Arguments.of(command("1234567890123456", "TRY", null, Set.of()), "amount", DIGITS_RULE),
        Arguments.of(command("30.0001", "TRY", null, Set.of()), "amount", DIGITS_RULE),
        Arguments.of(command("30.00", null, null, Set.of()), "currency", "is required"),
        Arguments.of(command("30.00", "TR", null, Set.of()), "currency",
            "must be a three-letter ISO 4217 code"),
        Arguments.of(command("30.00", "T1Y", null, Set.of()), "currency",
            "must be a three-letter ISO 4217 code"),
        Arguments.of(command("30.00", "TRY", "54066", Set.of()), "bin", BIN_RULE),
        Arguments.of(command("30.00", "TRY", "540668123", Set.of()), "bin", BIN_RULE),
        Arguments.of(command("30.00", "TRY", "5406a8", Set.of()), "bin", BIN_RULE),
        Arguments.of(command("30.00", "TRY", "", Set.of()), "bin", BIN_RULE),
        Arguments.of(command("30.00", "TRY", null, null), "providers",
            "is required (may be empty)"),
        Arguments.of(command("30.00", "TRY", null, Set.of(" ")), "providers",
            "names must not be blank"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badCommands")
  void aBrokenFieldIsNamedWithItsRule(QuoteInstallments.Command command, String field,
      String rule) {
    Either<Failure, Quotes> result = service.quote(command);

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).contains(new FieldViolation(field, rule)));
  }

  @Test
  void anUnknownCurrencyIsRefusedAfterTheShapeCheck() {
    Either<Failure, Quotes> result = service.quote(command("30.00", "XYZ", null, Set.of()));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).singleElement().satisfies(violation -> {
          assertThat(violation.field()).isEqualTo("currency");
          assertThat(violation.rule()).contains("ISO 4217");
        }));
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefused() {
    Either<Failure, Quotes> result = service.quote(command("30.005", "TRY", null, Set.of()));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).singleElement().satisfies(violation -> {
          assertThat(violation.field()).isEqualTo("amount");
          assertThat(violation.rule()).contains("decimal places").contains("TRY");
        }));
  }

  @Test
  void aFullCardNumberIsNamedButNeverRepeated() {
    Either<Failure, Quotes> result =
        service.quote(command("30.00", "TRY", "4506341234567890", Set.of()));

    assertThat(result.getLeft()).isEqualTo(new Failure.InvalidRequest(
        List.of(new FieldViolation("bin", BIN_RULE))));
    assertThat(result.getLeft().message()).doesNotContain("4506341234567890");
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    Either<Failure, Quotes> result = service.quote(command(null, "lira", "1234", null));

    assertThat(result.getLeft()).isEqualTo(new Failure.InvalidRequest(List.of(
        new FieldViolation("amount", "is required"),
        new FieldViolation("bin", BIN_RULE),
        new FieldViolation("currency", "must be a three-letter ISO 4217 code"),
        new FieldViolation("providers", "is required (may be empty)"))));
  }

  private static QuoteInstallments.Command command(String amount, String currency, String bin,
      Set<String> providers) {
    return new QuoteInstallments.Command(amount == null ? null : new BigDecimal(amount), currency,
        bin, providers);
  }
}
