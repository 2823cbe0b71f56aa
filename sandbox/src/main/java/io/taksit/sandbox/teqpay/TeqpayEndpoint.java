package io.taksit.sandbox.teqpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.spi.InvalidRequest;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Teqpay's installment information as {@code docs/providers-wire.md} writes it:
 * {@code POST /teqpay/installmentinfo} with the {@code ApiKey} / {@code SecretKey} headers,
 * answered in Teqpay's own dialect (decimal-comma amount strings, trailing commas; see
 * {@link TeqpayJson}). Quotes in TRY; an unknown BIN is refused.
 */
public final class TeqpayEndpoint implements ProviderEndpoint {

  /** Where Teqpay is served ({@code /installmentinfo} below it). */
  public static final String BASE_PATH = "/teqpay";

  static final int SUCCESS = 10000;
  /** The sandbox's own refusal codes (Teqpay documents only 10000). */
  static final int INVALID_CARD_NUMBER = 10010;
  static final int INVALID_PRICE = 10011;
  static final int UNKNOWN_CARD = 10020;

  private static final Pattern CARD_NUMBER = Pattern.compile("\\d{6,16}");
  private static final Pattern DOT_DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
  private static final String INCLUDED = "Komisyon İçinde";
  private static final String FROM_CUSTOMER = "Vade Farkı Müşteriden";
  private static final byte[] TRUNCATED =
      "{\n    \"Details\": [{\n        \"Installment\": \"1\",\n        \"Price\": \"1.2"
          .getBytes(StandardCharsets.UTF_8);

  private final TeqpayTable table;
  private final TeqpayCredentials credentials;

  TeqpayEndpoint(TeqpayTable table, TeqpayCredentials credentials) {
    this.table = table;
    this.credentials = credentials;
  }

  /** The keys it accepts. */
  public TeqpayCredentials credentials() {
    return credentials;
  }

  /** The table it quotes from. */
  public TeqpayTable table() {
    return table;
  }

  @Override
  public ProviderId provider() {
    return TeqpaySandbox.ID;
  }

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public Option<Route> route(String path) {
    return path.equals("/installmentinfo")
        ? Option.some(new Route(SandboxOperation.INSTALLMENTS, "POST", ""))
        : Option.none();
  }

  @Override
  public SandboxReply handle(SandboxCall call) {
    if (!credentials.apiKey().equals(call.header("ApiKey"))
        || !credentials.secretKey().equals(call.header("SecretKey"))) {
      return error(401, "ApiKey veya SecretKey geçersiz (invalid ApiKey or SecretKey)");
    }
    if (!call.hasContentType("application/json")) {
      throw new InvalidRequest("Content-Type must be application/json");
    }
    ObjectNode request = call.json();
    boolean english = "EN".equals(Json.optionalText(request, "language").toUpperCase(Locale.ROOT));
    JsonNode cardNo = request.get("cardNo");
    if (cardNo == null || !cardNo.isTextual() || !CARD_NUMBER.matcher(cardNo.asText()).matches()) {
      return refused(INVALID_CARD_NUMBER, english
          ? "cardNo must be 6 to 16 digits" : "Kart numarası 6 ile 16 hane arasında olmalıdır");
    }
    Option<BigDecimal> price = price(request.get("price"));
    if (price.isEmpty()) {
      return refused(INVALID_PRICE, english
          ? "price must be a positive amount" : "Tutar geçerli değil");
    }
    String digits = cardNo.asText();
    List<TeqpayOption> rows = rows(digits);
    if (rows == null) {
      return refused(UNKNOWN_CARD, english
          ? "No installment information for this card" : "Bu kart için taksit bilgisi bulunamadı");
    }
    TeqpayJson json = new TeqpayJson().open().array("Details");
    boolean first = true;
    for (TeqpayOption row : rows.stream()
        .sorted(Comparator.comparingInt(TeqpayOption::installment)).toList()) {
      detail(json.element(first), row, price.get()).close();
      first = false;
    }
    json.endArray()
        .literal("Result", true)
        .literal("ResultCode", SUCCESS)
        .field("ResultMessage", english ? "Completed successfully." : "Başarıyla tamamlandı.")
        .close();
    return SandboxReply.raw(200, SandboxReply.JSON, json.text());
  }

  @Override
  public SandboxReply error(int status, String message) {
    return SandboxReply.raw(status, SandboxReply.JSON, new TeqpayJson().open()
        .literal("Result", false).literal("ResultCode", status).field("ResultMessage", message)
        .close().text());
  }

  @Override
  public byte[] truncatedAnswer(SandboxOperation operation) {
    return TRUNCATED.clone();
  }

  /** {@code providers.teqpay}: the base URL and the demo keys. */
  @Override
  public ObjectNode configuration(URI baseUrl) {
    return JsonNodeFactory.instance.objectNode()
        .put("baseUrl", baseUrl.toString())
        .put("apiKey", credentials.apiKey())
        .put("secretKey", credentials.secretKey());
  }

  private static TeqpayJson detail(TeqpayJson json, TeqpayOption row, BigDecimal price) {
    BigDecimal total = price.multiply(BigDecimal.ONE.add(row.customerRate().movePointLeft(2)))
        .setScale(2, RoundingMode.HALF_UP);
    BigDecimal perInstallment =
        total.divide(BigDecimal.valueOf(row.installment()), 2, RoundingMode.HALF_UP);
    return json
        .field("Installment", Integer.toString(row.installment()))
        .field("Price", TurkishAmounts.format(price))
        .field("TotalPrice", TurkishAmounts.format(total))
        .field("ProcessingFee", TurkishAmounts.format(BigDecimal.ZERO))
        .field("CommissionType", row.customerRate().signum() == 0 ? INCLUDED : FROM_CUSTOMER)
        .field("MerchantSaleRate", TurkishAmounts.format(row.merchantSaleRate()))
        .field("AmountToPaid", TurkishAmounts.format(perInstallment));
  }

  /** The rows of the longest known prefix of the card number: 8 digits, then 6. */
  private List<TeqpayOption> rows(String cardNo) {
    if (cardNo.length() >= 8 && table.optionsByBin().containsKey(cardNo.substring(0, 8))) {
      return table.optionsByBin().get(cardNo.substring(0, 8));
    }
    return table.optionsByBin().get(cardNo.substring(0, 6));
  }

  /** {@code price}: a dot-decimal string as the sample sends it, or a JSON number. */
  private static Option<BigDecimal> price(JsonNode price) {
    BigDecimal value;
    if (price != null && price.isTextual() && DOT_DECIMAL.matcher(price.asText()).matches()) {
      value = new BigDecimal(price.asText());
    } else if (price != null && price.isNumber()) {
      value = price.decimalValue();
    } else {
      return Option.none();
    }
    if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
      return Option.none();
    }
    return Option.some(value.setScale(2, RoundingMode.UNNECESSARY));
  }

  private SandboxReply refused(int code, String message) {
    return SandboxReply.raw(200, SandboxReply.JSON, new TeqpayJson().open()
        .literal("Result", false).literal("ResultCode", code).field("ResultMessage", message)
        .close().text());
  }
}
