package io.taksit.cli.chaos;

import java.time.Duration;

/**
 * What one campaign run does, from system properties so that the same test runs small in CI and
 * large by hand ({@code -Dtaksit.chaos.payments=10000}).
 *
 * @param payments how many payments to drive ({@code taksit.chaos.payments}, default 300)
 * @param seed the seed of the fault plan, the crash dice and the driver's choices
 *     ({@code taksit.chaos.seed})
 * @param hosts how many host instances work side by side during the payment phase, each on its
 *     own thread and its own connection pool ({@code taksit.chaos.hosts}, default 1: one host
 *     replays exactly from the seed; more interleave the requests, so the faults hit other
 *     requests from run to run)
 * @param faultRate the share of sandbox requests that get a fault ({@code taksit.chaos.faultRate})
 * @param payCrashRate the share of payment calls during which the host "dies"
 * @param statusCrashRate the share of status calls during which the host "dies"
 * @param readTimeout the adapters' HTTP read timeout: a delayed answer times out after this
 */
record ChaosSettings(int payments, long seed, int hosts, double faultRate, double payCrashRate,
    double statusCrashRate, Duration readTimeout) {

  static final String PAYMENTS = "taksit.chaos.payments";
  static final String SEED = "taksit.chaos.seed";
  static final String HOSTS = "taksit.chaos.hosts";
  static final String FAULT_RATE = "taksit.chaos.faultRate";

  static final int DEFAULT_PAYMENTS = 300;
  static final long DEFAULT_SEED = 20_261_121L;

  ChaosSettings {
    if (payments < 1 || payments > 1_000_000) {
      throw new IllegalArgumentException(PAYMENTS + " must be within 1 and 1,000,000, was "
          + payments);
    }
    if (hosts < 1 || hosts > 16) {
      throw new IllegalArgumentException(HOSTS + " must be within 1 and 16, was " + hosts);
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException(FAULT_RATE + " must be within 0 and 1, was " + faultRate);
    }
  }

  static ChaosSettings fromSystemProperties() {
    return new ChaosSettings(
        Integer.getInteger(PAYMENTS, DEFAULT_PAYMENTS),
        Long.getLong(SEED, DEFAULT_SEED),
        Integer.getInteger(HOSTS, 1),
        doubleProperty(FAULT_RATE, 0.25),
        0.02,
        0.01,
        Duration.ofMillis(200));
  }

  private static double doubleProperty(String name, double fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(name + " must be a number, was '" + value + "'",
          notANumber);
    }
  }
}
