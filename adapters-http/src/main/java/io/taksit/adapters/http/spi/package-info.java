/**
 * The provider SPI: how Taksit finds providers without naming them. A provider implements
 * {@link io.taksit.adapters.http.spi.ProviderPlugin} and registers it in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}; the configuration, the
 * CLI and log masking find it through {@link io.taksit.adapters.http.spi.ProviderPlugins}. This
 * package names no provider.
 */
package io.taksit.adapters.http.spi;
