package io.taksit.sandbox.momkn;

import static io.taksit.sandbox.support.Json.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.momkn.MomknBook.Decision;
import io.taksit.sandbox.momkn.MomknBook.Fees;
import io.taksit.sandbox.momkn.MomknBook.IssuedBill;
import io.taksit.sandbox.momkn.MomknBook.OpenInvoice;
import io.taksit.sandbox.momkn.MomknBook.Payment;
import io.taksit.sandbox.momkn.MomknBook.PaymentOrder;
import io.taksit.sandbox.momkn.MomknBook.Status;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Momkn's bill-payment gateway, service 362, as {@code docs/providers-wire.md} writes it:
 * authenticate, inquiry, fees, payment (with its retry) and status, under
 * {@code /momkn/gateway/api/v2}. The money rules live in {@link MomknBook}; this class reads the
 * requests, checks the bearer token and writes the answers, and says how Taksit is configured
 * for it: one biller, {@code momkn-<serviceID>}, with the service's amount rule.
 */
public final class MomknEndpoint implements ProviderEndpoint {

  /** Where Momkn is served: its documented API root under the {@code /momkn} prefix. */
  public static final String BASE_PATH = "/momkn/gateway/api/v2";

  /**
   * The channel a ready configuration authenticates as. The sandbox does not check it; these
   * are the demo's values.
   */
  private static final String CHANNEL_CATEGORY = "Merchant";
  private static final String CHANNEL_TYPE = "API";
  private static final String CHANNEL_IDENTIFIER = "taksit-demo";
  /** Who collects through service 362: Takka Microfinance's installments. */
  private static final String BILLER_NAME = "Takka installments";

  private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
  private static final DateTimeFormatter RECEIPT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final byte[] TRUNCATED =
      "{\"Code\":0,\"Message\":\"Success\",\"Brn\":71000".getBytes(StandardCharsets.UTF_8);

  private final MomknBook book;
  private final MomknCredentials credentials;
  private final BearerTokens tokens;

  MomknEndpoint(MomknBook book, MomknCredentials credentials, BearerTokens tokens) {
    this.book = book;
    this.credentials = credentials;
    this.tokens = tokens;
  }

  /** The credentials it accepts. */
  public MomknCredentials credentials() {
    return credentials;
  }

  /** The service as it was at start, generated accounts included. */
  public MomknService service() {
    return book.service();
  }

  @Override
  public ProviderId provider() {
    return MomknSandbox.ID;
  }

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public Option<Route> route(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length == 3 && parts[0].isEmpty() && parts[1].equals("categories")
        && !parts[2].isEmpty()) {
      return Option.some(new Route(SandboxOperation.CATALOG, "GET", parts[2]));
    }
    if (parts.length != 4 || !parts[0].isEmpty() || parts[2].isEmpty()) {
      return Option.none();
    }
    if (parts[1].equals("accounts") && parts[3].equals("authenticate")) {
      return Option.some(new Route(SandboxOperation.AUTH, "POST", parts[2]));
    }
    if (!parts[1].equals("services")) {
      return Option.none();
    }
    return Option.of(switch (parts[3]) {
      case "inquiry" -> SandboxOperation.INQUIRY;
      case "fees" -> SandboxOperation.FEES;
      case "payment" -> SandboxOperation.PAY;
      case "status" -> SandboxOperation.STATUS;
      default -> null;
    }).map(operation -> new Route(operation, "POST", parts[2]));
  }

  @Override
  public SandboxReply handle(SandboxCall call) {
    if (call.operation() == SandboxOperation.CATALOG) {
      return tokens.accepts(call.header("Authorization"))
          ? MomknCatalogData.answer(call, book.service(), this::error)
          : error(401, "a valid bearer token is required");
    }
    if (!call.hasContentType("application/json")) {
      throw new InvalidRequest("Content-Type must be application/json");
    }
    if (call.operation() == SandboxOperation.AUTH) {
      return authenticate(call);
    }
    if (!tokens.accepts(call.header("Authorization"))) {
      return error(401, "a valid bearer token is required");
    }
    if (!call.route().parameter().equals(book.service().serviceId())) {
      return Json.reply(200, object("Code", MomknBook.NO_DATA,
          "Message", "Service " + call.route().parameter() + " not found"));
    }
    ObjectNode request = call.json();
    return switch (call.operation()) {
      case INQUIRY -> inquiry(request);
      case FEES -> fees(request);
      case PAY -> payment(request);
      case STATUS -> status(request);
      default -> throw new IllegalStateException("not a Momkn operation: " + call.operation());
    };
  }

  @Override
  public SandboxReply error(int status, String message) {
    return Json.reply(status,
        object("Code", status == 400 ? -13 : -1, "Message", errorType(status) + ": " + message));
  }

  @Override
  public byte[] truncatedAnswer(SandboxOperation operation) {
    return TRUNCATED.clone();
  }

  @Override
  public void expireTokens() {
    tokens.expireAll();
  }

  /** {@code providers.momkn}: the base URL, the demo credentials and the demo's channel. */
  @Override
  public ObjectNode configuration(URI baseUrl) {
    ObjectNode section = JsonNodeFactory.instance.objectNode();
    return section.put("baseUrl", baseUrl.toString())
        .put("accountId", credentials.accountId())
        .put("userName", credentials.userName())
        .put("password", credentials.password())
        .put("channelCategory", CHANNEL_CATEGORY)
        .put("channelType", CHANNEL_TYPE)
        .put("channelIdentifier", CHANNEL_IDENTIFIER);
  }

  /**
   * The service as a biller: its amount rule (steps from zero), the exact amount of one invoice
   * per payment, the oldest first, as the book enforces them.
   */
  @Override
  public List<ObjectNode> billers() {
    MomknService service = book.service();
    ObjectNode biller = JsonNodeFactory.instance.objectNode()
        .put("id", "momkn-" + service.serviceId())
        .put("name", BILLER_NAME + " (" + service.serviceName() + ")")
        .put("provider", MomknSandbox.ID.value())
        .put("serviceCode", service.serviceId())
        .put("currency", service.currency())
        .put("min", plain(service.minValue()))
        .put("max", plain(service.maxValue()))
        .put("step", plain(service.interval()))
        .put("stepAnchor", "ZERO")
        .put("paymentMode", "FIXED")
        .put("invoiceSelection", "ONE")
        .put("oldestFirst", true);
    return List.of(biller);
  }

  @Override
  public void arrived(SandboxCall call) {
    paymentKey(call).forEach(book::arrived);
  }

  @Override
  public void departed(SandboxCall call) {
    paymentKey(call).forEach(book::departed);
  }

  private SandboxReply authenticate(SandboxCall call) {
    ObjectNode request = call.json();
    String userName = Json.optionalText(request, "UserName");
    String password = Json.optionalText(request, "Password");
    if (!call.route().parameter().equals(credentials.accountId())
        || !userName.equals(credentials.userName())
        || !password.equals(credentials.password())) {
      return error(401, "invalid account, user name or password");
    }
    return Json.reply(200, object("Code", 0, "Message", "", "token", tokens.issue(),
        "expiresIn", tokens.lifetimeSeconds()));
  }

  private SandboxReply inquiry(ObjectNode request) {
    String account = Json.text(request, "BillingAccount");
    Option<IssuedBill> bill = book.inquire(account);
    if (bill.isEmpty()) {
      return noData("No data found for account " + account);
    }
    IssuedBill issued = bill.get();
    List<Object> invoices = new ArrayList<>();
    for (int i = 0; i < issued.invoices().size(); i++) {
      OpenInvoice invoice = issued.invoices().get(i);
      invoices.add(object("Sequence", i + 1, "alias", alias(issued, invoice),
          "amount", invoice.amount(), "minAmount", invoice.amount(),
          "maxAmount", invoice.amount(), "mandatory", i == 0,
          "Data", List.of(data("DueDate", invoice.dueDate().toString()),
              data("Installment", invoice.installment().toPlainString()),
              data("Penalty", invoice.penalty().toPlainString()))));
    }
    BigDecimal installments = issued.invoices().stream().map(OpenInvoice::installment)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal penalties = issued.invoices().stream().map(OpenInvoice::penalty)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Json.reply(200, object("Code", 0, "Message", "Success",
        "TotalAmount", issued.total(), "Brn", brn(issued.brn()),
        "Data", List.of(data("CustomerName", issued.account().customerName()),
            data("Installment", installments.toPlainString()),
            data("Penalty", penalties.toPlainString())),
        "invoices", invoices));
  }

  private SandboxReply fees(ObjectNode request) {
    String brn = Json.identifier(request, "brn");
    BigDecimal amount = Json.amount(request, "amount");
    Option<IssuedBill> bill = book.bill(brn);
    if (bill.isEmpty()) {
      return noData("No bill for Brn " + brn + " (unknown or expired)");
    }
    book.requireAllowed(amount);
    if (amount.compareTo(bill.get().total()) > 0) {
      throw new InvalidRequest("amount " + amount.toPlainString() + " is more than Brn " + brn
          + " owes (" + bill.get().total().toPlainString() + ")");
    }
    Fees fees = book.fees(amount);
    return Json.reply(200, object("Code", 0, "Message", "Success", "amount", amount,
        "fees", fees.fee(), "taxes", fees.tax(), "discount", BigDecimal.ZERO.setScale(2),
        "totalAmount", amount.add(fees.total()), "brn", brn(brn)));
  }

  private SandboxReply payment(ObjectNode request) {
    PaymentOrder order = new PaymentOrder(Json.text(request, "hostTransactionID"),
        Json.bool(request, "isRetry"), Json.identifier(request, "brn"),
        Json.text(request, "billingAccount"), Json.amount(request, "amount"));
    for (String optional : List.of("version", "serviceListVersion", "pmtMethod",
        "compositeTransactionId")) {
      Json.optionalText(request, optional);
    }
    Payment payment = book.pay(order);
    if (payment instanceof Payment.Conflict conflict) {
      return error(409, conflict.message());
    }
    if (payment instanceof Payment.NoData noData) {
      return noData(noData.message());
    }
    Payment.Decided decided = (Payment.Decided) payment;
    Decision decision = decided.decision();
    Map<String, Object> answer = decision.approved()
        ? object("Code", 0, "Message", decision.message(),
            "totalAvailableBalance", decision.balanceAfter(),
            "totalBalance", decision.balanceAfter(), "Brn", brn(decision.bill().brn()),
            "Data", List.of(data("CustomerName", decision.bill().account().customerName()),
                data("Installment", alias(decision.bill(), decision.paid().get()))),
            "receipt", receipt(decision), "amount", decision.order().amount())
        : object("Code", decision.code(), "Message", decision.message(),
            "Brn", brn(decision.bill().brn()), "amount", decision.order().amount());
    return decided.fresh() && decision.approved()
        ? Json.charged(answer) : Json.reply(200, answer);
  }

  private SandboxReply status(ObjectNode request) {
    String key = Json.text(request, "hostTransactionID");
    Status status = book.status(key);
    if (status instanceof Status.Pending) {
      return Json.reply(200, object("Code", 0, "Message", "The payment is being processed",
          "Status", "Pending"));
    }
    if (status instanceof Status.NotFound) {
      return Json.reply(200, object("Code", MomknBook.NO_DATA,
          "Message", "No transaction found for hostTransactionID " + key, "Status", "NotFound"));
    }
    Decision decision = ((Status.Known) status).decision();
    return Json.reply(200, decision.approved()
        ? object("Code", 0, "Message", decision.message(), "Status", "Success",
            "Brn", brn(decision.bill().brn()), "amount", decision.order().amount(),
            "receipt", receipt(decision))
        : object("Code", 0, "Message", decision.message(), "Status", "Failed",
            "Brn", brn(decision.bill().brn()), "amount", decision.order().amount()));
  }

  private List<Object> receipt(Decision decision) {
    IssuedBill bill = decision.bill();
    OpenInvoice paid = decision.paid().get();
    BigDecimal amount = decision.order().amount();
    return List.of(object(
        "title", object("serviceName", book.service().serviceName()),
        "header", object("data", List.of(
            line("Date", RECEIPT_TIME.format(decision.at().atZone(CAIRO)), false),
            line("Transaction", decision.order().hostTransactionID(), false))),
        "body", object("data", List.of(
            line("BillingAccount", bill.account().billingAccount(), false),
            line("CustomerName", bill.account().customerName(), false),
            line("Installment", alias(bill, paid), false),
            line("Amount", amount.toPlainString(), false),
            line("Fees", decision.fees().fee().toPlainString(), false),
            line("Taxes", decision.fees().tax().toPlainString(), false),
            line("TotalAmount", amount.add(decision.fees().total()).toPlainString(), true))),
        "disclaimer", "Taksit provider sandbox: no real money moved",
        "footer", "Takka Microfinance, paid through Momkn"));
  }

  /** {@code 1}, not {@code 1.00}: the amount as a person writes it in a configuration. */
  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static Map<String, Object> line(String key, String value, boolean bold) {
    return object("key", key, "value", value, "name", key, "bold", bold,
        "alignment", "right", "parameterType", "text", "fontSize", bold ? 14 : 12);
  }

  private static Map<String, Object> data(String key, String value) {
    return object("Key", key, "Value", value);
  }

  private static String alias(IssuedBill bill, OpenInvoice invoice) {
    return "Installment " + invoice.number() + "/" + bill.account().installmentCount();
  }

  /** Brns are issued as whole numbers and written as JSON numbers. */
  private static Object brn(String brn) {
    return Long.parseLong(brn);
  }

  private static SandboxReply noData(String message) {
    return Json.reply(200, object("Code", MomknBook.NO_DATA, "Message", message));
  }

  private static Option<String> paymentKey(SandboxCall call) {
    if (call.operation() != SandboxOperation.PAY) {
      return Option.none();
    }
    try {
      JsonNode key = call.json().get("hostTransactionID");
      return key != null && key.isTextual() ? Option.some(key.asText()) : Option.none();
    } catch (InvalidRequest unreadable) {
      return Option.none();
    }
  }

  private static String errorType(int status) {
    return switch (status) {
      case 400 -> "BadRequestException";
      case 401 -> "UnauthorizedException";
      case 404 -> "NotFoundException";
      case 405 -> "MethodNotAllowedException";
      case 409 -> "ConflictException";
      case 429 -> "TooManyRequestsException";
      default -> "InternalServerErrorException";
    };
  }
}
