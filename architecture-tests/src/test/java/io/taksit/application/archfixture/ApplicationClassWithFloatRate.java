package io.taksit.application.archfixture;

/** Breaks CORE_HAS_NO_FLOATING_POINT_FIELDS: a primitive float. */
public final class ApplicationClassWithFloatRate {

  public float commissionRate = 0.02f;
}
