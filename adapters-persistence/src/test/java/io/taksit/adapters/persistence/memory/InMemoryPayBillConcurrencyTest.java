package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.usecase.PayBillConcurrencyContract;

/** 32 threads × 200 payments sharing 50 keys on the in-memory repository. */
class InMemoryPayBillConcurrencyTest extends PayBillConcurrencyContract {
  @Override
  protected PaymentRepository newRepository() {
    return new InMemoryPaymentRepository();
  }
}
