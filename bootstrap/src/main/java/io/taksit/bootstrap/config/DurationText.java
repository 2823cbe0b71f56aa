package io.taksit.bootstrap.config;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A configuration value that must be a duration: {@code 500ms}, {@code 2s}, {@code 1m},
 * {@code 1h}, {@code 1d} or ISO-8601 ({@code PT2S}). Absent (null) is valid: the key's default
 * applies.
 */
@Documented
@Constraint(validatedBy = DurationTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DurationText {

  String message() default "must be a duration such as 500ms, 2s, 1m, 1h or 1d";

  /** Whether zero is refused too ("must be greater than zero"). */
  boolean positive() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
