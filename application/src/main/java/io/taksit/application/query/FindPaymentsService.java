package io.taksit.application.query;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.port.in.FindPayments;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.error.InputError;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lists stored payments matching the given criteria (optionally only those flagged for review),
 * newest first: a read never calls a provider.
 */
public final class FindPaymentsService implements FindPayments {

  private final CommandValidator validator;
  private final PaymentRepository payments;

  public FindPaymentsService(CommandValidator validator, PaymentRepository payments) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.payments = Objects.requireNonNull(payments, "payments");
  }

  @Override
  public Either<Failure, List<Payment>> find(Query query) {
    return validator.validate(query).flatMap(valid -> {
      // The validator's pattern admits only the enum's names, so valueOf cannot throw here.
      Option<PaymentStatus> status = Option.of(valid.status()).map(PaymentStatus::valueOf);
      Either<Failure, Option<BillerId>> biller =
          optional("billerId", valid.billerId(), BillerId::of);
      Either<Failure, Option<AccountRef>> account =
          optional("account", valid.account(), AccountRef::of);
      Either<Failure, Option<BillReference>> reference =
          optional("billReference", valid.billReference(), BillReference::of);
      // Every refused criterion at once, as the validator reports its rules.
      List<FieldViolation> violations = List.<Either<?, Failure>>of(biller.swap(), account.swap(),
          reference.swap())
          .flatMap(Either::toOption)
          .flatMap(FindPaymentsService::violationsOf)
          .sorted();
      if (!violations.isEmpty()) {
        return Either.left(new Failure.InvalidRequest(violations));
      }
      return Either.right(payments.find(new PaymentQuery(status, biller.get(), account.get(),
          reference.get(), valid.limit(), valid.needsReview())));
    });
  }

  private static <T> Either<Failure, Option<T>> optional(String field, String raw,
      Function<String, Either<InputError, T>> parse) {
    if (raw == null) {
      return Either.right(Option.none());
    }
    return parse.apply(raw)
        .<Failure>mapLeft(e -> Failures.fromInput(field, e))
        .map(Option::some);
  }

  private static List<FieldViolation> violationsOf(Failure failure) {
    // Input errors always become InvalidRequest; anything else would be a rule with no field.
    return failure instanceof Failure.InvalidRequest invalid
        ? invalid.violations()
        : List.of(new FieldViolation("query", failure.message()));
  }
}
