package io.taksit.sandbox;

import io.taksit.domain.provider.ProviderId;
import java.util.Objects;

/**
 * What a {@link FaultPlan} sees of a request before deciding its fault: which provider, which
 * operation, and the request's sequence number (1, 2, … over the sandbox's life, across all
 * providers), so that a seeded plan decides the same way for the same sequence.
 */
public record SandboxRequest(ProviderId provider, SandboxOperation operation, long sequence) {

  public SandboxRequest {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(operation, "operation");
  }
}
