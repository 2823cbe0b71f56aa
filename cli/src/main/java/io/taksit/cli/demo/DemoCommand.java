package io.taksit.cli.demo;

import io.taksit.adapters.http.support.Sleeper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taksit demo}: the main job, narrated. Starts the embedded provider sandbox, wires Taksit
 * over the real HTTP adapters and an H2 file store, runs the scenario of {@link DemoScenario} and
 * ends with the check that the sandbox's ledger and Taksit's records agree. Exit code 0 when they
 * do, 1 when they do not (or an act could not be played).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
        "Run Taksit's main job against the embedded provider sandbox and narrate it: a Takka"
            + " installment bill inquired, refused, quoted and paid through Momkn; an idempotent"
            + " replay; a payment whose answer is lost, resolved by the reconciler; a throttled"
            + " payment retried; a Sipay Wallet invoice paid; installment plans from Paywall and"
            + " Teqpay merged.",
        "It ends with the check \"sandbox ledger = Taksit records: no double charge\" and exits 0"
            + " when it holds, 1 otherwise. It needs no network, no credentials and no flags."})
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "where the demo keeps its H2 file store (DIR/demo-store, emptied at the"
          + " start of every run: the sandbox starts from its seed data every time; default: a"
          + " new temporary directory)")
  private Path dataDir;

  @Spec
  private CommandSpec spec;

  private final Sleeper sleeper;

  /** For picocli. */
  public DemoCommand() {
    this(Sleeper.REAL);
  }

  /** With the scenario's waits made by {@code sleeper}: tests skip them. */
  DemoCommand(Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec != null ? spec.commandLine().getOut()
        : new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    DemoOutcome outcome = new DemoScenario(dataDir != null ? dataDir : freshDirectory(), sleeper)
        .run(out);
    out.flush();
    return outcome.passed() ? 0 : 1;
  }

  private static Path freshDirectory() {
    try {
      return Files.createTempDirectory("taksit-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary directory for the demo", e);
    }
  }
}
