/**
 * A circuit breaker and a bulkhead per provider (Resilience4j), around every gateway the wiring
 * makes: a provider that is down is refused before sending (NOT_PROCESSED, safe to retry), not
 * piled up as UNKNOWN payments. Names no provider.
 */
package io.taksit.bootstrap.resilience;
