/**
 * Tools for writing a provider's sandbox endpoint: strict JSON reading and exact-decimal writing
 * ({@link io.taksit.sandbox.support.Json}), bearer tokens on the sandbox's clock
 * ({@link io.taksit.sandbox.support.BearerTokens}), checks for seed data
 * ({@link io.taksit.sandbox.support.Seeds}). Shared by the providers, so it names none of them.
 */
package io.taksit.sandbox.support;
