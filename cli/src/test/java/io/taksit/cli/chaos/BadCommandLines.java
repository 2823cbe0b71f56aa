package io.taksit.cli.chaos;

import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.momkn.MomknEndpoint;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.paywall.PaywallCredentials;
import io.taksit.sandbox.paywall.PaywallEndpoint;
import io.taksit.sandbox.paywall.PaywallSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * {@code taksit} command lines for the bad-input property: a command with plausible options, and
 * one thing wrong with it (a card number as the BIN or loose among the arguments, an unknown
 * option, a bad amount, a required option left out, or a broken configuration file).
 */
final class BadCommandLines {

  /** The arguments, and the card numbers among them (which must never be printed). */
  record CommandLine(List<String> args, List<String> cardNumbers) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  private enum Fault { CARD_AS_BIN, STRAY_CARD, UNKNOWN_OPTION, BAD_AMOUNT, MISSING_OPTION,
    BAD_CONFIGURATION }

  private static Path goodConfig;
  private static List<Path> badConfigs;

  private BadCommandLines() {}

  static Arbitrary<CommandLine> commandLines(BadInputWorld world) {
    writeConfigurations(world);
    return Combinators.combine(
            Arbitraries.of("inquire", "fees", "pay", "status", "retry", "installments",
                "payments", "reconcile"),
            Arbitraries.of(Fault.values()),
            BadInputs.fullCardNumbers(),
            Arbitraries.of("-1", "0", "abc", "1.23456", "1e400", "", "12,50", "100.001"),
            Arbitraries.of(badConfigs),
            Arbitraries.of(true, false))
        .as(BadCommandLines::line);
  }

  private static CommandLine line(String command, Fault fault, String card, String badAmount,
      Path badConfig, boolean json) {
    List<String> args = new ArrayList<>();
    args.add("--config");
    args.add((fault == Fault.BAD_CONFIGURATION ? badConfig : goodConfig).toString());
    if (json) {
      args.add("--json");
    }
    String subcommand = fault == Fault.CARD_AS_BIN ? "installments" : command;
    String amount = fault == Fault.BAD_AMOUNT ? badAmount : "100.00";
    if (fault == Fault.BAD_AMOUNT && List.of("inquire", "status", "retry", "payments",
        "reconcile").contains(subcommand)) {
      subcommand = "installments";
    }
    args.add(subcommand);
    List<String> options = switch (subcommand) {
      case "inquire" -> List.of("--biller", "momkn-362", "--account", "2000000002");
      case "fees" -> List.of("--bill", "7100000001", "--amount", amount, "--currency", "EGP",
          "--invoice", "1");
      case "pay" -> List.of("--key", "order-1", "--bill", "7100000001", "--amount", amount,
          "--currency", "EGP", "--invoice", "1", "--quote", "q-1");
      case "status", "retry" -> List.of("0b6f1c52-0000-4000-8000-000000000000");
      case "installments" -> List.of("--amount", amount, "--currency", "TRY", "--bin",
          fault == Fault.CARD_AS_BIN ? card : "454360");
      case "payments" -> List.of("--status", "UNKNOWN", "--limit", "5");
      default -> List.of("--limit", "10");
    };
    List<String> chosen = new ArrayList<>(options);
    if (fault == Fault.MISSING_OPTION && !chosen.isEmpty() && chosen.get(0).startsWith("--")
        && !List.of("payments", "reconcile").contains(subcommand)) {
      chosen.remove(0);
      chosen.remove(0);
    } else if (fault == Fault.MISSING_OPTION) {
      chosen.add("--no-such-option");
    }
    args.addAll(chosen);
    if (fault == Fault.STRAY_CARD) {
      args.add(card);
    }
    if (fault == Fault.UNKNOWN_OPTION) {
      args.add("--card");
      args.add(card);
    }
    boolean carriesCard = fault == Fault.CARD_AS_BIN || fault == Fault.STRAY_CARD
        || fault == Fault.UNKNOWN_OPTION;
    return new CommandLine(List.copyOf(args), carriesCard ? List.of(card) : List.of());
  }

  private static synchronized void writeConfigurations(BadInputWorld world) {
    if (goodConfig != null) {
      return;
    }
    try {
      Path directory = Files.createTempDirectory("taksit-bad-cli");
      directory.toFile().deleteOnExit();
      goodConfig = write(directory.resolve("good.yaml"), configuration(world, "memory",
          world.url(MomknSandbox.ID), "1m"));
      badConfigs = List.of(
          write(directory.resolve("bad-storage.yaml"), configuration(world, "mongo",
              world.url(MomknSandbox.ID), "1m")),
          write(directory.resolve("bad-url.yaml"), configuration(world, "memory",
              "http://example.com/momkn", "1m")),
          write(directory.resolve("bad-schedule.yaml"), configuration(world, "memory",
              world.url(MomknSandbox.ID), "-1m")),
          write(directory.resolve("missing.yaml").resolveSibling("does-not-exist.yaml"), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, String text) throws IOException {
    if (text != null) {
      Files.writeString(file, text);
      file.toFile().deleteOnExit();
    }
    return file;
  }

  private static String configuration(BadInputWorld world, String storage, String momknUrl,
      String firstCheck) {
    MomknCredentials momkn =
        world.sandbox().endpoint(MomknSandbox.ID, MomknEndpoint.class).credentials();
    PaywallCredentials paywall =
        world.sandbox().endpoint(PaywallSandbox.ID, PaywallEndpoint.class).credentials();
    return String.join("\n",
        "storage:",
        "  kind: " + storage,
        "providers:",
        "  momkn:",
        "    baseUrl: " + momknUrl,
        "    accountId: \"" + momkn.accountId() + "\"",
        "    userName: " + momkn.userName(),
        "    password: ${MOMKN_PASSWORD}",
        "    channelCategory: Agent",
        "    channelType: API",
        "    channelIdentifier: taksit",
        "  paywall:",
        "    baseUrl: " + world.url(PaywallSandbox.ID),
        "    apiKeyPublic: " + paywall.apiKeyPublic(),
        "    apiClientPublic: " + paywall.apiClientPublic(),
        "billers:",
        "  - id: momkn-362",
        "    name: Takka installments",
        "    provider: momkn",
        "    serviceCode: \"362\"",
        "    currency: EGP",
        "    min: 1",
        "    max: 1000000000",
        "    step: 5",
        "    paymentMode: FIXED",
        "    invoiceSelection: ONE",
        "    oldestFirst: true",
        "checkSchedule: [" + firstCheck + ", 5m]",
        "");
  }
}
