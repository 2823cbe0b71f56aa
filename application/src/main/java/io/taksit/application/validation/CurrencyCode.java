package io.taksit.application.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A required currency as a command carries it: three letters, an ISO 4217 code in either case
 * (whether the code is known is the domain's check). Composed so every command says it once.
 */
@NotNull(message = "is required")
@Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter ISO 4217 code")
@Constraint(validatedBy = {})
@Documented
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CurrencyCode {

  /** Unused: each composing constraint reports its own message. */
  String message() default "must be a three-letter ISO 4217 code";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
