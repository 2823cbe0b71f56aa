package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.usecase.PaymentUseCasesContract;

/** The payment use cases, end to end on the JDBC repository over H2. */
class H2PaymentUseCasesTest extends PaymentUseCasesContract {

  @Override
  protected PaymentRepository newRepository() {
    return new JdbcPaymentRepository(H2Databases.fresh());
  }
}
