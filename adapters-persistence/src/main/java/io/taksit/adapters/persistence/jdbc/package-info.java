/**
 * Payments in a relational database over plain JDBC: PostgreSQL in production, H2 (PostgreSQL
 * mode) embedded. The schema is created by Flyway from {@code db/migration}.
 */
package io.taksit.adapters.persistence.jdbc;
