package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.contract.BillingGatewayContract;
import io.taksit.adapters.http.contract.BillingStubScript;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.application.port.out.BillingGateway;
import java.time.Clock;

/** Sipay Wallet against the whole billing contract, on the seed's samples. */
class SipayGatewayContractTest extends BillingGatewayContract {

  @Override
  protected BillingStubScript script() {
    return new SipayStubScript();
  }

  @Override
  protected BillingGateway gatewayAt(String baseUrl, HttpSettings settings) {
    SipayConfig config = SipaySamples.config(baseUrl).withHttp(settings);
    return new SipayGateway(config, HttpCalls.of(settings), Clock.systemUTC());
  }
}
