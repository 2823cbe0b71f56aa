package io.taksit.application.port.out;

import io.taksit.domain.card.CardBin;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** A provider that quotes card installment plans (Paywall, Teqpay). Reads only. */
public interface InstallmentGateway {

  ProviderId provider();

  /** The plans the provider offers for {@code amount}, for a card BIN when one is given. */
  ReadOutcome<InstallmentQuote> quote(InstallmentRequest request);

  record InstallmentRequest(Money amount, Option<CardBin> bin) {}

  /** The provider's view of the card and its plans. */
  record InstallmentQuote(CardProfile card, List<InstallmentOption> options) {}
}
