package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.contract.PaymentRepositoryContract;
import io.taksit.application.port.out.PaymentRepository;

/** The JDBC repository on the embedded PostgreSQL keeps the repository contract. */
class PostgresPaymentRepositoryTest extends PaymentRepositoryContract {

  @Override
  protected PaymentRepository newRepository() {
    return new JdbcPaymentRepository(EmbeddedPostgresHolder.emptied());
  }
}
