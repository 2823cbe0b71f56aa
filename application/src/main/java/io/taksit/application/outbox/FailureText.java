package io.taksit.application.outbox;

import io.taksit.application.port.out.PaymentOutbox;
import java.util.ArrayList;
import java.util.List;

/**
 * The last-error text of a failed delivery: the types of what the handler threw and of its
 * causes, never their messages. A message can carry anything (a broker URL with its password, a
 * customer's data); a type tells an operator enough to know where to look.
 */
final class FailureText {

  private static final int MAX_CAUSES = 5;
  private static final String ARROW = " <- ";

  private FailureText() {}

  static String of(Throwable failure) {
    List<String> types = new ArrayList<>();
    Throwable current = failure;
    while (current != null && types.size() < MAX_CAUSES) {
      types.add(current.getClass().getName());
      current = current.getCause() == current ? null : current.getCause();
    }
    if (current != null) {
      types.add("...");
    }
    String text = String.join(ARROW, types);
    return text.length() <= PaymentOutbox.MAX_ERROR_LENGTH
        ? text : text.substring(0, PaymentOutbox.MAX_ERROR_LENGTH);
  }
}
