package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.usecase.PayBillConcurrencyContract;

/** Concurrent pay-bill calls on the JDBC repository over H2. */
class H2PayBillConcurrencyTest extends PayBillConcurrencyContract {

  @Override
  protected PaymentRepository newRepository() {
    return new JdbcPaymentRepository(H2Databases.fresh());
  }
}
