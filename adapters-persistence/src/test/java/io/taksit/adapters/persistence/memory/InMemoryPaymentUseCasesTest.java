package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.usecase.PaymentUseCasesContract;

/** The payment use cases, end to end on the in-memory repository. */
class InMemoryPaymentUseCasesTest extends PaymentUseCasesContract {
  @Override
  protected PaymentRepository newRepository() {
    return new InMemoryPaymentRepository();
  }
}
