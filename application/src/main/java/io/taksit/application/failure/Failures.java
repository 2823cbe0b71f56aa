package io.taksit.application.failure;

import io.taksit.domain.error.CardError;
import io.taksit.domain.error.DomainError;
import io.taksit.domain.error.InputError;
import io.taksit.domain.error.MoneyError;
import io.vavr.collection.List;

/** Turns domain refusals into use-case failures. */
public final class Failures {

  private Failures() {}

  /**
   * A domain refusal met while reading a command is a field problem of that command: it becomes
   * an {@link Failure.InvalidRequest} naming {@code field}. Business refusals met later (amount
   * rule, policy, transitions) stay {@link Failure.Refused}, via {@link #refused}.
   */
  public static Failure invalidField(String field, DomainError error) {
    return new Failure.InvalidRequest(List.of(new FieldViolation(field, ruleOf(field, error))));
  }

  /**
   * The rule an error states about the value it calls {@code named}: its message without that
   * leading name ("account must be …" is "must be …"), since a violation names its field apart.
   */
  public static String ruleOf(String named, DomainError error) {
    String message = error.message();
    return message.startsWith(named + " ") ? message.substring(named.length() + 1) : message;
  }

  /** An input error knows its own field; other errors are given the field they came from. */
  public static Failure fromInput(String field, DomainError error) {
    if (error instanceof InputError input) {
      return invalidField(input.field(), error);
    }
    if (error instanceof MoneyError || error instanceof CardError) {
      return invalidField(field, error);
    }
    return refused(error);
  }

  public static Failure refused(DomainError error) {
    return new Failure.Refused(error);
  }
}
