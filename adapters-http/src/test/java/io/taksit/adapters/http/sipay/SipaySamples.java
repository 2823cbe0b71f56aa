package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.support.ProviderJson;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Sipay's wire as the seed excerpt shows it ({@code 004_3f10ffd90fc3e067.txt}): the MakePayment
 * request and answer verbatim, and an inquiry answer built from the same invoice (the excerpt has
 * no inquiry sample; its fields are those of {@code providers.md} §4).
 */
final class SipaySamples {

  static final String BASE_PATH = "/sipay";
  static final String TOKEN_PATH = BASE_PATH + "/connect/token";
  static final String INQUIRY_PATH = BASE_PATH
      + "/v1/InvoicePayment/GetInvoicesByProductAndSubscriber";
  static final String PAYMENT_PATH = BASE_PATH + "/v1/InvoicePayment/MakePayment";

  static final String CLIENT_ID = "taksit-client";
  /** Has characters that must be form-encoded; Feign leaves "/" as is, which forms allow. */
  static final String CLIENT_SECRET = "s3cr+t&k=y/42%";
  static final String CLIENT_SECRET_FORM = "s3cr%2Bt%26k%3Dy/42%25";
  static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2lwYXktdG9rZW4.U2lnbmF0dXJl";

  static final String PRODUCT_OID = "8064fb0c-c556-4104-8fe4-9779c6dc3721";
  static final String SUBSCRIBER = "5536557580";
  static final String OID = "90XX46-FXX5-4XX3-8DXX-B1XX97";
  static final String NEXT_OID = "91XX47-FXX6-4XX4-8DXX-B1XX98";
  static final String BILL_NO = "2023XXX887";
  static final String BILL_TERM = "03/2023";
  static final String ACCOUNT_NUMBER = "28XX01";
  static final String WALLET_NUMBER = "25XX25";
  static final String SUCCESS_MESSAGE = "İşlem başarılı";
  static final String INSUFFICIENT_BALANCE = "Yetersiz bakiye";

  static final String TOKEN_ANSWER = "{\"access_token\":\"" + ACCESS_TOKEN
      + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";

  /** The seed's invoice as an inquiry row. */
  static final String ROW = """
      {"bill_term": "03/2023", "bill_no": "2023XXX887", "invoice_date": "2023-03-01",
       "bill_due_date": "2023-03-20", "invoice_type": null, "subscriber_nos": "5536557580",
       "subscriber_no1": "5536557580", "subscriber_no2": null, "subscriber_no3": null,
       "subscriber_name": "Ayşe Yılmaz", "product_oid": "8064fb0c-c556-4104-8fe4-9779c6dc3721",
       "invoice_amount": 196.50, "expense_amount": 0.00, "expense_firm_amount": 0.00,
       "expense_dealer_amount": 0.00, "partial_payment_allowed": false,
       "inv_payment_transaction_query_oid": "90XX46-FXX5-4XX3-8DXX-B1XX97",
       "payment_order_no": "1"}""";

  /** Next month's invoice of the same subscriber. */
  static final String NEXT_ROW = """
      {"bill_term": "04/2023", "bill_no": "2023XXX912", "invoice_date": "2023-04-01",
       "bill_due_date": "2023-04-20T00:00:00", "subscriber_no1": "5536557580",
       "subscriber_name": "Ayşe Yılmaz", "product_oid": "8064fb0c-c556-4104-8fe4-9779c6dc3721",
       "invoice_amount": 210.25, "partial_payment_allowed": true,
       "inv_payment_transaction_query_oid": "91XX47-FXX6-4XX4-8DXX-B1XX98",
       "payment_order_no": "2"}""";

  static final String INQUIRY_ANSWER = inquiryAnswer(ROW);

  /** The status answer after the seed's invoice was paid: only next month's is left. */
  static final String INQUIRY_AFTER_PAYMENT = inquiryAnswer(NEXT_ROW);

  /** The seed's MakePayment answer, verbatim but for {@code %s}, the transaction amount. */
  private static final String PAYMENT_ANSWER_TEMPLATE = """
      {
      "status": 0,
      "code": "100",
      "message": "İşlem başarılı",
      "payload": {
      "invoice_type": null,
      "inv_payment_transaction_query_oid": "90XX46-FXX5-4XX3-8DXX-B1XX97",
      "receipt_output_print": "termal",
      "institution_name": "Türk Telekom (Mobil)",
      "payment_transaction_id": "9623XX2189",
      "transaction_id": "ABRVXXX7304",
      "transaction_amount": %s,
      "transaction_fee": 0.000000,
      "charged_amount": 196.500000,
      "ext_order_id": "90XX46-FXX5-4XX3-8DXX-B1XX97",
      "business_code": "",
      "business_name": "",
      "friendly_name": "",
      "receiver_account_number": "412XX50",
      "receiver_wallet_number": "126XX30",
      "sender_wallet_info": {
      "id": "45X9XX21",
      "tenant_id": "5",
      "name": "",
      "account_number": "28XX01",
      "account_type": "Personal",
      "created_date_utc": "2022-01-18T07:48:51.7092961+00:00",
      "number": "25XX25",
      "phone_country_code": null,
      "phone_number": null,
      "email": null,
      "total_balance": 899.47,
      "monthly_incoming_total": 0.0,
      "monthly_outgoing_total": 0.0,
      "access_level_status_id": 1,
      "access_level_status": "Aktif",
      "payment_balance": {
      "available": 0.0,
      "unavailable": 0.00
      },
      "cash_balance": {
      "available": 899.47,
      "unavailable": 0.00
      },
      "transaction_limits": {
      "max_balance": 1000000.0000,
      "topup_credit_limit": 996004.0060,
      "topup_cash_limit": 996004.0060,
      "withdrawal_limit": 1000000.0000,
      "payment_limit": 997238.4300,
      "wallet_to_wallet_limit": 999699.8000
      },
      "kyc_level_status": null,
      "currency_code": "TRY",
      "user_kyc_info": null,
      "is_topup_default": false,
      "tax_number": null,
      "loyalty_record_required": false
      }
      }
      }""";

  static final String PAYMENT_ANSWER = paymentAnswerOf("196.5000");

  /** The seed's MakePayment request, plus {@code ext_order_id} and Taksit's configured wallet. */
  static String paymentRequest(String extOrderId) {
    return """
        {"tenant_id": 0, "account_type_id": 1, "account_number": "28XX01",
         "wallet_number": "25XX25",
         "inv_payment_transaction_query_oid": "90XX46-FXX5-4XX3-8DXX-B1XX97",
         "invoice_amount": 196.50, "payment_amount": 196.50,
         "product_oid": "8064fb0c-c556-4104-8fe4-9779c6dc3721", "subscriber_no": "5536557580",
         "bill_term": "03/2023", "bill_no": "2023XXX887", "ext_order_id": "%s"}"""
        .formatted(extOrderId);
  }

  static String paymentAnswerOf(String transactionAmount) {
    return PAYMENT_ANSWER_TEMPLATE.formatted(transactionAmount);
  }

  static String paymentRefusal(String code, String message) {
    return "{\"status\": 1, \"code\": \"" + code + "\", \"message\": \"" + message
        + "\", \"payload\": null}";
  }

  static String inquiryAnswer(String... rows) {
    return "{\"status\": 0, \"code\": \"100\", \"message\": \"" + SUCCESS_MESSAGE
        + "\", \"payload\": [" + String.join(",", rows) + "]}";
  }

  static SipayConfig config(String baseUrl) {
    return SipayConfig.of(baseUrl, CLIENT_ID,
        io.taksit.adapters.http.support.Secret.of(CLIENT_SECRET), 0, SipayConfig.INDIVIDUAL,
        ACCOUNT_NUMBER, WALLET_NUMBER);
  }

  /** A Türk Telekom (Mobil) invoice biller: TRY, one invoice at a time, oldest first. */
  static Biller biller() {
    AmountRule rule = AmountRule.unstepped(try_("0.01"), try_("1000000.00")).get();
    return new Biller(new BillerId("sipay-turk-telekom-mobil"), "Türk Telekom (Mobil)",
        new ProviderId("sipay"), PRODUCT_OID, Currencies.TRY, rule,
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true);
  }

  static AccountRef account() {
    return new AccountRef(SUBSCRIBER);
  }

  static BillingGateway.InquiryRequest inquiryRequest() {
    return new BillingGateway.InquiryRequest(biller(), account(), HashMap.empty());
  }

  /** The bill of {@link #INQUIRY_ANSWER}, as the adapter reads it. */
  static Bill bill() {
    return billOf(INQUIRY_ANSWER);
  }

  static Bill billOf(String inquiryAnswer) {
    try {
      SipayInquiryResponse answer = ProviderJson.mapper()
          .readValue(inquiryAnswer, SipayInquiryResponse.class);
      return ((ReadOutcome.Answered<Bill>) SipayBills.billOf(biller(), account(), answer))
          .value();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BillingGateway.PayRequest payRequest(PaymentId id) {
    return payRequest(id, Option.some(bill()), TreeSet.of(1));
  }

  static BillingGateway.PayRequest payRequest(PaymentId id, Option<Bill> inquired,
      io.vavr.collection.SortedSet<Integer> invoices) {
    return new BillingGateway.PayRequest(id, biller(), account(), new BillReference(OID),
        try_("196.50"), invoices, Option.none(), false, inquired);
  }

  static BillingGateway.StatusRequest statusRequest(PaymentId id) {
    return new BillingGateway.StatusRequest(id, biller(), account(), new BillReference(OID),
        try_("196.50"));
  }

  static BillingGateway.FeeRequest feeRequest() {
    return new BillingGateway.FeeRequest(biller(), bill(), try_("196.50"), TreeSet.of(1));
  }

  static Money try_(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }

  private SipaySamples() {}
}
