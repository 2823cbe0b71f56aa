package io.taksit.cli.view.archfixture;

/** Breaks CLI_VIEWS_KNOW_NO_COMMAND_AND_PRINT_NOTHING: a view that prints itself. */
public final class ViewPrinting {

  public void text() {
    System.out.println("a view");
  }
}
