package io.taksit.sandbox.teqpay;

import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.SandboxContext;
import io.taksit.sandbox.spi.SandboxProvider;
import java.time.LocalDate;

/**
 * Teqpay in the sandbox, found through the sandbox SPI ({@code META-INF/services}): an
 * installment table ({@link TeqpayTable}, the demo's in {@link TeqpayDemo}), no dates, no bills,
 * so no generated accounts.
 */
public final class TeqpaySandbox implements SandboxProvider<TeqpayTable> {

  /** The provider's id, as Taksit's Teqpay adapter has it. */
  public static final ProviderId ID = new ProviderId("teqpay");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Class<TeqpayTable> dataType() {
    return TeqpayTable.class;
  }

  @Override
  public TeqpayTable demoData(LocalDate today) {
    return TeqpayDemo.table();
  }

  @Override
  public ProviderEndpoint endpoint(SandboxContext<TeqpayTable> context) {
    return new TeqpayEndpoint(context.data(), TeqpayCredentials.demo());
  }
}
