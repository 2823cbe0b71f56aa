package io.taksit.spring;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code taksit.*} of the host's configuration: the keys of {@code taksit.yaml}
 * ({@code docs/configuration.md}), bound by Spring (so {@code check-schedule} and
 * {@code checkSchedule} are one key) and then checked by Taksit's own configuration rules, which
 * report every problem at once with its full key. Every value is text here, as in the file, so a
 * bad value is Taksit's to report, not a binding failure.
 *
 * @param enabled whether Taksit is set up at all
 * @param storage where payments are kept; without a {@code kind}, the application's own
 *     {@code DataSource} when it has one, else the H2 files of {@code taksit.yaml}'s default
 * @param providers each provider's section by its id ({@code momkn}, {@code iyzico}...): the keys
 *     the provider documents, {@code breaker} and {@code bulkhead}
 * @param billers the billers offered
 * @param reconcile how the reconciler claims due payments
 * @param runtime what Taksit runs by itself, started and stopped with the application context
 * @param checkSchedule when an unsettled payment is checked again, e.g. {@code [1m, 5m, 1h]}
 * @param gatewayDeadline the longest one provider call may take before its outcome is unknown
 * @param installmentTimeout the longest an installment quote waits for a provider
 */
@ConfigurationProperties("taksit")
public record TaksitProperties(
    @DefaultValue("true") boolean enabled,
    Storage storage,
    Map<String, Map<String, Object>> providers,
    List<Biller> billers,
    Reconcile reconcile,
    Runtime runtime,
    List<String> checkSchedule,
    String gatewayDeadline,
    String installmentTimeout) {

  /**
   * Where payments, inquired bills and fee quotes are kept.
   *
   * @param kind {@code h2}, {@code postgresql} or {@code memory} (tests only); unset: the
   *     application's {@code DataSource} if it has one
   * @param directory the H2 database's directory
   * @param url the PostgreSQL database, a {@code jdbc:postgresql:} URL
   * @param user the PostgreSQL user
   * @param password the PostgreSQL password (write it as {@code ${DB_PASSWORD}})
   * @param poolSize connections in Taksit's own pool
   */
  public record Storage(String kind, String directory, String url, String user, String password,
      String poolSize) {}

  /**
   * One biller offered.
   *
   * @param id the biller's id, e.g. {@code momkn-362}
   * @param name the biller's name
   * @param provider the id of the provider that serves it
   * @param serviceCode the provider's code for it
   * @param currency its ISO 4217 currency
   * @param min the smallest amount accepted
   * @param max the largest amount accepted
   * @param step the amount step
   * @param stepAnchor {@code ZERO} or {@code MIN}: where steps are counted from
   * @param paymentMode {@code FIXED}, {@code PARTIAL} or {@code ADVANCE}
   * @param invoiceSelection {@code ONE}, {@code ALL} or {@code ANY_SUBSET}
   * @param oldestFirst whether invoices are paid oldest first
   * @param inquiryRequired whether a payment needs an inquiry first
   * @param active whether it is offered
   * @param feeSchedule Taksit's own fee rule when the provider has no fee call
   */
  public record Biller(String id, String name, String provider, String serviceCode,
      String currency, String min, String max, String step, String stepAnchor,
      String paymentMode, String invoiceSelection, String oldestFirst, String inquiryRequired,
      String active, FeeSchedule feeSchedule) {}

  /**
   * A biller's fee rule.
   *
   * @param tiers the tiers, by amount
   * @param tax the tax rate on the fee, in percent
   * @param rounding how fees are rounded ({@code HALF_UP}...)
   */
  public record FeeSchedule(List<FeeTier> tiers, String tax, String rounding) {}

  /**
   * One fee tier.
   *
   * @param from the smallest amount of the tier
   * @param upTo the largest amount of the tier
   * @param fixed the fixed part of the fee
   * @param percent the percentage part of the fee
   * @param floor the smallest fee
   * @param cap the largest fee
   */
  public record FeeTier(String from, String upTo, String fixed, String percent, String floor,
      String cap) {}

  /**
   * The reconciler.
   *
   * @param lease how long a claim on a due payment lasts if its instance dies
   */
  public record Reconcile(String lease) {}

  /**
   * What Taksit runs by itself.
   *
   * @param enabled whether the reconciler, the outbox relay and housekeeping run
   * @param reconcileEvery the pause between reconciler passes
   * @param reconcileBatch payments claimed per reconciler pass
   * @param relayEvery the pause between outbox deliveries
   * @param pruneEvery the pause between housekeeping passes
   */
  public record Runtime(String enabled, String reconcileEvery, String reconcileBatch,
      String relayEvery, String pruneEvery) {}
}
