/**
 * The outbound ports in a relational database over plain JDBC: PostgreSQL in production, H2
 * (PostgreSQL mode) embedded. Payments ({@link io.taksit.adapters.persistence.jdbc.JdbcPaymentRepository})
 * and their transactional outbox ({@link io.taksit.adapters.persistence.jdbc.JdbcPaymentOutbox}),
 * the biller catalog, fee schedules, inquired bills and fee quotes, so that several host
 * instances sharing one database serve the same customers. The schema is created by Flyway from
 * {@code io/taksit/db/migration} ({@link io.taksit.adapters.persistence.jdbc.DataSources#migrate}).
 */
package io.taksit.adapters.persistence.jdbc;
