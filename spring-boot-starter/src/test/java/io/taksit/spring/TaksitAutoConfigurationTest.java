package io.taksit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.application.port.in.FindPayments;
import io.taksit.application.port.in.ListBillers;
import io.taksit.application.port.in.SyncCatalog;
import io.taksit.application.port.in.GetPayment;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.in.ResolvePayment;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.config.InvalidConfigurationException;
import io.taksit.bootstrap.observability.MicrometerInstrumentation;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every condition and override of the auto-configuration, on a context runner: what is made
 * from {@code taksit.*} alone, what the application's own beans change, and what is left out
 * when an optional library (Micrometer, the health API) is absent.
 */
class TaksitAutoConfigurationTest {

  private static ProviderSandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = ProviderSandbox.start(SandboxSettings.defaults());
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  private static ApplicationContextRunner runner(String... more) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TaksitAutoConfiguration.class))
        .withPropertyValues(SandboxProperties.of(sandbox, more));
  }

  private static ApplicationContextRunner inMemory(String... more) {
    String[] all = new String[more.length + 1];
    all[0] = "taksit.storage.kind=memory";
    System.arraycopy(more, 0, all, 1, more.length);
    return runner(all);
  }

  @Test
  void fromTaksitPropertiesAloneEveryUseCaseIsABeanAndTheRuntimeRunsWithTheContext() {
    inMemory().run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Taksit.class)
          .hasSingleBean(TaksitLifecycle.class);
      for (Class<?> useCase : new Class<?>[] {InquireBill.class, QuoteFees.class, PayBill.class,
          RetryPayment.class, ResolvePayment.class, CheckPaymentStatus.class,
          ReconcilePayments.class, QuoteInstallments.class, GetPayment.class,
          FindPayments.class, ListBillers.class, SyncCatalog.class}) {
        assertThat(context).hasSingleBean(useCase);
      }
      Taksit taksit = context.getBean(Taksit.class);
      assertThat(taksit.providerGuards().keySet().map(id -> id.value()))
          .contains("momkn", "sipay", "paywall", "teqpay", "iyzico");
      assertThat(taksit.isRuntimeRunning()).as("started with the context").isTrue();
      context.stop();
      assertThat(taksit.isRuntimeRunning()).as("stopped with the context").isFalse();
    });
  }

  @Test
  void turnedOffThereIsNoTaksit() {
    inMemory("taksit.enabled=false").run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(Taksit.class)
            .doesNotHaveBean(PayBill.class));
  }

  @Test
  void kebabCaseKeysBindAsTheFileSCamelCaseKeys() {
    inMemory("taksit.providers.momkn.base-url=http://127.0.0.1:1/momkn",
        "taksit.gateway-deadline=5s", "taksit.runtime.reconcile-every=2s").run(context ->
        assertThat(context).hasNotFailed().hasSingleBean(Taksit.class));
  }

  @Test
  void aBadValueFailsTheStartNamingTheKeyAndTheRule() {
    inMemory("taksit.gateway-deadline=soon", "taksit.providers.momkn.base-url=ftp://x")
        .run(context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          while (failure.getCause() != null && !(failure instanceof InvalidConfigurationException)) {
            failure = failure.getCause();
          }
          assertThat(failure).isInstanceOf(InvalidConfigurationException.class)
              .hasMessageContaining("gatewayDeadline").hasMessageContaining("providers.momkn");
          assertThat(failure.getMessage()).doesNotContain("momkn-sandbox-password");
        });
  }

  @Test
  void theApplicationsDataSourceKeepsThePaymentsWhenNoStorageKindIsSet() throws SQLException {
    DataSource database = h2("taksit-host");
    try (Connection connection = database.getConnection();
         java.sql.Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE host_orders (id INT PRIMARY KEY)");
    }
    runner().withBean(DataSource.class, () -> database).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(tables(database)).as("Taksit's schema, migrated beside the application's tables")
          .contains("HOST_ORDERS", "PAYMENTS", "PAYMENT_OUTBOX", "TAKSIT_SCHEMA_HISTORY");
    });
  }

  @Test
  void anExplicitStorageKindWinsOverTheApplicationsDataSource() {
    DataSource database = h2("taksit-untouched");
    inMemory().withBean(DataSource.class, () -> database).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(tables(database)).doesNotContain("PAYMENTS");
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    // The host's own PayBill: here one that knows no bill, so it is told apart from Taksit's.
    PayBill own = command -> io.vavr.control.Either.left(
        new io.taksit.application.failure.Failure.NotFound("bill", command.billReference()));
    inMemory().withBean(PayBill.class, () -> own).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(PayBill.class)).isSameAs(own);
      assertThat(context).hasSingleBean(InquireBill.class);
    });
    Taksit[] made = new Taksit[1];
    inMemory().withBean(Taksit.class, () -> {
      made[0] = Taksit.builder().installmentGateway(new NoInstallments()).memoryStorage()
          .runtime(io.taksit.bootstrap.runtime.RuntimeSettings.OFF).build();
      return made[0];
    }).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Taksit.class);
      assertThat(context.getBean(Taksit.class)).isSameAs(made[0]);
      assertThat(context.getBean(GetPayment.class)).isSameAs(made[0].getPayment());
    });
  }

  @Test
  void customizersAreAppliedToTheBuilder() {
    AtomicInteger applied = new AtomicInteger();
    inMemory().withBean(TaksitBuilderCustomizer.class, () -> builder -> applied.incrementAndGet())
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(applied).hasValue(1);
        });
  }

  @Test
  void theApplicationsMeterRegistryGetsTaksitsMeters() {
    inMemory().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      assertThat(context).hasNotFailed();
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(meters.find(MicrometerInstrumentation.BREAKER_STATE).tag("provider", "momkn")
          .tag("state", "CLOSED").gauge().value()).isEqualTo(1);
      assertThat(meters.find(MicrometerInstrumentation.OUTBOX_BACKLOG).gauge()).isNotNull();
    });
  }

  @Test
  void anObservationRegistryIsUsedWhenThereIsOne() {
    AtomicInteger observed = new AtomicInteger();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(context -> {
      observed.incrementAndGet();
      return true;
    });
    inMemory().withBean(ObservationRegistry.class, () -> registry).run(context -> {
      assertThat(context).hasNotFailed();
      context.getBean(GetPayment.class).get(new GetPayment.Query("no-such-payment"));
      assertThat(observed).as("the use case was observed").hasPositiveValue();
    });
  }

  @Test
  void withoutMicrometerOnTheClassPathTaksitStillStarts() {
    inMemory().withClassLoader(new FilteredClassLoader("io.micrometer")).run(context ->
        assertThat(context).hasNotFailed().hasSingleBean(Taksit.class));
  }

  @Test
  void healthHasOneEntryPerProviderAndGoesAwayWithoutTheHealthApi() {
    inMemory().run(context -> {
      assertThat(context).hasNotFailed().hasBean("taksitHealthContributor");
      CompositeHealthContributor health =
          (CompositeHealthContributor) context.getBean("taksitHealthContributor");
      HealthContributor momkn = health.getContributor("momkn");
      assertThat(((HealthIndicator) momkn).health().getStatus()).isEqualTo(Status.UP);
      assertThat(((HealthIndicator) momkn).health().getDetails()).containsEntry("breaker",
          "CLOSED");
    });
    inMemory().withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean("taksitHealthContributor"));
    HealthContributor own = (HealthIndicator) () -> org.springframework.boot.health.contributor
        .Health.up().build();
    inMemory().withBean("taksitHealthContributor", HealthContributor.class, () -> own)
        .run(context -> assertThat(context.getBean("taksitHealthContributor")).isSameAs(own));
  }

  private static DataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  private static java.util.List<String> tables(DataSource database) throws SQLException {
    java.util.List<String> names = new java.util.ArrayList<>();
    try (Connection connection = database.getConnection();
         ResultSet rows = connection.getMetaData().getTables(null, null, "%",
             new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  /** The smallest provider a host can make itself. */
  private static final class NoInstallments
      implements io.taksit.application.port.out.InstallmentGateway {
    @Override
    public io.taksit.domain.provider.ProviderId provider() {
      return new io.taksit.domain.provider.ProviderId("host");
    }

    @Override
    public io.taksit.application.port.out.ReadOutcome<InstallmentQuote> quote(
        InstallmentRequest request) {
      return io.taksit.application.port.out.ReadOutcome.failed("not offered");
    }
  }
}
