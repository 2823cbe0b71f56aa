package io.taksit.domain.installment;

import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a provider said about one plan beyond the figures Taksit computes with: facts a host needs
 * to route or explain the later payment, kept verbatim and never used to rank or to allocate.
 *
 * @param channelId              the provider's id of the channel (Paywall's numeric
 *                               {@code PaymentGatewayId}), beside the channel's name
 * @param commissionType         who bears the commission, when the provider says
 * @param commissionText         the provider's own words for it ("Komisyon İçinde")
 * @param providerPerInstallment one installment as the provider rounds it (Teqpay
 *                               {@code AmountToPaid}); the schedule stays the exact allocation of
 *                               the total
 * @param notes                  plain sentences for a person, e.g. "Teqpay's figures disagree by
 *                               0.01 TRY: …"
 */
public record OptionDetails(Option<String> channelId, Option<CommissionType> commissionType,
    Option<String> commissionText, Option<Money> providerPerInstallment, List<String> notes) {

  /** Nothing beyond the figures. */
  public static final OptionDetails NONE = new OptionDetails(Option.none(), Option.none(),
      Option.none(), Option.none(), List.empty());

  public OptionDetails {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(commissionType, "commissionType");
    Objects.requireNonNull(commissionText, "commissionText");
    Objects.requireNonNull(providerPerInstallment, "providerPerInstallment");
    Objects.requireNonNull(notes, "notes");
  }

  public OptionDetails withChannelId(String id) {
    return new OptionDetails(Option.of(id).map(String::strip).filter(text -> !text.isEmpty()),
        commissionType, commissionText, providerPerInstallment, notes);
  }

  public OptionDetails withCommission(CommissionType type, String text) {
    return new OptionDetails(channelId, Option.of(type), Option.of(text), providerPerInstallment,
        notes);
  }

  OptionDetails withProviderPerInstallment(Money perInstallment, Option<String> note) {
    return new OptionDetails(channelId, commissionType, commissionText,
        Option.some(perInstallment), notes.appendAll(note));
  }
}
