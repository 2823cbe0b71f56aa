package io.taksit.application.archfixture;

import java.sql.Timestamp;

/** Breaks CORE_DOES_NOT_USE_LEGACY_DATE_TIME: java.sql.Timestamp (a java.util.Date). */
public final class ApplicationClassUsingSqlTimestamp {

  public Timestamp attemptedAt = new Timestamp(0L);
}
