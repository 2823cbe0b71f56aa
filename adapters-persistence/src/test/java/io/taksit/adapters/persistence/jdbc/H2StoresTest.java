package io.taksit.adapters.persistence.jdbc;

import io.taksit.adapters.persistence.cache.RecentCatalogEntries;
import io.taksit.adapters.persistence.cache.RecentFeeQuotes;
import io.taksit.application.contract.BillerCatalogContract;
import io.taksit.application.contract.FeeQuotesContract;
import io.taksit.application.contract.FeeScheduleSourceContract;
import io.taksit.application.contract.InquiredBillsContract;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.contract.SyncedCatalogContract;
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
import java.time.Clock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** The JDBC catalog, schedules, bills and quotes on H2 in PostgreSQL mode keep the store contracts. */
class H2StoresTest {

  @Nested
  class Billers extends BillerCatalogContract {
    @Override
    protected BillerCatalog catalogOf(List<Biller> billers) {
      JdbcBillerCatalog catalog = new JdbcBillerCatalog(H2Databases.fresh());
      billers.forEach(catalog::save);
      return catalog;
    }
  }

  @Nested
  class FeeSchedules extends FeeScheduleSourceContract {
    @Override
    protected FeeScheduleSource sourceOf(Map<BillerId, FeeSchedule> schedules) {
      JdbcFeeScheduleSource source = new JdbcFeeScheduleSource(H2Databases.fresh());
      schedules.forEach(source::save);
      return source;
    }
  }

  @Nested
  class Bills extends InquiredBillsContract {
    @Override
    protected InquiredBills newBills() {
      // The samples' clock: their expiries lie a day after it, so none is stale.
      return new JdbcInquiredBills(H2Databases.fresh(), Clock.fixed(StoreSamples.T0, ZoneOffset.UTC),
          JdbcInquiredBills.DEFAULT_RETENTION);
    }
  }

  @Nested
  class Synced extends SyncedCatalogContract {
    @Override
    protected SyncedCatalog newCatalog() {
      return new JdbcSyncedCatalog(H2Databases.fresh());
    }
  }

  /** The catalog as the bootstrap wires it: entries kept in memory in front of the table. */
  @Nested
  class SyncedKeptInMemory extends SyncedCatalogContract {
    @Override
    protected SyncedCatalog newCatalog() {
      return new RecentCatalogEntries(new JdbcSyncedCatalog(H2Databases.fresh()));
    }
  }

  /** The quotes as the bootstrap wires them: this instance's quotes kept in front of the table. */
  @Nested
  class QuotesKeptInMemory extends FeeQuotesContract {
    @Override
    protected FeeQuotes newQuotes() {
      return new RecentFeeQuotes(new JdbcFeeQuotes(H2Databases.fresh()),
          Clock.fixed(StoreSamples.T0, ZoneOffset.UTC));
    }
  }

  @Nested
  class Quotes extends FeeQuotesContract {
    @Override
    protected FeeQuotes newQuotes() {
      return new JdbcFeeQuotes(H2Databases.fresh());
    }
  }

  @Nested
  class Specifics extends JdbcStoreSpecifics {
    private String url;

    @Override
    protected DataSource freshDatabase() {
      url = H2Databases.freshUrl();
      DataSource dataSource = H2Databases.at(url);
      DataSources.migrate(dataSource);
      return dataSource;
    }

    @Override
    protected DataSource secondPool() {
      return H2Databases.at(url);
    }
  }
}
