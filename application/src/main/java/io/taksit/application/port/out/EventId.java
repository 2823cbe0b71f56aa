package io.taksit.application.port.out;

import io.taksit.domain.payment.PaymentId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The stable id of one payment event: its payment and its place in the payment's history
 * ({@code <paymentId>:<sequence>}, sequence from 1). The same event always has the same id, on
 * every delivery and every instance, so a host that receives it twice (delivery is at least
 * once) recognises the repeat by its id alone.
 */
public record EventId(PaymentId paymentId, int sequence) {

  private static final char SEPARATOR = ':';

  public EventId {
    Objects.requireNonNull(paymentId, "paymentId");
    if (sequence < 1) {
      throw new IllegalArgumentException("an event's sequence starts at 1, was " + sequence);
    }
  }

  /** The id as text, {@code <paymentId>:<sequence>}: what a host stores to spot repeats. */
  public String value() {
    return paymentId.value() + SEPARATOR + sequence;
  }

  /**
   * The id written as {@link #value()} (from an operator's command, a host's table), or none when
   * {@code text} is not one.
   */
  public static Option<EventId> parse(String text) {
    if (text == null) {
      return Option.none();
    }
    int separator = text.lastIndexOf(SEPARATOR);
    if (separator < 1 || separator == text.length() - 1) {
      return Option.none();
    }
    String sequence = text.substring(separator + 1);
    // At most ten ASCII digits without a leading zero: the form value() writes, every int fits,
    // and no text is too long to parse as a long.
    if (sequence.isEmpty() || sequence.length() > 10 || sequence.charAt(0) == '0'
        || !sequence.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Option.none();
    }
    long number = Long.parseLong(sequence);
    if (number < 1 || number > Integer.MAX_VALUE) {
      return Option.none();
    }
    return PaymentId.of(text.substring(0, separator)).toOption()
        .map(id -> new EventId(id, (int) number));
  }

  @Override
  public String toString() {
    return value();
  }
}
