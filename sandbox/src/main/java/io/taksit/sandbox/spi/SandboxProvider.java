package io.taksit.sandbox.spi;

import io.taksit.domain.provider.ProviderId;
import java.time.LocalDate;

/**
 * One provider of the sandbox, as the sandbox finds it: through {@link java.util.ServiceLoader},
 * from a line in a jar's {@code META-INF/services/io.taksit.sandbox.spi.SandboxProvider}. Adding
 * a provider to the sandbox adds its package and that line; nothing in the sandbox's shared
 * packages names it, so the server, the faults and the ledger never change for a new provider.
 *
 * <p>A provider brings its seed data (what it knows when a sandbox starts: accounts, bills,
 * installment tables), immutable and of its own type {@code D}, so that a test can start a
 * sandbox on other data ({@code SandboxSettings.withProviderData}) and get it back type-safely.
 * Each sandbox started asks for a new {@link ProviderEndpoint} holding mutable books built from
 * that data: two sandboxes never share a balance.
 *
 * <p>An implementation has a public no-argument constructor and no state of its own.
 *
 * @param <D> its seed data
 */
public interface SandboxProvider<D> {

  /** The provider's id: the same as Taksit's ({@code providers.<id>}, a biller's provider). */
  ProviderId id();

  /** The type of its seed data: a data override in the settings must be of it. */
  Class<D> dataType();

  /** The demo's seed data, its dates counted from {@code today}. */
  D demoData(LocalDate today);

  /**
   * A new endpoint for one sandbox, over {@link SandboxContext#data()}; its
   * {@link ProviderEndpoint#provider()} is {@link #id()}.
   */
  ProviderEndpoint endpoint(SandboxContext<D> context);
}
