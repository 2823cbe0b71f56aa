package io.taksit.cli.view;

/** {@code taksit events --replay <event id>}: whether that dead letter was sent back. */
public record ReplayView(String eventId, boolean replayed) implements View {

  @Override
  public String text() {
    return (replayed ? "Replayed " + eventId : eventId + " is not a dead letter")
        + System.lineSeparator();
  }
}
