package io.taksit.bootstrap.config;

import io.taksit.adapters.http.support.Durations;
import io.vavr.control.Option;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;

/** Checks {@link DurationText}; public only because Hibernate Validator instantiates it. */
public final class DurationTextValidator implements ConstraintValidator<DurationText, String> {

  private boolean positive;

  @Override
  public void initialize(DurationText annotation) {
    positive = annotation.positive();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Option<Duration> duration = Durations.parse(value);
    if (duration.isEmpty()) {
      return false;
    }
    if (duration.get().isNegative() || (positive && duration.get().isZero())) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(
              positive ? "must be a positive duration" : "must not be negative")
          .addConstraintViolation();
      return false;
    }
    return true;
  }
}
