/**
 * Taksit in a Spring Boot application: {@code taksit.*} in the host's {@code application.yml}
 * (the keys of {@code taksit.yaml}), the host's {@code DataSource}, {@code MeterRegistry},
 * {@code ObservationRegistry} and {@code PaymentEventHandler} beans, every use case as a bean,
 * the runtime tied to the application context, and health per provider.
 */
package io.taksit.spring;
