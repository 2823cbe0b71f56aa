package io.taksit.domain.bill;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.error.DomainError;
import io.taksit.domain.error.PolicyError;
import io.taksit.domain.input.TextInput;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Either;
import java.util.Currency;
import java.util.Objects;

/**
 * A service customers pay through Taksit: which provider serves it and under which code (Momkn
 * {@code serviceID 362}), in which currency, which amounts it takes, how its bills may be paid,
 * and whether an inquiry must precede every payment (Momkn {@code inquirable}).
 */
public record Biller(BillerId id, String name, ProviderId provider, String providerServiceCode,
    Currency currency, AmountRule amountRule, PaymentPolicy policy, boolean inquiryRequired,
    boolean active) {

  private static final int NAME_MAX_LENGTH = 128;
  private static final int SERVICE_CODE_MAX_LENGTH = 64;

  /**
   * Guards billers built in code; configuration goes through {@link #of}.
   *
   * @throws IllegalArgumentException if a text is blank or untrimmed, or the currencies differ
   */
  public Biller {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amountRule, "amountRule");
    Objects.requireNonNull(policy, "policy");
    if (!TextInput.required("name", name, NAME_MAX_LENGTH).contains(name)
        || !TextInput.required("providerServiceCode", providerServiceCode,
            SERVICE_CODE_MAX_LENGTH).contains(providerServiceCode)
        || !amountRule.currency().equals(currency)) {
      throw new IllegalArgumentException("use Biller.of for untrusted input");
    }
  }

  /**
   * A biller from configuration or a provider catalog, or why not: a blank name or service code
   * ({@link io.taksit.domain.error.InputError}), an amount rule in another currency
   * ({@link PolicyError.InvalidBiller}).
   */
  public static Either<DomainError, Biller> of(BillerId id, String name, ProviderId provider,
      String providerServiceCode, Currency currency, AmountRule amountRule, PaymentPolicy policy,
      boolean inquiryRequired, boolean active) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amountRule, "amountRule");
    if (!amountRule.currency().equals(currency)) {
      return Either.left(new PolicyError.InvalidBiller(id.value(), "amount rule is in "
          + amountRule.currency().getCurrencyCode() + ", the biller in "
          + currency.getCurrencyCode()));
    }
    return Either.narrow(TextInput.required("name", name, NAME_MAX_LENGTH)
        .flatMap(trimmedName -> TextInput.required("providerServiceCode", providerServiceCode,
                SERVICE_CODE_MAX_LENGTH)
            .map(code -> new Biller(id, trimmedName, provider, code, currency, amountRule, policy,
                inquiryRequired, active))));
  }
}
