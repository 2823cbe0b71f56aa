package io.taksit.application.validation;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Objects;

/**
 * Checks a command's jakarta.validation annotations before a use case does anything else, and
 * turns every broken rule into a {@link FieldViolation} naming the field: all of them at once,
 * sorted, so a caller can fix the whole request in one go.
 *
 * <p>The {@link Validator} is the host's (the bootstrap uses Hibernate Validator); the application
 * depends on the API only.
 */
public final class CommandValidator {

  private final Validator validator;

  public CommandValidator(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** The command itself when every rule holds, else every violation. */
  public <T> Either<Failure, T> validate(T command) {
    if (command == null) {
      return Either.left(new Failure.InvalidRequest(
          List.of(new FieldViolation("command", "is required"))));
    }
    List<FieldViolation> violations = List.ofAll(validator.validate(command))
        .map(CommandValidator::toViolation)
        .distinct()
        .sorted();
    return violations.isEmpty() ? Either.right(command) : Either.left(new Failure.InvalidRequest(violations));
  }

  private static int firstOf(String path, char... marks) {
    int first = -1;
    for (char mark : marks) {
      int at = path.indexOf(mark);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  private static FieldViolation toViolation(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // Container elements come out as "invoices[].<iterable element>" or "fields<K>[].<map key>":
    // keep the field name.
    int cut = firstOf(path, '[', '<');
    String field = cut > 0 ? path.substring(0, cut) : path;
    return new FieldViolation(field.isEmpty() ? "command" : field, violation.getMessage());
  }
}
