package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.IdGenerator;
import io.taksit.domain.payment.PaymentId;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Identifiers from random (version 4) UUIDs. Unlike the other classes here it keeps no state, so
 * it suits every host, not only tests, demos and single-instance ones: 122 random bits make a
 * repeat, which would reuse a provider's de-duplication key, practically impossible.
 *
 * <p>A payment id is the UUID's canonical text (36 characters of hex digits and dashes), the
 * most that every provider's de-duplication field takes. A quote id is {@code "q-"} and the 32
 * hex digits (34 characters), so it is told apart from a payment id at a glance.
 */
public final class RandomIdGenerator implements IdGenerator {

  private final Supplier<UUID> uuids;

  public RandomIdGenerator() {
    this(UUID::randomUUID);
  }

  /** With a chosen UUID source, so a test can predict the ids. */
  public RandomIdGenerator(Supplier<UUID> uuids) {
    this.uuids = Objects.requireNonNull(uuids, "uuids");
  }

  @Override
  public PaymentId newPaymentId() {
    return new PaymentId(uuids.get().toString());
  }

  @Override
  public String newQuoteId() {
    return "q-" + uuids.get().toString().replace("-", "");
  }
}
