package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.usecase.PaymentUseCasesContract;
import io.taksit.application.port.out.PaymentRepository;

/** The payment use cases, end to end on the JDBC repository over PostgreSQL. */
class PostgresPaymentUseCasesTest extends PaymentUseCasesContract {

  @Override
  protected PaymentRepository newRepository() {
    return new JdbcPaymentRepository(EmbeddedPostgresHolder.emptied());
  }
}
