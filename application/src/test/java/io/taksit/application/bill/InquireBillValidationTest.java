package io.taksit.application.bill;

import static io.taksit.application.fakes.InquiryFakeSamples.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.fakes.InquiryFakeBills;
import io.taksit.application.fakes.InquiryFakeCatalog;
import io.taksit.application.fakes.InquiryFakeGateway;
import io.taksit.application.fakes.InquiryFakeSamples;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.Validation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every broken field of an inquiry is named with its rule, and nothing else happens. */
class InquireBillValidationTest {

  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  private final InquiryFakeGateway momkn = InquiryFakeGateway.answering(new ProviderId("momkn"),
      request -> InquiryFakeSamples.bill(request.biller().id(), request.account(), Currencies.EGP));
  private final InquiryFakeCatalog catalog =
      new InquiryFakeCatalog(InquiryFakeSamples.momkn362(true));
  private final InquiryFakeBills bills = new InquiryFakeBills();
  private final InquireBillService service = new InquireBillService(VALIDATOR, catalog,
      GatewayRegistry.of(List.of(momkn), List.empty()), bills);

  @AfterEach
  void nothingWasLookedUpCalledOrRemembered() {
    assertThat(catalog.lookups()).isZero();
    assertThat(momkn.calls()).isZero();
    assertThat(bills.remembered()).isEmpty();
  }

  static Stream<Arguments> badCommands() {
    String long65 = "a".repeat(65);
    return Stream.of(
        Arguments.of(new InquireBill.Command(null, ACCOUNT, Map.of()), "billerId", "is required"),
        Arguments.of(new InquireBill.Command("  ", ACCOUNT, Map.of()), "billerId", "is required"),
        Arguments.of(new InquireBill.Command(long65, ACCOUNT, Map.of()), "billerId",
            "must be at most 64 characters"),
        Arguments.of(new InquireBill.Command("momkn 362", ACCOUNT, Map.of()), "billerId",
            "must be 1 to 64 letters, digits, dots, underscores, colons or dashes"),
        Arguments.of(new InquireBill.Command("momkn-362", null, Map.of()), "account", "is required"),
        Arguments.of(new InquireBill.Command("momkn-362", "", Map.of()), "account", "is required"),
        Arguments.of(new InquireBill.Command("momkn-362", long65, Map.of()), "account",
            "must be at most 64 characters"),
        Arguments.of(new InquireBill.Command("momkn-362", ACCOUNT, null), "fields",
            "is required (may be empty)"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badCommands")
  void aBrokenFieldIsNamedWithItsRule(InquireBill.Command command, String field, String rule) {
    Either<Failure, Bill> result = service.inquire(command);

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).contains(new FieldViolation(field, rule)));
  }

  @Test
  void aFieldValueTooLongIsNamedByItsMap() {
    Either<Failure, Bill> result = service.inquire(
        new InquireBill.Command("momkn-362", ACCOUNT, Map.of("subscriber_no2", "7".repeat(257))));

    // The value's rule has no message of its own: the validator's default names the bound.
    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).singleElement().satisfies(violation -> {
          assertThat(violation.field()).isEqualTo("fields");
          assertThat(violation.rule()).contains("256");
        }));
  }

  @Test
  void aBlankFieldKeyIsNamedByItsMap() {
    Either<Failure, Bill> result =
        service.inquire(new InquireBill.Command("momkn-362", ACCOUNT, Map.of(" ", "7")));

    // startsWith, not equals: CommandValidator names a map key's violation "fields<K>" today
    // (it cuts the path at '[' only); "fields" is the name the caller knows.
    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).singleElement().satisfies(violation -> {
          assertThat(violation.field()).startsWith("fields");
          assertThat(violation.rule()).isEqualTo("keys must not be blank");
        }));
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    Either<Failure, Bill> result = service.inquire(new InquireBill.Command(null, " ", null));

    assertThat(result.getLeft()).isEqualTo(new Failure.InvalidRequest(List.of(
        new FieldViolation("account", "is required"),
        new FieldViolation("billerId", "is required"),
        new FieldViolation("fields", "is required (may be empty)"))));
  }

  @Test
  void aMissingCommandIsInvalid() {
    assertThat(service.inquire(null).getLeft()).isEqualTo(new Failure.InvalidRequest(
        List.of(new FieldViolation("command", "is required"))));
  }
}
