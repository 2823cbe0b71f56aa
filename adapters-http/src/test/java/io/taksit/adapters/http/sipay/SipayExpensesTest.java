package io.taksit.adapters.http.sipay;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.sipay.SipaySamples.try_;
import static io.taksit.adapters.http.sipay.SipayStubScript.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.InvoiceExpenses;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sipay's {@code expense_amount} and its firm and dealer parts as typed amounts on each invoice,
 * beside (never inside) the invoice's amount and the bill's total.
 */
class SipayExpensesTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static ReadOutcome<Bill> inquire(String... rows) {
    server.stubFor(post(urlPathEqualTo(SipaySamples.TOKEN_PATH))
        .willReturn(json(SipaySamples.TOKEN_ANSWER)));
    server.stubFor(post(urlPathEqualTo(SipaySamples.INQUIRY_PATH))
        .willReturn(json(SipaySamples.inquiryAnswer(rows))));
    SipayConfig config = SipaySamples.config(server.baseUrl() + SipaySamples.BASE_PATH)
        .withHttp(ContractSettings.SETTINGS);
    return new SipayGateway(config, HttpCalls.of(config.http()), Clock.systemUTC())
        .inquire(SipaySamples.inquiryRequest());
  }

  private static Bill answered(ReadOutcome<Bill> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<Bill>) outcome).value();
  }

  private static String row(String due, String oid, String amount, String expenses) {
    return """
        {"bill_term": "%s", "bill_no": "B-%s", "bill_due_date": "%s", "subscriber_no1": "5536557580",
         "subscriber_name": "Ayşe Yılmaz", "invoice_amount": %s, %s "partial_payment_allowed": false,
         "inv_payment_transaction_query_oid": "%s"}"""
        .formatted(due.substring(0, 7), oid, due, amount, expenses, oid);
  }

  @Test
  void two_invoices_with_expenses_each_keep_theirs_and_the_total_is_the_invoices() {
    Bill bill = answered(inquire(
        row("2023-03-20", "OID-1", "196.50", "\"expense_amount\": 2.50,"
            + " \"expense_firm_amount\": 1.75, \"expense_dealer_amount\": 0.75,"),
        row("2023-04-20", "OID-2", "1210.25", "\"expense_amount\": 3.10,"
            + " \"expense_firm_amount\": 3.10,")));

    assertThat(bill.invoice(1).get().expenses()).containsExactly(new InvoiceExpenses(
        try_("2.50"), Option.some(try_("1.75")), Option.some(try_("0.75"))));
    assertThat(bill.invoice(2).get().expenses()).containsExactly(new InvoiceExpenses(
        try_("3.10"), Option.some(try_("3.10")), Option.none()));
    assertThat(bill.invoice(1).get().amount()).isEqualTo(try_("196.50"));
    assertThat(bill.totalDue()).isEqualTo(try_("1406.75"));
  }

  @Test
  void parts_without_a_total_make_their_sum() {
    Bill bill = answered(inquire(row("2023-03-20", "OID-1", "100.00",
        "\"expense_firm_amount\": 1.20, \"expense_dealer_amount\": 0.30,")));

    assertThat(bill.invoice(1).get().expenses().map(InvoiceExpenses::total))
        .containsExactly(try_("1.50"));
  }

  @Test
  void a_row_without_expenses_has_none() {
    Bill bill = answered(inquire(row("2023-03-20", "OID-1", "100.00", "")));

    assertThat(bill.invoice(1).get().expenses()).isEmpty();
  }

  @Test
  void an_expense_with_more_decimals_than_the_lira_makes_the_answer_unusable() {
    ReadOutcome<Bill> outcome = inquire(row("2023-03-20", "OID-1", "100.00",
        "\"expense_amount\": 1.005,"));

    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed<Bill>) outcome).reason())
        .contains("row 1 expense_amount 1.005");
  }

  @Test
  void expenses_are_never_added_to_what_the_invoice_asks() {
    Bill bill = answered(inquire(row("2023-03-20", "OID-1", "50.00",
        "\"expense_amount\": 5.00,")));

    Money due = bill.invoice(1).get().amount();
    assertThat(due).isEqualTo(try_("50.00"));
    assertThat(bill.totalDue()).isEqualTo(due);
  }
}
