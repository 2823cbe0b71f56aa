package io.taksit.sandbox.spi;

import io.taksit.sandbox.SandboxOperation;
import java.util.Objects;

/**
 * Where a request path leads within one provider: the operation (what fault plans choose by),
 * the HTTP method it must use, and the path's one variable segment (an account or service id in
 * the path; empty when the path has none).
 */
public record Route(SandboxOperation operation, String method, String parameter) {

  public Route {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(parameter, "parameter");
  }
}
