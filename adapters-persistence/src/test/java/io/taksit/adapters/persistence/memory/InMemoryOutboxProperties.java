package io.taksit.adapters.persistence.memory;

import io.taksit.application.contract.OutboxContract;
import io.taksit.application.contract.OutboxDeliveryProperties;

/** Random delivery histories against the in-memory outbox. */
class InMemoryOutboxProperties extends OutboxDeliveryProperties {

  @Override
  protected OutboxContract.Store newStore() {
    InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    return new OutboxContract.Store(payments, payments.outbox());
  }
}
