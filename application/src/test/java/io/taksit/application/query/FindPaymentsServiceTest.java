package io.taksit.application.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.port.in.FindPayments;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindPaymentsServiceTest {

  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  private static final String STATUS_RULE =
      "must be one of CREATED, PENDING, SUCCEEDED, DECLINED, NOT_PROCESSED, UNKNOWN";
  private static final String SIZE_64 = "must be 1 to 64 characters";

  private final Payment first = QueryFakePayments.payment("p-0001", "01001234567", "BRN-771");
  private final Payment paid =
      QueryFakePayments.succeeded(QueryFakePayments.payment("p-0002", "01001234567", "BRN-772"));
  private final Payment other = QueryFakePayments.payment("p-0003", "01009999999", "BRN-773");
  private final QueryFakePayments payments = new QueryFakePayments(first, paid, other);
  private final FindPaymentsService service = new FindPaymentsService(VALIDATOR, payments);

  @Test
  void everyCriterionIsParsedIntoTheRepositoryQuery() {
    Either<Failure, List<Payment>> result = service.find(
        new FindPayments.Query("SUCCEEDED", "momkn-362", " 01001234567 ", "BRN-772", 20));

    assertThat(result).isEqualTo(Either.right(List.of(paid)));
    assertThat(payments.queries()).containsExactly(new PaymentQuery(
        Option.some(PaymentStatus.SUCCEEDED), Option.some(new BillerId("momkn-362")),
        Option.some(new AccountRef("01001234567")), Option.some(new BillReference("BRN-772")),
        20));
  }

  @Test
  void absentCriteriaMatchEverythingUpToTheLimit() {
    Either<Failure, List<Payment>> result =
        service.find(new FindPayments.Query(null, null, null, null, 2));

    assertThat(result).isEqualTo(Either.right(List.of(first, paid)));
    assertThat(payments.queries()).containsExactly(PaymentQuery.all(2));
  }

  @Test
  void theReviewFilterIsPassedToTheRepositoryWithTheOtherCriteria() {
    Either<Failure, List<Payment>> result = service.find(
        new FindPayments.Query(null, "momkn-362", null, null, 5, true));

    assertThat(result.isRight()).isTrue();
    assertThat(payments.queries()).containsExactly(new PaymentQuery(Option.none(),
        Option.some(new BillerId("momkn-362")), Option.none(), Option.none(), 5, true));
  }

  @Test
  void theOldFiveCriteriaQueryAsksForEveryPaymentFlaggedOrNot() {
    assertThat(new FindPayments.Query(null, null, null, null, 10).needsReview()).isFalse();

    service.find(new FindPayments.Query("UNKNOWN", null, null, null, 10));

    assertThat(payments.queries()).containsExactly(new PaymentQuery(
        Option.some(PaymentStatus.UNKNOWN), Option.none(), Option.none(), Option.none(), 10,
        false));
  }

  @Test
  void aBadCriterionIsRefusedWithTheReviewFilterToo() {
    Either<Failure, List<Payment>> result =
        service.find(new FindPayments.Query(null, null, null, null, 0, true));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations())
            .contains(new FieldViolation("limit", "must be at least 1")));
    assertThat(payments.reads()).isEmpty();
  }

  @Test
  void anAccountAloneSelectsItsPayments() {
    assertThat(service.find(new FindPayments.Query(null, null, "01009999999", null, 10)))
        .isEqualTo(Either.right(List.of(other)));
  }

  static Stream<Arguments> badQueries() {
    return Stream.of(
        Arguments.of(query("DONE", null, null, null, 10), "status", STATUS_RULE),
        Arguments.of(query("succeeded", null, null, null, 10), "status", STATUS_RULE),
        Arguments.of(query("", null, null, null, 10), "status", STATUS_RULE),
        Arguments.of(query(null, "", null, null, 10), "billerId", SIZE_64),
        Arguments.of(query(null, "b".repeat(65), null, null, 10), "billerId", SIZE_64),
        Arguments.of(query(null, "momkn 362", null, null, 10), "billerId",
            "must be 1 to 64 letters, digits, dots, underscores, colons or dashes"),
        Arguments.of(query(null, null, "", null, 10), "account", SIZE_64),
        Arguments.of(query(null, null, "1".repeat(65), null, 10), "account", SIZE_64),
        Arguments.of(query(null, null, "   ", null, 10), "account", "must not be blank"),
        Arguments.of(query(null, null, null, "", 10), "billReference",
            "must be 1 to 128 characters"),
        Arguments.of(query(null, null, null, "r".repeat(129), 10), "billReference",
            "must be 1 to 128 characters"),
        Arguments.of(query(null, null, null, "\t", 10), "billReference", "must not be blank"),
        Arguments.of(query(null, null, null, null, 0), "limit", "must be at least 1"),
        Arguments.of(query(null, null, null, null, -5), "limit", "must be at least 1"),
        Arguments.of(query(null, null, null, null, 1001), "limit", "must be at most 1000"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badQueries")
  void aBadCriterionIsNamedWithItsRuleAndNothingIsRead(FindPayments.Query query, String field,
      String rule) {
    Either<Failure, List<Payment>> result = service.find(query);

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidRequest.class,
        invalid -> assertThat(invalid.violations()).contains(new FieldViolation(field, rule)));
    assertThat(payments.reads()).isEmpty();
  }

  @Test
  void everyCriterionTheDomainRefusesIsReportedAtOnce() {
    Either<Failure, List<Payment>> result =
        service.find(new FindPayments.Query(null, "momkn/362", " ", " ", 10));

    assertThat(result.getLeft()).isEqualTo(new Failure.InvalidRequest(List.of(
        new FieldViolation("account", "must not be blank"),
        new FieldViolation("billReference", "must not be blank"),
        new FieldViolation("billerId",
            "must be 1 to 64 letters, digits, dots, underscores, colons or dashes"))));
    assertThat(payments.reads()).isEmpty();
  }

  @Test
  void aMissingQueryIsInvalid() {
    assertThat(service.find(null).getLeft()).isEqualTo(new Failure.InvalidRequest(
        List.of(new FieldViolation("command", "is required"))));
    assertThat(payments.reads()).isEmpty();
  }

  private static FindPayments.Query query(String status, String billerId, String account,
      String billReference, int limit) {
    return new FindPayments.Query(status, billerId, account, billReference, limit);
  }
}
