/**
 * Taksit configured for the embedded provider sandbox, shared by {@code taksit demo} and
 * {@code taksit sandbox}: the sandbox's ready configuration as YAML and as a checked
 * {@code TaksitConfig}, and the H2 store that starts empty with the sandbox. Nothing here names
 * a provider: the providers and billers come from the sandbox's providers themselves.
 */
package io.taksit.cli.sandbox;
