package io.taksit.adapters.http.paywall;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.paywall.PaywallStubScript.json;
import static io.taksit.adapters.http.paywall.PaywallStubScript.lira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaywallGatewayTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static final String PATH = PaywallStubScript.BASE_PATH + "/installment";
  private static final String KEY = "pk_test_4f1c9a";
  private static final String CLIENT = "pc_test_77b2e0";

  private static PaywallConfig config() {
    return PaywallConfig.of(server.baseUrl() + PaywallStubScript.BASE_PATH, Secret.of(KEY),
        Secret.of(CLIENT)).withHttp(ContractSettings.SETTINGS);
  }

  private static PaywallGateway gateway(PaywallConfig config) {
    return new PaywallGateway(config, HttpCalls.of(config.http()).withSleeper(wait -> { }),
        Clock.systemUTC());
  }

  private static ReadOutcome<InstallmentQuote> quote(String amount, String bin) {
    return gateway(config()).quote(request(lira(amount), bin));
  }

  private static InstallmentRequest request(Money amount, String bin) {
    return new InstallmentRequest(amount,
        bin == null ? Option.none() : Option.some(CardBin.of(bin).get()));
  }

  private static void answer(ResponseDefinitionBuilder response) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(response));
  }

  private static InstallmentQuote answered(ReadOutcome<InstallmentQuote> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<InstallmentQuote>) outcome).value();
  }

  private static ReadOutcome.Refused<InstallmentQuote> refused(
      ReadOutcome<InstallmentQuote> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
    return (ReadOutcome.Refused<InstallmentQuote>) outcome;
  }

  private static ReadOutcome.Failed<InstallmentQuote> failed(
      ReadOutcome<InstallmentQuote> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    return (ReadOutcome.Failed<InstallmentQuote>) outcome;
  }

  private static RequestPatternBuilder keyed(RequestPatternBuilder request) {
    return request.withHeader("apikeypublic", equalTo(KEY))
        .withHeader("apiclientpublic", equalTo(CLIENT))
        .withHeader("Accept", equalTo("application/json"));
  }

  @Nested
  class Seeds {

    @Test
    void current_shape_maps_every_field_and_sends_the_parameters_as_headers() {
      answer(json(PaywallSamples.CURRENT));

      InstallmentQuote quote = answered(quote("30.00", "43550812"));

      assertThat(quote.card()).isEqualTo(new CardProfile(Option.some("ANADOLUBANK A.Ş."),
          Option.some("Master Card"), Option.none(), CardKind.INDIVIDUAL, CardType.DEBIT));
      assertThat(quote.options()).hasSize(1);
      InstallmentOption option = quote.options().head();
      assertThat(option.provider()).isEqualTo(new ProviderId("paywall"));
      assertThat(option.channel()).isEqualTo(Option.some("payjumptestt"));
      assertThat(option.count()).isEqualTo(1);
      assertThat(option.principal()).isEqualTo(lira("30.00"));
      assertThat(option.customerInterestRate()).isEqualTo(new BigDecimal("2"));
      assertThat(option.merchantCommissionRate()).contains(new BigDecimal("2"));
      assertThat(option.total()).isEqualTo(lira("30.60"));
      assertThat(option.schedule()).containsExactly(lira("30.60"));

      server.verify(1, keyed(getRequestedFor(urlEqualTo(PATH)))
          .withHeader("currencyid", equalTo("1"))
          .withHeader("amount", equalTo("30.00"))
          .withHeader("binnumber", equalTo("435508"))
          .withHeader("distinctduplicates", equalTo("true"))
          .withHeader("endoftheday", absent())
          .withHeader("posid", absent()));
      server.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void older_shape_has_no_channel_and_maps_a_commercial_credit_card() {
      answer(json(PaywallSamples.OLDER));

      InstallmentQuote quote = answered(quote(PaywallSamples.OLDER_AMOUNT, "454360"));

      assertThat(quote.card()).isEqualTo(new CardProfile(Option.some("T.HALK BANKASI A.Ş."),
          Option.some("Master Card"), Option.some("Paraf"), CardKind.COMMERCIAL,
          CardType.CREDIT));
      InstallmentOption option = quote.options().single();
      assertThat(option.provider()).isEqualTo(new ProviderId("paywall"));
      assertThat(option.channel()).isEqualTo(Option.none());
      assertThat(option.count()).isEqualTo(1);
      assertThat(option.principal()).isEqualTo(lira("10.10"));
      assertThat(option.customerInterestRate()).isEqualTo(new BigDecimal("3"));
      assertThat(option.merchantCommissionRate()).contains(new BigDecimal("1"));
      // Sample data: the documented InterestAmount is kept as reported, not recomputed.
      assertThat(option.total()).isEqualTo(lira("39.80"));
      assertThat(option.schedule()).containsExactly(lira("39.80"));

      server.verify(1, keyed(getRequestedFor(urlEqualTo(PATH)))
          .withHeader("currencyid", equalTo("1"))
          .withHeader("amount", equalTo("10.10"))
          .withHeader("binnumber", equalTo("454360"))
          .withHeader("distinctduplicates", equalTo("true")));
    }
  }

  @Nested
  class Request {

    @Test
    void query_parameters_when_headers_are_switched_off() {
      answer(json(PaywallSamples.CURRENT));
      PaywallConfig config = config().withParametersAsHeaders(false).withEndOfTheDay(2)
          .withPosId(77);

      answered(gateway(config).quote(request(lira("30.00"), "435508")));

      server.verify(1, keyed(getRequestedFor(urlEqualTo(PATH + "?currencyid=1&amount=30.00"
              + "&binnumber=435508&distinctduplicates=true&endoftheday=2&posid=77")))
          .withQueryParam("currencyid", equalTo("1"))
          .withQueryParam("amount", equalTo("30.00"))
          .withQueryParam("binnumber", equalTo("435508"))
          .withQueryParam("distinctduplicates", equalTo("true"))
          .withQueryParam("endoftheday", equalTo("2"))
          .withQueryParam("posid", equalTo("77"))
          .withHeader("currencyid", absent())
          .withHeader("amount", absent())
          .withHeader("binnumber", absent())
          .withHeader("distinctduplicates", absent()));
    }

    @Test
    void settlement_day_and_pos_as_headers_when_configured() {
      answer(json(PaywallSamples.CURRENT));

      answered(gateway(config().withEndOfTheDay(30).withPosId(4149))
          .quote(request(lira("30.00"), "435508")));

      server.verify(1, keyed(getRequestedFor(urlEqualTo(PATH)))
          .withHeader("endoftheday", equalTo("30"))
          .withHeader("posid", equalTo("4149")));
    }

    @Test
    void without_a_bin_no_binnumber_is_sent_either_way() {
      answer(json(PaywallSamples.CURRENT));

      answered(quote("30.00", null));
      answered(gateway(config().withParametersAsHeaders(false))
          .quote(request(lira("30.00"), null)));

      server.verify(1, getRequestedFor(urlEqualTo(PATH)).withHeader("binnumber", absent())
          .withHeader("amount", equalTo("30.00")));
      server.verify(1, getRequestedFor(urlEqualTo(PATH
          + "?currencyid=1&amount=30.00&distinctduplicates=true")));
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource({"1250.5, 1250.50", "1000000000, 1000000000.00", "0.01, 0.01"})
    void amount_is_a_plain_dot_decimal_at_the_currency_scale(String amount, String wire) {
      answer(json(PaywallSamples.currentFor(new BigDecimal(amount))));

      answered(quote(amount, "435508"));

      server.verify(1, getRequestedFor(urlEqualTo(PATH)).withHeader("amount", equalTo(wire)));
    }

    @ParameterizedTest(name = "{0} is currencyid {1}")
    @CsvSource({"TRY, 1", "USD, 2", "EUR, 3", "BAM, 4", "GBP, 7", "CHF, 9", "HUF, 18",
        "ISK, 19", "SEK, 22", "CLP, 27", "CNY, 32", "THB, 33"})
    void currency_ids_follow_paywalls_table(String code, int id) {
      Currency currency = Currency.getInstance(code);
      Money amount = Money.of(new BigDecimal("30"), currency).get();
      answer(json(PaywallSamples.refusal(8, "unexpected currency")));

      gateway(config()).quote(request(amount, "435508"));

      server.verify(1, getRequestedFor(urlEqualTo(PATH))
          .withHeader("currencyid", equalTo(String.valueOf(id)))
          .withHeader("amount", equalTo(amount.amount().toPlainString())));
    }

    @Test
    void the_table_has_every_documented_id_once() {
      List<String> codes = List.rangeClosed(1, 33).map(id -> PaywallCurrencies.codeOf(id).get());
      assertThat(codes.distinct()).hasSize(33);
      assertThat(codes.take(4)).containsExactly("TRY", "USD", "EUR", "BAM");
      assertThat(codes.get(16)).isEqualTo("HRK");
      assertThat(codes.get(30)).isEqualTo("VES");
      assertThat(PaywallCurrencies.codeOf(34)).isEqualTo(Option.none());
      assertThat(PaywallCurrencies.idOf(Currency.getInstance("THB"))).isEqualTo(Option.some(33));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EGP", "JPY", "SAR", "KWD"})
    void a_currency_without_a_paywall_id_is_refused_before_any_call(String code) {
      Currency currency = Currency.getInstance(code);
      Money amount = Money.of(new BigDecimal("30"), currency).get();

      ReadOutcome.Refused<InstallmentQuote> refusal =
          refused(gateway(config()).quote(request(amount, "435508")));

      assertThat(refusal.reason()).contains("Paywall quotes in ").contains("only, the amount is in " + code).contains("not sent");
      assertThat(refusal.answer().code()).isEqualTo(Option.none());
      server.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-5.00"})
    void an_amount_that_is_not_positive_is_refused_before_any_call(String amount) {
      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote(amount, "435508"));

      assertThat(refusal.reason()).contains("positive amounts only");
      server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void the_installment_read_timeout_applies() {
      HttpSettings settings = ContractSettings.SETTINGS.withTimeouts(Duration.ofMillis(500),
          Duration.ofSeconds(5)).withReadTimeout(CallKind.INSTALLMENTS, Duration.ofMillis(200));
      answer(json(PaywallSamples.CURRENT).withFixedDelay(1_000));

      ReadOutcome.Failed<InstallmentQuote> failure = failed(
          gateway(config().withHttp(settings)).quote(request(lira("30.00"), "435508")));

      assertThat(failure.reason()).contains("timed out");
      server.verify(1, anyRequestedFor(anyUrl()));
    }
  }

  @Nested
  class Answers {

    @ParameterizedTest(name = "ErrorCode {0}")
    @ValueSource(ints = {1, 2, 4, 7, 8, 9, 19, -1, 999})
    void a_non_zero_error_code_is_a_refusal_with_the_message_verbatim(int code) {
      answer(json(PaywallSamples.refusal(code, PaywallSamples.REFUSAL_MESSAGE)));

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("30.00", "435508"));

      assertThat(refusal.answer().code()).isEqualTo(Option.some(String.valueOf(code)));
      assertThat(refusal.answer().message()).isEqualTo(Option.some(PaywallSamples.REFUSAL_MESSAGE));
      assertThat(refusal.answer().reference()).isEqualTo(Option.none());
      assertThat(refusal.reason()).contains("ErrorCode " + code).contains("ErrorCodeType 2")
          .endsWith(": " + PaywallSamples.REFUSAL_MESSAGE);
      server.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void result_false_with_error_code_zero_is_a_refusal() {
      answer(json("""
          {"ErrorCode": 0, "Result": false, "Message": "İşlem başarısız", "Body": null}"""));

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("30.00", "435508"));

      assertThat(refusal.answer().code()).isEqualTo(Option.some("0"));
      assertThat(refusal.answer().message()).isEqualTo(Option.some("İşlem başarısız"));
      assertThat(refusal.reason()).contains("Result false");
    }

    @Test
    void an_error_code_wins_over_result_true_and_options() {
      answer(json("""
          {"ErrorCode": 2, "Result": true, "Message": "Beklenmeyen parametreler",
           "Body": %s}""".formatted(PaywallSamples.body(PaywallSamples.option(1, "pos", 1,
          "1.00", "0", "30.00", "30.00")))));

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("30.00", "435508"));

      assertThat(refusal.answer().code()).isEqualTo(Option.some("2"));
      assertThat(refusal.answer().message()).isEqualTo(Option.some("Beklenmeyen parametreler"));
    }

    @Test
    void error_message_is_the_text_when_message_is_blank() {
      answer(json("""
          {"ErrorCodeType": 3, "ErrorMessage": "Geçersiz para birimi", "ErrorCode": 8,
           "Result": false, "Message": "", "Body": null}"""));

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("30.00", "435508"));

      assertThat(refusal.answer().code()).isEqualTo(Option.some("8"));
      assertThat(refusal.answer().message()).isEqualTo(Option.some("Geçersiz para birimi"));
    }

    @Test
    void a_refusal_without_any_text_says_so() {
      answer(json("""
          {"ErrorCode": 1, "Result": false, "Message": null, "Body": null}"""));

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("30.00", "435508"));

      assertThat(refusal.answer().message()).isEqualTo(Option.none());
      assertThat(refusal.reason()).endsWith("without a message");
    }

    @Test
    void a_null_body_is_an_answer_without_options() {
      answer(json(PaywallSamples.answer("null")));

      InstallmentQuote quote = answered(quote("30.00", "999999"));

      assertThat(quote.card()).isEqualTo(CardProfile.unknown());
      assertThat(quote.options()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null"})
    void a_body_without_options_keeps_the_card(String options) {
      answer(json(PaywallSamples.answer("""
          {"CardBank": "AKBANK T.A.Ş.", "CardBrand": "Visa", "CardFamily": "Axess",
           "CardKind": "Bireysel Kart", "CardType": "Credit", "Options": %s}""".formatted(options))));

      InstallmentQuote quote = answered(quote("30.00", "435508"));

      assertThat(quote.card()).isEqualTo(new CardProfile(Option.some("AKBANK T.A.Ş."),
          Option.some("Visa"), Option.some("Axess"), CardKind.INDIVIDUAL, CardType.CREDIT));
      assertThat(quote.options()).isEmpty();
    }

    @Test
    void several_gateways_and_counts_each_become_an_option_in_order() {
      answer(json(PaywallSamples.answer(PaywallSamples.body(String.join(",",
          PaywallSamples.option(4149, "payjumptestt", 1, "2.00", "0.00", "1250.50", "1250.50"),
          PaywallSamples.option(4150, "  Garanti Sanal POS ", 3, "3.25", "4.50", "1250.50",
              "1306.77"),
          PaywallSamples.option("\"77\"", null, 6, "4.10", "9.99", "1250.5", "1375.42"))))));

      InstallmentQuote quote = answered(quote("1250.50", "435508"));

      assertThat(quote.card()).isEqualTo(new CardProfile(Option.some("T. GARANTİ BANKASI A.Ş."),
          Option.some("Visa"), Option.some("Bonus"), CardKind.INDIVIDUAL, CardType.CREDIT));
      assertThat(quote.options().map(InstallmentOption::channel)).containsExactly(
          Option.some("payjumptestt"), Option.some("Garanti Sanal POS"), Option.some("77"));
      assertThat(quote.options().map(InstallmentOption::count)).containsExactly(1, 3, 6);
      assertThat(quote.options().map(InstallmentOption::customerInterestRate)).containsExactly(
          new BigDecimal("0"), new BigDecimal("4.5"), new BigDecimal("9.99"));
      assertThat(quote.options().flatMap(InstallmentOption::merchantCommissionRate)).containsExactly(
          new BigDecimal("2"), new BigDecimal("3.25"), new BigDecimal("4.1"));
      assertThat(quote.options().map(InstallmentOption::total)).containsExactly(
          lira("1250.50"), lira("1306.77"), lira("1375.42"));
      assertThat(quote.options()).allSatisfy(option -> {
        assertThat(option.provider()).isEqualTo(new ProviderId("paywall"));
        assertThat(option.principal()).isEqualTo(lira("1250.50"));
      });
      assertThat(quote.options().get(1).schedule())
          .containsExactly(lira("435.59"), lira("435.59"), lira("435.59"));
      assertThat(quote.options().get(2).schedule().map(Money::amount)
          .fold(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(new BigDecimal("1375.42"));
    }

    @Test
    void a_raw_amount_for_another_principal_fails_the_integrity_check_naming_the_option() {
      answer(json(PaywallSamples.answer(PaywallSamples.body(String.join(",",
          PaywallSamples.option(1, "a", 1, "2.00", "0.00", "30.00", "30.00"),
          PaywallSamples.option(2, "b", 2, "2.00", "1.00", "31.00", "31.31"))))));

      ReadOutcome.Failed<InstallmentQuote> failure = failed(quote("30.00", "435508"));

      assertThat(failure.reason()).isEqualTo("integrity check failed: Options[1].RawAmount 31.00"
          + " differs from the asked 30.00");
      assertThat(failure.retryAfter()).isEqualTo(Option.none());
    }

    @Test
    void an_absent_raw_amount_is_not_checked() {
      answer(json(PaywallSamples.answer(PaywallSamples.body(
          PaywallSamples.option(1, "a", 1, "2.00", "0.00", "null", "30.00")))));

      assertThat(answered(quote("30.00", "435508")).options().single().principal())
          .isEqualTo(lira("30.00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "count 0 | 0 | 2.00 | 1.00 | 30.00 | installment count must be between 1 and 36, was 0",
        "count 37 | 37 | 2.00 | 1.00 | 30.00 | installment count must be between 1 and 36, was 37",
        "negative interest | 3 | 2.00 | -1.00 | 30.00 | customerInterestRate must not be negative",
        "negative commission | 3 | -2.00 | 1.00 | 30.00 | merchantCommissionRate must not be negative",
        "a total of fractions of kuruş | 3 | 2.00 | 1.00 | 30.305 | more than 2 decimal places",
        "a zero total | 3 | 2.00 | 1.00 | 0 | total must be greater than zero"})
    void an_option_taksit_cannot_hold_fails_the_whole_answer(String what, int count,
        String commission, String interest, String total, String rule) {
      answer(json(PaywallSamples.answer(PaywallSamples.body(String.join(",",
          PaywallSamples.option(1, "ok", 1, "2.00", "0.00", "30.00", "30.00"),
          PaywallSamples.option(2, "bad", count, commission, interest, "30.00", total))))));

      ReadOutcome.Failed<InstallmentQuote> failure = failed(quote("30.00", "435508"));

      assertThat(failure.reason()).startsWith("unusable Paywall answer: Options[1]: ")
          .contains(rule);
    }

    @Test
    void an_option_missing_a_rate_fails() {
      answer(json(PaywallSamples.answer(PaywallSamples.body(
          PaywallSamples.option(1, "a", 1, "null", "0.00", "30.00", "30.00")))));

      assertThat(failed(quote("30.00", "435508")).reason())
          .contains("Options[0]: Installment, Interest, Commission and InterestAmount are required");
    }

    @Test
    void card_text_with_control_characters_fails() {
      answer(json(PaywallSamples.answer("""
          {"CardBank": "FORGED\\nINFO log line", "CardBrand": "Visa", "CardKind": "Bireysel Kart",
           "CardType": "Credit", "Options": []}""")));

      assertThat(failed(quote("30.00", "435508")).reason())
          .startsWith("unusable Paywall answer: card profile bank");
    }

    @Test
    void an_envelope_without_error_code_or_result_fails() {
      answer(json("{\"Message\": \"\", \"Body\": null}"));

      assertThat(failed(quote("30.00", "435508")).reason()).contains("neither ErrorCode nor Result");
    }

    @Test
    void a_fractional_installment_count_makes_the_body_unreadable() {
      answer(json(PaywallSamples.answer(PaywallSamples.body(
          PaywallSamples.option(1, "a", 1, "2.00", "0.00", "30.00", "30.00")
              .replace("\"Installment\": 1", "\"Installment\": 1.5")))));

      assertThat(failed(quote("30.00", "435508")).reason()).contains("unreadable body");
    }

    @Test
    void http_400_is_a_refusal_with_the_status_as_code() {
      answer(status(400).withHeader("Content-Type", "application/json")
          .withBody("{\"Message\":\"amount alanı zorunludur\"}"));

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("30.00", "435508"));

      assertThat(refusal.answer().code()).isEqualTo(Option.some("HTTP 400"));
      assertThat(refusal.answer().message().get()).contains("amount alanı zorunludur");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void rejected_keys_fail_without_repetition(int status) {
      answer(status(status));

      assertThat(failed(quote("30.00", "435508")).reason()).startsWith("HTTP " + status);
      server.verify(1, anyRequestedFor(anyUrl()));
    }

    /**
     * Documents a transport fact, not a choice: the JDK's HTTP client resends an idempotent
     * request (GET) once, by itself, when the connection dies before any byte of an answer
     * (JDK 17 {@code MultiExchange}, no setting turns it off). The read still fails, and the
     * adapter itself does not repeat it.
     */
    @Test
    void a_connection_reset_fails_after_the_jdks_own_single_resend_of_the_get() {
      answer(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER));

      assertThat(failed(quote("30.00", "435508")).reason()).contains("after the request was sent");
      server.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void a_usd_quote_is_in_dollars() {
      Money dollars = Money.of(new BigDecimal("30.00"), Currencies.USD).get();
      answer(json(PaywallSamples.CURRENT));

      InstallmentOption option = answered(gateway(config()).quote(request(dollars, null)))
          .options().single();

      assertThat(option.principal()).isEqualTo(dollars);
      assertThat(option.total()).isEqualTo(Money.of(new BigDecimal("30.60"), Currencies.USD).get());
      server.verify(1, getRequestedFor(urlEqualTo(PATH)).withHeader("currencyid", equalTo("2")));
    }
  }

  @Nested
  class CardWords {

    private final PaywallMapper mapper = PaywallMapper.INSTANCE;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Bireysel Kart, INDIVIDUAL", "BİREYSEL KART, INDIVIDUAL", "bireysel, INDIVIDUAL",
        "Individual, INDIVIDUAL", "Ticari Kart, COMMERCIAL", "TİCARİ KART, COMMERCIAL",
        "Commercial, COMMERCIAL", "Kurumsal Kart, COMMERCIAL", "Sanal Kart, UNKNOWN"})
    void card_kinds(String text, CardKind kind) {
      assertThat(mapper.cardKind(text)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Credit, CREDIT", "CREDIT, CREDIT", "Kredi Kartı, CREDIT", "Debit, DEBIT",
        "Banka Kartı, DEBIT", "Prepaid, UNKNOWN"})
    void card_types(String text, CardType type) {
      assertThat(mapper.cardType(text)).isEqualTo(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void no_words_are_unknown(String text) {
      assertThat(mapper.cardKind(text)).isEqualTo(CardKind.UNKNOWN);
      assertThat(mapper.cardType(text)).isEqualTo(CardType.UNKNOWN);
    }
  }

  @Nested
  class Configuration {

    @Test
    void documented_defaults() {
      PaywallConfig config = PaywallConfig.of(PaywallConfig.TEST_BASE_URL, Secret.of(KEY),
          Secret.of(CLIENT));

      assertThat(config.parametersAsHeaders()).isTrue();
      assertThat(config.endOfTheDay()).isEqualTo(Option.none());
      assertThat(config.posId()).isEqualTo(Option.none());
      assertThat(config.http()).isEqualTo(HttpSettings.DEFAULTS);
      assertThat(config.http().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(config.http().readTimeout(CallKind.INSTALLMENTS)).isEqualTo(Duration.ofSeconds(10));
      assertThat(config.problems()).isEmpty();
      assertThat(PaywallConfig.of(PaywallConfig.PRODUCTION_BASE_URL, Secret.of(KEY),
          Secret.of(CLIENT)).problems()).isEmpty();
    }

    @Test
    void every_problem_is_named_by_key_at_once() {
      PaywallConfig broken = new PaywallConfig("http://payment-api.itspaywall.com/api/paywall",
          null, null, true, Option.some(31), Option.some(0), null);

      assertThat(broken.problems().map(ConfigProblem::key)).containsExactly("paywall.baseUrl",
          "paywall.apiKeyPublic", "paywall.apiClientPublic", "paywall.endOfTheDay",
          "paywall.posId", "paywall.http");
      assertThat(broken.problems().head().rule()).contains("https");
      assertThatThrownBy(() -> PaywallGateway.create(broken))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("paywall.baseUrl").hasMessageContaining("paywall.apiKeyPublic")
          .hasMessageContaining("paywall.apiClientPublic")
          .hasMessageContaining("paywall.endOfTheDay").hasMessageContaining("paywall.posId")
          .hasMessageContaining("paywall.http");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://payment-api.itspaywall.com", "payment-api.itspaywall.com",
        "https://payment-api.itspaywall.com/api?x=1", "http://10.0.0.8/paywall"})
    void unusable_base_urls_are_refused(String url) {
      PaywallConfig config = PaywallConfig.of(url, Secret.of(KEY), Secret.of(CLIENT));

      assertThat(config.problems().map(ConfigProblem::key)).containsExactly("paywall.baseUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/paywall", "http://127.0.0.1:9/paywall",
        "http://[::1]:9/paywall"})
    void plain_http_is_accepted_on_loopback(String url) {
      assertThat(PaywallConfig.of(url, Secret.of(KEY), Secret.of(CLIENT)).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 31})
    void settlement_day_ids_outside_the_table_are_refused(int id) {
      assertThat(config().withEndOfTheDay(id).problems().map(ConfigProblem::toString))
          .containsExactly("paywall.endOfTheDay: must be a settlement-day id from 1 to 30");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 30})
    void settlement_day_ids_of_the_table_are_accepted(int id) {
      assertThat(config().withEndOfTheDay(id).problems()).isEmpty();
    }

    @Test
    void null_options_mean_not_configured() {
      PaywallConfig config = new PaywallConfig(PaywallConfig.TEST_BASE_URL, Secret.of(KEY),
          Secret.of(CLIENT), false, null, null, HttpSettings.DEFAULTS);

      assertThat(config.endOfTheDay()).isEqualTo(Option.none());
      assertThat(config.posId()).isEqualTo(Option.none());
      assertThat(config.problems()).isEmpty();
    }

    @Test
    void secrets_are_masked_in_the_config_and_the_gateway() {
      PaywallConfig config = config();

      assertThat(config.toString()).doesNotContain(KEY).doesNotContain(CLIENT)
          .contains("apiKeyPublic=Secret[****]").contains("apiClientPublic=Secret[****]");
      PaywallGateway gateway = gateway(config);
      assertThat(gateway.toString()).doesNotContain(KEY).doesNotContain(CLIENT)
          .contains(config.baseUrl());
      assertThat(gateway.provider()).isEqualTo(new ProviderId("paywall"));
    }

    @Test
    void create_builds_a_working_gateway() {
      answer(json(PaywallSamples.CURRENT));

      PaywallGateway gateway = PaywallGateway.create(config());

      assertThat(answered(gateway.quote(request(lira("30.00"), "435508"))).options()).hasSize(1);
    }
  }
}
