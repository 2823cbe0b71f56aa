package io.taksit.domain.archfixture;

import java.util.Date;

/** Breaks CORE_DOES_NOT_USE_LEGACY_DATE_TIME: java.util.Date. */
public final class DomainClassUsingJavaUtilDate {

  public Date dueDate = new Date();
}
