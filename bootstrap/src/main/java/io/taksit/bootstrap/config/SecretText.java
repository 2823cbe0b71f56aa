package io.taksit.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A secret as the file model holds it, between the file and a typed secret: its string form is
 * masked, so printing the model, a validation report or a log line shows nothing of it.
 */
final class SecretText {

  private final String value;

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  SecretText(String value) {
    this.value = value;
  }

  /** The value, for the one place that turns it into a typed secret. */
  String reveal() {
    return value;
  }

  boolean isBlank() {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    return "****";
  }
}
