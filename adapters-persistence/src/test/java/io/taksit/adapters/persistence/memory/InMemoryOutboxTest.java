package io.taksit.adapters.persistence.memory;

import io.taksit.application.contract.OutboxContract;

/** The in-memory outbox, fed by its repository, keeps the outbox contract. */
class InMemoryOutboxTest extends OutboxContract {

  @Override
  protected Store newStore() {
    InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    return new Store(payments, payments.outbox());
  }
}
