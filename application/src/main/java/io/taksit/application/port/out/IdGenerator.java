package io.taksit.application.port.out;

import io.taksit.domain.payment.PaymentId;

/** New identifiers. Payment ids double as providers' de-duplication keys, so they never repeat. */
public interface IdGenerator {

  PaymentId newPaymentId();

  String newQuoteId();
}
