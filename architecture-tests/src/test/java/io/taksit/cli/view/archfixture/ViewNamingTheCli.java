package io.taksit.cli.view.archfixture;

import io.taksit.cli.TaksitCli;

/** Breaks CLI_VIEWS_KNOW_NO_COMMAND_AND_PRINT_NOTHING: a view that reaches for the command line. */
public final class ViewNamingTheCli {

  public String text(TaksitCli cli) {
    return String.valueOf(cli);
  }
}
