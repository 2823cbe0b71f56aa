package io.taksit.cli.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Configuration files with random values in ten settings, each drawn good (three times in four)
 * or bad, and two secrets that must never be shown.
 */
final class BadConfigurations {

  /** One configuration: its YAML, the keys holding a bad value, the secrets written in it. */
  record ConfigCase(String yaml, Set<String> invalidKeys, String[] secrets) {
    @Override
    public String toString() {
      return "ConfigCase[bad " + invalidKeys + "]\n" + yaml;
    }
  }

  /** A setting's key with good and bad values (the rules of {@code docs/configuration.md}). */
  private record Setting(String key, List<String> good, List<String> bad) {}

  private static final List<Setting> SETTINGS = List.of(
      new Setting("storage.kind", List.of("memory"), List.of("mongo", "files", "h3")),
      new Setting("providers.momkn.baseUrl",
          List.of("https://test.momkn.org/gateway/api/v2", "http://127.0.0.1:9/momkn"),
          List.of("http://example.com/api", "ftp://test.momkn.org", "not a url", "https://")),
      new Setting("providers.momkn.tokenLifetime", List.of("10m", "2s", "PT1M30S", "1h"),
          List.of("0s", "-1m", "abc", "10 minutes", "1.5m")),
      new Setting("providers.momkn.http.readTimeout", List.of("10s", "500ms", "PT2S"),
          List.of("0ms", "-3s", "fast", "3 s")),
      new Setting("providers.momkn.http.readRetries.maxTries", List.of("1", "3", "10"),
          List.of("0", "11", "-1", "three")),
      new Setting("billers[0].currency", List.of("EGP"), List.of("EGPP", "XXX", "E1P", "ZZZ")),
      new Setting("billers[0].min", List.of("1", "0", "1.00"), List.of("-1", "abc", "1.001")),
      new Setting("billers[0].step", List.of("5", "0.05"), List.of("0", "-5", "x", "0.001")),
      new Setting("checkSchedule[0]", List.of("1m", "30s"), List.of("0s", "-1m", "x")),
      new Setting("gatewayDeadline", List.of("30s", "10s"), List.of("0s", "-5s", "soon")));

  private BadConfigurations() {}

  static Arbitrary<ConfigCase> configurations() {
    List<Arbitrary<Map.Entry<String, Boolean>>> values = new ArrayList<>();
    for (Setting setting : SETTINGS) {
      values.add(Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(3, Arbitraries.of(setting.good()).map(v -> Map.entry(v, true))),
          net.jqwik.api.Tuple.of(1, Arbitraries.of(setting.bad()).map(v -> Map.entry(v, false)))));
    }
    Arbitrary<String> secrets = Arbitraries.strings().alpha().numeric().ofLength(16)
        .map(s -> "S3cret-" + s);
    return Combinators.combine(Combinators.combine(values).as(list -> list), secrets, secrets)
        .as(BadConfigurations::configuration);
  }

  private static ConfigCase configuration(List<Map.Entry<String, Boolean>> drawn,
      String password, String apiKey) {
    Map<String, String> value = new LinkedHashMap<>();
    Set<String> invalid = new LinkedHashSet<>();
    for (int i = 0; i < SETTINGS.size(); i++) {
      value.put(SETTINGS.get(i).key(), drawn.get(i).getKey());
      if (!drawn.get(i).getValue()) {
        invalid.add(SETTINGS.get(i).key());
      }
    }
    String yaml = String.join("\n",
        "storage:",
        "  kind: \"" + value.get("storage.kind") + "\"",
        "providers:",
        "  momkn:",
        "    baseUrl: \"" + value.get("providers.momkn.baseUrl") + "\"",
        "    accountId: \"10001\"",
        "    userName: \"taksit\"",
        "    password: \"" + password + "\"",
        "    channelCategory: \"Agent\"",
        "    channelType: \"API\"",
        "    channelIdentifier: \"taksit\"",
        "    tokenLifetime: \"" + value.get("providers.momkn.tokenLifetime") + "\"",
        "    http:",
        "      readTimeout: \"" + value.get("providers.momkn.http.readTimeout") + "\"",
        "      readRetries:",
        "        maxTries: \"" + value.get("providers.momkn.http.readRetries.maxTries") + "\"",
        "  paywall:",
        "    baseUrl: \"https://test-payment-api.itspaywall.com/api/paywall\"",
        "    apiKeyPublic: \"" + apiKey + "\"",
        "    apiClientPublic: \"public-client\"",
        "billers:",
        "  - id: \"momkn-362\"",
        "    name: \"Takka installments\"",
        "    provider: \"momkn\"",
        "    serviceCode: \"362\"",
        "    currency: \"" + value.get("billers[0].currency") + "\"",
        "    min: \"" + value.get("billers[0].min") + "\"",
        "    max: \"1000000\"",
        "    step: \"" + value.get("billers[0].step") + "\"",
        "    paymentMode: \"FIXED\"",
        "    invoiceSelection: \"ONE\"",
        "checkSchedule: [\"" + value.get("checkSchedule[0]") + "\", \"5m\"]",
        "gatewayDeadline: \"" + value.get("gatewayDeadline") + "\"",
        "");
    return new ConfigCase(yaml, invalid, new String[] {password, apiKey});
  }
}
