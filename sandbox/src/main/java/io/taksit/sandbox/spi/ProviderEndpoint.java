package io.taksit.sandbox.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.SandboxOperation;
import io.vavr.control.Option;
import java.net.URI;
import java.util.List;

/**
 * One provider's side of a started sandbox: its paths, its business logic, its error envelope,
 * and how Taksit is configured to talk to it. The sandbox's request pipeline owns everything
 * else (routing to the provider, faults, writing the answer), so that an endpoint reads as the
 * provider's rules only. Made by its {@link SandboxProvider} for each sandbox started, and called
 * from many server threads at once: an endpoint that keeps balances guards them itself.
 */
public interface ProviderEndpoint {

  /** Which provider: the {@link SandboxProvider#id()} it was made by. */
  ProviderId provider();

  /**
   * The path the provider is served under: starts with "/", no trailing slash, unique among the
   * sandbox's providers (e.g. {@code /acme/api/v1}). Its base URL is
   * {@code http://127.0.0.1:{port}} followed by it.
   */
  String basePath();

  /** Where a path (relative to {@link #basePath()}, starting with "/") leads, if anywhere. */
  Option<Route> route(String path);

  /**
   * Processes a request as the provider would: authenticates it, reads it, moves money if it
   * says so (recording the charge in the sandbox's ledger). Throws {@link InvalidRequest} for a
   * request it cannot read, before any change.
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

  /**
   * Every bearer token issued so far stops working, so that a client must go through its
   * refresh path. Nothing for a provider without tokens.
   */
  default void expireTokens() {
  }

  /**
   * This provider's section of a ready Taksit configuration ({@code providers.<id>} of
   * {@code docs/configuration.md}): the base URL and the credentials the sandbox accepts, plus
   * whatever else the section requires, so that a host can talk to the sandbox with no editing.
   * The credentials are written as values: they are the sandbox's demo credentials, not secrets
   * of anyone's. A new tree on every call.
   *
   * @param baseUrl where the sandbox serves this provider
   */
  ObjectNode configuration(URI baseUrl);

  /**
   * The billers a ready configuration offers through this provider ({@code billers[]} entries of
   * {@code docs/configuration.md}), matching what its data lets customers pay; none for a
   * provider that only quotes installments. New trees on every call.
   */
  default List<ObjectNode> billers() {
    return List.of();
  }
}
