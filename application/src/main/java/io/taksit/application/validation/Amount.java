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
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount a command may carry: greater than zero, with at most 15 integer digits and 3
 * decimals (the largest ISO 4217 minor-unit scale). Composed (buckpal's {@code PositiveMoney}) so
 * every command says the rule once; each broken part is reported with its own message. A null
 * passes: a required amount adds {@code @NotNull}.
 */
@Positive(message = "must be greater than zero")
@Digits(integer = 15, fraction = 3, message = "must have at most 15 digits and 3 decimals")
@Constraint(validatedBy = {})
@Documented
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Amount {

  /** Unused: each composing constraint reports its own message. */
  String message() default "must be a positive amount";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
