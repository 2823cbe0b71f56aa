package io.taksit.cli;

import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.bootstrap.Taksit;
import io.taksit.cli.view.DeadLettersView;
import io.taksit.cli.view.DeliveryView;
import io.taksit.cli.view.OutboxCountsView;
import io.taksit.cli.view.ReplayAllView;
import io.taksit.cli.view.ReplayView;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code taksit events}: the payment events outbox as an operator sees it — what waits, what
 * failed, what was parked as a dead letter — and the replay of dead letters once the host's
 * handler is fixed; {@code --deliver} runs one relay pass, for hosts whose scheduler calls the
 * CLI.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"The payment events outbox: counts by default; --dead lists dead letters;"
        + " --replay <event id> or --replay-all sends them back for delivery; --deliver runs one"
        + " relay pass now.",
        "An event id is <payment id>:<sequence>. Exit 0 when done, 1 when the event named is not"
            + " a dead letter."})
final class EventsCommand implements Callable<Integer> {

  @ParentCommand
  private TaksitCli cli;

  @ArgGroup(exclusive = true)
  private Action action;

  static final class Action {
    @picocli.CommandLine.Option(names = "--dead", description = "list the dead letters")
    boolean dead;

    @picocli.CommandLine.Option(names = "--replay", paramLabel = "<event id>",
        description = "send one dead letter back for delivery")
    String replay;

    @picocli.CommandLine.Option(names = "--replay-all",
        description = "send every dead letter back for delivery")
    boolean replayAll;

    @picocli.CommandLine.Option(names = "--deliver",
        description = "run one outbox relay pass now (with no handler configured, it drains)")
    boolean deliver;
  }

  @picocli.CommandLine.Option(names = "--limit", paramLabel = "<n>", defaultValue = "50",
      description = "most dead letters listed (default 50)")
  private int limit;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 1000) {
      return cli.terminal().usage("taksit events", "request.invalid",
          "--limit: must be a whole number from 1 to 1000");
    }
    return cli.withTaksit("taksit events", taksit -> {
      Action chosen = action == null ? new Action() : action;
      if (chosen.dead) {
        return dead(taksit.outbox());
      }
      if (chosen.replay != null) {
        return replay(taksit.outbox(), chosen.replay);
      }
      if (chosen.replayAll) {
        int replayed = taksit.outbox().replayAll(Instant.now());
        return cli.terminal().show(new ReplayAllView(replayed), ExitCodes.OK);
      }
      if (chosen.deliver) {
        return deliver(taksit);
      }
      return counts(taksit.outbox().counts());
    });
  }

  private int counts(OutboxCounts counts) {
    return cli.terminal().show(OutboxCountsView.of(counts), ExitCodes.OK);
  }

  private int dead(PaymentOutbox outbox) {
    return cli.terminal().show(DeadLettersView.of(outbox.deadLetters(limit)), ExitCodes.OK);
  }

  private int replay(PaymentOutbox outbox, String eventId) {
    Option<EventId> id = EventId.parse(eventId);
    if (id.isEmpty()) {
      return cli.terminal().usage("taksit events", "request.invalid",
          "--replay: must be an event id such as <payment id>:<sequence>");
    }
    boolean replayed = outbox.replay(id.get(), Instant.now());
    return cli.terminal().show(new ReplayView(eventId, replayed),
        replayed ? ExitCodes.OK : ExitCodes.REFUSED);
  }

  private int deliver(Taksit taksit) {
    return cli.terminal().show(DeliveryView.of(taksit.outboxRelay().deliverDue()), ExitCodes.OK);
  }
}
