package io.taksit.domain.archfixture;

/** Breaks CORE_HAS_NO_FLOATING_POINT_FIELDS: an array of doubles is still floating point. */
public final class DomainClassWithDoubleArray {

  public double[] installments = {0.1, 0.2};
}
