package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.contract.PaymentRepositoryContract;
import io.taksit.application.port.out.PaymentRepository;

/** The JDBC repository on H2 in PostgreSQL mode keeps the repository contract. */
class H2PaymentRepositoryTest extends PaymentRepositoryContract {

  @Override
  protected PaymentRepository newRepository() {
    return new JdbcPaymentRepository(H2Databases.fresh());
  }
}
