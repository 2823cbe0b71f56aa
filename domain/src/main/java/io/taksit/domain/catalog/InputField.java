package io.taksit.domain.catalog;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One input a provider's service asks for at run time (Momkn's {@code serviceParameter}): what a
 * host's form shows and what a request must carry before the provider is called.
 *
 * @param key        the request's name for it ({@code billingAccount})
 * @param label      the form's label, as the provider wrote it (Arabic included)
 * @param title      the form's longer title or hint, possibly empty
 * @param type       the kind of value
 * @param optional   whether the customer may leave it empty
 * @param sequence   its place on the form
 * @param choices    the allowed values of a {@link FieldType#DROPDOWN}, in the provider's order
 * @param expression the provider's own validation expression (a regular expression), if any
 * @param message    the provider's message when the expression does not match, if any
 */
public record InputField(String key, String label, String title, FieldType type,
    boolean optional, int sequence, List<String> choices, Option<String> expression,
    Option<String> message) {

  public InputField {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(choices, "choices");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(message, "message");
    if (key.isBlank()) {
      throw new IllegalArgumentException("an input field needs a key");
    }
  }
}
