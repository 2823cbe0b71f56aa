package io.taksit.benchmarks.endtoend;

import io.taksit.adapters.http.momkn.MomknProvider;
import io.taksit.adapters.http.momkn.MomknConfig;
import io.taksit.adapters.http.support.Secret;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.adapters.persistence.jdbc.DatabasePassword;
import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.bootstrap.Taksit;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.momkn.MomknEndpoint;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What one end-to-end fork needs: the provider sandbox over HTTP with generated Momkn accounts,
 * and either Taksit over one storage (memory, H2 file, embedded PostgreSQL) with the Momkn
 * adapter, or the hand-written client of the baseline. Each payment takes the next generated
 * account ({@code 2000000001}, {@code 2000000002}, …; paying one makes its next installment due,
 * so the accounts may come round again) and goes the host's usual way: inquire, quote the fee of
 * the oldest invoice, pay it accepting the quote. That is three Momkn exchanges on both sides.
 */
final class PayBillFixture {

  /** Generated accounts; a run of a few thousand payments meets each at most a few times. */
  static final int ACCOUNTS = 20_000;

  private final ProviderSandbox sandbox;
  private final AtomicLong payments = new AtomicLong();
  private final Taksit taksit;
  private final HandWrittenMomkn handWritten;
  private final Closer storage;

  private PayBillFixture(ProviderSandbox sandbox, Taksit taksit, HandWrittenMomkn handWritten,
      Closer storage) {
    this.sandbox = sandbox;
    this.taksit = taksit;
    this.handWritten = handWritten;
    this.storage = storage;
  }

  /**
   * Taksit over {@code storage}: {@code memory}, {@code h2}, {@code postgresql}, or
   * {@code postgresql-durable} (commits wait for the disk; not in the benchmarks' default
   * parameters, run it with {@code -p storage=postgresql-durable}).
   */
  static PayBillFixture taksit(String storage) {
    return taksit(storage, 0);
  }

  /**
   * Taksit over PostgreSQL holding {@code storedPayments} settled payments before the first one
   * measured ({@link StoredPayments}).
   */
  static PayBillFixture taksitOverStoredPayments(int storedPayments) {
    return taksit("postgresql", storedPayments);
  }

  private static PayBillFixture taksit(String storage, int storedPayments) {
    ProviderSandbox sandbox = startSandbox();
    MomknCredentials credentials = credentials(sandbox);
    Taksit.Builder builder = Taksit.builder()
        .provider(new MomknProvider(), MomknConfig.of(sandbox.baseUrl(MomknSandbox.ID).toString(),
            credentials.accountId(), credentials.userName(),
            Secret.of(credentials.password()), Takka.CHANNEL_CATEGORY, Takka.CHANNEL_TYPE,
            Takka.CHANNEL_IDENTIFIER))
        .billers(Takka.biller());
    Storage opened = Storage.open(storage);
    if (opened.dataSource() != null) {
      if (storedPayments > 0) {
        DataSources.migrate(opened.dataSource());
        StoredPayments.load(opened.dataSource(), storedPayments);
      }
      builder.jdbc(opened.dataSource());
    } else {
      builder.memoryStorage();
    }
    return new PayBillFixture(sandbox, builder.build(), null, opened);
  }

  /** The hand-written client, no storage: the sandbox's own time. */
  static PayBillFixture handWritten() {
    ProviderSandbox sandbox = startSandbox();
    MomknCredentials credentials = credentials(sandbox);
    return new PayBillFixture(sandbox, null,
        new HandWrittenMomkn(sandbox.baseUrl(MomknSandbox.ID).toString(),
            credentials.accountId(), credentials.userName(),
            credentials.password()), () -> { });
  }

  private static ProviderSandbox startSandbox() {
    return ProviderSandbox.start(SandboxSettings.defaults().withGeneratedAccounts(ACCOUNTS));
  }

  private static MomknCredentials credentials(ProviderSandbox sandbox) {
    return sandbox.endpoint(MomknSandbox.ID, MomknEndpoint.class).credentials();
  }

  private long next() {
    return payments.incrementAndGet();
  }

  private static String account(long payment) {
    return Long.toString(2_000_000_001L + (payment - 1) % ACCOUNTS);
  }

  /** One payment through Taksit: inquire, quote, pay; the payment, which must have succeeded. */
  Payment payThroughTaksit() {
    long payment = next();
    Bill bill = expect(taksit.inquireBill().inquire(
        new InquireBill.Command(Takka.ID.value(), account(payment), Map.of())));
    Invoice oldest = bill.invoices().head();
    QuotedFee quote = expect(taksit.quoteFees().quote(new QuoteFees.Command(
        bill.reference().value(), oldest.amount().amount(), oldest.amount().currencyCode(),
        Set.of(oldest.sequence()))));
    Payment paid = expect(taksit.payBill().pay(new PayBill.Command("bench-" + payment,
        bill.reference().value(), oldest.amount().amount(), oldest.amount().currencyCode(),
        Set.of(oldest.sequence()), quote.id(), null)));
    if (paid.status() != PaymentStatus.SUCCEEDED) {
      // The reason of each attempt says which exchange went wrong (the provider's words).
      throw new IllegalStateException("payment " + payment + " ended " + paid.status() + ": "
          + paid.attempts().map(Attempt::reason).mkString("; "));
    }
    return paid;
  }

  /** The same three exchanges by hand. */
  Object payByHand() throws IOException, InterruptedException {
    long payment = next();
    return handWritten.pay(account(payment), "bench-" + payment);
  }

  private static <T> T expect(Either<Failure, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("Taksit failed: " + result.getLeft());
    }
    return result.get();
  }

  /** Stops Taksit, the storage and the sandbox. */
  void close() {
    try {
      if (taksit != null) {
        taksit.close();
      }
      storage.close();
    } catch (Exception failed) {
      throw new IllegalStateException("could not close the end-to-end fixture", failed);
    } finally {
      sandbox.close();
    }
  }

  /** Closes what a fixture opened. */
  @FunctionalInterface
  private interface Closer {
    void close() throws Exception;
  }

  /** An opened storage: its data source (null in memory) and what closes it. */
  private record Storage(javax.sql.DataSource dataSource, Closer closer) implements Closer {

    static Storage open(String kind) {
      try {
        return switch (kind) {
          case "memory" -> new Storage(null, () -> { });
          case "h2" -> {
            Path directory = Files.createTempDirectory("taksit-bench-h2");
            var pool = DataSources.embeddedH2(directory);
            yield new Storage(pool, () -> {
              pool.close();
              delete(directory);
            });
          }
          case "postgresql", "postgresql-durable" -> {
            // The embedded server starts with fsync and synchronous_commit off, so no commit
            // waits for the disk; "postgresql-durable" turns both on, as a production server
            // runs (issue 14's third pass: what a flush per write costs).
            EmbeddedPostgres postgres = kind.equals("postgresql") ? EmbeddedPostgres.start()
                : EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on").start();
            var pool = DataSources.pooled(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                new DatabasePassword(""));
            yield new Storage(pool, () -> {
              pool.close();
              postgres.close();
            });
          }
          default -> throw new IllegalArgumentException(
              "storage is memory, h2, postgresql or postgresql-durable, was " + kind);
        };
      } catch (IOException failed) {
        throw new UncheckedIOException("could not open the " + kind + " storage", failed);
      }
    }

    @Override
    public void close() throws Exception {
      closer.close();
    }

    private static void delete(Path directory) throws IOException {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
