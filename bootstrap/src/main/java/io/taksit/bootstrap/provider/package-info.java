/**
 * Providers as the wiring holds them: a provider found through the SPI
 * ({@code io.taksit.adapters.http.spi}) with its configuration. Names no provider.
 */
package io.taksit.bootstrap.provider;
