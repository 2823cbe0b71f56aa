package io.taksit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.application.outbox.Delivery;
import io.taksit.application.port.out.DeadLetter;
import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.bootstrap.Taksit;
import io.vavr.collection.List;
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
        return cli.terminal().show(replayedAllJson(replayed), replayedAllText(replayed),
            ExitCodes.OK);
      }
      if (chosen.deliver) {
        return deliver(taksit);
      }
      return counts(taksit.outbox().counts());
    });
  }

  private int counts(OutboxCounts counts) {
    return cli.terminal().show(countsJson(counts), countsText(counts), ExitCodes.OK);
  }

  static ObjectNode replayedAllJson(int replayed) {
    return JsonNodeFactory.instance.objectNode().put("replayed", replayed);
  }

  static String replayedAllText(int replayed) {
    return "Replayed " + replayed + " dead letter(s)." + System.lineSeparator();
  }

  static ObjectNode countsJson(OutboxCounts counts) {
    ObjectNode json = JsonNodeFactory.instance.objectNode()
        .put("pending", counts.pending()).put("failing", counts.failing())
        .put("dead", counts.dead()).put("delivered", counts.delivered());
    json.put("oldestPending", counts.oldestPending().map(Instant::toString).getOrNull());
    return json;
  }

  static String countsText(OutboxCounts counts) {
    return "Payment events: " + counts.pending() + " pending, " + counts.failing()
        + " failing, " + counts.dead() + " dead, " + counts.delivered() + " delivered"
        + counts.oldestPending().map(at -> "; oldest pending since " + at).getOrElse("")
        + System.lineSeparator();
  }

  private int dead(PaymentOutbox outbox) {
    List<DeadLetter> letters = outbox.deadLetters(limit);
    return cli.terminal().show(deadJson(letters), deadText(letters), ExitCodes.OK);
  }

  static ObjectNode deadJson(List<DeadLetter> dead) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode letters = json.putArray("deadLetters");
    for (DeadLetter letter : dead) {
      letters.addObject().put("eventId", letter.entry().id().value())
          .put("event", letter.entry().event().getClass().getSimpleName())
          .put("status", letter.entry().event().status().name())
          .put("attempts", letter.entry().attempts())
          .put("lastError", letter.lastError())
          .put("parkedAt", letter.parkedAt().toString());
    }
    return json;
  }

  static String deadText(List<DeadLetter> dead) {
    StringBuilder text = new StringBuilder();
    for (DeadLetter letter : dead) {
      text.append(letter.entry().id().value()).append("  ")
          .append(letter.entry().event().getClass().getSimpleName()).append("  ")
          .append(letter.entry().attempts()).append(" attempts  ").append(letter.lastError())
          .append(System.lineSeparator());
    }
    if (text.length() == 0) {
      text.append("No dead letters.").append(System.lineSeparator());
    }
    return text.toString();
  }

  private int replay(PaymentOutbox outbox, String eventId) {
    Option<EventId> id = EventId.parse(eventId);
    if (id.isEmpty()) {
      return cli.terminal().usage("taksit events", "request.invalid",
          "--replay: must be an event id such as <payment id>:<sequence>");
    }
    boolean replayed = outbox.replay(id.get(), Instant.now());
    return cli.terminal().show(replayJson(eventId, replayed), replayText(eventId, replayed),
        replayed ? ExitCodes.OK : ExitCodes.REFUSED);
  }

  static ObjectNode replayJson(String eventId, boolean replayed) {
    return JsonNodeFactory.instance.objectNode().put("eventId", eventId).put("replayed", replayed);
  }

  static String replayText(String eventId, boolean replayed) {
    return replayed ? "Replayed " + eventId + System.lineSeparator()
        : eventId + " is not a dead letter" + System.lineSeparator();
  }

  private int deliver(Taksit taksit) {
    Delivery delivery = taksit.outboxRelay().deliverDue();
    return cli.terminal().show(deliveryJson(delivery), deliveryText(delivery), ExitCodes.OK);
  }

  static ObjectNode deliveryJson(Delivery delivery) {
    return JsonNodeFactory.instance.objectNode()
        .put("delivered", delivery.delivered()).put("retrying", delivery.retrying())
        .put("deadLettered", delivery.deadLettered());
  }

  static String deliveryText(Delivery delivery) {
    return "Delivered " + delivery.delivered() + ", retrying " + delivery.retrying()
        + ", dead-lettered " + delivery.deadLettered() + System.lineSeparator();
  }
}
