package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.FeeScheduleSource;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeSchedule;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Fee schedules by biller, fixed at construction: for tests, demos and hosts that configure
 * their schedules in code or files. Immutable, hence thread-safe.
 */
public final class InMemoryFeeScheduleSource implements FeeScheduleSource {

  private final Map<BillerId, FeeSchedule> schedules;

  public InMemoryFeeScheduleSource(Map<BillerId, FeeSchedule> schedules) {
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    if (schedules.exists(entry -> entry._1 == null || entry._2 == null)) {
      throw new IllegalArgumentException("schedules must not contain null billers or schedules");
    }
  }

  /** No schedules at all: every biller must then have a provider fee call. */
  public static InMemoryFeeScheduleSource none() {
    return new InMemoryFeeScheduleSource(HashMap.empty());
  }

  @Override
  public Option<FeeSchedule> scheduleFor(BillerId biller) {
    return schedules.get(Objects.requireNonNull(biller, "biller"));
  }
}
