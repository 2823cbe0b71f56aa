/**
 * Outbound ports kept in this JVM's memory: for tests, demos and single-instance hosts that can
 * afford to lose their state on restart. Every class here is thread-safe and behaves like its
 * durable counterpart: the repository and its outbox, catalog, schedules, bills and quotes pass
 * the same contract tests as the JDBC ones.
 */
package io.taksit.adapters.persistence.memory;
