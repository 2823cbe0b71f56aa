/**
 * Wiring and configuration: the {@code Taksit} builder, and providers found through the provider
 * SPI. The only module (with the CLI that opens a store) that names concrete adapters.
 */
package io.taksit.bootstrap;
