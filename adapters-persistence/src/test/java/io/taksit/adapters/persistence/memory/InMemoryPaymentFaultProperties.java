package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.usecase.PaymentFaultProperties;

/** Random provider faults, retries and checks against the in-memory repository. */
class InMemoryPaymentFaultProperties extends PaymentFaultProperties {
  @Override
  protected PaymentRepository newRepository() {
    return new InMemoryPaymentRepository();
  }
}
