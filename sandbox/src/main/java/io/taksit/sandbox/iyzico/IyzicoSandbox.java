package io.taksit.sandbox.iyzico;

import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.SandboxContext;
import io.taksit.sandbox.spi.SandboxProvider;
import java.time.LocalDate;

/**
 * iyzico's installment inquiry in the sandbox, registered in
 * {@code META-INF/services/io.taksit.sandbox.spi.SandboxProvider}.
 */
public final class IyzicoSandbox implements SandboxProvider<IyzicoTable> {

  /** The provider's id, as Taksit's iyzico adapter has it. */
  public static final ProviderId ID = new ProviderId("iyzico");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Class<IyzicoTable> dataType() {
    return IyzicoTable.class;
  }

  @Override
  public IyzicoTable demoData(LocalDate today) {
    return IyzicoDemo.table();
  }

  @Override
  public ProviderEndpoint endpoint(SandboxContext<IyzicoTable> context) {
    return new IyzicoEndpoint(context.data(), IyzicoCredentials.demo(), context.clock());
  }
}
