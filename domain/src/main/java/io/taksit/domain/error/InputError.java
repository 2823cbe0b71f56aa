package io.taksit.domain.error;

/** A raw input could not become a domain value: missing, blank, too long, badly formed. */
public sealed interface InputError extends DomainError {

  /** The field that was wrong, as the caller named it ({@code idempotencyKey}, {@code account}). */
  String field();

  /** A required value was absent. */
  record Missing(String field) implements InputError {
    @Override public String code() { return "input.missing"; }
    @Override public String message() { return field + " is required"; }
  }

  /** A text value was empty or only whitespace. */
  record Blank(String field) implements InputError {
    @Override public String code() { return "input.blank"; }
    @Override public String message() { return field + " must not be blank"; }
  }

  /** A text value was longer than allowed. */
  record TooLong(String field, int maxLength, int actualLength) implements InputError {
    @Override public String code() { return "input.too_long"; }
    @Override public String message() {
      return field + " must be at most " + maxLength + " characters, was " + actualLength;
    }
  }

  /** A value did not have the required shape; {@code rule} says which shape, in words. */
  record Malformed(String field, String rule) implements InputError {
    @Override public String code() { return "input.malformed"; }
    @Override public String message() { return field + " " + rule; }
  }

  /** A number was outside its allowed range. */
  record OutOfRange(String field, String rule) implements InputError {
    @Override public String code() { return "input.out_of_range"; }
    @Override public String message() { return field + " " + rule; }
  }
}
