package io.taksit.cli.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.taksit.bootstrap.config.ConfigFormat;
import io.taksit.bootstrap.config.TaksitConfig;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * A ready Taksit configuration from a configuration tree (the provider sandbox's
 * {@code configuration()}, plus whatever the caller adds), as YAML text and as the checked
 * configuration. The tree goes through the YAML text and {@link TaksitConfig#parse} on purpose:
 * the demo and {@code taksit sandbox} then configure Taksit exactly as a host's file would, with
 * every key checked, instead of wiring adapters by hand.
 */
public final class ReadyConfiguration {

  /**
   * Plain YAML: no document marker, quotes only where YAML needs them, but always around a text
   * that looks like a number ({@code "362"}, {@code "0.05"}), so that it stays the text it was.
   */
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private ReadyConfiguration() {}

  /**
   * The YAML text of a configuration tree. Every {@code ${} in a value is written {@code $${}:
   * the tree holds values, never references to environment variables, and Taksit would otherwise
   * substitute them.
   */
  public static String yaml(JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    try {
      return YAML.writeValueAsString(literal(tree));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the configuration could not be written as YAML", e);
    }
  }

  /**
   * The checked configuration of a tree, with no environment variables.
   *
   * @param baseDirectory what a relative {@code storage.directory} is resolved against
   * @throws io.taksit.bootstrap.config.InvalidConfigurationException listing every problem
   */
  public static TaksitConfig parse(JsonNode tree, Path baseDirectory) {
    return TaksitConfig.parse(yaml(tree), ConfigFormat.YAML, baseDirectory, Map.of());
  }

  /** A copy of the tree with {@code ${} escaped in every text. */
  private static JsonNode literal(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(node.textValue().replace("${", "$${"));
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), literal(field.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(literal(element)));
      return copy;
    }
    return node;
  }
}
