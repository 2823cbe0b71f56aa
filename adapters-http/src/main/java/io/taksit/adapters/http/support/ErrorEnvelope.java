package io.taksit.adapters.http.support;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a provider writes its own code and message in the body of an error answer (HTTP 4xx or
 * 5xx). A support team searches for the provider's code ({@code -13}), not for {@code HTTP 400},
 * so every adapter declares its envelope once and the shared mapping ({@link HttpOutcomes}) reads
 * it before falling back to the HTTP status.
 *
 * <p>Keys are matched without letter case: the providers' own documents mix {@code Code} and
 * {@code code}, and a gateway in front of them may write either. The first key of each list that
 * the body carries wins; only top-level scalar fields are read (see {@link ErrorFields}).
 *
 * @param provider the provider's name as a person reads it ("Momkn"), for the outcome's reason
 * @param codeKeys where the provider's own code may be, in order of preference
 * @param messageKeys where the provider's own message may be, in order of preference
 */
public record ErrorEnvelope(String provider, List<String> codeKeys, List<String> messageKeys) {

  /** No envelope known: the HTTP status is the code and the body the message, as before. */
  public static final ErrorEnvelope NONE = new ErrorEnvelope("provider", List.empty(), List.empty());

  public ErrorEnvelope {
    Objects.requireNonNull(provider, "provider");
    codeKeys = Objects.requireNonNull(codeKeys, "codeKeys").map(ErrorEnvelope::lower);
    messageKeys = Objects.requireNonNull(messageKeys, "messageKeys").map(ErrorEnvelope::lower);
  }

  /** The envelope with one code key and the message keys, in order of preference. */
  public static ErrorEnvelope of(String provider, String codeKey, String... messageKeys) {
    return new ErrorEnvelope(provider, List.of(codeKey), List.of(messageKeys));
  }

  /** The provider's own code (and message, when it sent one) in an error answer. */
  public record ProviderError(String code, Option<String> message) {
    public ProviderError {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The provider's code and message in {@code fields}; none when the body carries no code under
   * any of the keys (an HTML page, a proxy's own JSON, an empty body).
   */
  public Option<ProviderError> read(Map<String, String> fields) {
    Option<String> code = first(fields, codeKeys);
    return code.map(found -> new ProviderError(found, message(fields)));
  }

  /** The provider's message in {@code fields}, even when no code came with it. */
  public Option<String> message(Map<String, String> fields) {
    return first(fields, messageKeys);
  }

  private static Option<String> first(Map<String, String> fields, List<String> keys) {
    return keys.flatMap(fields::get).find(value -> !value.isBlank());
  }

  private static String lower(String key) {
    return key.toLowerCase(Locale.ROOT);
  }
}
