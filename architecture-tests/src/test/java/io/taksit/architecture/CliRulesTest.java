package io.taksit.architecture;

import static io.taksit.architecture.Fixtures.assertViolatedBy;
import static io.taksit.architecture.TaksitRules.CLI_VIEWS_KNOW_NO_COMMAND_AND_PRINT_NOTHING;

import io.taksit.cli.view.archfixture.ViewNamingTheCli;
import io.taksit.cli.view.archfixture.ViewPrinting;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CliRulesTest {

  @Nested
  class CliViewsKnowNoCommandAndPrintNothing {

    @Test
    void holdsForProductionCode() {
      CLI_VIEWS_KNOW_NO_COMMAND_AND_PRINT_NOTHING.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnAViewNamingTheCommandLine() {
      assertViolatedBy(CLI_VIEWS_KNOW_NO_COMMAND_AND_PRINT_NOTHING, ViewNamingTheCli.class);
    }

    @Test
    void failsOnAViewThatPrints() {
      assertViolatedBy(CLI_VIEWS_KNOW_NO_COMMAND_AND_PRINT_NOTHING, ViewPrinting.class);
    }
  }
}
