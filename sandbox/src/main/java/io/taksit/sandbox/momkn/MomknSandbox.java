package io.taksit.sandbox.momkn;

import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.SandboxContext;
import io.taksit.sandbox.spi.SandboxProvider;
import io.taksit.sandbox.support.BearerTokens;
import java.time.LocalDate;

/**
 * Momkn in the sandbox, found through the sandbox SPI ({@code META-INF/services}): service 362
 * and its accounts ({@link MomknService}, the demo's in {@link MomknDemo}), with generated
 * accounts added when the settings ask for them.
 */
public final class MomknSandbox implements SandboxProvider<MomknService> {

  /** The provider's id, as Taksit's Momkn adapter has it. */
  public static final ProviderId ID = new ProviderId("momkn");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Class<MomknService> dataType() {
    return MomknService.class;
  }

  @Override
  public MomknService demoData(LocalDate today) {
    return MomknDemo.service(today);
  }

  @Override
  public ProviderEndpoint endpoint(SandboxContext<MomknService> context) {
    MomknService service = context.data()
        .withGeneratedAccounts(context.generatedAccounts(), context.today());
    MomknBook book = new MomknBook(service, context.ledger(), context.clock(),
        context.settings().billLifetime());
    return new MomknEndpoint(book, MomknCredentials.demo(),
        new BearerTokens(context.clock(), context.settings().tokenLifetime()));
  }
}
