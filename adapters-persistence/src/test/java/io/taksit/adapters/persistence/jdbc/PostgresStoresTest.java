package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The JDBC catalog, schedules, bills and quotes on the embedded PostgreSQL keep the store contracts. */
class PostgresStoresTest {

  @Nested
  class Billers extends BillerCatalogContract {
    @Override
    protected BillerCatalog catalogOf(List<Biller> billers) {
      JdbcBillerCatalog catalog = new JdbcBillerCatalog(EmbeddedPostgresHolder.emptied());
      billers.forEach(catalog::save);
      return catalog;
    }
  }

  @Nested
  class FeeSchedules extends FeeScheduleSourceContract {
    @Override
    protected FeeScheduleSource sourceOf(Map<BillerId, FeeSchedule> schedules) {
      JdbcFeeScheduleSource source = new JdbcFeeScheduleSource(EmbeddedPostgresHolder.emptied());
      schedules.forEach(source::save);
      return source;
    }
  }

  @Nested
  class Bills extends InquiredBillsContract {
    @Override
    protected InquiredBills newBills() {
      // The samples' clock: their expiries lie a day after it, so none is stale.
      return new JdbcInquiredBills(EmbeddedPostgresHolder.emptied(), Clock.fixed(StoreSamples.T0, ZoneOffset.UTC),
          JdbcInquiredBills.DEFAULT_RETENTION);
    }
  }

  @Nested
  class Synced extends SyncedCatalogContract {
    @Override
    protected SyncedCatalog newCatalog() {
      return new JdbcSyncedCatalog(EmbeddedPostgresHolder.emptied());
    }
  }

  /** The catalog as the bootstrap wires it: entries kept in memory in front of the table. */
  @Nested
  class SyncedKeptInMemory extends SyncedCatalogContract {
    @Override
    protected SyncedCatalog newCatalog() {
      return new RecentCatalogEntries(new JdbcSyncedCatalog(EmbeddedPostgresHolder.emptied()));
    }
  }

  /** The quotes as the bootstrap wires them: this instance's quotes kept in front of the table. */
  @Nested
  class QuotesKeptInMemory extends FeeQuotesContract {
    @Override
    protected FeeQuotes newQuotes() {
      return new RecentFeeQuotes(new JdbcFeeQuotes(EmbeddedPostgresHolder.emptied()),
          Clock.fixed(StoreSamples.T0, ZoneOffset.UTC));
    }
  }

  @Nested
  class Quotes extends FeeQuotesContract {
    @Override
    protected FeeQuotes newQuotes() {
      return new JdbcFeeQuotes(EmbeddedPostgresHolder.emptied());
    }
  }

  @Nested
  class Specifics extends JdbcStoreSpecifics {
    private final java.util.List<HikariDataSource> pools = new java.util.ArrayList<>();

    @Override
    protected DataSource freshDatabase() {
      return EmbeddedPostgresHolder.emptied();
    }

    @Override
    protected DataSource secondPool() {
      HikariDataSource pool = EmbeddedPostgresHolder.newPool(2);
      pools.add(pool);
      return pool;
    }

    @AfterEach
    void closePools() {
      pools.forEach(HikariDataSource::close);
    }
  }
}
