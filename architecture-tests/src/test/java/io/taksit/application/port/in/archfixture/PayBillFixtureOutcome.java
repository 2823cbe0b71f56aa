package io.taksit.application.port.in.archfixture;

/** A top-level enum beside its port: allowed, it is a value the port carries. */
public enum PayBillFixtureOutcome {
  SUCCEEDED,
  DECLINED
}
