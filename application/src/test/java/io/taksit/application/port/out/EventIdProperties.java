package io.taksit.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.payment.PaymentId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An event id is {@code <paymentId>:<sequence>}, read back as written and nothing else. */
class EventIdProperties {

  @Property
  void readsBackWhatItWrites(@ForAll("paymentIds") String paymentId,
      @ForAll @IntRange(min = 1) int sequence) {
    EventId id = new EventId(new PaymentId(paymentId), sequence);

    assertThat(id.value()).isEqualTo(paymentId + ":" + sequence);
    assertThat(EventId.parse(id.value())).containsExactly(id);
  }

  @Provide
  Arbitrary<String> paymentIds() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
        .ofMinLength(1).ofMaxLength(36);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":", "p-1", "p-1:", ":1", "p-1:0", "p-1:x", "p 1:1", "p-1:-1",
      "p-1:+1", "p-1:01", "p-1:2147483648", "p-1:00000000001", "p-1:١", "p:1:2"})
  void refusesWhatIsNotAnEventId(String text) {
    assertThat(EventId.parse(text)).isEmpty();
  }

  @Property(tries = 10)
  void sequencesStartAtOne(@ForAll @IntRange(min = -3, max = 0) int sequence) {
    assertThatThrownBy(() -> new EventId(new PaymentId("p-1"), sequence))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
