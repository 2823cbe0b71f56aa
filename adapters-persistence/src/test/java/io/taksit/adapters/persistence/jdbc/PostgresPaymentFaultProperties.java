package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.usecase.PaymentFaultProperties;

/** Random provider faults, retries and checks against the JDBC repository over PostgreSQL. */
class PostgresPaymentFaultProperties extends PaymentFaultProperties {

  @Override
  protected PaymentRepository newRepository() {
    return new JdbcPaymentRepository(EmbeddedPostgresHolder.emptied());
  }
}
