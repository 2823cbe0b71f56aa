package io.taksit.cli.demo;

import java.util.List;

/**
 * How a demo run ended.
 *
 * @param passed      every act played and the final check held
 * @param actsFailed  the acts that could not be played, with why
 * @param differences where the sandbox's ledger and Taksit's records disagree (empty: no double
 *                    charge, nothing lost)
 */
public record DemoOutcome(boolean passed, List<String> actsFailed, List<String> differences) {

  public DemoOutcome {
    actsFailed = List.copyOf(actsFailed);
    differences = List.copyOf(differences);
  }
}
