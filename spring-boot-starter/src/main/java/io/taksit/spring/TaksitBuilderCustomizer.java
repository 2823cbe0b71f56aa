package io.taksit.spring;

import io.taksit.bootstrap.Taksit;

/**
 * Adds to the builder of the application's Taksit before it is built (a clock, resilience
 * settings, a gateway of the application's own). Every such bean is applied, in order.
 */
@FunctionalInterface
public interface TaksitBuilderCustomizer {

  void customize(Taksit.Builder builder);
}
