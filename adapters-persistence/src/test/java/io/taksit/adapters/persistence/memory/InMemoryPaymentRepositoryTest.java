package io.taksit.adapters.persistence.memory;

import io.taksit.application.contract.PaymentRepositoryContract;
import io.taksit.application.port.out.PaymentRepository;

/** The in-memory repository keeps the same promises as the durable one. */
class InMemoryPaymentRepositoryTest extends PaymentRepositoryContract {

  @Override
  protected PaymentRepository newRepository() {
    return new InMemoryPaymentRepository();
  }
}
