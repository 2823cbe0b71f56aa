package io.taksit.adapters.persistence.jdbc;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON this module writes into text columns (invoices, fee tiers, provider fields) and reads
 * back, through Jackson. Values are {@code null}, {@link String}, {@link Boolean},
 * {@link Integer}/{@link Long}/{@link java.math.BigDecimal} (read back as {@code BigDecimal} with
 * its scale, never as a binary floating point number), {@link List} and {@link Map} with string
 * keys (read back in their written order). Amounts are written as decimal strings by the callers,
 * so no number format can change their scale.
 *
 * <p>Control characters are escaped as RFC 8259 requires and every UTF-16 surrogate is written
 * as {@code \\uXXXX}, so any Java string (an unpaired surrogate included) survives a database
 * that refuses NUL bytes or malformed UTF-16. Rows written before Jackson (by a hand-written
 * writer of the same compact JSON) read back unchanged: it is the same JSON.
 */
final class StoredJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          new JsonFactoryBuilder().characterEscapes(new SurrogateEscapes()).build())
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private StoredJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write a "
          + (value == null ? "null" : value.getClass().getName()) + " as JSON", e);
    }
  }

  /**
   * The value of a JSON text written by {@link #write}.
   *
   * @throws IllegalStateException if the text is not JSON: the stored row was damaged
   */
  static Object read(String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      // Only the position: the text (and so Jackson's message) may hold customer data.
      throw new IllegalStateException("stored JSON is malformed at character "
          + (e.getLocation() == null ? "?" : e.getLocation().getCharOffset()));
    }
    if (node == null || node.isMissingNode()) {
      throw new IllegalStateException("stored JSON is malformed: expected a value");
    }
    return plain(node);
  }

  /** A JSON array read back, as a list. */
  static List<?> readList(String text) {
    Object value = read(text);
    if (value instanceof List<?> list) {
      return list;
    }
    throw new IllegalStateException("stored JSON is not an array");
  }

  /** A JSON object read back, its entries in written order. */
  static Map<?, ?> readMap(String text) {
    Object value = read(text);
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalStateException("stored JSON is not an object");
  }

  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(entry -> map.put(entry.getKey(), plain(entry.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.elements().forEachRemaining(element -> list.add(plain(element)));
      return list;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() ? null : node.textValue();
  }

  /** Jackson's standard escapes, plus every surrogate as {@code \\uXXXX}. */
  private static final class SurrogateEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch)
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch))
          : null;
    }
  }
}
