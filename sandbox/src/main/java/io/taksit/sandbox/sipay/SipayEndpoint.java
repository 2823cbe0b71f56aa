package io.taksit.sandbox.sipay;

import static io.taksit.sandbox.support.Json.object;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.sipay.SipayBook.OpenInvoice;
import io.taksit.sandbox.sipay.SipayBook.Outcome;
import io.taksit.sandbox.sipay.SipayBook.PaymentOrder;
import io.taksit.sandbox.sipay.SipayBook.Receipt;
import io.taksit.sandbox.spi.InvalidRequest;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.Route;
import io.taksit.sandbox.spi.SandboxCall;
import io.taksit.sandbox.spi.SandboxReply;
import io.taksit.sandbox.support.BearerTokens;
import io.taksit.sandbox.support.Json;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sipay Wallet's invoice payment as {@code docs/providers-wire.md} writes it: the OAuth2 client
 * credentials token, {@code GetInvoicesByProductAndSubscriber} and {@code MakePayment}, under
 * {@code /sipay}. The money rules live in {@link SipayBook}. A ready configuration pays from the
 * institution's first wallet and offers the institution as one biller, with Taksit's own fee
 * schedule (Sipay has no fee call).
 */
public final class SipayEndpoint implements ProviderEndpoint {

  /** Where Sipay is served. */
  public static final String BASE_PATH = "/sipay";

  /** {@code account_type_id} of a ready configuration: the demo wallets are a business's. */
  private static final int BUSINESS = 2;

  private static final String INQUIRY_PATH =
      "/v1/InvoicePayment/GetInvoicesByProductAndSubscriber";
  private static final String PAYMENT_PATH = "/v1/InvoicePayment/MakePayment";
  private static final byte[] TRUNCATED = ("{\"status\":0,\"code\":\"100\",\"message\":\"İşlem"
      + " başarılı\",\"payload\":{\"transaction_amount\":19").getBytes(StandardCharsets.UTF_8);

  private final SipayBook book;
  private final SipayCredentials credentials;
  private final BearerTokens tokens;

  SipayEndpoint(SipayBook book, SipayCredentials credentials, BearerTokens tokens) {
    this.book = book;
    this.credentials = credentials;
    this.tokens = tokens;
  }

  /** The credentials it accepts. */
  public SipayCredentials credentials() {
    return credentials;
  }

  /** The institution as it was at start, generated subscribers included. */
  public SipayInstitution institution() {
    return book.institution();
  }

  @Override
  public ProviderId provider() {
    return SipaySandbox.ID;
  }

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public Option<Route> route(String path) {
    return switch (path) {
      case "/connect/token" -> Option.some(new Route(SandboxOperation.AUTH, "POST", ""));
      case INQUIRY_PATH -> Option.some(new Route(SandboxOperation.INQUIRY, "POST", ""));
      case PAYMENT_PATH -> Option.some(new Route(SandboxOperation.PAY, "POST", ""));
      default -> Option.none();
    };
  }

  @Override
  public SandboxReply handle(SandboxCall call) {
    if (call.operation() == SandboxOperation.AUTH) {
      return token(call);
    }
    if (!tokens.accepts(call.header("Authorization"))
        || !credentials.clientId().equals(call.header("x-client-id"))) {
      return error(401, "Unauthorized: a valid bearer token and x-client-id are required");
    }
    if (!call.hasContentType("application/json")) {
      throw new InvalidRequest("Content-Type must be application/json");
    }
    return call.operation() == SandboxOperation.INQUIRY
        ? inquiry(call.json()) : payment(call.json());
  }

  @Override
  public SandboxReply error(int status, String message) {
    return Json.reply(status, object("status", 1, "code", Integer.toString(status),
        "message", message, "payload", null));
  }

  @Override
  public byte[] truncatedAnswer(SandboxOperation operation) {
    return TRUNCATED.clone();
  }

  @Override
  public void expireTokens() {
    tokens.expireAll();
  }

  /**
   * {@code providers.sipay}: the base URL, the demo credentials, and the first wallet as the
   * paying one (without a wallet the section lacks the wallet keys, and Taksit says so).
   */
  @Override
  public ObjectNode configuration(URI baseUrl) {
    ObjectNode section = JsonNodeFactory.instance.objectNode()
        .put("baseUrl", baseUrl.toString())
        .put("clientId", credentials.clientId())
        .put("clientSecret", credentials.clientSecret())
        .put("tenantId", 0)
        .put("accountTypeId", BUSINESS);
    book.institution().wallets().stream().findFirst().ifPresent(wallet ->
        section.put("accountNumber", wallet.accountNumber())
            .put("walletNumber", wallet.walletNumber()));
    return section;
  }

  /**
   * The institution as a biller: any amount to the kuruş up to 100,000, exactly one whole
   * invoice, oldest first (partial payment is not allowed), and Taksit's fee for Sipay invoices:
   * 1.00 + 0.75 %, at most 25.00, 5 % tax on the fee.
   */
  @Override
  public List<ObjectNode> billers() {
    SipayInstitution institution = book.institution();
    ObjectNode biller = JsonNodeFactory.instance.objectNode()
        .put("id", billerId(institution.institutionName()))
        .put("name", institution.institutionName())
        .put("provider", SipaySandbox.ID.value())
        .put("serviceCode", institution.productOid())
        .put("currency", institution.currency())
        .put("min", "0.01")
        .put("max", "100000")
        .put("paymentMode", "FIXED")
        .put("invoiceSelection", "ONE")
        .put("oldestFirst", true);
    ObjectNode fees = biller.putObject("feeSchedule")
        .put("tax", "0.05")
        .put("rounding", "HALF_UP");
    fees.putArray("tiers").addObject()
        .put("fixed", "1.00")
        .put("percent", "0.75")
        .put("cap", "25.00");
    return List.of(biller);
  }

  /**
   * {@code sipay-} and the institution's name in plain lower-case ASCII, words joined by dashes,
   * a parenthesised qualifier left out: "Türk Telekom (Mobil)" is {@code sipay-turk-telekom}.
   */
  static String billerId(String institutionName) {
    int qualifier = institutionName.indexOf('(');
    String name = qualifier > 0 ? institutionName.substring(0, qualifier) : institutionName;
    String ascii = Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    String words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return "sipay-" + (words.isEmpty() ? "institution" : words);
  }

  /** OAuth2 client credentials, form-encoded, answered in OAuth2's own shape. */
  private SandboxReply token(SandboxCall call) {
    if (!call.hasContentType("application/x-www-form-urlencoded")) {
      return Json.reply(400, object("error", "invalid_request",
          "error_description", "the body must be application/x-www-form-urlencoded"));
    }
    Map<String, String> form = call.form();
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return Json.reply(400, object("error", "unsupported_grant_type",
          "error_description", "grant_type must be client_credentials"));
    }
    if (!credentials.clientId().equals(form.get("client_id"))
        || !credentials.clientSecret().equals(form.get("client_secret"))) {
      return Json.reply(401, object("error", "invalid_client",
          "error_description", "unknown client or wrong secret"));
    }
    return Json.reply(200, object("access_token", tokens.issue(), "token_type", "Bearer",
        "expires_in", tokens.lifetimeSeconds()));
  }

  private SandboxReply inquiry(ObjectNode request) {
    String productOid = Json.text(request, "product_oid");
    String subscriberNo = Json.text(request, "subscriber_no1");
    String subscriberNo2 = Json.optionalText(request, "subscriber_no2");
    String subscriberNo3 = Json.optionalText(request, "subscriber_no3");
    Option<List<OpenInvoice>> outstanding = book.outstanding(productOid, subscriberNo);
    if (outstanding.isEmpty()) {
      throw new InvalidRequest("product_oid " + productOid + " is not an institution");
    }
    List<Object> payload = new ArrayList<>();
    int order = 0;
    for (OpenInvoice invoice : outstanding.get()) {
      payload.add(object("bill_term", invoice.billTerm(), "bill_no", invoice.billNo(),
          "invoice_date", dateTime(invoice.invoiceDate()),
          "bill_due_date", dateTime(invoice.dueDate()), "invoice_type", "GSM",
          "subscriber_nos", invoice.subscriberNo(), "subscriber_no1", invoice.subscriberNo(),
          "subscriber_no2", subscriberNo2, "subscriber_no3", subscriberNo3,
          "subscriber_name", invoice.subscriberName(), "product_oid", productOid,
          "invoice_amount", invoice.amount(), "expense_amount", zero(),
          "expense_firm_amount", zero(), "expense_dealer_amount", zero(),
          "partial_payment_allowed", false,
          "inv_payment_transaction_query_oid", invoice.oid(), "payment_order_no", ++order));
    }
    return Json.reply(200, object("status", 0, "code", SipayBook.SUCCESS,
        "message", payload.isEmpty() ? "Ödenmemiş fatura bulunamadı (no outstanding invoice)"
            : "İşlem başarılı",
        "payload", payload));
  }

  private SandboxReply payment(ObjectNode request) {
    PaymentOrder order = new PaymentOrder(Json.integer(request, "tenant_id"),
        Json.integer(request, "account_type_id"), Json.text(request, "account_number"),
        Json.text(request, "wallet_number"),
        Json.text(request, "inv_payment_transaction_query_oid"),
        Json.amount(request, "invoice_amount"), Json.amount(request, "payment_amount"),
        Json.text(request, "product_oid"), Json.text(request, "subscriber_no"),
        Json.text(request, "bill_term"), Json.text(request, "bill_no"),
        Json.text(request, "ext_order_id"));
    Outcome outcome = book.pay(order);
    if (outcome.receipt().isEmpty()) {
      return Json.reply(200, object("status", 1, "code", outcome.code(),
          "message", outcome.message(), "payload", null));
    }
    Receipt receipt = outcome.receipt().get();
    return Json.charged(object("status", 0, "code", outcome.code(),
        "message", outcome.message(), "payload", payload(receipt)));
  }

  private Map<String, Object> payload(Receipt receipt) {
    PaymentOrder order = receipt.order();
    BigDecimal balance = receipt.balanceAfter();
    return object("invoice_type", "GSM",
        "inv_payment_transaction_query_oid", receipt.invoice().oid(),
        "receipt_output_print", "termal",
        "institution_name", book.institution().institutionName(),
        "payment_transaction_id", receipt.paymentTransactionId(),
        "transaction_id", receipt.transactionId(),
        "transaction_amount", order.paymentAmount(),
        "transaction_fee", receipt.fee(),
        "charged_amount", order.paymentAmount().add(receipt.fee()),
        "ext_order_id", order.extOrderId(),
        "business_code", "", "business_name", "", "friendly_name", "",
        "receiver_account_number", "4120050", "receiver_wallet_number", "1260030",
        "sender_wallet_info", object(
            "id", "W" + receipt.wallet().walletNumber(),
            "tenant_id", Integer.toString(order.tenantId()),
            "name", receipt.wallet().holderName(),
            "account_number", receipt.wallet().accountNumber(),
            "account_type", order.accountTypeId() == 1 ? "Personal" : "Business",
            "number", receipt.wallet().walletNumber(),
            "total_balance", balance,
            "payment_balance", object("available", zero(), "unavailable", zero()),
            "cash_balance", object("available", balance, "unavailable", zero()),
            "currency_code", book.institution().currency(),
            "is_topup_default", false,
            "loyalty_record_required", false));
  }

  private static String dateTime(LocalDate date) {
    return date + "T00:00:00";
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
