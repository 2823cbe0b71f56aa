package io.taksit.sandbox.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.sandbox.spi.InvalidRequest;
import io.taksit.sandbox.spi.SandboxReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON in and out for the providers that speak standard JSON. Amounts are {@link BigDecimal}
 * both ways (a float never touches them) and are written plain at two decimals, as the providers'
 * samples show them ({@code 196.50}, not {@code 196.5} or {@code 1.965E+2}).
 *
 * <p>Requests are read strictly by the names of {@code docs/providers-wire.md}: the point of the
 * sandbox is that an adapter drifting from that page fails here first. A request that does not
 * fit is an {@link InvalidRequest} (HTTP 400 in the provider's envelope).
 */
public final class Json {

  /** The mapper of the sandbox's JSON: exact decimals, written plain, trailing zeros kept. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      // Keep 250.00 as 250.00 in trees (the default would make it 2.5E+2).
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private Json() {
  }

  /** A JSON answer that moved no money. */
  public static SandboxReply reply(int status, Object body) {
    return new SandboxReply(status, SandboxReply.JSON, write(body), Map.of(), false);
  }

  /** A JSON answer (HTTP 200) that moved money: its charge is in the ledger. */
  public static SandboxReply charged(Object body) {
    return new SandboxReply(200, SandboxReply.JSON, write(body), Map.of(), true);
  }

  /** The request body as a JSON object. */
  public static ObjectNode parseObject(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new InvalidRequest("the body is not JSON");
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRequest("the body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** Serialises an answer (maps, lists, strings, numbers, booleans, nulls). */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a sandbox answer could not be written", e);
    }
  }

  /** An insertion-ordered JSON object from alternating names and values. */
  public static Map<String, Object> object(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  /** A required non-blank string field. */
  public static String text(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidRequest(field + " is required");
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InvalidRequest(field + " must be a non-blank string");
    }
    return value.asText();
  }

  /** An optional string field, empty when absent or null. */
  public static String optionalText(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new InvalidRequest(field + " must be a string");
    }
    return value.asText();
  }

  /** A required identifier that may travel as a string or a whole number (a bill reference). */
  public static String identifier(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value != null && value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    return text(request, field);
  }

  /** A required amount: a JSON number with at most two decimals, returned at two decimals. */
  public static BigDecimal amount(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidRequest(field + " is required");
    }
    if (!value.isNumber()) {
      throw new InvalidRequest(field + " must be a JSON number");
    }
    return twoDecimals(value.decimalValue(), field);
  }

  /** A required boolean. */
  public static boolean bool(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || !value.isBoolean()) {
      throw new InvalidRequest(field + " is required and must be true or false");
    }
    return value.booleanValue();
  }

  /** A required whole number. */
  public static int integer(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new InvalidRequest(field + " is required and must be a whole number");
    }
    return value.intValue();
  }

  /** {@code value} at two decimals, or why not (more decimals than a currency has). */
  public static BigDecimal twoDecimals(BigDecimal value, String field) {
    try {
      return value.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidRequest(field + " has more than two decimals: " + value.toPlainString());
    }
  }
}
