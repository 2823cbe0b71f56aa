/**
 * The embedded provider sandbox: a loopback HTTP server that speaks the four providers' wire
 * formats exactly as {@code docs/providers-wire.md} writes them (Momkn service 362, Sipay Wallet
 * invoice payment, Paywall and Teqpay installment inquiry), with seeded bills, switchable faults
 * and an honest ledger of every charge it makes.
 *
 * <p>It exists so that the demo, the end-to-end tests, the chaos test and the benchmarks drive the
 * real HTTP adapters against something that moves "money" the way a provider does, including the
 * nasty cases (the provider charged but the answer was lost), and then lets them check that the
 * provider's ledger and Taksit's records agree. Entry point: {@link
 * io.taksit.sandbox.ProviderSandbox}.
 */
package io.taksit.sandbox;
