package io.taksit.sandbox.paywall;

import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.SandboxContext;
import io.taksit.sandbox.spi.SandboxProvider;
import java.time.LocalDate;

/**
 * Paywall in the sandbox, found through the sandbox SPI ({@code META-INF/services}): an
 * installment table ({@link PaywallTable}, the demo's in {@link PaywallDemo}), no dates, no
 * bills, so no generated accounts.
 */
public final class PaywallSandbox implements SandboxProvider<PaywallTable> {

  /** The provider's id, as Taksit's Paywall adapter has it. */
  public static final ProviderId ID = new ProviderId("paywall");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Class<PaywallTable> dataType() {
    return PaywallTable.class;
  }

  @Override
  public PaywallTable demoData(LocalDate today) {
    return PaywallDemo.table();
  }

  @Override
  public ProviderEndpoint endpoint(SandboxContext<PaywallTable> context) {
    return new PaywallEndpoint(context.data(), PaywallCredentials.demo());
  }
}
