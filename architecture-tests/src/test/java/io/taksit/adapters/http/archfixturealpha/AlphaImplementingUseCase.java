package io.taksit.adapters.http.archfixturealpha;

import io.taksit.application.port.in.archfixture.PayBillFixtureResult;
import io.taksit.application.port.in.archfixture.PayBillFixtureUseCase;

/** Breaks ADAPTERS_DO_NOT_IMPLEMENT_INBOUND_PORTS: an adapter implementing a use case. */
public final class AlphaImplementingUseCase implements PayBillFixtureUseCase {

  @Override
  public PayBillFixtureResult payBill(Command command) {
    return new PayBillFixtureResult(command.account(), null);
  }
}
