package io.taksit.cli.view;

import io.taksit.application.port.out.DeadLetter;
import io.taksit.domain.payment.PaymentStatus;
import java.util.List;

/** {@code taksit events --dead}: the events parked after their handler kept failing. */
public record DeadLettersView(List<Letter> deadLetters) implements View {

  /** One dead letter: which event of which payment, and the handler's last error. */
  public record Letter(String eventId, String event, PaymentStatus status, int attempts,
      String lastError, String parkedAt) {

    static Letter of(DeadLetter letter) {
      return new Letter(letter.entry().id().value(),
          letter.entry().event().getClass().getSimpleName(), letter.entry().event().status(),
          letter.entry().attempts(), letter.lastError(), letter.parkedAt().toString());
    }
  }

  public static DeadLettersView of(io.vavr.collection.List<DeadLetter> letters) {
    return new DeadLettersView(letters.map(Letter::of).toJavaList());
  }

  @Override
  public String text() {
    if (deadLetters.isEmpty()) {
      return "No dead letters." + System.lineSeparator();
    }
    StringBuilder text = new StringBuilder();
    for (Letter letter : deadLetters) {
      text.append(letter.eventId()).append("  ").append(letter.event()).append("  ")
          .append(letter.attempts()).append(" attempts  ").append(letter.lastError())
          .append(System.lineSeparator());
    }
    return text.toString();
  }
}
