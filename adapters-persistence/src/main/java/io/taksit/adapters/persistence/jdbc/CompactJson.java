package io.taksit.adapters.persistence.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON this module writes into text columns (invoices, fee tiers, provider fields) and reads
 * back, without a JSON library. Values are {@code null}, {@link String}, {@link Boolean},
 * {@link Integer}/{@link Long}/{@link BigDecimal} (read back as {@link BigDecimal}, never as a
 * binary floating point number), {@link List} and {@link Map} with string keys (read back in
 * their written order). Amounts are written as decimal strings by the callers, so no number
 * format can change their scale.
 *
 * <p>Strings are escaped as RFC 8259 requires; control characters and unpaired surrogates are
 * written as {@code \\uXXXX}, so any Java string survives a database that refuses NUL bytes or
 * malformed UTF-16.
 */
final class CompactJson {

  private CompactJson() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      writeString(out, text);
    } else if (value instanceof Boolean flag) {
      out.append(flag.booleanValue());
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toString());
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException("JSON object keys are strings, not " + entry.getKey());
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(out, key);
        out.append(':');
        write(out, entry.getValue());
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
          + " as JSON");
    }
  }

  private static void writeString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || isUnpairedSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * The value of a JSON text written by {@link #write}.
   *
   * @throws IllegalStateException if the text is not JSON: the stored row was damaged
   */
  static Object read(String text) {
    Reader reader = new Reader(text);
    reader.skipWhitespace();
    Object value = reader.value();
    reader.skipWhitespace();
    if (!reader.atEnd()) {
      throw reader.malformed("content after the value");
    }
    return value;
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

  private static final class Reader {

    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return at >= text.length();
    }

    void skipWhitespace() {
      while (!atEnd() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    Object value() {
      if (atEnd()) {
        throw malformed("a value");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            yield number();
          }
          throw malformed("a value");
        }
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      skipWhitespace();
      if (peek('}')) {
        at++;
        return map;
      }
      while (true) {
        skipWhitespace();
        if (!peek('"')) {
          throw malformed("a string key");
        }
        String key = string();
        skipWhitespace();
        expect(':');
        skipWhitespace();
        if (map.containsKey(key)) {
          throw malformed("no repeated key");
        }
        map.put(key, value());
        skipWhitespace();
        if (peek(',')) {
          at++;
        } else {
          expect('}');
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      at++;
      skipWhitespace();
      if (peek(']')) {
        at++;
        return list;
      }
      while (true) {
        skipWhitespace();
        list.add(value());
        skipWhitespace();
        if (peek(',')) {
          at++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      at++;
      while (true) {
        if (atEnd()) {
          throw malformed("the end of a string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (atEnd()) {
          throw malformed("an escape");
        }
        char escape = text.charAt(at++);
        switch (escape) {
          case '"', '\\', '/' -> out.append(escape);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw malformed("four hex digits");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException notHex) {
              throw malformed("four hex digits");
            }
            at += 4;
          }
          default -> throw malformed("a known escape");
        }
      }
    }

    private BigDecimal number() {
      int start = at;
      while (!atEnd() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      try {
        return new BigDecimal(text.substring(start, at));
      } catch (NumberFormatException notANumber) {
        at = start;
        throw malformed("a number");
      }
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw malformed(word);
      }
      at += word.length();
      return value;
    }

    private boolean peek(char c) {
      return !atEnd() && text.charAt(at) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw malformed("'" + c + "'");
      }
      at++;
    }

    IllegalStateException malformed(String expected) {
      // Only the position: the text may hold customer data.
      return new IllegalStateException("stored JSON is malformed: expected " + expected
          + " at character " + at);
    }
  }
}
