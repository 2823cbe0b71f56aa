package io.taksit.sandbox;

import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;

/**
 * One provider's side of the sandbox: its paths, its business logic, its error envelope. The
 * request pipeline ({@link ProviderExchange}) owns everything else (routing to the provider,
 * faults, writing the answer), so that a provider class reads as the provider's rules only.
 */
interface ProviderEndpoint {

  /** Which provider. */
  ProviderId provider();

  /** The path the provider is served under, without a trailing slash. */
  String basePath();

  /** Where a path (relative to {@link #basePath()}, starting with "/") leads, if anywhere. */
  Option<Route> route(String path);

  /**
   * Processes a request as the provider would: authenticates it, reads it, moves money if it
   * says so. Throws {@link InvalidRequest} for a request it cannot read, before any change.
   */
  SandboxReply handle(SandboxCall call);

  /** The provider's error envelope for an HTTP error status. */
  SandboxReply error(int status, String message);

  /** The start of a success answer, cut off mid-way: what a malformed-body fault sends. */
  byte[] truncatedAnswer(SandboxOperation operation);

  /** A routed request has arrived and is about to go through its fault; see {@link #departed}. */
  default void arrived(SandboxCall call) {
  }

  /** The request that {@link #arrived} is over, answered or not. */
  default void departed(SandboxCall call) {
  }
}
