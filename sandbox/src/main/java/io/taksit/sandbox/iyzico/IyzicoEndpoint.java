package io.taksit.sandbox.iyzico;

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
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * iyzico's installment inquiry as the sandbox answers it ({@code docs/providers-wire.md},
 * "iyzico"): the {@code IYZWSv2} authorization verified against the body and path received (a
 * wrong key, a stale signature or a missing {@code x-iyzi-rnd} is HTTP 401), the BIN looked up in
 * its {@link IyzicoTable}, each plan's total computed from the card's customer rate, and the
 * {@code conversationId} echoed.
 */
public final class IyzicoEndpoint implements ProviderEndpoint {

  /** Where iyzico is served ({@code /payment/iyzipos/installment} below it). */
  public static final String BASE_PATH = "/iyzico";

  static final String INSTALLMENT_PATH = "/payment/iyzipos/installment";
  /** The sandbox's own codes (iyzico's tables are not public): **assumed**. */
  static final String UNAUTHORIZED = "1001";
  static final String INVALID_REQUEST = "5";
  static final String UNKNOWN_BIN = "5066";

  private static final String SCHEME = "IYZWSv2 ";
  private static final Pattern AUTHORIZATION = Pattern.compile(
      "apiKey:(.+)&randomKey:(.+)&signature:([0-9a-f]{64})");
  private static final Pattern BIN = Pattern.compile("\\d{6}|\\d{8}");
  private static final byte[] TRUNCATED =
      "{\"status\":\"success\",\"locale\":\"tr\",\"installmentDetails\":[{\"binNumber\":\"45"
          .getBytes(StandardCharsets.UTF_8);

  private final IyzicoTable table;
  private final IyzicoCredentials credentials;
  private final Clock clock;

  IyzicoEndpoint(IyzicoTable table, IyzicoCredentials credentials, Clock clock) {
    this.table = table;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** The keys it accepts. */
  public IyzicoCredentials credentials() {
    return credentials;
  }

  /** The cards it quotes for. */
  public IyzicoTable table() {
    return table;
  }

  @Override
  public ProviderId provider() {
    return IyzicoSandbox.ID;
  }

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public Option<Route> route(String path) {
    return path.equals(INSTALLMENT_PATH)
        ? Option.some(new Route(SandboxOperation.INSTALLMENTS, "POST", ""))
        : Option.none();
  }

  @Override
  public SandboxReply handle(SandboxCall call) {
    if (!signedWithTheDemoKeys(call)) {
      return failure(401, UNAUTHORIZED, "api bilgileri bulunamadı", "", "");
    }
    if (!call.hasContentType("application/json")) {
      throw new InvalidRequest("Content-Type must be application/json");
    }
    ObjectNode request = call.json();
    String locale = Json.optionalText(request, "locale").toLowerCase(Locale.ROOT);
    String conversationId = Json.optionalText(request, "conversationId");
    boolean english = locale.equals("en");
    Option<BigDecimal> price = price(request.get("price"));
    if (price.isEmpty()) {
      return failure(200, INVALID_REQUEST, english ? "price must be a positive amount"
          : "Geçersiz istek: fiyat geçerli değil", locale, conversationId);
    }
    String bin = Json.optionalText(request, "binNumber");
    List<IyzicoCard> cards;
    if (bin.isEmpty()) {
      cards = onePerFamily();
    } else if (!BIN.matcher(bin).matches() || table.byBin().get(bin.substring(0, 6)) == null) {
      return failure(200, UNKNOWN_BIN, english ? "No card found for this BIN"
          : "Bu bin numarasına ait kart bulunamadı", locale, conversationId);
    } else {
      cards = List.of(table.byBin().get(bin.substring(0, 6)));
    }
    List<Object> details = new ArrayList<>();
    for (IyzicoCard card : cards) {
      details.add(detail(card, price.get()));
    }
    Map<String, Object> answer = envelope("success", locale, conversationId);
    answer.put("installmentDetails", details);
    return Json.reply(200, answer);
  }

  @Override
  public SandboxReply error(int status, String message) {
    return failure(status, Integer.toString(status), message, "", "");
  }

  @Override
  public byte[] truncatedAnswer(SandboxOperation operation) {
    return TRUNCATED.clone();
  }

  /** {@code providers.iyzico}: the base URL and the demo keys. */
  @Override
  public ObjectNode configuration(URI baseUrl) {
    return JsonNodeFactory.instance.objectNode()
        .put("baseUrl", baseUrl.toString())
        .put("apiKey", credentials.apiKey())
        .put("secretKey", credentials.secretKey());
  }

  /** The authorization names the demo key and its signature covers this request exactly. */
  private boolean signedWithTheDemoKeys(SandboxCall call) {
    String randomKey = call.header("x-iyzi-rnd");
    String authorization = call.header("Authorization");
    if (randomKey == null || authorization == null || !authorization.startsWith(SCHEME)) {
      return false;
    }
    String content;
    try {
      content = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length())),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    Matcher parts = AUTHORIZATION.matcher(content);
    if (!parts.matches() || !parts.group(2).equals(randomKey)
        || !constantTimeEquals(parts.group(1), credentials.apiKey())) {
      return false;
    }
    return constantTimeEquals(parts.group(3), signature(randomKey, call.path(), call.body()));
  }

  private String signature(String randomKey, String path, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(credentials.secretKey().getBytes(StandardCharsets.UTF_8),
          "HmacSHA256"));
      mac.update((randomKey + path).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
        b.getBytes(StandardCharsets.UTF_8));
  }

  /** Without a BIN: the first card of each family, as iyzico answers per card family. */
  private List<IyzicoCard> onePerFamily() {
    Map<String, IyzicoCard> byFamily = new LinkedHashMap<>();
    table.cards().stream().filter(card -> card.cardType().equals("CREDIT_CARD"))
        .forEach(card -> byFamily.putIfAbsent(card.cardFamilyName(), card));
    return List.copyOf(byFamily.values());
  }

  private static Map<String, Object> detail(IyzicoCard card, BigDecimal price) {
    List<Object> prices = new ArrayList<>();
    for (IyzicoCard.Rate rate : card.rates()) {
      BigDecimal total = price.multiply(BigDecimal.ONE.add(rate.customerRate().movePointLeft(2)))
          .setScale(2, RoundingMode.HALF_UP);
      BigDecimal each = total.divide(BigDecimal.valueOf(rate.installmentNumber()), 2,
          RoundingMode.HALF_UP);
      prices.add(Json.object("installmentPrice", each, "totalPrice", total,
          "installmentNumber", rate.installmentNumber()));
    }
    return Json.object("binNumber", card.bin(), "price", price, "cardType", card.cardType(),
        "cardAssociation", card.cardAssociation(), "cardFamilyName", card.cardFamilyName(),
        "force3ds", card.force3ds() ? 1 : 0, "bankCode", card.bankCode(),
        "bankName", card.bankName(), "forceCvc", 0, "commercial", card.commercial() ? 1 : 0,
        "installmentPrices", prices);
  }

  /** {@code price}: a JSON number (or numeric text), positive, at most two decimals. */
  private static Option<BigDecimal> price(JsonNode price) {
    BigDecimal value;
    try {
      if (price != null && price.isNumber()) {
        value = price.decimalValue();
      } else if (price != null && price.isTextual()) {
        value = new BigDecimal(price.asText().trim());
      } else {
        return Option.none();
      }
    } catch (NumberFormatException notANumber) {
      return Option.none();
    }
    if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
      return Option.none();
    }
    return Option.some(value.setScale(2, RoundingMode.UNNECESSARY));
  }

  private Map<String, Object> envelope(String status, String locale, String conversationId) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("status", status);
    envelope.put("locale", locale.isEmpty() ? "tr" : locale);
    envelope.put("systemTime", clock.millis());
    envelope.put("conversationId", conversationId);
    return envelope;
  }

  private SandboxReply failure(int httpStatus, String code, String message, String locale,
      String conversationId) {
    Map<String, Object> answer = envelope("failure", locale, conversationId);
    answer.put("errorCode", code);
    answer.put("errorMessage", message);
    answer.put("errorGroup", null);
    return Json.reply(httpStatus, answer);
  }
}
