package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.contract.MovableClock;
import io.taksit.application.contract.Concurrently;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the JDBC stores do beyond their ports: saving billers and schedules over earlier ones,
 * deleting stale bills and quotes, sharing everything between host instances, and upserts that
 * survive racing writers.
 */
abstract class JdbcStoreSpecifics {

  private static final Instant T0 = StoreSamples.T0;
  private static final Duration DAY = Duration.ofDays(1);

  /** A new, migrated, empty database. */
  protected abstract DataSource freshDatabase();

  /** Another connection pool to the last fresh database, as another host instance has. */
  protected abstract DataSource secondPool();

  private DataSource database;

  @BeforeEach
  void fresh() {
    database = freshDatabase();
  }

  @Test
  @DisplayName("saving a biller again replaces it; all() lists billers by id")
  void savingABillerAgainReplacesIt() {
    JdbcBillerCatalog catalog = new JdbcBillerCatalog(database);
    StoreSamples.billers().reverse().forEach(catalog::save);
    Biller takka = StoreSamples.takka();
    Biller switchedOff = new Biller(takka.id(), "Takka (paused)", takka.provider(), "362-b",
        takka.currency(), StoreSamples.rule(takka.currency(), 500, 50_000, 500,
            io.taksit.domain.amount.StepAnchor.MIN), takka.policy(), false, false);

    catalog.save(switchedOff);

    assertThat(catalog.find(takka.id())).containsExactly(switchedOff);
    assertThat(catalog.all().map(biller -> biller.id().value()))
        .containsExactly("jp-power", "kw.water_01", "momkn-362", "sipay-gas");
  }

  @Test
  @DisplayName("saving a schedule again replaces it")
  void savingAScheduleAgainReplacesIt() {
    JdbcFeeScheduleSource schedules = new JdbcFeeScheduleSource(database);
    Biller gas = StoreSamples.sipayGas();
    schedules.save(gas.id(), StoreSamples.tieredTry());

    schedules.save(gas.id(), StoreSamples.flatKwd());

    assertThat(schedules.scheduleFor(gas.id())).containsExactly(StoreSamples.flatKwd());
  }

  @Test
  @DisplayName("stale bills go on housekeeping, never on remember: a day past expiry, or past inquiry without one")
  void staleBillsArePrunedByHousekeeping() {
    MovableClock clock = new MovableClock(T0);
    JdbcInquiredBills bills = new JdbcInquiredBills(database, clock, DAY);
    Bill noExpiry = bill("BRN-open", Option.none());
    Bill expiresSoon = bill("BRN-soon", Option.some(T0.plus(Duration.ofHours(1))));
    Bill refreshed = bill("BRN-again", Option.none());
    bills.remember(noExpiry);
    bills.remember(expiresSoon);
    bills.remember(refreshed);

    clock.advance(Duration.ofHours(2));
    bills.remember(refreshed);
    assertThat(bills.pruneStale(clock.instant())).isZero();
    assertThat(bills.find(expiresSoon.reference()))
        .as("expired, but kept so a payment hears 'expired' rather than 'inquire first'")
        .containsExactly(expiresSoon);

    clock.advance(DAY.minus(Duration.ofHours(2)).plusNanos(1_000));
    bills.remember(bill("BRN-new", Option.none()));
    assertThat(bills.find(noExpiry.reference())).as("a remember deletes nothing").isNotEmpty();
    assertThat(bills.pruneStale(clock.instant())).isEqualTo(1);
    assertThat(bills.find(noExpiry.reference())).as("a day after its inquiry").isEmpty();
    assertThat(bills.find(expiresSoon.reference())).isNotEmpty();
    assertThat(bills.find(refreshed.reference())).as("re-inquired later").isNotEmpty();

    clock.advance(Duration.ofHours(1));
    assertThat(bills.pruneStale(clock.instant())).isEqualTo(1);
    assertThat(bills.find(expiresSoon.reference())).as("a day after its expiry").isEmpty();
    assertThat(bills.find(refreshed.reference())).isNotEmpty();
  }

  @Test
  @DisplayName("quotes made more than the retention before housekeeping runs go then, and only then")
  void staleQuotesArePrunedByHousekeeping() {
    JdbcFeeQuotes quotes = new JdbcFeeQuotes(database, DAY);
    QuotedFee old = StoreSamples.scheduleQuote("q-old", "BRN-1", 10_000, T0);
    QuotedFee recent = StoreSamples.scheduleQuote("q-recent", "BRN-1", 10_000,
        T0.plus(Duration.ofHours(12)));
    quotes.remember(old);
    quotes.remember(recent);

    QuotedFee next = StoreSamples.scheduleQuote("q-next", "BRN-2", 10_000,
        T0.plus(DAY).plusNanos(1_000));
    quotes.remember(next);
    assertThat(quotes.find("q-old")).as("a remember deletes nothing").containsExactly(old);

    assertThat(quotes.pruneStale(T0.plus(DAY).plusNanos(1_000))).isEqualTo(1);
    assertThat(quotes.find("q-old")).isEmpty();
    assertThat(quotes.find("q-recent")).containsExactly(recent);
    assertThat(quotes.find("q-next")).containsExactly(next);
  }

  @Test
  @DisplayName("what one host instance stores, another reads through its own pool")
  void anotherInstanceReadsWhatOneStored() {
    Bill bill = StoreSamples.fullBill("BRN-771");
    QuotedFee quote = StoreSamples.providerQuote("q-1", "BRN-771",
        Money.ofMinor(50_000, Currencies.EGP));
    new JdbcBillerCatalog(database).save(StoreSamples.takka());
    new JdbcFeeScheduleSource(database).save(StoreSamples.takka().id(), StoreSamples.tieredTry());
    new JdbcInquiredBills(database, new MovableClock(T0), DAY).remember(bill);
    new JdbcFeeQuotes(database).remember(quote);

    DataSource other = secondPool();

    assertThat(new JdbcBillerCatalog(other).find(StoreSamples.takka().id()))
        .containsExactly(StoreSamples.takka());
    assertThat(new JdbcFeeScheduleSource(other).scheduleFor(StoreSamples.takka().id()))
        .containsExactly(StoreSamples.tieredTry());
    assertThat(new JdbcInquiredBills(other).find(bill.reference())).containsExactly(bill);
    assertThat(new JdbcFeeQuotes(other).find("q-1")).containsExactly(quote);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("writers racing to create one row each leave exactly one, and none fails")
  void racingUpsertsLeaveOneRow() throws Exception {
    JdbcBillerCatalog catalog = new JdbcBillerCatalog(database);
    JdbcInquiredBills bills = new JdbcInquiredBills(database, new MovableClock(T0), DAY);
    JdbcFeeQuotes quotes = new JdbcFeeQuotes(database);
    Biller takka = StoreSamples.takka();
    int threads = 8;

    List<Integer> done = Concurrently.run(threads, Duration.ofSeconds(45), thread -> {
      for (int round = 0; round < 5; round++) {
        catalog.save(new Biller(takka.id(), "Takka " + thread, takka.provider(),
            takka.providerServiceCode(), takka.currency(), takka.amountRule(), takka.policy(),
            true, true));
        bills.remember(bill("BRN-race-" + round, Option.none()));
        quotes.remember(StoreSamples.scheduleQuote("q-race-" + round, "BRN-race-" + round,
            10_000L + thread, T0));
      }
      return thread;
    });

    assertThat(done).hasSize(threads);
    assertThat(catalog.all()).singleElement()
        .satisfies(biller -> assertThat(biller.name()).startsWith("Takka "));
    for (int round = 0; round < 5; round++) {
      assertThat(bills.find(new BillReference("BRN-race-" + round))).isNotEmpty();
      assertThat(quotes.find("q-race-" + round)).isNotEmpty();
    }
  }

  private static Bill bill(String reference, Option<Instant> expiresAt) {
    return StoreSamples.oneInvoiceBill(reference, Money.ofMinor(50_000, Currencies.EGP),
        expiresAt);
  }
}
