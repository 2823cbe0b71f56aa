package io.taksit.application.port.out.archfixture;

/** A well-formed outbound port. */
public interface LoadBillFixturePort {

  String loadBill(String account);
}
