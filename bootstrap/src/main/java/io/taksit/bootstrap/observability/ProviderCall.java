package io.taksit.bootstrap.observability;

import io.taksit.domain.bill.BillerId;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One call to a provider, described by what may be told about it: the provider, the kind of call
 * and the biller (configured, so bounded). Never an account, an amount, a card or a payment id.
 */
public record ProviderCall(ProviderId provider, CallKind kind, Option<BillerId> biller) {

  public ProviderCall {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(biller, "biller");
  }
}
