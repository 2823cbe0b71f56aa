package io.taksit.adapters.http.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Error answers carrying the provider's own envelope, its keys in the documented case or all in
 * lower or upper case: the kit proves the provider's code is read from each of them.
 */
public final class ErrorBodies {

  /** The provider's own code the kit puts in every error body. */
  public static final String CODE = "-13";

  /** The provider's own message the kit puts in every error body. */
  public static final String MESSAGE = "BadRequestException: alan eksik / حقل مفقود";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The letter cases of the keys. */
  public enum KeyCase {
    DOCUMENTED(key -> key),
    LOWER(key -> key.toLowerCase(Locale.ROOT)),
    UPPER(key -> key.toUpperCase(Locale.ROOT));

    private final UnaryOperator<String> recase;

    KeyCase(UnaryOperator<String> recase) {
      this.recase = recase;
    }
  }

  private ErrorBodies() {}

  /** An answer of {@code status} whose body is {@code documented} with its keys in {@code keys}. */
  public static ResponseDefinitionBuilder answer(int status, String documented, KeyCase keys) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(recased(documented, keys));
  }

  static String recased(String json, KeyCase keys) {
    try {
      JsonNode root = JSON.readTree(json);
      ObjectNode out = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        out.set(keys.recase.apply(field.getKey()), field.getValue());
      }
      return JSON.writeValueAsString(out);
    } catch (com.fasterxml.jackson.core.JsonProcessingException broken) {
      throw new UncheckedIOException(broken);
    }
  }
}
