package io.taksit.adapters.http.teqpay;

import io.taksit.adapters.http.contract.InstallmentGatewayContract;
import io.taksit.adapters.http.contract.InstallmentStubScript;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.application.port.out.InstallmentGateway;

/** Teqpay against the installment contract: quote, refusal, integrity, the read fault matrix. */
class TeqpayGatewayContractTest extends InstallmentGatewayContract {

  @Override
  protected InstallmentStubScript script() {
    return new TeqpayStubScript();
  }

  @Override
  protected InstallmentGateway gatewayAt(String baseUrl, HttpSettings settings) {
    return TeqpaySamples.gateway(TeqpaySamples.config(baseUrl, settings));
  }
}
