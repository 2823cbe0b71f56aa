package io.taksit.adapters.http.iyzico;

import io.taksit.adapters.http.contract.InstallmentGatewayContract;
import io.taksit.adapters.http.contract.InstallmentStubScript;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.application.port.out.InstallmentGateway;

/** iyzico against the installment contract: quote, refusal, integrity, the read fault matrix. */
class IyzicoGatewayContractTest extends InstallmentGatewayContract {

  @Override
  protected InstallmentStubScript script() {
    return new IyzicoStubScript();
  }

  @Override
  protected InstallmentGateway gatewayAt(String baseUrl, HttpSettings settings) {
    return IyzicoSamples.gateway(IyzicoSamples.config(baseUrl, settings));
  }
}
