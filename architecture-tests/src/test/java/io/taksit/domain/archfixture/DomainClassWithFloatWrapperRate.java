package io.taksit.domain.archfixture;

/** Breaks CORE_HAS_NO_FLOATING_POINT_FIELDS: a boxed Float rate. */
public final class DomainClassWithFloatWrapperRate {

  public Float interestRate = 1.5f;
}
