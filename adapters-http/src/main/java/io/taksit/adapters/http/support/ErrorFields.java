package io.taksit.adapters.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Iterator;
import java.util.Locale;

/**
 * The top-level scalar fields of an error answer's body, keys in lower case, values masked. Read
 * from the whole body when the answer arrives (the body kept for the reason is shortened, and a
 * shortened JSON cannot be parsed), so that {@link ErrorEnvelope} can find the provider's code.
 *
 * <p>A body that is not a JSON object (an HTML error page, plain text, nothing) has no fields; of
 * two keys differing only in case the first is kept.
 */
public final class ErrorFields {

  private static final ObjectMapper JSON = ProviderJson.mapper();
  private static final int MAX_BODY = 64 * 1024;

  private ErrorFields() {}

  public static Map<String, String> of(String body) {
    if (body == null || body.isBlank() || body.length() > MAX_BODY) {
      return LinkedHashMap.empty();
    }
    JsonNode root;
    try {
      // Masked before parsing: a credential field or a card number never reaches the fields.
      root = JSON.readTree(LogMasking.mask(body));
    } catch (java.io.IOException | RuntimeException notJson) {
      return LinkedHashMap.empty();
    }
    if (root == null || !root.isObject()) {
      return LinkedHashMap.empty();
    }
    Map<String, String> fields = LinkedHashMap.empty();
    for (Iterator<java.util.Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey().toLowerCase(Locale.ROOT);
      JsonNode value = field.getValue();
      if (value.isValueNode() && !value.isNull() && !fields.containsKey(key)) {
        fields = fields.put(key, value.asText().trim());
      }
    }
    return fields;
  }
}
