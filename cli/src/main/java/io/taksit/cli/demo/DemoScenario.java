package io.taksit.cli.demo;

import io.taksit.adapters.http.support.Sleeper;
import io.taksit.domain.provider.ProviderId;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The demo's script. It starts the provider sandbox and Taksit ({@link DemoWorld}), plays the
 * acts, each as a numbered plain-language line with its key facts, and ends with the summary and
 * the check that the sandbox's ledger and Taksit's records agree ({@link LedgerCheck}):
 *
 * <ul>
 *   <li>acts 1 to 5, a Takka installment bill at Momkn: inquiry, an off-step amount refused with
 *       the nearest allowed amounts, the fee quote, the payment, an idempotent replay
 *       ({@link TakkaActs});
 *   <li>act 6, a payment whose answer is lost after Momkn charged it: UNKNOWN, then resolved by
 *       the reconciler through the status call ({@link LostAnswerAct});
 *   <li>act 7, a throttled payment: NOT_PROCESSED, then retried with the same key
 *       ({@link ThrottledAct});
 *   <li>act 8, a Sipay Wallet invoice paid with a scheduled fee ({@link SipayAct});
 *   <li>act 9, installment plans from Paywall and Teqpay merged ({@link InstallmentAct}).
 * </ul>
 *
 * <p>An act that cannot be played is reported in one line and fails the run; the acts that do
 * not depend on it still play, and the check still runs.
 */
public final class DemoScenario {

  private final Path dataDir;
  private final Sleeper sleeper;

  /** A scenario keeping its H2 file store under {@code dataDir} (in {@code demo-store}). */
  public DemoScenario(Path dataDir) {
    this(dataDir, Sleeper.REAL);
  }

  /** With the waits (a provider's {@code Retry-After}) made by {@code sleeper}: tests skip them. */
  DemoScenario(Path dataDir, Sleeper sleeper) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Runs the demo, writing UTF-8 text to {@code out}. */
  public DemoOutcome run(PrintStream out) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    try {
      return run(writer);
    } finally {
      writer.flush();
    }
  }

  /** Runs the demo, writing to {@code out}. */
  public DemoOutcome run(PrintWriter out) {
    Narration say = new Narration(out);
    QuietLogs quiet = QuietLogs.atWarn();
    DemoWorld opened;
    try {
      opened = DemoWorld.open(dataDir);
    } catch (RuntimeException cannotStart) {
      quiet.close();
      String why = reasons(cannotStart);
      say.line("The demo could not start: " + why);
      return new DemoOutcome(false, List.of("start: " + why), List.of());
    }
    try (DemoWorld world = opened) {
      header(world, say);
      List<String> failed = new ArrayList<>();
      play(say, failed, "acts 1-5", () -> new TakkaActs(world, say).play());
      play(say, failed, "act 6", () -> new LostAnswerAct(world, say).play());
      play(say, failed, "act 7", () -> new ThrottledAct(world, say, sleeper).play());
      play(say, failed, "act 8", () -> new SipayAct(world, say).play());
      play(say, failed, "act 9", () -> new InstallmentAct(world, say).play());
      List<String> differences = check(world, say);
      if (!failed.isEmpty()) {
        say.line("Not every act could be played: " + String.join("; ", failed));
      }
      return new DemoOutcome(failed.isEmpty() && differences.isEmpty(), failed, differences);
    } finally {
      quiet.close();
    }
  }

  private static void header(DemoWorld world, Narration say) {
    say.line("Taksit demo: bill payments and installment quotes against the embedded provider"
        + " sandbox");
    say.fact("sandbox  http://127.0.0.1:" + world.sandbox().port() + "  "
        + providers(world.sandbox().providers()) + " (demo credentials, no real money)");
    say.fact("store    H2 file " + world.store().resolve("taksit.mv.db") + " (emptied first)");
    say.fact("adapters " + providers(world.taksitProviders()) + " over HTTP (Feign), from the"
        + " sandbox's ready configuration");
  }

  private static List<String> check(DemoWorld world, Narration say) {
    try {
      return new LedgerCheck(world, say).run();
    } catch (ActFailed why) {
      say.line("The check could not run: " + why.getMessage());
      return List.of("the check could not run: " + why.getMessage());
    }
  }

  private static void play(Narration say, List<String> failed, String which, Runnable act) {
    try {
      act.run();
    } catch (ActFailed why) {
      say.fact("could not play " + which + ": " + why.getMessage());
      failed.add(which + ": " + why.getMessage());
    }
  }

  /** The message of a failure and of its causes, without the stack. */
  private static String reasons(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null && messages.size() < 3; t = t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (messages.stream().noneMatch(known -> known.contains(message))) {
        messages.add(message);
      }
    }
    return String.join(": ", messages);
  }

  private static String providers(List<ProviderId> ids) {
    return String.join(", ", ids.stream().map(Narration::provider).toList());
  }
}
