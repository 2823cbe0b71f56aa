package io.taksit.spring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link TaksitProperties} as the tree {@code taksit.yaml} would give, so Taksit's own checks (and
 * their messages) apply unchanged. The typed sections already carry the file's camelCase names;
 * a provider's section is a free map, as Spring bound it, so its keys are written back the way
 * the provider documents them: {@code base-url} as {@code baseUrl}, and indexed entries
 * ({@code [0]}, {@code [1]}) as a list.
 */
final class PropertiesTree {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();
  private static final Pattern INDEX = Pattern.compile("\\[?(\\d{1,4})]?");
  private static final Pattern DASH = Pattern.compile("-([a-z0-9])");

  private PropertiesTree() {}

  static ObjectNode of(TaksitProperties properties) {
    ObjectNode tree = JSON.valueToTree(properties);
    tree.remove("enabled");
    tree.remove("providers");
    if (properties.providers() != null) {
      ObjectNode providers = tree.putObject("providers");
      // The provider ids are kept as written: they are names, not keys to translate.
      properties.providers().forEach((id, section) ->
          providers.set(id, normalize(JSON.valueToTree(section))));
    }
    return tree;
  }

  private static JsonNode normalize(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    if (node.size() > 0 && allIndexed(node)) {
      TreeMap<Integer, JsonNode> items = new TreeMap<>();
      node.fields().forEachRemaining(field -> items.put(index(field.getKey()),
          normalize(field.getValue())));
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      items.values().forEach(list::add);
      return list;
    }
    ObjectNode camel = JsonNodeFactory.instance.objectNode();
    node.fields().forEachRemaining(field -> camel.set(camelCase(field.getKey()),
        normalize(field.getValue())));
    return camel;
  }

  private static boolean allIndexed(JsonNode node) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      if (!INDEX.matcher(names.next()).matches()) {
        return false;
      }
    }
    return true;
  }

  private static int index(String key) {
    Matcher matcher = INDEX.matcher(key);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not an index: " + key);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** {@code base-url} → {@code baseUrl}; a name already in camelCase is left as it is. */
  static String camelCase(String key) {
    Matcher matcher = DASH.matcher(key);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, matcher.group(1).toUpperCase(java.util.Locale.ROOT));
    }
    matcher.appendTail(out);
    return out.toString();
  }

}
