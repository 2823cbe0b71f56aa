package io.taksit.spring;

import io.micrometer.core.instrument.MeterRegistry;
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
import io.taksit.application.port.out.PaymentEventHandler;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.config.TaksitConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Taksit from {@code taksit.*}, with what the application already has: its {@code DataSource}
 * (when {@code taksit.storage.kind} is not set), its {@code MeterRegistry} and
 * {@code ObservationRegistry}, its {@code PaymentEventHandler} beans (in their order) and its
 * {@link TaksitBuilderCustomizer}s. Every bean here gives way to one the application declares.
 * The registries and handlers are looked up when Taksit is made, not by bean conditions, so the
 * order in which auto-configurations run cannot leave them out; Micrometer and the health API are
 * optional, each behind its own class condition.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnProperty(prefix = "taksit", name = "enabled", havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(TaksitProperties.class)
public class TaksitAutoConfiguration {

  /** Taksit's checked configuration; problems fail the start, every one listed with its key. */
  @Bean
  @ConditionalOnMissingBean
  public TaksitConfig taksitConfig(TaksitProperties properties) {
    // Spring has resolved ${...} already; relative paths are the working directory's.
    return TaksitConfig.fromTree(PropertiesTree.of(properties), Path.of("").toAbsolutePath(),
        Map.of(), "taksit.*");
  }

  /**
   * Taksit, its runtime left to {@link TaksitLifecycle}; closed with the context (its threads and
   * any pool it opened itself; the application's data source stays the application's).
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public Taksit taksit(TaksitConfig config, TaksitProperties properties,
      ObjectProvider<DataSource> dataSource, ObjectProvider<PaymentEventHandler> handlers,
      ObjectProvider<TaksitBuilderCustomizer> customizers) {
    UnaryOperator<Taksit.Builder> more = builder -> {
      builder.startRuntimeOnBuild(false);
      handlers.orderedStream().forEach(builder::eventHandler);
      customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
      return builder;
    };
    boolean storageChosen = properties.storage() != null && properties.storage().kind() != null;
    DataSource applications = storageChosen ? null : dataSource.getIfUnique();
    if (applications != null) {
      return more.apply(config.builder()).jdbc(applications).build();
    }
    return config.build(more);
  }

  @Bean
  @ConditionalOnMissingBean
  public TaksitLifecycle taksitLifecycle(Taksit taksit) {
    return new TaksitLifecycle(taksit);
  }

  @Bean
  @ConditionalOnMissingBean
  public InquireBill inquireBill(Taksit taksit) {
    return taksit.inquireBill();
  }

  @Bean
  @ConditionalOnMissingBean
  public QuoteFees quoteFees(Taksit taksit) {
    return taksit.quoteFees();
  }

  @Bean
  @ConditionalOnMissingBean
  public PayBill payBill(Taksit taksit) {
    return taksit.payBill();
  }

  @Bean
  @ConditionalOnMissingBean
  public RetryPayment retryPayment(Taksit taksit) {
    return taksit.retryPayment();
  }

  @Bean
  @ConditionalOnMissingBean
  public ResolvePayment resolvePayment(Taksit taksit) {
    return taksit.resolvePayment();
  }

  @Bean
  @ConditionalOnMissingBean
  public CheckPaymentStatus checkPaymentStatus(Taksit taksit) {
    return taksit.checkPaymentStatus();
  }

  @Bean
  @ConditionalOnMissingBean
  public ReconcilePayments reconcilePayments(Taksit taksit) {
    return taksit.reconcilePayments();
  }

  @Bean
  @ConditionalOnMissingBean
  public QuoteInstallments quoteInstallments(Taksit taksit) {
    return taksit.quoteInstallments();
  }

  @Bean
  @ConditionalOnMissingBean
  public GetPayment getPayment(Taksit taksit) {
    return taksit.getPayment();
  }

  @Bean
  @ConditionalOnMissingBean
  public FindPayments findPayments(Taksit taksit) {
    return taksit.findPayments();
  }

  @Bean
  @ConditionalOnMissingBean
  public ListBillers listBillers(Taksit taksit) {
    return taksit.listBillers();
  }

  @Bean
  @ConditionalOnMissingBean
  public SyncCatalog syncCatalog(Taksit taksit) {
    return taksit.syncCatalog();
  }

  /** Taksit's meters in the application's registry, when it has Micrometer and a registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {

    @Bean
    TaksitBuilderCustomizer taksitMeterRegistry(ObjectProvider<MeterRegistry> registry) {
      return builder -> registry.ifUnique(builder::meterRegistry);
    }
  }

  /** Observations of each use case and provider call, in the application's registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
  static class Observations {

    @Bean
    TaksitBuilderCustomizer taksitObservationRegistry(
        ObjectProvider<ObservationRegistry> registry) {
      return builder -> registry.ifUnique(builder::observationRegistry);
    }
  }

  /** {@code /actuator/health/taksit}: one entry per provider. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class Health {

    @Bean
    @ConditionalOnMissingBean(name = "taksitHealthContributor")
    HealthContributor taksitHealthContributor(Taksit taksit) {
      Map<String, HealthIndicator> providers = new LinkedHashMap<>();
      taksit.providerGuards().keySet().toSortedSet().forEach(provider ->
          providers.put(provider.value(), new ProviderHealthIndicator(provider, taksit)));
      return CompositeHealthContributor.fromMap(providers);
    }
  }
}
