package io.taksit.application.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.port.in.GetPayment;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.Validation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GetPaymentServiceTest {

  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  private static final String SHAPE_RULE = "must be 1 to 36 letters, digits or dashes";

  private final Payment stored = QueryFakePayments.payment("p-0001", "01001234567", "BRN-771");
  private final QueryFakePayments payments = new QueryFakePayments(stored);
  private final GetPaymentService service = new GetPaymentService(VALIDATOR, payments);

  @Test
  void aStoredPaymentIsFoundById() {
    assertThat(service.get(new GetPayment.Query("p-0001"))).isEqualTo(Either.right(stored));
    assertThat(payments.reads()).containsExactly(new PaymentId("p-0001"));
  }

  @Test
  void anUnknownIdIsNotFound() {
    assertThat(service.get(new GetPayment.Query("p-0404")).getLeft())
        .isEqualTo(new Failure.NotFound("payment", "p-0404"));
  }

  static Stream<Arguments> badQueries() {
    return Stream.of(
        Arguments.of(null, "is required"),
        Arguments.of("", "is required"),
        Arguments.of("   ", "is required"),
        Arguments.of("p 0001", SHAPE_RULE),
        Arguments.of("p_0001", SHAPE_RULE),
        Arguments.of("p".repeat(37), SHAPE_RULE));
  }

  @ParameterizedTest(name = "\"{0}\" {1}")
  @MethodSource("badQueries")
  void aBadIdIsNamedWithItsRuleAndNothingIsRead(String paymentId, String rule) {
    Either<Failure, Payment> result = service.get(new GetPayment.Query(paymentId));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations())
            .contains(new FieldViolation("paymentId", rule)));
    assertThat(payments.reads()).isEmpty();
  }

  @Test
  void aMissingQueryIsInvalid() {
    assertThat(service.get(null).getLeft()).isEqualTo(new Failure.InvalidRequest(
        List.of(new FieldViolation("command", "is required"))));
    assertThat(payments.reads()).isEmpty();
  }
}
