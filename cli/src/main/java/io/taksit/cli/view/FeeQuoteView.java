package io.taksit.cli.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import java.util.Locale;

/**
 * {@code taksit fees}: a quote to pay with, its figures at the top level of the document (not
 * nested as in a payment) because the quote is the whole answer.
 */
public record FeeQuoteView(String quoteId, String billReference, @JsonUnwrapped FeeView quote,
    String quotedAt) implements View {

  public static FeeQuoteView of(QuotedFee quoted) {
    return new FeeQuoteView(quoted.id(), quoted.billReference().value(),
        FeeView.of(quoted.quote()), quoted.quotedAt().toString());
  }

  @Override
  public String text() {
    String currency = quote.currency();
    return "Fee quote " + quoteId + System.lineSeparator() + new Details()
        .add("bill", billReference)
        .add("amount", Texts.money(quote.amount(), currency))
        .add("fee", Texts.money(quote.fee(), currency))
        .add("tax", Texts.money(quote.tax(), currency))
        .add("discount", Texts.money(quote.discount(), currency))
        .add("total", Texts.money(quote.total(), currency))
        .add("source", quote.source().name().toLowerCase(Locale.ROOT))
        .render("  ")
        + System.lineSeparator()
        + "Pay it with: taksit pay --quote " + quoteId + " --bill " + billReference
        + " --amount " + quote.amount().toPlainString() + " --currency " + currency
        + " --key <idempotency key>" + System.lineSeparator();
  }
}
