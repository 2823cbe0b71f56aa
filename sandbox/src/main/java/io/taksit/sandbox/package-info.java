/**
 * The embedded provider sandbox: a loopback HTTP server that speaks each installed provider's
 * wire format exactly as {@code docs/providers-wire.md} writes it, with seeded bills, switchable
 * faults and an honest ledger of every charge it makes.
 *
 * <p>It exists so that the demo, the end-to-end tests, the chaos test and the benchmarks drive the
 * real HTTP adapters against something that moves "money" the way a provider does, including the
 * nasty cases (the provider charged but the answer was lost), and then lets them check that the
 * provider's ledger and Taksit's records agree. Entry point: {@link
 * io.taksit.sandbox.ProviderSandbox}, which also writes the ready configuration that talks to it.
 *
 * <p>This package is the server, the faults ({@link io.taksit.sandbox.FaultPlan}) and the ledger
 * ({@link io.taksit.sandbox.SandboxLedger}); it names no provider. Providers come through the
 * SPI of {@code io.taksit.sandbox.spi}, each in a package of its own.
 */
package io.taksit.sandbox;
