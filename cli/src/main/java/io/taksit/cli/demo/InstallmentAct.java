package io.taksit.cli.demo;

import static io.taksit.cli.demo.ActFailed.check;
import static io.taksit.cli.demo.ActFailed.expect;
import static io.taksit.cli.demo.Narration.money;

import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Act 9: the other half of the job. One purchase amount and a card BIN go to Paywall and Teqpay
 * in parallel; their plans are merged, the cheapest for the customer kept per installment count.
 */
final class InstallmentAct {

  static final BigDecimal AMOUNT = new BigDecimal("1000.00");
  /** Garanti BBVA Visa Bonus credit: every installment provider of the sandbox knows it. */
  static final String BIN = "454360";

  private final Taksit taksit;
  private final Narration say;

  InstallmentAct(DemoWorld world, Narration say) {
    this.taksit = world.taksit();
    this.say = say;
  }

  void play() {
    say.act(9, "Quote installment plans for " + Narration.amount(AMOUNT) + " TRY on BIN " + BIN
        + ", asking every installment provider in parallel");
    QuoteInstallments.Quotes quotes = expect(taksit.quoteInstallments().quote(
        new QuoteInstallments.Command(AMOUNT, "TRY", BIN, Set.of())), "the installment quote");
    quotes.card().forEach(card -> say.fact("card: " + describe(card)));
    TextTable table = TextTable.of("count", "provider", "channel", "per installment", "total",
        "customer rate").right(0, 3, 4, 5);
    for (InstallmentOption option : quotes.offers().options()) {
      table.row(option.count(), Narration.provider(option.provider()),
          option.channel().getOrElse("-"), money(option.perInstallment()), money(option.total()),
          Narration.percent(option.customerInterestRate()));
    }
    say.table(table);
    List<ProviderId> kept = quotes.offers().providers().toList();
    say.fact("the cheapest plan per count is kept: " + kept.map(provider -> Narration.provider(
        provider) + " " + quotes.offers().options().count(o -> o.provider().equals(provider)))
        .mkString(", ") + (quotes.problems().isEmpty() ? "" : "; no plans from "
        + quotes.problems().map(p -> Narration.provider(p.provider()) + " (" + p.kind() + ": "
            + p.reason() + ")").mkString(", ")));
    check(quotes.problems().isEmpty(), "plans from every provider, missing "
        + quotes.problems().map(p -> p.provider().value()).mkString(", "));
  }

  private static String describe(CardProfile card) {
    String name = List.of(card.bank(), card.brand(), card.family()).flatMap(part -> part)
        .mkString(" ");
    String kind = card.kind() == CardKind.UNKNOWN ? "" : lower(card.kind().name());
    String type = card.type() == CardType.UNKNOWN ? "" : lower(card.type().name());
    String details = (kind + " " + type).trim();
    return name + (details.isEmpty() ? "" : ", " + details);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
