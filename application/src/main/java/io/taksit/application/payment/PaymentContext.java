package io.taksit.application.payment;

import io.taksit.application.gateway.GatewayCalls;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.port.out.PaymentEvents;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.payment.CheckSchedule;
import java.time.Clock;
import java.util.Objects;

/**
 * What every payment use case needs: validation, the catalog, the gateways and how to call them,
 * the repository, the event sink, the clock and the status-check schedule.
 */
public record PaymentContext(CommandValidator validator, BillerCatalog catalog,
    GatewayRegistry gateways, GatewayCalls calls, PaymentRepository payments,
    PaymentEvents events, Clock clock, CheckSchedule schedule) {

  public PaymentContext {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(gateways, "gateways");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * The schedule of a payment whose call is about to be sent (new, or retried): its first look
   * waits twice the gateway deadline. The call has given up by one deadline; the second is for
   * the provider, which may still be working on a request it received late. Before that, a
   * "not found" from the provider means nothing: the request may not have arrived yet.
   */
  CheckSchedule sendingSchedule() {
    return schedule.firstLookNoSoonerThan(calls.deadline().multipliedBy(2));
  }

  PaymentRecorder recorder() {
    return new PaymentRecorder(payments, events);
  }
}
