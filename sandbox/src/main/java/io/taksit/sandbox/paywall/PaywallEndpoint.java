package io.taksit.sandbox.paywall;

import static io.taksit.sandbox.support.Json.object;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.Route;
import io.taksit.sandbox.spi.SandboxCall;
import io.taksit.sandbox.spi.SandboxReply;
import io.taksit.sandbox.support.Json;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Paywall's installment inquiry as {@code docs/providers-wire.md} writes it:
 * {@code GET /paywall/api/paywall/installment}, keys in the {@code apikeypublic} /
 * {@code apiclientpublic} headers, the parameters read from the headers (as the official .NET SDK
 * sends them) or else from the query string. Quotes in TRY only, in the table's answer shape.
 */
public final class PaywallEndpoint implements ProviderEndpoint {

  /** Where Paywall is served: its documented API root under the {@code /paywall} prefix. */
  public static final String BASE_PATH = "/paywall/api/paywall";

  private static final int TRY = 1;
  /** Currency ids of providers.md's table: known, but the sandbox quotes TRY only. */
  private static final int LAST_CURRENCY_ID = 33;
  private static final int UNEXPECTED_PARAMETERS = 2;
  private static final int UNEXPECTED_CURRENCY = 8;
  private static final Pattern BIN = Pattern.compile("\\d{6}|\\d{8}");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
  private static final byte[] TRUNCATED = ("{\"ErrorCodeType\":1,\"ErrorMessage\":null,"
      + "\"ErrorCode\":0,\"Result\":true,\"Message\":\"\",\"Body\":{\"CardBank\":\"T. GAR")
      .getBytes(StandardCharsets.UTF_8);

  private final PaywallTable table;
  private final PaywallCredentials credentials;
  private final PaywallShape shape;

  PaywallEndpoint(PaywallTable table, PaywallCredentials credentials) {
    this.table = table;
    this.credentials = credentials;
    this.shape = table.shape();
  }

  /** The keys it accepts. */
  public PaywallCredentials credentials() {
    return credentials;
  }

  /** The table it quotes from. */
  public PaywallTable table() {
    return table;
  }

  @Override
  public ProviderId provider() {
    return PaywallSandbox.ID;
  }

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public Option<Route> route(String path) {
    return path.equals("/installment")
        ? Option.some(new Route(SandboxOperation.INSTALLMENTS, "GET", ""))
        : Option.none();
  }

  @Override
  public SandboxReply handle(SandboxCall call) {
    if (!credentials.apiKeyPublic().equals(call.header("apikeypublic"))
        || !credentials.apiClientPublic().equals(call.header("apiclientpublic"))) {
      return error(401, "apikeypublic or apiclientpublic is not valid");
    }
    Option<String> refusal = Option.none();
    String currencyId = parameter(call, "currencyid");
    String amountText = parameter(call, "amount");
    String distinct = parameter(call, "distinctduplicates");
    String bin = parameter(call, "binnumber");
    String posId = parameter(call, "posid");
    String endOfDay = parameter(call, "endoftheday");
    if (currencyId == null || !currencyId.matches("\\d{1,3}")) {
      refusal = Option.some("currencyid is required and must be a currency id");
    } else if (amountText == null || !PLAIN_DECIMAL.matcher(amountText).matches()
        || new BigDecimal(amountText).signum() <= 0) {
      refusal = Option.some("amount is required and must be a positive decimal with a dot");
    } else if (distinct == null || !(distinct.equalsIgnoreCase("true")
        || distinct.equalsIgnoreCase("false"))) {
      refusal = Option.some("distinctduplicates is required and must be true or false");
    } else if (bin != null && !bin.isEmpty() && !BIN.matcher(bin).matches()) {
      refusal = Option.some("binnumber must be the first 6 digits of the card");
    } else if (posId != null && !posId.matches("\\d{1,9}")) {
      refusal = Option.some("posid must be a whole number");
    } else if (endOfDay != null && !endOfDay.matches("[1-9]|[12]\\d|30")) {
      refusal = Option.some("endoftheday must be a valor day id, 1 to 30");
    }
    if (refusal.isDefined()) {
      return refused(UNEXPECTED_PARAMETERS, refusal.get());
    }
    int currency = Integer.parseInt(currencyId);
    if (currency != TRY) {
      return refused(currency >= 1 && currency <= LAST_CURRENCY_ID
          ? UNEXPECTED_CURRENCY : UNEXPECTED_PARAMETERS,
          "currencyid " + currency + " is not offered for installments");
    }
    BigDecimal amount = Json.twoDecimals(new BigDecimal(amountText), "amount");
    return answer(amount, bin == null || bin.isEmpty() ? Option.none()
            : Option.some(bin.substring(0, 6)),
        Boolean.parseBoolean(distinct.toLowerCase(Locale.ROOT)),
        posId == null ? Option.none() : Option.some(Integer.parseInt(posId)));
  }

  @Override
  public SandboxReply error(int status, String message) {
    return Json.reply(status, envelope(1, message, null));
  }

  @Override
  public byte[] truncatedAnswer(SandboxOperation operation) {
    return TRUNCATED.clone();
  }

  /** {@code providers.paywall}: the base URL and the demo keys (parameters go as headers). */
  @Override
  public ObjectNode configuration(URI baseUrl) {
    return JsonNodeFactory.instance.objectNode()
        .put("baseUrl", baseUrl.toString())
        .put("apiKeyPublic", credentials.apiKeyPublic())
        .put("apiClientPublic", credentials.apiClientPublic());
  }

  private SandboxReply answer(BigDecimal amount, Option<String> bin, boolean distinct,
      Option<Integer> posId) {
    List<PaywallOption> rows;
    Option<PaywallCard> card = Option.none();
    if (bin.isDefined()) {
      card = table.card(bin.get());
      rows = table.optionsByBin().get(bin.get());
      if (card.isEmpty() || rows == null) {
        // "It returns 'filled' if the installment option is available, and 'empty' otherwise."
        return Json.reply(200, envelope(0, "", null));
      }
    } else {
      rows = table.optionsWithoutBin();
    }
    List<PaywallOption> offered = rows.stream()
        .filter(row -> posId.forAll(id -> row.gatewayId() == id))
        .toList();
    if (distinct) {
      offered = cheapestPerCount(offered);
    }
    List<Object> options = new ArrayList<>();
    offered.stream()
        .sorted(Comparator.comparingInt(PaywallOption::installment)
            .thenComparingInt(PaywallOption::gatewayId))
        .forEach(row -> options.add(option(row, amount)));
    Map<String, Object> body = object(
        "CardBank", card.map(PaywallCard::bank).getOrNull(),
        "CardBrand", card.map(PaywallCard::brand).getOrNull(),
        "CardFamily", card.flatMap(PaywallCard::family).getOrNull(),
        "CardKind", card.map(PaywallCard::kind).getOrNull(),
        "CardType", card.map(PaywallCard::type).getOrNull(),
        "Options", options);
    return Json.reply(200, envelope(0, "", body));
  }

  private Map<String, Object> option(PaywallOption row, BigDecimal amount) {
    BigDecimal total = amount.multiply(BigDecimal.ONE.add(row.interest().movePointLeft(2)))
        .setScale(2, RoundingMode.HALF_UP);
    Map<String, Object> option = new LinkedHashMap<>();
    if (shape == PaywallShape.CURRENT) {
      option.put("PaymentGatewayId", row.gatewayId());
      option.put("PaymentGatewayName", row.gatewayName());
    }
    option.put("Installment", row.installment());
    option.put("Commission", row.commission());
    option.put("Interest", row.interest());
    option.put("RawAmount", amount);
    option.put("InterestAmount", total);
    return option;
  }

  /** {@code distinctduplicates}: one row per count, the cheapest for the customer. */
  private static List<PaywallOption> cheapestPerCount(List<PaywallOption> rows) {
    Map<Integer, PaywallOption> cheapest = new LinkedHashMap<>();
    Comparator<PaywallOption> cheaper = Comparator.comparing(PaywallOption::interest)
        .thenComparing(PaywallOption::commission)
        .thenComparingInt(PaywallOption::gatewayId);
    for (PaywallOption row : rows) {
      cheapest.merge(row.installment(), row,
          (kept, candidate) -> cheaper.compare(candidate, kept) < 0 ? candidate : kept);
    }
    return List.copyOf(cheapest.values());
  }

  private SandboxReply refused(int errorCode, String message) {
    return Json.reply(200, envelope(errorCode, message, null));
  }

  private Map<String, Object> envelope(int errorCode, String message, Object body) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    if (shape == PaywallShape.CURRENT) {
      envelope.put("ErrorCodeType", errorCode == 0 ? 1 : 2);
      envelope.put("ErrorMessage", errorCode == 0 ? null : message);
    }
    envelope.put("ErrorCode", errorCode);
    envelope.put("Result", errorCode == 0);
    envelope.put("Message", message);
    envelope.put("Body", body);
    return envelope;
  }

  /** A parameter from the headers (the SDK's way) or, failing that, the query string. */
  private static String parameter(SandboxCall call, String name) {
    String header = call.header(name);
    return header != null ? header.trim() : call.queryParameter(name);
  }
}
