/**
 * What every provider adapter shares: typed secrets and endpoints, timeouts and retry policy, the
 * Feign client factory, the classification of an HTTP exchange into a {@link
 * io.taksit.adapters.http.support.HttpResult}, its mapping onto Taksit's outcome taxonomy, bearer
 * tokens, Retry-After, the amount integrity check and a log that never prints a secret or a card.
 */
package io.taksit.adapters.http.support;
