package io.taksit.adapters.http.momkn;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.contract.BillingStubScript;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Momkn's wire for the contract, from the seed (service 362 "أقساط", EGP, Takka installments)
 * and {@code docs/providers-wire.md}: the seed documents the flow and errors but gives no sample
 * bodies, so the answers below follow the wire page with the seed's service and Arabic texts.
 */
final class MomknStubScript implements BillingStubScript {

  static final String BASE_PATH = "/gateway/api/v2";
  static final String ACCOUNT_ID = "2030";
  static final String USER_NAME = "taksit-channel";
  static final String PASSWORD = "Pa55-never-in-a-log";
  static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.momkn-token-7f3a9c2e";
  static final String SERVICE_ID = "362";
  static final String ACCOUNT = "1000000101";
  static final String BRN = "710001";

  static final String SERVICE_NAME = "أقساط";
  static final String CUSTOMER_NAME = "عميل تجريبي";
  static final String SUCCESS_MESSAGE = "تمت العملية بنجاح";
  static final String PAID_MESSAGE = "تمت عملية الدفع بنجاح - أقساط";
  static final String DECLINED_MESSAGE = "القرض مجمد، لا يمكن قبول الدفع";
  static final String NO_DATA_MESSAGE = "لا توجد بيانات لهذا الحساب";
  static final String INVOICE_ALIAS = "قسط 4/12";

  static final BillerId BILLER_ID = new BillerId("momkn-362");

  static final String INQUIRY_ANSWER = """
      {"Code":0,"Message":"تمت العملية بنجاح","TotalAmount":250.00,"Brn":710001,
       "Data":[{"Key":"CustomerName","Value":"عميل تجريبي"},
               {"Key":"Installment","Value":"240.00"},
               {"Key":"Penalty","Value":"10.00"}],
       "invoices":[{"Sequence":1,"alias":"قسط 4/12","amount":250.00,"minAmount":250.00,
                    "maxAmount":250.00,"mandatory":true,
                    "Data":[{"Key":"DueDate","Value":"2026-11-16"},
                            {"Key":"Installment","Value":"240.00"},
                            {"Key":"Penalty","Value":"10.00"}]}]}
      """;

  static final String FEES_ANSWER = """
      {"Code":0,"Message":"Success","amount":250.00,"fees":4.50,"taxes":0.63,"discount":0.00,
       "totalAmount":255.13,"brn":710001}
      """;

  static final String STATUS_ANSWER = """
      {"Code":0,"Message":"تمت عملية الدفع بنجاح - أقساط","Status":"Success","Brn":710001,
       "amount":250.00,"receipt":[]}
      """;

  static final String DECLINED_ANSWER = """
      {"Code":-12,"Message":"القرض مجمد، لا يمكن قبول الدفع","Brn":710001,"amount":250.00}
      """;

  static String paymentAnswer(String amount) {
    return """
        {"Code":0,"Message":"تمت عملية الدفع بنجاح - أقساط","totalAvailableBalance":9744.87,
         "totalBalance":9744.87,"Brn":710001,
         "Data":[{"Key":"CustomerName","Value":"عميل تجريبي"},
                 {"Key":"Installment","Value":"قسط 4/12"}],
         "receipt":[{"title":{"serviceName":"أقساط"},
                     "header":{"data":[{"key":"Transaction","value":"pay-1","name":"Transaction",
                                        "bold":false,"alignment":"right","parameterType":"text",
                                        "fontSize":12}]},
                     "body":{"data":[{"key":"Amount","value":"%s","name":"Amount","bold":true,
                                      "alignment":"right","parameterType":"text","fontSize":14}]},
                     "disclaimer":"","footer":"Takka Microfinance"}],
         "amount":%s}
        """.formatted(amount, amount);
  }

  static final String AUTH_ANSWER = """
      {"Code":0,"Message":"","token":"%s","expiresIn":900}
      """.formatted(TOKEN);

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  static String path(CallKind kind) {
    return BASE_PATH + switch (kind) {
      case AUTHENTICATION -> "/accounts/" + ACCOUNT_ID + "/authenticate";
      case INQUIRY -> "/services/" + SERVICE_ID + "/inquiry";
      case FEES -> "/services/" + SERVICE_ID + "/fees";
      case PAYMENT -> "/services/" + SERVICE_ID + "/payment";
      case STATUS -> "/services/" + SERVICE_ID + "/status";
      case INSTALLMENTS -> throw new IllegalArgumentException("Momkn quotes no installments");
    };
  }

  static MomknConfig config(String baseUrl, HttpSettings settings) {
    return MomknConfig.of(baseUrl, ACCOUNT_ID, USER_NAME, Secret.of(PASSWORD), "Merchant", "API",
        "taksit-01").withHttp(settings);
  }

  static Money egp(String amount) {
    return money(amount, Currencies.EGP);
  }

  static Money money(String amount, Currency currency) {
    return Money.of(new BigDecimal(amount), currency).get();
  }

  static Biller biller(Currency currency) {
    AmountRule rule = AmountRule.of(money("1", currency), money("1000000000", currency),
        money("5", currency), StepAnchor.ZERO).get();
    return new Biller(BILLER_ID, SERVICE_NAME, new ProviderId("momkn"), SERVICE_ID, currency, rule,
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true);
  }

  static Bill bill() {
    Invoice invoice = new Invoice(1, INVOICE_ALIAS, egp("250.00"), Option.some(egp("250.00")),
        Option.some(egp("250.00")), Option.some(LocalDate.parse("2026-11-16")), true);
    return new Bill(BILLER_ID, new AccountRef(ACCOUNT), new BillReference(BRN),
        Option.some(CUSTOMER_NAME), HashMap.of("CustomerName", CUSTOMER_NAME),
        List.of(invoice), egp("250.00"), Option.none());
  }

  // ---- BillingStubScript ----------------------------------------------------------------------

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public void stubAuthentication(WireMockExtension server) {
    server.stubFor(post(urlEqualTo(path(CallKind.AUTHENTICATION))).willReturn(json(AUTH_ANSWER)));
  }

  @Override
  public Option<UrlPattern> authenticationUrl() {
    return Option.some(urlEqualTo(path(CallKind.AUTHENTICATION)));
  }

  @Override
  public RequestMethod method(CallKind kind) {
    return RequestMethod.POST;
  }

  @Override
  public UrlPattern url(CallKind kind) {
    return urlEqualTo(path(kind));
  }

  @Override
  public ResponseDefinitionBuilder answer(CallKind kind) {
    return json(switch (kind) {
      case AUTHENTICATION -> AUTH_ANSWER;
      case INQUIRY -> INQUIRY_ANSWER;
      case FEES -> FEES_ANSWER;
      case PAYMENT -> paymentAnswer("250.00");
      case STATUS -> STATUS_ANSWER;
      case INSTALLMENTS -> throw new IllegalArgumentException("Momkn quotes no installments");
    });
  }

  @Override
  public ResponseDefinitionBuilder declinedPayment() {
    return json(DECLINED_ANSWER);
  }

  @Override
  public ResponseDefinitionBuilder approvedPaymentOf(BigDecimal amount) {
    return json(paymentAnswer(amount.toPlainString()));
  }

  @Override
  public RequestPatternBuilder withCredentials(CallKind kind, RequestPatternBuilder call) {
    return call.withHeader("Authorization", equalTo("Bearer " + TOKEN));
  }

  @Override
  public BillingGateway.InquiryRequest inquiryRequestInUnservedCurrency() {
    return new BillingGateway.InquiryRequest(biller(Currencies.TRY), new AccountRef(ACCOUNT),
        inquiryRequest().fields());
  }

  @Override
  public BillingGateway.InquiryRequest inquiryRequest() {
    return new BillingGateway.InquiryRequest(biller(Currencies.EGP), new AccountRef(ACCOUNT),
        HashMap.empty());
  }

  @Override
  public BillingGateway.FeeRequest feeRequest() {
    return new BillingGateway.FeeRequest(biller(Currencies.EGP), bill(), egp("250.00"),
        TreeSet.of(1));
  }

  @Override
  public BillingGateway.PayRequest payRequest(PaymentId id) {
    return new BillingGateway.PayRequest(id, biller(Currencies.EGP), new AccountRef(ACCOUNT),
        new BillReference(BRN), egp("250.00"), TreeSet.of(1), Option.none(), false,
        Option.some(bill()));
  }

  @Override
  public BillingGateway.StatusRequest statusRequest(PaymentId id) {
    return new BillingGateway.StatusRequest(id, biller(Currencies.EGP), new AccountRef(ACCOUNT),
        new BillReference(BRN), egp("250.00"));
  }

  /** The provider's envelope on an HTTP error, keys and types as its documentation writes them. */
  @Override
  public String errorBody(String code, String message) {
    return "{\"Code\": " + code + ", \"Message\": \"" + message + "\"}";
  }
}
