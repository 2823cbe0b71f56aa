package io.taksit.adapters.http.momkn;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.momkn.MomknStubScript.BASE_PATH;
import static io.taksit.adapters.http.momkn.MomknStubScript.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Momkn's {@code TotalAmount} is checked against its invoices: disagreeing figures are unusable. */
class MomknTotalAmountTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static ReadOutcome<Bill> inquire(String answer) {
    MomknStubScript script = new MomknStubScript();
    server.stubFor(post(urlEqualTo(MomknStubScript.path(CallKind.AUTHENTICATION)))
        .willReturn(json(MomknStubScript.AUTH_ANSWER)));
    server.stubFor(post(urlEqualTo(MomknStubScript.path(CallKind.INQUIRY)))
        .willReturn(json(answer)));
    MomknConfig config = MomknStubScript.config(server.baseUrl() + BASE_PATH,
        ContractSettings.SETTINGS);
    return new MomknGateway(config, HttpCalls.of(config.http()), Clock.systemUTC())
        .inquire(script.inquiryRequest());
  }

  private static String answer(String total, String... amounts) {
    StringBuilder invoices = new StringBuilder();
    for (int i = 0; i < amounts.length; i++) {
      invoices.append(i == 0 ? "" : ",").append("{\"Sequence\":").append(i + 1)
          .append(",\"amount\":").append(amounts[i]).append('}');
    }
    return "{\"Code\":0,\"TotalAmount\":" + total + ",\"Brn\":7,\"invoices\":[" + invoices + "]}";
  }

  @Test
  void the_documented_sample_agrees_and_is_answered() {
    assertThat(inquire(MomknStubScript.INQUIRY_ANSWER)).isInstanceOf(ReadOutcome.Answered.class);
  }

  @Test
  void a_total_that_is_the_sum_of_two_invoices_is_answered() {
    ReadOutcome<Bill> outcome = inquire(answer("305.00", "155.00", "150"));
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
  }

  @ParameterizedTest(name = "TotalAmount {0} for {1} + {2}")
  @CsvSource({"300.00, 155.00, 150.00, 305.00", "305.01, 155.00, 150.00, 305.00",
      "1, 0.50, 0.49, 0.99"})
  void a_total_that_is_not_the_sum_refuses_the_bill_naming_both_figures(String total,
      String first, String second, String sum) {
    ReadOutcome<Bill> outcome = inquire(answer(total, first, second));

    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    String expectedTotal = new java.math.BigDecimal(total).setScale(2).toPlainString();
    assertThat(((ReadOutcome.Failed<Bill>) outcome).reason()).isEqualTo(
        "unusable inquiry answer: TotalAmount " + expectedTotal + " EGP is not the sum of its"
            + " invoices' amounts, " + sum + " EGP");
  }

  @Test
  void a_bill_without_invoices_has_only_its_total() {
    assertThat(inquire("{\"Code\":0,\"TotalAmount\":42.00,\"Brn\":7}"))
        .isInstanceOf(ReadOutcome.Answered.class);
  }
}
