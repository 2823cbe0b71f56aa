package io.taksit.adapters.persistence.memory;

import io.taksit.application.contract.BillerCatalogContract;
import io.taksit.application.contract.FeeQuotesContract;
import io.taksit.application.contract.SyncedCatalogContract;
import io.taksit.application.contract.FeeScheduleSourceContract;
import io.taksit.application.contract.InquiredBillsContract;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.port.out.FeeQuotes;
import io.taksit.application.port.out.FeeScheduleSource;
import io.taksit.application.port.out.InquiredBills;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeSchedule;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.junit.jupiter.api.Nested;

/** The in-memory catalog, schedules, bills and quotes keep the same contracts as the JDBC ones. */
class InMemoryStoresTest {

  @Nested
  class Billers extends BillerCatalogContract {
    @Override
    protected BillerCatalog catalogOf(List<Biller> billers) {
      return new InMemoryBillerCatalog(billers);
    }
  }

  @Nested
  class FeeSchedules extends FeeScheduleSourceContract {
    @Override
    protected FeeScheduleSource sourceOf(Map<BillerId, FeeSchedule> schedules) {
      return new InMemoryFeeScheduleSource(schedules);
    }
  }

  @Nested
  class Bills extends InquiredBillsContract {
    @Override
    protected InquiredBills newBills() {
      return new InMemoryInquiredBills();
    }
  }

  @Nested
  class Synced extends SyncedCatalogContract {
    @Override
    protected SyncedCatalog newCatalog() {
      return new InMemorySyncedCatalog();
    }
  }

  @Nested
  class Quotes extends FeeQuotesContract {
    @Override
    protected FeeQuotes newQuotes() {
      return new InMemoryFeeQuotes();
    }
  }
}
