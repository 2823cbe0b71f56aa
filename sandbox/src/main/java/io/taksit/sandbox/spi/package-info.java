/**
 * The sandbox's provider SPI: how the sandbox finds providers without naming them. A provider
 * implements {@link io.taksit.sandbox.spi.SandboxProvider} and registers it in
 * {@code META-INF/services/io.taksit.sandbox.spi.SandboxProvider}; for each sandbox started it
 * makes a {@link io.taksit.sandbox.spi.ProviderEndpoint} from a
 * {@link io.taksit.sandbox.spi.SandboxContext}, which serves the provider's paths
 * ({@link io.taksit.sandbox.spi.Route}, {@link io.taksit.sandbox.spi.SandboxCall},
 * {@link io.taksit.sandbox.spi.SandboxReply}, {@link io.taksit.sandbox.spi.InvalidRequest}) and
 * says how Taksit is configured for it. Tools for writing an endpoint live in
 * {@code io.taksit.sandbox.support}. This package names no provider.
 */
package io.taksit.sandbox.spi;
