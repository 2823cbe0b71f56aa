package io.taksit.domain.archfixture;

/** Breaks CORE_HAS_NO_FLOATING_POINT_FIELDS: a primitive double amount. */
public final class DomainClassWithDoubleAmount {

  public double amount = 0.1;
}
