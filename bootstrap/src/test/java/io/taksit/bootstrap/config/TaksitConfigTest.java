package io.taksit.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taksit.adapters.http.momkn.MomknConfig;
import io.taksit.adapters.http.spi.ProviderPlugins;
import io.taksit.adapters.http.paywall.PaywallConfig;
import io.taksit.adapters.http.sipay.SipayConfig;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Durations;
import io.taksit.adapters.http.support.RetryPolicy;
import io.taksit.adapters.http.support.Secret;
import io.taksit.adapters.http.teqpay.TeqpayConfig;
import io.taksit.application.port.in.FindPayments;
import io.taksit.bootstrap.Taksit;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeTier;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaksitConfigTest {

  private static final Path BASE = Path.of("/srv/taksit");

  private static final String MOMKN_PASSWORD = "momkn-Pa55word-never-shown";
  private static final String SIPAY_SECRET = "sipay-S3cret-never-shown";
  private static final String PAYWALL_KEY = "paywall-K3y-never-shown";
  private static final String TEQPAY_SECRET = "teqpay-S3cret-never-shown";
  private static final String DB_PASSWORD = "db-Pa55word-never-shown";

  private static final Map<String, String> SECRETS = Map.of(
      "MOMKN_PASSWORD", MOMKN_PASSWORD, "SIPAY_SECRET", SIPAY_SECRET,
      "PAYWALL_KEY", PAYWALL_KEY, "TEQPAY_SECRET", TEQPAY_SECRET, "DB_PASSWORD", DB_PASSWORD);

  /** Every key set, most to a value other than its default. */
  private static final String EVERY_KEY = """
      storage:
        kind: h2
        directory: data/h2
      providers:
        momkn:
          baseUrl: https://test.momkn.org/gateway/api/v2
          accountId: "10001"
          userName: channel-user
          password: ${MOMKN_PASSWORD}
          channelCategory: Agent
          channelType: API
          channelIdentifier: taksit
          version: "2"
          serviceListVersion: "7"
          pmtMethod: Wallet
          zone: Europe/Istanbul
          tokenLifetime: 5m
          billValidity: 20m
          notProcessedCodes: [-13, -16, -20]
          http:
            connectTimeout: 1s
            readTimeout: 8s
            readTimeouts:
              authentication: 3s
              inquiry: 4s
              fees: 5s
              payment: 40s
              status: 6s
              installments: 7s
            readRetries:
              maxTries: 2
              backoff: 150ms
              maxTotalWait: 3s
        sipay:
          baseUrl: https://sipay.example.com
          clientId: taksit
          clientSecret: ${SIPAY_SECRET}
          tenantId: 3
          accountTypeId: 2
          accountNumber: "2800001"
          walletNumber: "2500025"
          tokenLifetime: 1h
        paywall:
          baseUrl: https://test-payment-api.itspaywall.com/api/paywall
          apiKeyPublic: ${PAYWALL_KEY}
          apiClientPublic: public-client
          parametersAsHeaders: false
          endOfTheDay: 2
          posId: 41
        teqpay:
          baseUrl: https://teqpay.example.com/api
          apiKey: teqpay-key
          secretKey: ${TEQPAY_SECRET}
          language: EN
          http:
            readTimeout: PT12S
      billers:
        - id: momkn-362
          name: Takka installments
          provider: momkn
          serviceCode: 362
          currency: EGP
          min: 1
          max: 1000000000
          step: 5
          stepAnchor: MIN
          paymentMode: FIXED
          invoiceSelection: ONE
          oldestFirst: true
          inquiryRequired: false
          active: false
        - id: sipay-tt
          name: Türk Telekom
          provider: sipay
          serviceCode: 8064fb0c-c556-4104-8fe4-9779c6dc3721
          currency: try
          min: 0.01
          max: 100000
          paymentMode: partial
          invoiceSelection: ANY_SUBSET
          feeSchedule:
            tax: 0.18
            rounding: HALF_EVEN
            tiers:
              - from: 0
                upTo: 1000
                fixed: 1.50
                percent: 0.5
                cap: 5.00
              - from: 1000
                percent: 0.4
                floor: 5.00
      reconcile:
        lease: 3m
      checkSchedule: [30s, 2m, 1h]
      gatewayDeadline: 20s
      installmentTimeout: 4s
      """;

  @Test
  void readsEverySection() {
    TaksitConfig config = TaksitConfig.parse(EVERY_KEY, ConfigFormat.YAML, BASE, SECRETS);

    MomknConfig momkn = config.provider("momkn", MomknConfig.class).get();
    assertThat(momkn.baseUrl()).isEqualTo("https://test.momkn.org/gateway/api/v2");
    assertThat(momkn.accountId()).isEqualTo("10001");
    assertThat(momkn.userName()).isEqualTo("channel-user");
    assertThat(momkn.password()).isEqualTo(Secret.of(MOMKN_PASSWORD));
    assertThat(List.of(momkn.channelCategory(), momkn.channelType(), momkn.channelIdentifier()))
        .containsExactly("Agent", "API", "taksit");
    assertThat(List.of(momkn.version(), momkn.serviceListVersion(), momkn.pmtMethod()))
        .containsExactly("2", "7", "Wallet");
    assertThat(momkn.zone()).isEqualTo(ZoneId.of("Europe/Istanbul"));
    assertThat(momkn.tokenLifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(momkn.billValidity()).isEqualTo(Duration.ofMinutes(20));
    assertThat(momkn.notProcessedCodes()).isEqualTo(HashSet.of(-13, -16, -20));
    HttpSettings http = momkn.http();
    assertThat(http.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(http.readTimeout()).isEqualTo(Duration.ofSeconds(8));
    assertThat(List.of(CallKind.values()).map(http::readTimeout)).containsExactly(
        Duration.ofSeconds(3), Duration.ofSeconds(4), Duration.ofSeconds(5),
        Duration.ofSeconds(40), Duration.ofSeconds(6), Duration.ofSeconds(7));
    assertThat(http.readRetries())
        .isEqualTo(new RetryPolicy(2, Duration.ofMillis(150), Duration.ofSeconds(3)));

    SipayConfig sipay = config.provider("sipay", SipayConfig.class).get();
    assertThat(sipay).isEqualTo(new SipayConfig("https://sipay.example.com", "taksit",
        Secret.of(SIPAY_SECRET), 3, SipayConfig.BUSINESS, "2800001", "2500025",
        Duration.ofHours(1), HttpSettings.DEFAULTS));

    PaywallConfig paywall = config.provider("paywall", PaywallConfig.class).get();
    assertThat(paywall).isEqualTo(new PaywallConfig(
        "https://test-payment-api.itspaywall.com/api/paywall", Secret.of(PAYWALL_KEY),
        Secret.of("public-client"), false, Option.some(2), Option.some(41),
        HttpSettings.DEFAULTS));

    TeqpayConfig teqpay = config.provider("teqpay", TeqpayConfig.class).get();
    assertThat(teqpay).isEqualTo(new TeqpayConfig("https://teqpay.example.com/api",
        Secret.of("teqpay-key"), Secret.of(TEQPAY_SECRET), "EN",
        HttpSettings.DEFAULTS.withTimeouts(HttpSettings.DEFAULT_CONNECT_TIMEOUT,
            Duration.ofSeconds(12))));

    assertThat(config.billers()).hasSize(2);
    Biller takka = config.billers().get(0);
    assertThat(takka.id()).isEqualTo(BillerId.of("momkn-362").get());
    assertThat(takka.name()).isEqualTo("Takka installments");
    assertThat(takka.provider().value()).isEqualTo("momkn");
    assertThat(takka.providerServiceCode()).isEqualTo("362");
    assertThat(takka.currency()).isEqualTo(Currencies.EGP);
    assertThat(takka.amountRule().minimum()).isEqualTo(egp("1.00"));
    assertThat(takka.amountRule().maximum()).isEqualTo(egp("1000000000.00"));
    assertThat(takka.amountRule().step()).isEqualTo(egp("5.00"));
    assertThat(takka.amountRule().anchor()).isEqualTo(StepAnchor.MIN);
    assertThat(takka.policy().mode()).isEqualTo(PaymentMode.FIXED);
    assertThat(takka.policy().selection()).isEqualTo(InvoiceSelection.ONE);
    assertThat(takka.policy().oldestFirst()).isTrue();
    assertThat(takka.inquiryRequired()).isFalse();
    assertThat(takka.active()).isFalse();

    Biller turkTelekom = config.billers().get(1);
    assertThat(turkTelekom.currency()).isEqualTo(Currencies.TRY);
    assertThat(turkTelekom.name()).isEqualTo("Türk Telekom");
    assertThat(turkTelekom.amountRule().step()).isEqualTo(lira("0.01"));
    assertThat(turkTelekom.amountRule().anchor()).isEqualTo(StepAnchor.ZERO);
    assertThat(turkTelekom.policy().mode()).isEqualTo(PaymentMode.PARTIAL);
    assertThat(turkTelekom.policy().selection()).isEqualTo(InvoiceSelection.ANY_SUBSET);
    assertThat(turkTelekom.policy().oldestFirst()).isFalse();
    assertThat(turkTelekom.inquiryRequired()).isTrue();
    assertThat(turkTelekom.active()).isTrue();
    assertThat(config.feeSchedules().keySet()).containsExactly(turkTelekom.id());
    FeeSchedule schedule = config.feeSchedules().get(turkTelekom.id()).get();
    assertThat(schedule).isEqualTo(FeeSchedule.of(Currencies.TRY, List.of(
            FeeTier.of(lira("0.00"), Option.some(lira("1000.00")), lira("1.50"),
                new BigDecimal("0.5"), Option.none(), Option.some(lira("5.00"))).get(),
            FeeTier.of(lira("1000.00"), Option.none(), lira("0.00"), new BigDecimal("0.4"),
                Option.some(lira("5.00")), Option.none()).get()),
        new BigDecimal("0.18"), RoundingMode.HALF_EVEN).get());

    assertThat(config.storage()).isEqualTo(new StorageSettings.H2(BASE.resolve("data/h2")));
    assertThat(config.reconcileLease()).isEqualTo(Duration.ofMinutes(3));
    assertThat(config.checkSchedule().delays()).containsExactly(Duration.ofSeconds(30),
        Duration.ofMinutes(2), Duration.ofHours(1));
    assertThat(config.gatewayDeadline()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.installmentTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(config.providerIds()).containsExactly("momkn", "sipay", "paywall", "teqpay");
  }

  @Test
  void absentKeysTakeTheirDefaults() {
    TaksitConfig config = TaksitConfig.parse("""
        providers:
          momkn:
            baseUrl: https://test.momkn.org/gateway/api/v2
            accountId: "10001"
            userName: u
            password: p
            channelCategory: c
            channelType: t
            channelIdentifier: i
        """, ConfigFormat.YAML, BASE, Map.of());

    assertThat(config.provider("momkn", MomknConfig.class).get()).isEqualTo(MomknConfig.of(
        "https://test.momkn.org/gateway/api/v2", "10001", "u", Secret.of("p"), "c", "t", "i"));
    assertThat(config.provider("sipay", SipayConfig.class)).isEmpty();
    assertThat(config.provider("paywall", PaywallConfig.class)).isEmpty();
    assertThat(config.provider("teqpay", TeqpayConfig.class)).isEmpty();
    assertThat(config.billers()).isEmpty();
    // Never memory by default: a restart must not forget a payment (memory is explicit).
    assertThat(config.storage()).isEqualTo(new StorageSettings.H2(
        BASE.toAbsolutePath().resolve(StorageSettings.DEFAULT_H2_DIRECTORY).normalize()));
    assertThat(config.reconcileLease()).isEqualTo(TaksitConfig.DEFAULT_RECONCILE_LEASE);
    assertThat(config.checkSchedule()).isEqualTo(CheckSchedule.DEFAULT);
    assertThat(config.gatewayDeadline()).isEqualTo(TaksitConfig.DEFAULT_GATEWAY_DEADLINE);
    assertThat(config.installmentTimeout()).isEqualTo(TaksitConfig.DEFAULT_INSTALLMENT_TIMEOUT);
  }

  @Test
  void substitutesEnvironmentVariablesFromTheGivenMapOnly() {
    TaksitConfig config = TaksitConfig.parse("""
        storage:
          kind: ${STORAGE_KIND:-postgresql}
          url: jdbc:postgresql://${DB_HOST}:5432/taksit?ssl=true
          user: ${DB_USER:-taksit}
          password: ${DB_PASSWORD}
          poolSize: ${POOL_SIZE:-4}
        providers:
          teqpay:
            baseUrl: https://teqpay.example.com
            apiKey: $${NOT_A_VARIABLE}
            secretKey: ${EMPTY:-fallback}
            language: ${LANGUAGE}
        """, ConfigFormat.YAML, BASE, Map.of(
            "DB_HOST", "db.internal", "DB_PASSWORD", DB_PASSWORD, "EMPTY", "",
            "LANGUAGE", "EN", "PATH", "/usr/bin"));

    StorageSettings.Postgresql storage = (StorageSettings.Postgresql) config.storage();
    assertThat(storage.url()).isEqualTo("jdbc:postgresql://db.internal:5432/taksit?ssl=true");
    assertThat(storage.user()).isEqualTo("taksit");
    assertThat(storage.password().value()).isEqualTo(DB_PASSWORD);
    assertThat(storage.poolSize()).isEqualTo(4);
    assertThat(storage.toString()).doesNotContain(DB_PASSWORD).doesNotContain("ssl=true");
    TeqpayConfig teqpay = config.provider("teqpay", TeqpayConfig.class).get();
    assertThat(teqpay.apiKey().reveal()).isEqualTo("${NOT_A_VARIABLE}");
    assertThat(teqpay.secretKey().reveal()).isEqualTo("fallback");
    assertThat(teqpay.language()).isEqualTo("EN");
  }

  @Test
  void anUnsetVariableIsAProblemNamingTheKeyAndTheVariable() {
    InvalidConfigurationException invalid = invalid("""
        providers:
          momkn:
            baseUrl: https://test.momkn.org/gateway/api/v2
            accountId: "10001"
            userName: u
            password: ${MOMKN_PASSWORD}
            channelCategory: c
            channelType: t
            channelIdentifier: i
          teqpay:
            baseUrl: https://teqpay.example.com
            apiKey: ${TEQPAY_KEY
            secretKey: ${TEQPAY_SECRET}
        """, Map.of("TEQPAY_SECRET", TEQPAY_SECRET));

    assertThat(invalid.problems()).containsExactly(
        problem("providers.momkn.password", "environment variable MOMKN_PASSWORD is not set"),
        problem("providers.teqpay.apiKey",
            "has a malformed ${...} reference (write ${NAME} or ${NAME:-default})"));
    assertThat(invalid.getMessage()).doesNotContain(TEQPAY_SECRET);
  }

  @Test
  void reportsEveryProblemAtOnceWithItsFullKey() {
    InvalidConfigurationException invalid = invalid("""
        storage:
          kind: h3
          url: jdbc:mysql://x
        providers:
          momkn:
            baseUrl: http://test.momkn.org/gateway/api/v2
            accountId: "10001"
            userName: u
            password: ${MOMKN_PASSWORD}
            channelCategory: c
            channelType: t
            channelIdentifier: i
            tokenLifetime: 0s
            zone: Mars/Olympus
            notProcessedCodes: [-13, 0]
            http:
              connectTimeout: fast
              readTimeouts:
                paymnt: 30s
              readRetries:
                maxTries: 11
          paywall:
            baseUrl: ftp://paywall.example.com
            apiKeyPublic: k
            apiClientPublic: ""
            endOfTheDay: 31
            parametersAsHeaders: sometimes
          teqpay: nothing
        billers:
          - id: momkn 362
            name: Takka
            provider: paywall
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 4
            step: 5
            paymentMode: SOMETIMES
            invoiceSelection: ONE
            active: maybe
          - just a string
          - id: takka-2
            name: Takka 2
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 10
            max: 5
            step: 0.001
            paymentMode: FIXED
            invoiceSelection: ONE
          - id: takka-3
            name: Takka 3
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 4
            step: 5
            paymentMode: FIXED
            invoiceSelection: ONE
          - id: takka-3
            name: Takka 3 again
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 100
            paymentMode: FIXED
            invoiceSelection: ONE
            feeSchedule:
              rounding: UNNECESSARY
              tiers:
                - upTo: 50
                  fixed: 1
                - from: 40
                  floor: 3
                  cap: 2
        checkSchedule: []
        gatewayDeadline: 1 minute
        installmentTimeout: 0ms
        reconcile:
          lease: 10s
        extra: true
        """, Map.of("MOMKN_PASSWORD", MOMKN_PASSWORD));

    assertThat(invalid.problems().map(ConfigProblem::toString)).containsExactly(
        "billers[0].active: must be true or false",
        "billers[0].id: must be 1 to 64 letters, digits, dots, underscores, colons or dashes",
        "billers[0].paymentMode: must be FIXED, PARTIAL or ADVANCE",
        "billers[0].provider: must name a configured bill-payment provider (configured: momkn;"
            + " paywall is not a bill-payment provider)",
        "billers[0].step: amount rule admits no amount: no multiple of 5.00 EGP lies between"
            + " 1.00 EGP and 4.00 EGP",
        "billers[1]: must be a section of key: value pairs",
        "billers[2].step: amount 0.001 has more than 2 decimal places allowed for EGP",
        "billers[3].step: amount rule admits no amount: no multiple of 5.00 EGP lies between"
            + " 1.00 EGP and 4.00 EGP",
        "billers[4].feeSchedule.rounding: must be UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN"
            + " or HALF_EVEN",
        "billers[4].id: repeats the id of billers[3]",
        "checkSchedule: must list at least one delay",
        "extra: is not a known key (known here: billers, checkSchedule, gatewayDeadline,"
            + " installmentTimeout, providers, reconcile, runtime, storage)",
        "gatewayDeadline: must be a duration such as 500ms, 2s, 1m, 1h or 1d",
        "installmentTimeout: must be a positive duration",
        "providers.momkn.baseUrl: must use https (plain http only for loopback hosts)",
        "providers.momkn.http.connectTimeout: must be a duration such as 500ms, 2s, 1m, 1h or 1d",
        "providers.momkn.http.readRetries.maxTries: must be a whole number from 1 to 10",
        "providers.momkn.http.readTimeouts.paymnt: is not a known key (known here:"
            + " authentication, fees, inquiry, installments, payment, status)",
        "providers.momkn.notProcessedCodes: must not contain 0, Momkn's success code",
        "providers.momkn.tokenLifetime: must be a positive duration",
        "providers.momkn.zone: must be a time zone such as Africa/Cairo",
        "providers.paywall.apiClientPublic: must not be blank",
        "providers.paywall.baseUrl: must be an absolute http(s) URL with a host",
        "providers.paywall.endOfTheDay: must be a settlement-day id from 1 to 30",
        "providers.paywall.parametersAsHeaders: must be true or false",
        "providers.teqpay: must be a section of key: value pairs",
        "storage.kind: must be memory, h2 or postgresql",
        "storage.url: must be a jdbc:postgresql: URL");
    assertThat(invalid.getMessage()).startsWith("invalid configuration <text> (28 problems):")
        .doesNotContain(MOMKN_PASSWORD);
  }

  @Test
  void domainRulesOfValidShapesAreChecked() {
    InvalidConfigurationException invalid = invalid(momknSection() + """
        billers:
          - id: takka
            name: Takka
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 10
            max: 5
            paymentMode: FIXED
            invoiceSelection: ONE
          - id: takka-2
            name: "  "
            provider: sipay
            serviceCode: "362"
            currency: XXX
            min: 1
            max: 5
            paymentMode: FIXED
            invoiceSelection: ONE
          - id: takka-3
            name: Takka 3
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 100
            paymentMode: FIXED
            invoiceSelection: ONE
            feeSchedule:
              tiers:
                - upTo: 50
                  fixed: 1
                - from: 40
          - id: takka-4
            name: Takka 4
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 100
            paymentMode: FIXED
            invoiceSelection: ONE
            feeSchedule:
              tiers:
                - floor: 3
                  cap: 2
        reconcile:
          lease: 30s
        gatewayDeadline: 30s
        """, Map.of());

    assertThat(invalid.problems().map(ConfigProblem::toString)).containsExactly(
        "billers[0].max: amount rule minimum 10.00 EGP must not be above maximum 5.00 EGP",
        "billers[1].currency: currency XXX has no ISO 4217 minor unit and cannot carry money",
        "billers[1].name: is required",
        "billers[1].provider: must name a configured bill-payment provider (configured: momkn)",
        "billers[2].feeSchedule.tiers: fee schedule tiers from 0.00 EGP and from 40.00 EGP"
            + " overlap",
        "billers[3].feeSchedule.tiers[0]: fee schedule tier from 0.00 EGP: floor 3.00 EGP is"
            + " above cap 2.00 EGP",
        "reconcile.lease: must be longer than gatewayDeadline (30s), so no other instance checks"
            + " a payment mid-call");
  }

  @Test
  void aTooLongBillerNameIsReportedByTheDomainUnderItsKey() {
    InvalidConfigurationException invalid = invalid(momknSection() + """
        billers:
          - id: takka
            name: %s
            provider: momkn
            serviceCode: "362"
            currency: EGP
            min: 1
            max: 5
            paymentMode: FIXED
            invoiceSelection: ONE
        """.formatted("T".repeat(130)), Map.of());

    assertThat(invalid.problems()).containsExactly(
        problem("billers[0].name", "must be at most 128 characters, was 130"));
  }

  @Test
  void plainHttpIsAcceptedOnlyForLoopbackHosts() {
    for (String loopback : List.of("http://127.0.0.1:8080/teqpay", "http://localhost/teqpay",
        "http://[::1]:9000/teqpay", "https://teqpay.example.com")) {
      TaksitConfig config = TaksitConfig.parse(teqpayAt(loopback), ConfigFormat.YAML, BASE,
          Map.of());
      assertThat(config.provider("teqpay", TeqpayConfig.class).get().baseUrl()).isEqualTo(loopback);
    }
    for (String remote : List.of("http://teqpay.example.com", "http://10.0.0.5/teqpay",
        "http://192.168.1.20:8080")) {
      assertThat(invalid(teqpayAt(remote), Map.of()).problems()).containsExactly(problem(
          "providers.teqpay.baseUrl", "must use https (plain http only for loopback hosts)"));
    }
    assertThat(invalid(teqpayAt("teqpay.example.com"), Map.of()).problems()).containsExactly(
        problem("providers.teqpay.baseUrl", "must be an absolute http(s) URL with a host"));
    assertThat(invalid(teqpayAt("https://teqpay.example.com/?token=x"), Map.of()).problems())
        .containsExactly(problem("providers.teqpay.baseUrl",
            "must not carry a query or a fragment"));
  }

  @Test
  void secretsAreNeverPrinted() {
    TaksitConfig config = TaksitConfig.parse(EVERY_KEY, ConfigFormat.YAML, BASE, SECRETS);
    String printed = config + " " + config.provider("momkn", MomknConfig.class) + " " + config.provider("sipay", SipayConfig.class) + " "
        + config.provider("paywall", PaywallConfig.class) + " " + config.provider("teqpay", TeqpayConfig.class) + " " + config.storage();
    assertNoSecretIn(printed);

    // A problem elsewhere in a file full of secrets: the report holds none of them.
    InvalidConfigurationException invalid = invalid(EVERY_KEY.replace("gatewayDeadline: 20s",
        "gatewayDeadline: soon"), SECRETS);
    assertThat(invalid.problems()).containsExactly(problem("gatewayDeadline",
        "must be a duration such as 500ms, 2s, 1m, 1h or 1d"));
    assertNoSecretIn(invalid.getMessage());

    // A secret in the wrong place or of the wrong shape: reported by key, its value not echoed.
    InvalidConfigurationException misplaced = invalid("""
        providers:
          teqpay:
            baseUrl: https://teqpay.example.com
            apiKey: [%s]
            secretKey: k
            passwrd: %s
        """.formatted(TEQPAY_SECRET, MOMKN_PASSWORD), Map.of());
    assertThat(misplaced.problems().map(ConfigProblem::key))
        .containsExactly("providers.teqpay.apiKey", "providers.teqpay.passwrd");
    assertNoSecretIn(misplaced.getMessage());

    // A YAML syntax error on a line holding a secret: the location, never the line.
    InvalidConfigurationException unreadable = invalid("""
        providers:
          teqpay:
            secretKey: "%s
        """.formatted(TEQPAY_SECRET), Map.of());
    assertThat(unreadable.problems()).hasSize(1);
    assertThat(unreadable.problems().head().key()).isEqualTo("<text>");
    assertThat(unreadable.problems().head().rule()).startsWith("is not valid YAML (line ");
    assertNoSecretIn(unreadable.getMessage());
  }

  @Test
  void aKeyWrittenTwiceIsAnError() {
    InvalidConfigurationException invalid = invalid("""
        gatewayDeadline: 10s
        gatewayDeadline: 20s
        """, Map.of());

    assertThat(invalid.problems().head().rule())
        .startsWith("is not valid YAML").contains("a key appears twice")
        .contains("gatewayDeadline");
  }

  /** Whatever the class path holds: adding a provider changes no test. */
  private static final String INSTALLED = ProviderPlugins.ids().mkString(", ");

  @Test
  void aSectionOfAProviderNobodyInstalledListsTheInstalledOnes() {
    assertThat(invalid("""
        providers:
          acme:
            baseUrl: https://acme.example.com
        """, Map.of()).problems()).containsExactly(problem("providers.acme",
        "is not an installed provider (installed: " + INSTALLED + ")"));
  }

  @Test
  void anEmptyFileNeedsAProvider() {
    assertThat(invalid("", Map.of()).problems()).containsExactly(problem("providers",
        "must configure at least one provider (installed: " + INSTALLED + ")"));
    assertThat(invalid("- a\n- b\n", Map.of()).problems()).containsExactly(problem("<text>",
        "must hold sections of key: value pairs at the top level"));
  }

  @Test
  void storageKeysMustFitTheKind() {
    assertThat(invalid(teqpayAt("https://t.example.com") + """
        storage:
          kind: h2
          url: jdbc:postgresql://db/taksit
        """, Map.of()).problems()).containsExactly(
        problem("storage.url", "is used only with storage kind postgresql, not h2"));
    assertThat(invalid(teqpayAt("https://t.example.com") + """
        storage:
          kind: h2
          directory: " "
        """, Map.of()).problems()).containsExactly(
        problem("storage.directory", "must not be blank"));
    assertThat(invalid(teqpayAt("https://t.example.com") + """
        storage:
          kind: postgresql
          directory: data
          url: jdbc:postgresql://db/taksit
        """, Map.of()).problems()).containsExactly(
        problem("storage.directory", "is used only with storage kind h2, not postgresql"),
        problem("storage.password", "is required for storage kind postgresql (\"\" for none)"),
        problem("storage.user", "is required for storage kind postgresql"));
    assertThat(invalid(teqpayAt("https://t.example.com") + """
        storage:
          password: ${DB_PASSWORD}
        """, Map.of("DB_PASSWORD", DB_PASSWORD)).problems()).containsExactly(
        problem("storage.password", "is used only with storage kind postgresql, not h2"));
  }

  @Test
  void readsThePropertiesFormat() {
    TaksitConfig config = TaksitConfig.parse("""
        storage.kind=h2
        storage.directory=/var/lib/taksit
        providers.momkn.baseUrl=https://test.momkn.org/gateway/api/v2
        providers.momkn.accountId=10001
        providers.momkn.userName=u
        providers.momkn.password=${MOMKN_PASSWORD}
        providers.momkn.channelCategory=c
        providers.momkn.channelType=t
        providers.momkn.channelIdentifier=i
        providers.momkn.notProcessedCodes[0]=-16
        providers.momkn.http.readTimeouts.payment=45s
        billers[0].id=momkn-362
        billers[0].name=Takka installments
        billers[0].provider=momkn
        billers[0].serviceCode=362
        billers[0].currency=EGP
        billers[0].min=1
        billers[0].max=1000000000
        billers[0].step=5
        billers[0].paymentMode=FIXED
        billers[0].invoiceSelection=ONE
        billers[0].feeSchedule.tiers[0].percent=1
        billers[0].feeSchedule.tiers[0].fixed=2
        checkSchedule[0]=1m
        checkSchedule[1]=1h
        """, ConfigFormat.PROPERTIES, BASE, SECRETS);

    assertThat(config.storage()).isEqualTo(new StorageSettings.H2(Path.of("/var/lib/taksit")));
    assertThat(config.provider("momkn", MomknConfig.class).get().password()).isEqualTo(Secret.of(MOMKN_PASSWORD));
    assertThat(config.provider("momkn", MomknConfig.class).get().notProcessedCodes()).isEqualTo(HashSet.of(-16));
    assertThat(config.provider("momkn", MomknConfig.class).get().http().readTimeout(CallKind.PAYMENT))
        .isEqualTo(Duration.ofSeconds(45));
    assertThat(config.billers().map(b -> b.id().value())).containsExactly("momkn-362");
    assertThat(config.feeSchedules().get(config.billers().head().id()).get().tiers().head().fixed())
        .isEqualTo(egp("2.00"));
    assertThat(config.checkSchedule().delays()).containsExactly(Duration.ofMinutes(1),
        Duration.ofHours(1));

    InvalidConfigurationException invalid = catchThrowableOfType(
        InvalidConfigurationException.class, () -> TaksitConfig.parse("""
            providers.teqpay=x
            providers.teqpay.apiKey=k
            billers[0].bogus=1
            """, ConfigFormat.PROPERTIES, BASE, Map.of()));
    assertThat(invalid.problems().map(ConfigProblem::key))
        .contains("providers.teqpay.apiKey", "billers[0].bogus");
  }

  @Test
  void loadsAFileResolvingPathsAgainstItsDirectoryAndBuildsTaksit(@TempDir Path directory)
      throws Exception {
    Path file = directory.resolve("taksit.yaml");
    Files.writeString(file, teqpayAt("https://teqpay.example.com") + """
        storage:
          kind: h2
          directory: store
        """);

    TaksitConfig config = TaksitConfig.load(file, Map.of());
    assertThat(config.storage()).isEqualTo(new StorageSettings.H2(directory.resolve("store")));

    try (Taksit taksit = Taksit.fromConfig(file, Map.of())) {
      assertThat(taksit.findPayments().find(new FindPayments.Query(null, null, null, null, 10))
          .get()).isEmpty();
    }
    assertThat(directory.resolve("store")).isDirectory();
    try (Taksit again = Taksit.fromConfig(file, Map.of())) {
      assertThat(again.payments()).isNotNull();
    }
  }

  @Test
  void aMissingFileIsAConfigurationProblem(@TempDir Path directory) {
    Path missing = directory.resolve("nowhere.yaml");

    assertThatThrownBy(() -> Taksit.fromConfig(missing, Map.of()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class, invalid ->
            assertThat(invalid.problems()).containsExactly(problem(missing.toString(),
                "file not found")));
  }

  @Test
  void theFormatFollowsTheFileName() {
    assertThat(ConfigFormat.of(Path.of("taksit.yaml"))).isEqualTo(ConfigFormat.YAML);
    assertThat(ConfigFormat.of(Path.of("conf/taksit.yml"))).isEqualTo(ConfigFormat.YAML);
    assertThat(ConfigFormat.of(Path.of("taksit.PROPERTIES"))).isEqualTo(ConfigFormat.PROPERTIES);
  }

  @Test
  void durationsAreShorthandOrIso() {
    assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(Durations.parse("2s")).contains(Duration.ofSeconds(2));
    assertThat(Durations.parse("1m")).contains(Duration.ofMinutes(1));
    assertThat(Durations.parse("1h")).contains(Duration.ofHours(1));
    assertThat(Durations.parse("1d")).contains(Duration.ofDays(1));
    assertThat(Durations.parse("PT1M30S")).contains(Duration.ofSeconds(90));
    assertThat(Durations.parse("1.5s")).isEmpty();
    assertThat(Durations.parse("-1s")).isEmpty();
    assertThat(Durations.parse("soon")).isEmpty();
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(Durations.format(Duration.ofDays(2))).isEqualTo("2d");
  }

  private static void assertNoSecretIn(String text) {
    assertThat(text).doesNotContain(MOMKN_PASSWORD).doesNotContain(SIPAY_SECRET)
        .doesNotContain(PAYWALL_KEY).doesNotContain(TEQPAY_SECRET).doesNotContain(DB_PASSWORD);
  }

  private static InvalidConfigurationException invalid(String yaml, Map<String, String> env) {
    InvalidConfigurationException invalid = catchThrowableOfType(
        InvalidConfigurationException.class,
        () -> TaksitConfig.parse(yaml, ConfigFormat.YAML, BASE, env));
    assertThat(invalid).as("the configuration should have been refused").isNotNull();
    return invalid;
  }

  private static String momknSection() {
    return """
        providers:
          momkn:
            baseUrl: https://test.momkn.org/gateway/api/v2
            accountId: "10001"
            userName: u
            password: p
            channelCategory: c
            channelType: t
            channelIdentifier: i
        """;
  }

  private static String teqpayAt(String baseUrl) {
    return """
        providers:
          teqpay:
            baseUrl: %s
            apiKey: k
            secretKey: s
        """.formatted(baseUrl);
  }

  private static ConfigProblem problem(String key, String rule) {
    return new ConfigProblem(key, rule);
  }

  private static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.EGP).get();
  }

  private static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }
}
