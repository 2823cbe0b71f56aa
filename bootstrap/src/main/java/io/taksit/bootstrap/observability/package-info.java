/**
 * What a host sees of Taksit while it runs: every provider call observed (its kind, outcome and
 * time), each provider's last call for health reports, and, when the host gives Micrometer
 * registries, meters and observations with bounded, secret-free tags ({@code docs/observability.md}).
 * Micrometer is an optional dependency: only {@link MicrometerInstrumentation} and
 * {@link ObservedUseCases} touch it, and they are loaded only when a registry is given.
 */
package io.taksit.bootstrap.observability;
