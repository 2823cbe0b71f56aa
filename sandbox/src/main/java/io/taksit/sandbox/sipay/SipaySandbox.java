package io.taksit.sandbox.sipay;

import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.SandboxContext;
import io.taksit.sandbox.spi.SandboxProvider;
import io.taksit.sandbox.support.BearerTokens;
import java.time.LocalDate;

/**
 * Sipay Wallet in the sandbox, found through the sandbox SPI ({@code META-INF/services}): one
 * institution, its subscribers and paying wallets ({@link SipayInstitution}, the demo's in
 * {@link SipayDemo}), with generated subscribers added when the settings ask for accounts.
 */
public final class SipaySandbox implements SandboxProvider<SipayInstitution> {

  /** The provider's id, as Taksit's Sipay adapter has it. */
  public static final ProviderId ID = new ProviderId("sipay");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Class<SipayInstitution> dataType() {
    return SipayInstitution.class;
  }

  @Override
  public SipayInstitution demoData(LocalDate today) {
    return SipayDemo.institution(today);
  }

  @Override
  public ProviderEndpoint endpoint(SandboxContext<SipayInstitution> context) {
    SipayInstitution institution = context.data()
        .withGeneratedSubscribers(context.generatedAccounts(), context.today());
    return new SipayEndpoint(new SipayBook(institution, context.ledger()),
        SipayCredentials.demo(),
        new BearerTokens(context.clock(), context.settings().tokenLifetime()));
  }
}
