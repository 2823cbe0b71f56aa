package io.taksit.domain.error;

/**
 * A business rule said no. Every refusal in the domain is one of these values, never an exception:
 * callers pattern-match on the sealed families below, hosts log {@link #code()}, people read
 * {@link #message()}.
 *
 * <p>Codes are stable identifiers ({@code amount.below_minimum}); messages may be reworded.
 */
public sealed interface DomainError
    permits InputError, MoneyError, AmountError, PolicyError, FeeError, CardError, InstallmentError,
        PaymentError {

  /** Stable, machine-readable code: {@code family.rule}, lower snake case. */
  String code();

  /** A sentence for a person, naming the field and the rule that failed. */
  String message();
}
