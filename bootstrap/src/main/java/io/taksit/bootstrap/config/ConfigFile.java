package io.taksit.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The configuration file as written, before any value is typed: every leaf is text (numbers and
 * booleans included, so {@code ${ENV}} works anywhere and a bad value is reported with its key
 * instead of failing the parse), secrets are {@link SecretText}. Hibernate Validator checks the
 * shapes declared here; {@link ConfigMapping} applies the domain's rules. Each section under
 * {@code providers} is kept as a tree and bound by {@link ProviderSections} to the configuration
 * record of the provider of that id, found through the provider SPI. Every key is documented in
 * {@code docs/configuration.md}.
 */
record ConfigFile(
    @Valid Storage storage,
    Map<String, JsonNode> providers,
    List<@NotNull(message = "must not be empty") @Valid Biller> billers,
    @Valid Reconcile reconcile,
    @Valid Runtime runtime,
    @Size(min = 1, message = "must list at least one delay")
    List<@NotNull(message = "must not be empty") @DurationText(positive = true) String>
        checkSchedule,
    @DurationText(positive = true) String gatewayDeadline,
    @DurationText(positive = true) String installmentTimeout) {

  static final String DECIMAL = "\\d{1,15}(\\.\\d{1,6})?";
  static final String DECIMAL_RULE = "must be a decimal number such as 250.00";
  static final String BOOLEAN = "(?i)true|false";
  static final String BOOLEAN_RULE = "must be true or false";
  static final String WHOLE = "\\d{1,9}";
  static final String WHOLE_RULE = "must be a whole number";

  record Storage(
      @Pattern(regexp = "(?i)memory|h2|postgresql", message = "must be memory, h2 or postgresql")
      String kind,
      String directory,
      @Pattern(regexp = "jdbc:postgresql:.+", message = "must be a jdbc:postgresql: URL")
      String url,
      String user,
      SecretText password,
      @Pattern(regexp = "[1-9]\\d{0,2}", message = "must be a whole number from 1 to 999")
      String poolSize) {}

  record Biller(
      @NotNull(message = "is required") String id,
      @NotBlank(message = "is required") String name,
      @NotNull(message = "is required") String provider,
      @NotBlank(message = "is required") String serviceCode,
      @NotNull(message = "is required")
      @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter ISO 4217 code such as EGP")
      String currency,
      @NotNull(message = "is required") @Pattern(regexp = DECIMAL, message = DECIMAL_RULE)
      String min,
      @NotNull(message = "is required") @Pattern(regexp = DECIMAL, message = DECIMAL_RULE)
      String max,
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String step,
      @Pattern(regexp = "(?i)ZERO|MIN", message = "must be ZERO or MIN") String stepAnchor,
      @NotNull(message = "is required")
      @Pattern(regexp = "(?i)FIXED|PARTIAL|ADVANCE", message = "must be FIXED, PARTIAL or ADVANCE")
      String paymentMode,
      @NotNull(message = "is required")
      @Pattern(regexp = "(?i)ONE|ALL|ANY_SUBSET", message = "must be ONE, ALL or ANY_SUBSET")
      String invoiceSelection,
      @Pattern(regexp = BOOLEAN, message = BOOLEAN_RULE) String oldestFirst,
      @Pattern(regexp = BOOLEAN, message = BOOLEAN_RULE) String inquiryRequired,
      @Pattern(regexp = BOOLEAN, message = BOOLEAN_RULE) String active,
      @Valid FeeSchedule feeSchedule) {}

  record FeeSchedule(
      @NotNull(message = "is required") @Size(min = 1, message = "must list at least one tier")
      List<@NotNull(message = "must not be empty") @Valid FeeTier> tiers,
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String tax,
      @Pattern(regexp = "(?i)UP|DOWN|CEILING|FLOOR|HALF_UP|HALF_DOWN|HALF_EVEN",
          message = "must be UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN or HALF_EVEN")
      String rounding) {}

  record FeeTier(
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String from,
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String upTo,
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String fixed,
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String percent,
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String floor,
      @Pattern(regexp = DECIMAL, message = DECIMAL_RULE) String cap) {}

  record Reconcile(@DurationText(positive = true) String lease) {}

  /** What Taksit runs by itself: {@code runtime.*}. */
  record Runtime(
      @Pattern(regexp = BOOLEAN, message = BOOLEAN_RULE) String enabled,
      @DurationText(positive = true) String reconcileEvery,
      @Pattern(regexp = "[1-9]\\d{0,3}|10000", message = "must be a whole number from 1 to 10000")
      String reconcileBatch,
      @DurationText(positive = true) String relayEvery,
      @DurationText(positive = true) String pruneEvery) {}
}
