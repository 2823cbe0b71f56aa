package io.taksit.cli.view;

/**
 * What one command shows, as one record: Jackson writes its components for {@code --json} (their
 * names and order are the scripts' contract), and {@link #text()} says the same facts for people.
 */
public interface View {

  /** The view for people: lines ending with the platform's line separator. */
  String text();
}
