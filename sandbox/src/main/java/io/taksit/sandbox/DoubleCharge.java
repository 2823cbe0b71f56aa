package io.taksit.sandbox;

import io.taksit.domain.provider.ProviderId;
import java.util.List;

/**
 * Two or more charges that should have been one: the same bill reference charged more than once
 * (Taksit pays a bill once) or the same de-duplication key (the sandbox itself refuses that, so
 * seeing it means the sandbox is broken).
 *
 * @param provider who charged
 * @param by       what the charges share
 * @param value    the shared bill reference or key
 * @param charges  the charges, in order
 */
public record DoubleCharge(ProviderId provider, Shared by, String value, List<Charge> charges) {

  public DoubleCharge {
    charges = List.copyOf(charges);
  }

  /** What the charges of a double charge have in common. */
  public enum Shared {
    BILL_REFERENCE,
    DEDUP_KEY
  }
}
