package io.taksit.adapters.http.paywall;

import io.taksit.adapters.http.contract.InstallmentGatewayContract;
import io.taksit.adapters.http.contract.InstallmentStubScript;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway;
import java.time.Clock;

/** Paywall passes the installment contract with parameters sent as query parameters too. */
class PaywallGatewayQueryContractTest extends InstallmentGatewayContract {

  @Override
  protected InstallmentStubScript script() {
    return new PaywallStubScript();
  }

  @Override
  protected InstallmentGateway gatewayAt(String baseUrl, HttpSettings settings) {
    PaywallConfig config = PaywallConfig.of(baseUrl, Secret.of(PaywallStubScript.CONTRACT_KEY),
        Secret.of(PaywallStubScript.CONTRACT_CLIENT)).withHttp(settings).withParametersAsHeaders(false);
    return new PaywallGateway(config, HttpCalls.of(settings), Clock.systemUTC());
  }
}
