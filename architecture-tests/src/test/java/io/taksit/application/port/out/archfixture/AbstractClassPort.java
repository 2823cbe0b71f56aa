package io.taksit.application.port.out.archfixture;

/** Breaks PORTS_ARE_INTERFACES: an abstract class is not an interface. */
public abstract class AbstractClassPort {

  public abstract String loadBill(String account);
}
