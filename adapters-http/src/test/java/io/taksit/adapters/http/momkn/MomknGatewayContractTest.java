package io.taksit.adapters.http.momkn;

import io.taksit.adapters.http.contract.BillingGatewayContract;
import io.taksit.adapters.http.contract.BillingStubScript;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.application.port.out.BillingGateway;
import java.time.Clock;

/** Momkn against the whole billing contract: happy paths and the fault matrix. */
class MomknGatewayContractTest extends BillingGatewayContract {

  @Override
  protected BillingStubScript script() {
    return new MomknStubScript();
  }

  @Override
  protected BillingGateway gatewayAt(String baseUrl, HttpSettings settings) {
    return new MomknGateway(MomknStubScript.config(baseUrl, settings), HttpCalls.of(settings),
        Clock.systemUTC());
  }
}
