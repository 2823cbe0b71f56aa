package io.taksit.application.port.in.archfixture;

/** A top-level record beside its port: allowed, it is a value the port carries. */
public record PayBillFixtureResult(String paymentId, PayBillFixtureOutcome outcome) {}
