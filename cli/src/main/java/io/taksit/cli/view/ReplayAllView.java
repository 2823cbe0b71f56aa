package io.taksit.cli.view;

/** {@code taksit events --replay-all}: how many dead letters were sent back for delivery. */
public record ReplayAllView(int replayed) implements View {

  @Override
  public String text() {
    return "Replayed " + replayed + " dead letter(s)." + System.lineSeparator();
  }
}
