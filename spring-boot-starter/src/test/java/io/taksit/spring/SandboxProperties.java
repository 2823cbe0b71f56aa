package io.taksit.spring;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.ProviderSandbox;
import java.util.ArrayList;
import java.util.List;

/** The sandbox's configuration as {@code taksit.*} property pairs, for a context runner. */
final class SandboxProperties {

  private SandboxProperties() {}

  static String[] of(ProviderSandbox sandbox, String... more) {
    List<String> pairs = new ArrayList<>();
    flatten("taksit", sandbox.configuration(), pairs);
    pairs.addAll(List.of(more));
    return pairs.toArray(String[]::new);
  }

  private static void flatten(String key, JsonNode node, List<String> pairs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> flatten(key + "." + f.getKey(), f.getValue(), pairs));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(key + "[" + i + "]", node.get(i), pairs);
      }
    } else {
      pairs.add(key + "=" + node.asText());
    }
  }
}
