package io.taksit.adapters.http.archfixturealpha;

import io.taksit.application.port.out.archfixture.LoadBillFixturePort;

/** Allowed by ADAPTERS_DO_NOT_IMPLEMENT_INBOUND_PORTS: adapters implement outbound ports. */
public final class AlphaBillLoader implements LoadBillFixturePort {

  @Override
  public String loadBill(String account) {
    return account;
  }
}
