package io.taksit.sandbox;

import io.taksit.domain.provider.ProviderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement of money the sandbox made: a provider took {@code amount} (plus {@code fee}) for a
 * bill, under the client's de-duplication key.
 *
 * @param sequence      1, 2, … in the order the charges were made
 * @param provider      who charged
 * @param dedupKey      the client's de-duplication key, the provider's field for it (Taksit
 *                      sends its payment id)
 * @param account       the billing account or subscriber number
 * @param billReference the bill paid, the provider's reference of it (the reference an inquiry
 *                      issued, or the invoice's id)
 * @param amount        the amount paid against the bill
 * @param fee           what the provider took on top (its fee and tax)
 * @param currency      ISO 4217 code
 * @param at            when, by the sandbox's clock
 */
public record Charge(long sequence, ProviderId provider, String dedupKey, String account,
    String billReference, BigDecimal amount, BigDecimal fee, String currency, Instant at) {

  public Charge {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(dedupKey, "dedupKey");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(billReference, "billReference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(at, "at");
  }
}
