package io.taksit.application.port.in.archfixture;

/** Breaks PORTS_ARE_INTERFACES: a concrete class posing as an inbound port. */
public class ClassPort {

  public String payBill(String account) {
    return account;
  }
}
