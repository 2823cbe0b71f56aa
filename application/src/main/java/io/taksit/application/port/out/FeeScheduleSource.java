package io.taksit.application.port.out;

import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeSchedule;
import io.vavr.control.Option;

/** Configured fee schedules, for billers whose provider has no fee call. */
public interface FeeScheduleSource {

  Option<FeeSchedule> scheduleFor(BillerId biller);
}
