package io.taksit.sandbox;

/**
 * Where a request path leads within one provider: the operation, the HTTP method it must use,
 * and the path's one variable segment (Momkn's {@code {accountId}} or {@code {serviceId}}; empty
 * when the path has none).
 */
record Route(SandboxOperation operation, String method, String parameter) {
}
