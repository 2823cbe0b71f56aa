package io.taksit.application.port.in.archfixture;

/** A well-formed inbound port: an interface, with its command nested as a record. */
public interface PayBillFixtureUseCase {

  PayBillFixtureResult payBill(Command command);

  /** Nested values are not checked by PORTS_ARE_INTERFACES. */
  record Command(String account) {}
}
