package io.taksit.bootstrap.config;

import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderPlugins;
import io.taksit.adapters.http.support.Durations;
import io.taksit.adapters.persistence.jdbc.DatabasePassword;
import io.taksit.bootstrap.provider.ConfiguredProvider;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.error.DomainError;
import io.taksit.domain.error.InputError;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeTier;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;

/**
 * Turns a validated file model into typed settings, applying the rules that belong to the domain
 * ({@code Biller.of}, {@code AmountRule.of}, {@code FeeSchedule.of}); the providers' sections
 * are bound and checked by {@link ProviderSections}. A value that an earlier stage
 * already reported is treated as absent here, so it is not reported twice.
 */
final class ConfigMapping {

  private final Problems problems;
  private final Path baseDirectory;
  private final ProviderSections sections;
  private final List<String> billingInstalled;

  ConfigMapping(Problems problems, Path baseDirectory) {
    this.problems = problems;
    this.baseDirectory = baseDirectory;
    this.sections = new ProviderSections(problems, ProviderPlugins.installed());
    this.billingInstalled = sections.installedWith(ProviderCapability.BILLING)
        .map(p -> p.id().value());
  }

  /** "<id> or providers.<id>" of the installed bill-payment providers, for a hint. */
  private String billingHint() {
    return billingInstalled.isEmpty() ? "<id> of an installed bill-payment provider"
        : billingInstalled.mkString(" or providers.");
  }

  TaksitConfig map(ConfigFile file) {
    List<ConfiguredProvider<?>> providers = sections.bind(file.providers());
    List<String> billing = sections.configuredWith(file.providers(), ProviderCapability.BILLING)
        .map(p -> p.id().value());

    List<ConfigFile.Biller> billerSections = file.billers() == null
        ? List.empty() : List.ofAll(file.billers());
    List<Biller> billers = List.empty();
    Map<BillerId, FeeSchedule> schedules = LinkedHashMap.empty();
    Map<String, Integer> firstIndexOfId = LinkedHashMap.empty();
    for (int i = 0; i < billerSections.size(); i++) {
      ConfigFile.Biller section = billerSections.get(i);
      if (section == null) {
        continue;
      }
      String key = "billers[" + i + "]";
      if (section.id() != null && problems.clear(key + ".id")) {
        Option<Integer> first = firstIndexOfId.get(section.id());
        if (first.isDefined()) {
          problems.add(key + ".id", "repeats the id of billers[" + first.get() + "]");
        } else {
          firstIndexOfId = firstIndexOfId.put(section.id(), i);
        }
      }
      Option<Biller> biller = biller(key, section, billing);
      if (biller.isDefined()) {
        billers = billers.append(biller.get());
        if (section.feeSchedule() != null) {
          Option<FeeSchedule> schedule = feeSchedule(key + ".feeSchedule", section.feeSchedule(),
              biller.get().currency());
          if (schedule.isDefined()) {
            schedules = schedules.put(biller.get().id(), schedule.get());
          }
        }
      }
    }

    StorageSettings storage = storage(file.storage());
    Duration lease = file.reconcile() == null ? TaksitConfig.DEFAULT_RECONCILE_LEASE
        : duration("reconcile.lease", file.reconcile().lease(),
            TaksitConfig.DEFAULT_RECONCILE_LEASE);
    Duration deadline = duration("gatewayDeadline", file.gatewayDeadline(),
        TaksitConfig.DEFAULT_GATEWAY_DEADLINE);
    Duration installmentTimeout = duration("installmentTimeout", file.installmentTimeout(),
        TaksitConfig.DEFAULT_INSTALLMENT_TIMEOUT);
    if (problems.clear("reconcile.lease", "gatewayDeadline") && lease.compareTo(deadline) <= 0) {
      problems.add("reconcile.lease", "must be longer than gatewayDeadline ("
          + Durations.format(deadline) + "), so no other instance checks a payment mid-call");
    }
    CheckSchedule checkSchedule = checkSchedule(file.checkSchedule());

    RuntimeSettings runtime = runtime(file.runtime());
    return new TaksitConfig(providers, billers, schedules, storage, lease, checkSchedule, runtime,
        deadline,
        installmentTimeout);
  }

  // -------------------------------------------------------------------------------------------
  // Billers and fee schedules
  // -------------------------------------------------------------------------------------------

  private Option<Biller> biller(String key, ConfigFile.Biller section, List<String> billing) {
    Option<BillerId> id = Option.none();
    if (section.id() != null && problems.clear(key + ".id")) {
      id = domain(key + ".id", BillerId.of(section.id()));
    }
    Option<ProviderId> provider = Option.none();
    if (section.provider() != null && problems.clear(key + ".provider")) {
      provider = domain(key + ".provider", ProviderId.of(section.provider().trim()));
      if (provider.isDefined() && !billing.contains(provider.get().value())) {
        problems.add(key + ".provider", "must name a configured bill-payment provider ("
            + (billing.isEmpty() ? "none is configured: add providers." + billingHint()
                : "configured: " + billing.mkString(", "))
            + (billingInstalled.contains(provider.get().value()) ? ""
                : "; " + provider.get() + " is not a bill-payment provider")
            + ")");
        provider = Option.none();
      }
    }
    Option<Currency> currency = Option.none();
    if (section.currency() != null && problems.clear(key + ".currency")) {
      currency = domain(key + ".currency", Currencies.of(section.currency()));
    }
    Option<AmountRule> rule = currency.flatMap(c -> amountRule(key, section, c));
    Option<PaymentPolicy> policy = problems.clear(key + ".paymentMode", key + ".invoiceSelection",
        key + ".oldestFirst") && section.paymentMode() != null && section.invoiceSelection() != null
        ? Option.some(new PaymentPolicy(
            PaymentMode.valueOf(section.paymentMode().toUpperCase(Locale.ROOT)),
            InvoiceSelection.valueOf(section.invoiceSelection().toUpperCase(Locale.ROOT)),
            bool(key + ".oldestFirst", section.oldestFirst(), false)))
        : Option.none();
    boolean inquiryRequired = bool(key + ".inquiryRequired", section.inquiryRequired(), true);
    boolean active = bool(key + ".active", section.active(), true);
    if (id.isEmpty() || provider.isEmpty() || rule.isEmpty() || policy.isEmpty()
        || !problems.clear(key + ".name", key + ".serviceCode")) {
      return Option.none();
    }
    return domain(key, Biller.of(id.get(), section.name(), provider.get(), section.serviceCode(),
        currency.get(), rule.get(), policy.get(), inquiryRequired, active));
  }

  private Option<AmountRule> amountRule(String key, ConfigFile.Biller section, Currency currency) {
    Option<Money> min = money(key + ".min", section.min(), currency);
    Option<Money> max = money(key + ".max", section.max(), currency);
    Option<Money> step = section.step() == null
        ? min.map(Money::oneMinorUnit)
        : money(key + ".step", section.step(), currency);
    if (min.isEmpty() || max.isEmpty() || step.isEmpty()
        || !problems.clear(key + ".stepAnchor")) {
      return Option.none();
    }
    StepAnchor anchor = section.stepAnchor() == null ? StepAnchor.ZERO
        : StepAnchor.valueOf(section.stepAnchor().toUpperCase(Locale.ROOT));
    String blamed = min.get().isGreaterThan(max.get()) ? key + ".max" : key + ".step";
    return domain(blamed, AmountRule.of(min.get(), max.get(), step.get(), anchor));
  }

  private Option<FeeSchedule> feeSchedule(String key, ConfigFile.FeeSchedule section,
      Currency currency) {
    if (section.tiers() == null || !problems.clear(key + ".tax", key + ".rounding")) {
      return Option.none();
    }
    List<FeeTier> tiers = List.empty();
    boolean complete = true;
    for (int j = 0; j < section.tiers().size(); j++) {
      ConfigFile.FeeTier tier = section.tiers().get(j);
      String tierKey = key + ".tiers[" + j + "]";
      Option<FeeTier> built = tier == null ? Option.none() : feeTier(tierKey, tier, currency);
      complete &= built.isDefined();
      tiers = tiers.appendAll(built);
    }
    if (!complete) {
      return Option.none();
    }
    BigDecimal tax = section.tax() == null ? BigDecimal.ZERO : new BigDecimal(section.tax());
    RoundingMode rounding = section.rounding() == null ? RoundingMode.HALF_UP
        : RoundingMode.valueOf(section.rounding().toUpperCase(Locale.ROOT));
    return domain(key + ".tiers", FeeSchedule.of(currency, tiers, tax, rounding));
  }

  private Option<FeeTier> feeTier(String key, ConfigFile.FeeTier tier, Currency currency) {
    Option<Money> from = tier.from() == null ? Option.some(Money.zero(currency))
        : money(key + ".from", tier.from(), currency);
    Option<Option<Money>> upTo = optionalMoney(key + ".upTo", tier.upTo(), currency);
    Option<Money> fixed = tier.fixed() == null ? Option.some(Money.zero(currency))
        : money(key + ".fixed", tier.fixed(), currency);
    Option<Option<Money>> floor = optionalMoney(key + ".floor", tier.floor(), currency);
    Option<Option<Money>> cap = optionalMoney(key + ".cap", tier.cap(), currency);
    if (from.isEmpty() || upTo.isEmpty() || fixed.isEmpty() || floor.isEmpty() || cap.isEmpty()
        || !problems.clear(key + ".percent")) {
      return Option.none();
    }
    BigDecimal percent = tier.percent() == null ? BigDecimal.ZERO : new BigDecimal(tier.percent());
    return domain(key, FeeTier.of(from.get(), upTo.get(), fixed.get(), percent, floor.get(),
        cap.get()));
  }

  private Option<Money> money(String key, String text, Currency currency) {
    if (text == null || !problems.clear(key)) {
      return Option.none();
    }
    return domain(key, Money.of(new BigDecimal(text), currency));
  }

  /** Some(none) when absent, some(amount) when given, none when broken. */
  private Option<Option<Money>> optionalMoney(String key, String text, Currency currency) {
    return text == null ? Option.some(Option.none()) : money(key, text, currency).map(Option::some);
  }

  // -------------------------------------------------------------------------------------------
  // Storage and timing
  // -------------------------------------------------------------------------------------------

  /**
   * The storage configured; without a {@code storage} section (or a {@code kind}), an H2 file
   * store in {@value StorageSettings#DEFAULT_H2_DIRECTORY} beside the file: payments must outlive
   * the process, or the same idempotency key could pay twice. Memory is an explicit choice.
   */
  private StorageSettings storage(ConfigFile.Storage section) {
    if (section == null) {
      return new StorageSettings.H2(
          baseDirectory.resolve(StorageSettings.DEFAULT_H2_DIRECTORY).normalize());
    }
    if (!problems.clear("storage.kind")) {
      return new StorageSettings.Memory();
    }
    String kind = section.kind() == null ? "h2" : section.kind().toLowerCase(Locale.ROOT);
    switch (kind) {
      case "h2" -> {
        onlyFor(kind, "url", section.url(), "postgresql");
        onlyFor(kind, "user", section.user(), "postgresql");
        onlyFor(kind, "password", section.password(), "postgresql");
        onlyFor(kind, "poolSize", section.poolSize(), "postgresql");
        String directory = section.directory() == null
            ? StorageSettings.DEFAULT_H2_DIRECTORY : section.directory();
        if (directory.isBlank()) {
          problems.addUnlessCovered("storage.directory", "must not be blank");
          return new StorageSettings.Memory();
        }
        try {
          return new StorageSettings.H2(baseDirectory.resolve(directory).normalize());
        } catch (java.nio.file.InvalidPathException e) {
          problems.addUnlessCovered("storage.directory", "is not a valid path");
          return new StorageSettings.Memory();
        }
      }
      case "postgresql" -> {
        onlyFor(kind, "directory", section.directory(), "h2");
        requiredFor(kind, "url", section.url());
        requiredFor(kind, "user", section.user());
        if (section.password() == null) {
          problems.addUnlessCovered("storage.password",
              "is required for storage kind postgresql (\"\" for none)");
        }
        int poolSize = whole("storage.poolSize", section.poolSize(),
            io.taksit.adapters.persistence.jdbc.DataSources.DEFAULT_POOL_SIZE);
        if (!problems.clear("storage.url", "storage.user", "storage.password")) {
          return new StorageSettings.Memory();
        }
        return new StorageSettings.Postgresql(section.url(), section.user(),
            new DatabasePassword(section.password().reveal()), poolSize);
      }
      default -> {
        onlyFor(kind, "directory", section.directory(), "h2");
        onlyFor(kind, "url", section.url(), "postgresql");
        onlyFor(kind, "user", section.user(), "postgresql");
        onlyFor(kind, "password", section.password(), "postgresql");
        onlyFor(kind, "poolSize", section.poolSize(), "postgresql");
        return new StorageSettings.Memory();
      }
    }
  }

  private void onlyFor(String kind, String field, Object value, String usedBy) {
    if (value != null) {
      problems.addUnlessCovered("storage." + field, "is used only with storage kind " + usedBy
          + ", not " + kind);
    }
  }

  private void requiredFor(String kind, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.addUnlessCovered("storage." + field, "is required for storage kind " + kind);
    }
  }

  private RuntimeSettings runtime(ConfigFile.Runtime section) {
    if (section == null || !problems.clear("runtime")) {
      return RuntimeSettings.DEFAULTS;
    }
    RuntimeSettings defaults = RuntimeSettings.DEFAULTS;
    return new RuntimeSettings(bool("runtime.enabled", section.enabled(), defaults.enabled()),
        duration("runtime.reconcileEvery", section.reconcileEvery(), defaults.reconcileEvery()),
        whole("runtime.reconcileBatch", section.reconcileBatch(), defaults.reconcileBatch()),
        duration("runtime.relayEvery", section.relayEvery(), defaults.relayEvery()),
        duration("runtime.pruneEvery", section.pruneEvery(), defaults.pruneEvery()));
  }

  private CheckSchedule checkSchedule(java.util.List<String> delays) {
    if (delays == null || !problems.clear("checkSchedule")) {
      return CheckSchedule.DEFAULT;
    }
    List<Duration> parsed = List.ofAll(delays).map(d -> Durations.parse(d).get());
    return domain("checkSchedule", CheckSchedule.of(parsed)).getOrElse(CheckSchedule.DEFAULT);
  }

  // -------------------------------------------------------------------------------------------
  // Values
  // -------------------------------------------------------------------------------------------

  /** The value of a domain factory, or its refusal reported under {@code key}. */
  private <T> Option<T> domain(String key, io.vavr.control.Either<? extends DomainError, T> made) {
    if (made.isRight()) {
      return Option.some(made.get());
    }
    problems.addUnlessCovered(keyOf(key, made.getLeft()), ruleOf(made.getLeft()));
    return Option.none();
  }

  /** An input error names its field: the key's last part, or the biller's field it maps to. */
  private static String keyOf(String key, DomainError error) {
    if (error instanceof InputError input && key.matches("billers\\[\\d+]")) {
      String field = switch (input.field()) {
        case "providerServiceCode" -> "serviceCode";
        case "billerId" -> "id";
        default -> input.field();
      };
      return key + "." + field;
    }
    return key;
  }

  private static String ruleOf(DomainError error) {
    String message = error.message();
    if (error instanceof InputError input && message.startsWith(input.field() + " ")) {
      return message.substring(input.field().length() + 1);
    }
    return message;
  }

  /** The duration, the default when absent, or the default when broken (already reported). */
  private Duration duration(String key, String text, Duration fallback) {
    if (text == null || !problems.clear(key)) {
      return fallback;
    }
    return Durations.parse(text).getOrElse(fallback);
  }

  private int whole(String key, String text, int fallback) {
    return text == null || !problems.clear(key) ? fallback : Integer.parseInt(text.trim());
  }

  private boolean bool(String key, String text, boolean fallback) {
    return text == null || !problems.clear(key) ? fallback : Boolean.parseBoolean(text.trim());
  }

}
