package io.taksit.sandbox.teqpay;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Lays out Teqpay's JSON by hand, because Teqpay's own is not quite JSON: every object ends with a
 * trailing comma after its last field, exactly as the documented sample does, and amounts are
 * Turkish decimal-comma strings. A standard serialiser cannot produce that, and an adapter that
 * only parses strict JSON must fail against the sandbox as it would against Teqpay.
 */
final class TeqpayJson {

  private final StringBuilder out = new StringBuilder(512);
  private int depth;

  /** Opens an object: {@code {}. */
  TeqpayJson open() {
    out.append("{\n");
    depth++;
    return this;
  }

  /** Closes an object, the last field keeping its trailing comma. */
  TeqpayJson close() {
    depth--;
    indent();
    out.append('}');
    return this;
  }

  /** {@code "name": "value",} */
  TeqpayJson field(String name, String value) {
    indent();
    quote(name);
    out.append(": ");
    quote(value);
    out.append(",\n");
    return this;
  }

  /** {@code "name": 10000,} or {@code "name": true,} */
  TeqpayJson literal(String name, Object value) {
    indent();
    quote(name);
    out.append(": ").append(value).append(",\n");
    return this;
  }

  /** {@code "name": [} … then objects via {@link #element()}, then {@link #endArray()}. */
  TeqpayJson array(String name) {
    indent();
    quote(name);
    out.append(": [");
    return this;
  }

  /** Starts the next object in the current array ({@code ,} between elements, none after). */
  TeqpayJson element(boolean first) {
    if (!first) {
      out.append(",\n");
      indent();
    }
    return open();
  }

  /** Ends the array: {@code ],} */
  TeqpayJson endArray() {
    out.append('\n');
    indent();
    out.append("],\n");
    return this;
  }

  /** The text written. */
  String text() {
    return out.append('\n').toString();
  }

  private void indent() {
    out.append("    ".repeat(Math.max(depth, 0)));
  }

  /** The layout is Teqpay's; the string escapes are Jackson's, as everywhere else in Taksit. */
  private void quote(String text) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, out);
    out.append('"');
  }
}
