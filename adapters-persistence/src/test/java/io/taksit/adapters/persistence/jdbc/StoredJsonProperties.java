package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON of the text columns: whatever is written reads back equal. */
class StoredJsonProperties {

  @Provide
  Arbitrary<String> anyText() {
    // Every char, lone surrogates and control characters included.
    return Arbitraries.strings().all().ofMaxLength(40);
  }

  @Property(tries = 1000)
  void anyStringRoundTrips(@ForAll("anyText") String text) {
    String json = StoredJson.write(text);

    assertThat(StoredJson.read(json)).isEqualTo(text);
    assertThat(json.chars().filter(c -> c < 0x20)).as("no raw control characters").isEmpty();
  }

  @Property(tries = 300)
  void objectsKeepTheirKeysValuesAndOrder(@ForAll("anyText") String key1,
      @ForAll("anyText") String value1, @ForAll("anyText") String key2) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put(key1, value1);
    object.putIfAbsent(key2, null);
    object.put("decimal", new BigDecimal("-0.0500"));

    Map<?, ?> read = StoredJson.readMap(StoredJson.write(object));

    assertThat(read).isEqualTo(object);
    assertThat(List.copyOf(read.keySet())).isEqualTo(List.copyOf(object.keySet()));
  }

  @Example
  void writesStoredJson() {
    Map<String, Object> invoice = new LinkedHashMap<>();
    invoice.put("sequence", 7);
    invoice.put("alias", "قسط \"1\"\n");
    invoice.put("amount", "500.00");
    invoice.put("minimum", null);
    invoice.put("mandatory", true);

    String json = StoredJson.write(Arrays.asList(invoice, List.of()));

    assertThat(json).isEqualTo("[{\"sequence\":7,\"alias\":\"قسط \\\"1\\\"\\n\",\"amount\":"
        + "\"500.00\",\"minimum\":null,\"mandatory\":true},[]]");
    List<?> read = StoredJson.readList(json);
    assertThat(((Map<?, ?>) read.get(0)).get("sequence")).isEqualTo(new BigDecimal("7"));
    assertThat(((Map<?, ?>) read.get(0)).get("alias")).isEqualTo("قسط \"1\"\n");
  }

  @Example
  void refusesDamagedTextWithoutEchoingIt() {
    for (String damaged : List.of("", "{", "[1,]", "{\"a\" 1}", "\"open", "\"\\x\"", "tru",
        "[1] 2", "{\"a\":1,\"a\":2}", "\"\\u12\"")) {
      assertThatThrownBy(() -> StoredJson.read(damaged)).as(damaged)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("stored JSON is malformed");
    }
  }

  @Example
  void readsRowsWrittenBeforeJackson() {
    // Exactly as the hand-written writer stored it: lower-case escapes, a lone surrogate escaped.
    String stored = "[{\"sequence\":7,\"alias\":\"a\\u0001\\ud800\\n\",\"amount\":\"500.00\","
        + "\"minimum\":null,\"mandatory\":true,\"rate\":-0.0500}]";

    Map<?, ?> invoice = (Map<?, ?>) StoredJson.readList(stored).get(0);

    assertThat(invoice.get("sequence")).isEqualTo(new BigDecimal("7"));
    assertThat(invoice.get("alias")).isEqualTo("a\u0001\ud800\n");
    assertThat(invoice.get("amount")).isEqualTo("500.00");
    assertThat(invoice.containsKey("minimum")).isTrue();
    assertThat(invoice.get("minimum")).isNull();
    assertThat(invoice.get("mandatory")).isEqualTo(true);
    assertThat(invoice.get("rate")).isEqualTo(new BigDecimal("-0.0500"));
  }

  @Example
  void writesEverySurrogateEscapedSoNoDatabaseSeesMalformedText() {
    assertThat(StoredJson.write("\ud800x\ud83d\ude00"))
        .isEqualTo("\"\\ud800x\\ud83d\\ude00\"");
  }
}
