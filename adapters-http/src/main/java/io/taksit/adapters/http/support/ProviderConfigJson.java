package io.taksit.adapters.http.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How a provider's configuration section ({@code providers.<id>}) is bound to its configuration
 * record: Jackson, unknown keys refused, with the value types configurations share —
 * {@link Duration} ({@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h}, {@code 1d} or ISO-8601),
 * {@link Secret} (never blank, never echoed) and {@link ZoneId}. A value of the wrong shape fails
 * with a {@link ConfigValueException} that names the rule and not the value.
 *
 * <p>A configuration record binds through its canonical constructor or a {@code @JsonCreator}
 * factory that fills in its documented defaults for absent keys; its {@code problems()} then
 * checks what was bound.
 */
public final class ProviderConfigJson {

  /** The rule of a value that must be a single text, not a section or a list. */
  public static final String SINGLE_VALUE = "must be a single value, not a section or a list";

  private static final ObjectMapper BINDER = JsonMapper.builder()
      .addModule(module())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private ProviderConfigJson() {}

  /** The mapper that binds provider sections (thread-safe, shared). */
  public static ObjectMapper binder() {
    return BINDER;
  }

  /** The deserializers, for a host that binds provider configurations with a mapper of its own. */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("taksit-provider-config");
    module.addDeserializer(Duration.class, new DurationDeserializer());
    module.addDeserializer(Secret.class, new SecretDeserializer());
    module.addDeserializer(ZoneId.class, new ZoneIdDeserializer());
    return module;
  }

  /** The text of a scalar, or a {@link ConfigValueException} for a section or a list. */
  private static String text(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      throw new ConfigValueException(parser, SINGLE_VALUE);
    }
    return parser.getValueAsString();
  }

  private static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = text(parser);
      return Durations.parse(text).getOrElseThrow(() ->
          new ConfigValueException(parser, Durations.RULE));
    }
  }

  private static final class SecretDeserializer extends JsonDeserializer<Secret> {
    @Override
    public Secret deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = text(parser);
      if (text == null || text.isBlank()) {
        throw new ConfigValueException(parser, "must not be blank");
      }
      return Secret.of(text);
    }
  }

  private static final class ZoneIdDeserializer extends JsonDeserializer<ZoneId> {
    @Override
    public ZoneId deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = text(parser);
      try {
        return ZoneId.of(text == null ? "" : text.trim());
      } catch (DateTimeException e) {
        throw new ConfigValueException(parser, "must be a time zone such as Africa/Cairo");
      }
    }
  }
}
