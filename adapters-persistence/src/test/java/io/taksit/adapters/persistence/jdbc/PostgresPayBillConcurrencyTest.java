package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.usecase.PayBillConcurrencyContract;
import io.taksit.application.port.out.PaymentRepository;

/** Concurrent pay-bill calls on the JDBC repository over PostgreSQL. */
class PostgresPayBillConcurrencyTest extends PayBillConcurrencyContract {

  @Override
  protected PaymentRepository newRepository() {
    return new JdbcPaymentRepository(EmbeddedPostgresHolder.emptied());
  }
}
