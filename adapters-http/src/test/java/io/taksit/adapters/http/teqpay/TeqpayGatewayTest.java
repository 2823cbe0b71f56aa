package io.taksit.adapters.http.teqpay;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.teqpay.TeqpaySamples.API_KEY;
import static io.taksit.adapters.http.teqpay.TeqpaySamples.PATH;
import static io.taksit.adapters.http.teqpay.TeqpaySamples.SECRET_KEY;
import static io.taksit.adapters.http.teqpay.TeqpaySamples.lira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireFaults;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.CommissionType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.installment.OptionDetails;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Teqpay's installment inquiry: the seed sample, every envelope case, quirks and configuration. */
class TeqpayGatewayTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private TeqpayConfig config() {
    return TeqpaySamples.config(server.baseUrl() + TeqpaySamples.BASE_PATH,
        ContractSettings.SETTINGS);
  }

  private TeqpayGateway gateway() {
    return TeqpaySamples.gateway(config());
  }

  private static void answer(String body) {
    server.stubFor(post(urlEqualTo(PATH)).willReturn(TeqpaySamples.json(body)));
  }

  private ReadOutcome<InstallmentQuote> quote(String amount) {
    return gateway().quote(TeqpaySamples.request(amount));
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

  private static String failure(ReadOutcome<InstallmentQuote> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    return ((ReadOutcome.Failed<InstallmentQuote>) outcome).reason();
  }

  private static String row(String installment, String price, String total, String rate) {
    return """
        {"Installment": %s, "Price": %s, "TotalPrice": %s, "ProcessingFee": "0,00",
         "CommissionType": "Komisyon İçinde", "MerchantSaleRate": %s, "AmountToPaid": "1,00"}"""
        .formatted(installment, price, total, rate);
  }

  /** What Teqpay said beside the figures: its commission type and per-installment amount. */
  private static OptionDetails said(CommissionType type, String text, String perInstallment,
      String... notes) {
    return new OptionDetails(Option.none(), Option.some(type), Option.some(text),
        Option.some(lira(perInstallment)), List.of(notes));
  }

  private static InstallmentOption option(int count, String customerRate, String merchantRate,
      String total, List<Money> schedule) {
    return new InstallmentOption(new ProviderId("teqpay"), Option.none(), count, lira("500.00"),
        new BigDecimal(customerRate), Option.some(new BigDecimal(merchantRate)), lira(total), schedule);
  }

  @Nested
  class SeedSample {

    @Test
    void sends_the_bin_the_dot_decimal_price_and_the_language_with_both_key_headers() {
      answer(TeqpaySamples.seedAnswer());

      quote("500.00");

      server.verify(1, postRequestedFor(urlEqualTo(PATH))
          .withHeader("ApiKey", equalTo(API_KEY))
          .withHeader("SecretKey", equalTo(SECRET_KEY))
          .withHeader("Content-Type", containing("application/json"))
          .withHeader("Accept", equalTo("application/json"))
          .withRequestBody(
              equalToJson("{\"cardNo\":\"526911\",\"price\":\"500.00\",\"language\":\"TR\"}")));
    }

    @Test
    void reads_every_row_with_trailing_commas_and_turkish_amounts() {
      answer(TeqpaySamples.seedAnswer());

      InstallmentQuote quote = answered(quote("500.00"));

      assertThat(quote.card()).isEqualTo(CardProfile.unknown());
      assertThat(quote.options()).containsExactly(
          option(1, "0", "2", "500.00", List.of(lira("500.00")))
              .withDetails(said(CommissionType.INCLUDED, "Komisyon İçinde", "500.00")),
          option(3, "0", "4.25", "500.00",
              List.of(lira("166.67"), lira("166.67"), lira("166.66")))
              .withDetails(said(CommissionType.INCLUDED, "Komisyon İçinde", "166.67",
                  "Teqpay's figures disagree by 0.01 TRY: 166.67 × 3 = 500.01, total 500.00;"
                      + " the schedule allocates the total exactly")),
          option(6, "4.5", "7.1", "522.50",
              List.fill(2, lira("87.09")).appendAll(List.fill(4, lira("87.08"))))
              .withDetails(said(CommissionType.REFLECTED_TO_CUSTOMER, "Komisyon Dışında", "87.08",
                  "Teqpay's figures disagree by 0.02 TRY: 87.08 × 6 = 522.48, total 522.50;"
                      + " the schedule allocates the total exactly")),
          option(12, "0", "16.75", "500.00",
              List.fill(8, lira("41.67")).appendAll(List.fill(4, lira("41.66"))))
              .withDetails(said(CommissionType.INCLUDED, "Komisyon İçinde", "41.67",
                  "Teqpay's figures disagree by 0.04 TRY: 41.67 × 12 = 500.04, total 500.00;"
                      + " the schedule allocates the total exactly")));
    }

    @Test
    void maps_each_field_of_the_twelve_installment_row() {
      answer(TeqpaySamples.seedAnswer());

      InstallmentOption twelve = answered(quote("500.00")).options().last();

      assertThat(twelve.provider()).isEqualTo(new ProviderId("teqpay"));
      assertThat(twelve.channel()).isEmpty();
      assertThat(twelve.count()).isEqualTo(12);
      assertThat(twelve.principal()).isEqualTo(lira("500.00"));
      assertThat(twelve.customerInterestRate()).isEqualByComparingTo("0");
      assertThat(twelve.merchantCommissionRate()).contains(new BigDecimal("16.75"));
      assertThat(twelve.total()).isEqualTo(lira("500.00"));
      assertThat(twelve.perInstallment()).isEqualTo(lira("41.67"));
      assertThat(twelve.schedule()).hasSize(12);
    }

    @Test
    void derives_the_customer_rate_from_total_over_price() {
      answer(TeqpaySamples.seedAnswer());

      InstallmentOption six = answered(quote("500.00")).options().get(2);

      assertThat(six.customerInterestRate()).isEqualTo(new BigDecimal("4.5"));
      assertThat(six.total()).isEqualTo(lira("522.50"));
      assertThat(six.customerCost()).isEqualTo(lira("22.50"));
    }
  }

  @Nested
  class Requests {

    @Test
    void the_configured_language_travels() {
      answer(TeqpaySamples.seedAnswer());

      TeqpaySamples.gateway(config().withLanguage("EN")).quote(TeqpaySamples.request("500.00"));

      server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(
          equalToJson("{\"cardNo\":\"526911\",\"price\":\"500.00\",\"language\":\"EN\"}")));
    }

    @Test
    void an_eight_digit_bin_is_sent_whole_and_nothing_more() {
      answer(TeqpaySamples.oneRow(row("\"1\"", "\"1.250,50\"", "\"1.250,50\"", "\"2,00\"")));

      gateway().quote(new InstallmentRequest(lira("1250.50"),
          Option.some(CardBin.of("52691100").get())));

      server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(
          equalToJson("{\"cardNo\":\"52691100\",\"price\":\"1250.50\",\"language\":\"TR\"}")));
    }

    @Test
    void a_whole_amount_is_sent_with_two_decimals() {
      answer(TeqpaySamples.oneRow(row("\"1\"", "\"7,00\"", "\"7,00\"", "\"2,00\"")));

      quote("7");

      server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(
          equalToJson("{\"cardNo\":\"526911\",\"price\":\"7.00\",\"language\":\"TR\"}")));
    }
  }

  @Nested
  class TurkishAmounts {

    @Test
    void thousands_separators_are_read_and_the_rate_is_rounded_half_up_to_two_decimals() {
      // 1306.77 = 1250.50 × 1.045 rounded; 56.27 × 100 / 1250.50 = 4.4998… → 4.50
      answer(TeqpaySamples.oneRow(row("\"6\"", "\"1.250,50\"", "\"1.306,77\"", "\"7,10\"")));

      InstallmentOption six = answered(quote("1250.50")).options().single();

      assertThat(six.principal()).isEqualTo(lira("1250.50"));
      assertThat(six.total()).isEqualTo(lira("1306.77"));
      assertThat(six.customerInterestRate()).isEqualTo(new BigDecimal("4.5"));
      assertThat(six.merchantCommissionRate()).contains(new BigDecimal("7.1"));
    }

    @Test
    void plain_json_numbers_are_accepted_too() {
      answer("""
          {"Details": [{"Installment": 3, "Price": 500.00, "TotalPrice": 515.5,
            "MerchantSaleRate": 4}], "Result": true, "ResultCode": "10000",
            "ResultMessage": "OK"}""");

      InstallmentOption three = answered(quote("500.00")).options().single();

      assertThat(three.count()).isEqualTo(3);
      assertThat(three.total()).isEqualTo(lira("515.50"));
      assertThat(three.customerInterestRate()).isEqualTo(new BigDecimal("3.1"));
      assertThat(three.merchantCommissionRate()).contains(new BigDecimal("4"));
    }

    @Test
    void a_dot_decimal_string_that_can_only_be_a_decimal_point_is_read_as_one() {
      answer(TeqpaySamples.oneRow(row("\"2\"", "\"500.00\"", "\"510.25\"", "\"2.5\"")));

      InstallmentOption two = answered(quote("500.00")).options().single();

      assertThat(two.total()).isEqualTo(lira("510.25"));
      assertThat(two.customerInterestRate()).isEqualTo(new BigDecimal("2.05"));
    }

    @Test
    void a_tiny_rate_rounds_to_zero_and_the_total_stays_exact() {
      answer(TeqpaySamples.oneRow(row("\"2\"", "\"1.000.000,00\"", "\"1.000.000,01\"", "\"1,00\"")));

      InstallmentOption two = answered(quote("1000000.00")).options().single();

      assertThat(two.customerInterestRate()).isEqualByComparingTo("0");
      assertThat(two.total()).isEqualTo(lira("1000000.01"));
    }
  }

  @Nested
  class Envelope {

    @Test
    void a_refusal_keeps_code_and_turkish_message_verbatim() {
      answer(TeqpaySamples.refusal());

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("500.00"));

      assertThat(refusal.answer()).isEqualTo(new ProviderAnswer(Option.none(),
          Option.some(TeqpaySamples.REFUSAL_CODE), Option.some(TeqpaySamples.REFUSAL_MESSAGE)));
      assertThat(refusal.reason()).contains("ResultCode 10012")
          .contains(TeqpaySamples.REFUSAL_MESSAGE);
    }

    @Test
    void result_false_refuses_even_with_the_success_code() {
      answer("{\"Result\": false, \"ResultCode\": 10000, \"ResultMessage\": \"İşlem başarısız.\"}");

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("500.00"));

      assertThat(refusal.answer().code()).contains("10000");
      assertThat(refusal.answer().message()).contains("İşlem başarısız.");
    }

    @Test
    void another_code_refuses_even_with_result_true() {
      answer("{\"Result\": true, \"ResultCode\": 10001, \"ResultMessage\": \"Invalid card.\"}");

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("500.00"));

      assertThat(refusal.answer()).isEqualTo(
          ProviderAnswer.of(null, "10001", "Invalid card."));
    }

    @Test
    void result_false_without_a_code_or_message_refuses() {
      answer("{\"Result\": false}");

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("500.00"));

      assertThat(refusal.answer()).isEqualTo(ProviderAnswer.none());
      assertThat(refusal.reason()).contains("Result false");
    }

    @Test
    void an_answer_without_result_or_code_is_no_answer() {
      answer("{\"Details\": [], \"Message\": \"something else\"}");

      assertThat(failure(quote("500.00"))).contains("neither Result nor ResultCode");
    }

    @Test
    void success_without_details_has_no_options() {
      answer("{\"Result\": true, \"ResultCode\": 10000, \"ResultMessage\": \"Başarıyla tamamlandı.\"}");

      InstallmentQuote quote = answered(quote("500.00"));

      assertThat(quote.options()).isEmpty();
      assertThat(quote.card()).isEqualTo(CardProfile.unknown());
    }

    @Test
    void success_with_empty_details_has_no_options() {
      answer("{\"Details\": [], \"Result\": true, \"ResultCode\": 10000,}");

      assertThat(answered(quote("500.00")).options()).isEmpty();
    }

    @Test
    void result_true_without_a_code_is_an_answer() {
      answer("{\"Details\": [" + row("\"1\"", "\"500,00\"", "\"500,00\"", "\"2,00\"")
          + "], \"Result\": true}");

      assertThat(answered(quote("500.00")).options()).hasSize(1);
    }
  }

  @Nested
  class UnusableAnswers {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "garbage total               | \"1\"   | \"500,00\" | \"1,2,3\"     | \"2,00\"  | Details[0].TotalPrice is not a Turkish decimal: \"1,2,3\"",
        "misplaced groups            | \"1\"   | \"500,00\" | \"12.34.5,6\" | \"2,00\"  | Details[0].TotalPrice is not a Turkish decimal",
        "ambiguous total             | \"1\"   | \"500,00\" | \"1.250\"     | \"2,00\"  | Details[0].TotalPrice is ambiguous",
        "ambiguous price             | \"1\"   | \"1.500\"  | \"500,00\"    | \"2,00\"  | Details[0].Price is ambiguous",
        "total in tenths of kuruş    | \"1\"   | \"500,00\" | \"500,005\"   | \"2,00\"  | Details[0].TotalPrice amount 500.005 has more than 2 decimal places",
        "missing rate                | \"1\"   | \"500,00\" | \"500,00\"    | null      | Details[0].MerchantSaleRate is missing",
        "blank rate                  | \"1\"   | \"500,00\" | \"500,00\"    | \" \"     | Details[0].MerchantSaleRate is blank",
        "rate as an object           | \"1\"   | \"500,00\" | \"500,00\"    | {}        | Details[0].MerchantSaleRate is not an amount but object",
        "count not a number          | \"bir\" | \"500,00\" | \"500,00\"    | \"2,00\"  | Details[0].Installment is not an installment count: \"bir\"",
        "count missing               | null    | \"500,00\" | \"500,00\"    | \"2,00\"  | Details[0].Installment is missing",
        "count out of range          | \"40\"  | \"500,00\" | \"500,00\"    | \"2,00\"  | Details[0]: installment count must be between 1 and 36, was 40",
        "total a kuruş below price   | \"1\"   | \"500,00\" | \"499,99\"    | \"2,00\"  | Details[0].TotalPrice 499.99 is below the price 500.00",
        "discounted total            | \"1\"   | \"500,00\" | \"450,00\"    | \"2,00\"  | Details[0].TotalPrice 450.00 is below the price 500.00",
        "negative merchant rate      | \"1\"   | \"500,00\" | \"500,00\"    | \"-2,00\" | Details[0]: merchantCommissionRate must not be negative",
        "price for another amount    | \"1\"   | \"501,00\" | \"501,00\"    | \"2,00\"  | integrity check failed: Details[0].Price 501.00 differs from the asked 500.00",
    })
    void fail_naming_the_row_and_the_field(String name, String installment, String price,
        String total, String rate, String reason) {
      answer(TeqpaySamples.oneRow(row(installment, price, total, rate)));

      assertThat(failure(quote("500.00"))).startsWith("Teqpay answer unusable: ")
          .contains(reason);
    }

    @Test
    void one_bad_row_fails_the_whole_answer() {
      answer(TeqpaySamples.seedAnswer().replace("\"522,50\"", "\"522.50.0\""));

      assertThat(failure(quote("500.00"))).contains("Details[2].TotalPrice");
    }

    @Test
    void a_row_for_another_principal_among_good_rows_fails_the_integrity_check() {
      answer(TeqpaySamples.seedAnswer().replaceFirst("\"Price\": \"500,00\"", "\"Price\": \"50,00\""));

      assertThat(failure(quote("500.00")))
          .contains("integrity check failed: Details[0].Price 50.00 differs from the asked 500.00");
    }

    @Test
    void a_null_row_fails() {
      answer("{\"Details\": [null], \"Result\": true, \"ResultCode\": 10000}");

      assertThat(failure(quote("500.00"))).contains("Details[0] is null");
    }

    @Test
    void details_that_are_not_a_list_fail_as_unreadable() {
      answer("{\"Details\": \"none\", \"Result\": true, \"ResultCode\": 10000}");

      assertThat(failure(quote("500.00"))).contains("unreadable body");
    }
  }

  @Nested
  class RefusedBeforeSending {

    @Test
    void a_quote_without_a_bin_is_refused_naming_the_rule() {
      ReadOutcome.Refused<InstallmentQuote> refusal = refused(
          gateway().quote(new InstallmentRequest(lira("500.00"), Option.none())));

      assertThat(refusal.answer()).isEqualTo(ProviderAnswer.none());
      assertThat(refusal.reason()).contains("BIN").contains("cardNo is required")
          .contains("not sent");
      server.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"USD", "EUR", "EGP"})
    void another_currency_than_lira_is_refused(String currency) {
      Money amount = Money.of(new BigDecimal("500.00"), Currencies.of(currency).get()).get();

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(gateway().quote(
          new InstallmentRequest(amount, Option.some(CardBin.of("526911").get()))));

      assertThat(refusal.reason()).contains("TRY only").contains(currency).contains("not sent");
      server.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a_zero_amount_is_refused() {
      assertThat(refused(quote("0")).reason()).contains("positive amounts only");
      server.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }
  }

  @Nested
  class HttpFaults {

    @Test
    void http_400_is_refused_with_the_body_kept() {
      server.stubFor(post(urlEqualTo(PATH)).willReturn(WireFaults.status(400)));

      ReadOutcome.Refused<InstallmentQuote> refusal = refused(quote("500.00"));

      assertThat(refusal.reason()).startsWith("invalid request, HTTP 400");
      assertThat(refusal.answer().code()).contains("HTTP 400");
    }

    @Test
    void http_401_fails_without_repetition() {
      server.stubFor(post(urlEqualTo(PATH)).willReturn(WireFaults.status(401)));

      assertThat(failure(quote("500.00"))).startsWith("HTTP 401");
      server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void http_429_beyond_the_wait_cap_fails_carrying_retry_after() {
      server.stubFor(post(urlEqualTo(PATH)).willReturn(WireFaults.throttled("120")));

      ReadOutcome<InstallmentQuote> outcome = quote("500.00");

      assertThat(outcome).isEqualTo(new ReadOutcome.Failed<InstallmentQuote>(
          "HTTP 429: {\"message\":\"HTTP 429 from the stub\"}", Option.some(Duration.ofMinutes(2))));
    }
  }

  @Nested
  class Configuration {

    private static final String HTTPS = "https://api.teqpay.example/v1";

    private TeqpayConfig valid() {
      return TeqpayConfig.of(HTTPS, Secret.of(API_KEY), Secret.of(SECRET_KEY));
    }

    @Test
    void defaults_are_turkish_and_the_shared_http_settings() {
      TeqpayConfig config = valid();

      assertThat(config.language()).isEqualTo("TR").isEqualTo(TeqpayConfig.DEFAULT_LANGUAGE);
      assertThat(config.http()).isEqualTo(HttpSettings.DEFAULTS);
      assertThat(config.problems()).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once_by_key() {
      TeqpayConfig broken = new TeqpayConfig(null, null, null, "DE", null);

      assertThat(broken.problems().map(ConfigProblem::key)).containsExactly(
          "teqpay.baseUrl", "teqpay.apiKey", "teqpay.secretKey", "teqpay.language",
          "teqpay.http");
      assertThat(broken.problems().find(p -> p.key().equals("teqpay.language")).get().rule())
          .isEqualTo("must be TR or EN");
    }

    @Test
    void the_gateway_refuses_a_configuration_with_problems_listing_them_all() {
      TeqpayConfig broken = new TeqpayConfig("ftp://teqpay", Secret.of(API_KEY), null, "tr",
          HttpSettings.DEFAULTS);

      assertThatIllegalArgumentException().isThrownBy(() -> TeqpayGateway.create(broken))
          .withMessageContaining("teqpay.baseUrl")
          .withMessageContaining("teqpay.secretKey")
          .withMessageContaining("teqpay.language")
          .withMessageNotContaining(API_KEY);
    }

    @Test
    void plain_http_is_refused_for_a_host_that_is_not_loopback() {
      TeqpayConfig config = TeqpayConfig.of("http://api.teqpay.example/v1", Secret.of(API_KEY),
          Secret.of(SECRET_KEY));

      assertThat(config.problems()).singleElement().satisfies(problem -> {
        assertThat(problem.key()).isEqualTo("teqpay.baseUrl");
        assertThat(problem.rule()).contains("https");
      });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8080/teqpay", "http://localhost:9/teqpay",
        "http://[::1]:8080", "https://api.teqpay.example"})
    void https_or_loopback_http_is_accepted(String baseUrl) {
      assertThat(TeqpayConfig.of(baseUrl, Secret.of(API_KEY), Secret.of(SECRET_KEY)).problems())
          .isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"tr", "en", "", "DE", "TR "})
    void only_tr_or_en_is_a_language(String language) {
      assertThat(valid().withLanguage(language).problems().map(ConfigProblem::key))
          .containsExactly("teqpay.language");
      assertThat(valid().withLanguage("EN").problems()).isEmpty();
    }

    @Test
    void the_keys_never_show_in_the_configuration_or_the_gateway_text() {
      TeqpayConfig config = valid();

      assertThat(config.toString()).contains("Secret[****]").doesNotContain(API_KEY)
          .doesNotContain(SECRET_KEY);
      assertThat(TeqpayGateway.create(config).toString()).contains(HTTPS)
          .doesNotContain(API_KEY).doesNotContain(SECRET_KEY);
    }

    @Test
    void a_created_gateway_is_teqpays() {
      assertThat(TeqpayGateway.create(valid()).provider()).isEqualTo(new ProviderId("teqpay"));
    }
  }
}
