/**
 * Taksit's configuration file: YAML (or Java properties) read into a file model, environment
 * variables substituted into its values, checked all at once (Hibernate Validator on the model,
 * then the domain's and the adapters' own rules), and turned into a {@link
 * io.taksit.bootstrap.Taksit}. Every key is documented in {@code docs/configuration.md}.
 */
package io.taksit.bootstrap.config;
