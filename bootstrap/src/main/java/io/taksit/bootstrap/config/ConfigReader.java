package io.taksit.bootstrap.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vavr.control.Option;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a configuration text into the file model, collecting problems instead of stopping at the
 * first: the text is read into a tree, environment variables are substituted into its values,
 * the tree is bound to {@link ConfigFile} (a value of the wrong shape or an unknown key is
 * reported and dropped, and binding goes on), and the model is validated.
 */
final class ConfigReader {

  private static final Pattern PROPERTY_SEGMENT =
      Pattern.compile("([^.\\[\\]]+)((?:\\[\\d{1,4}])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final EnvironmentSubstitution substitution;
  private final Problems problems;

  ConfigReader(Map<String, String> environment, Problems problems) {
    this.substitution = new EnvironmentSubstitution(environment);
    this.problems = problems;
  }

  /** The file model, or none when the text could not be read at all (the problem is recorded). */
  Option<ConfigFile> read(Reader text, ConfigFormat format, String source) {
    Option<JsonNode> tree = format == ConfigFormat.PROPERTIES
        ? readProperties(text, source)
        : readYaml(text, source);
    if (tree.isEmpty()) {
      return Option.none();
    }
    return read(tree.get(), source);
  }

  /** The file model of a tree already read (a host's own configuration), as {@link #read}. */
  Option<ConfigFile> read(JsonNode tree, String source) {
    JsonNode root = tree;
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = NODES.objectNode();
    }
    if (!root.isObject()) {
      problems.add(source, "must hold sections of key: value pairs at the top level");
      return Option.none();
    }
    ObjectNode normalized = (ObjectNode) normalize(root, "");
    ConfigFile file = bind(normalized, source);
    validate(file);
    return Option.of(file);
  }

  private Option<JsonNode> readYaml(Reader text, String source) {
    try {
      return Option.some(YAML.readTree(text));
    } catch (JsonProcessingException e) {
      problems.add(source, "is not valid YAML (" + where(e) + ")");
      return Option.none();
    } catch (IOException e) {
      problems.add(source, "cannot be read (" + e.getClass().getSimpleName() + ")");
      return Option.none();
    }
  }

  /** Only the location and the parser's own one-line reason: the line itself may hold a secret. */
  private static String where(JsonProcessingException e) {
    String reason = e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null
        ? yaml.getProblem()
        : e.getOriginalMessage() == null ? "unreadable"
            : e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    if (reason.startsWith("Duplicate field")) {
      reason = "a key appears twice: " + reason.substring("Duplicate field ".length());
    }
    return e.getLocation() == null ? reason
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
            + ": " + reason;
  }

  private Option<JsonNode> readProperties(Reader text, String source) {
    Properties properties = new Properties();
    try {
      properties.load(text);
    } catch (IOException | IllegalArgumentException e) {
      problems.add(source, "is not a valid properties file (" + e.getClass().getSimpleName() + ")");
      return Option.none();
    }
    ObjectNode root = NODES.objectNode();
    properties.stringPropertyNames().stream().sorted().forEach(key ->
        putProperty(root, key, properties.getProperty(key)));
    return Option.some(root);
  }

  /** {@code billers[0].feeSchedule.tiers[1].from=0} into the tree. */
  private void putProperty(ObjectNode root, String key, String value) {
    String[] segments = key.split("\\.", -1);
    JsonNode node = root;
    for (int s = 0; s < segments.length; s++) {
      Matcher segment = PROPERTY_SEGMENT.matcher(segments[s]);
      if (!segment.matches() || !(node instanceof ObjectNode object)) {
        problems.add(key, "is not a valid key");
        return;
      }
      List<Integer> indexes = new ArrayList<>();
      Matcher index = INDEX.matcher(segment.group(2));
      while (index.find()) {
        indexes.add(Integer.parseInt(index.group(1)));
      }
      boolean last = s == segments.length - 1;
      String name = segment.group(1);
      if (indexes.isEmpty()) {
        if (last) {
          if (object.has(name)) {
            problems.add(key, "is both a value and a section");
            return;
          }
          object.put(name, value);
          return;
        }
        JsonNode child = object.get(name);
        if (child == null) {
          child = object.putObject(name);
        }
        node = child;
        continue;
      }
      JsonNode child = object.get(name);
      if (child == null) {
        child = object.putArray(name);
      }
      for (int i = 0; i < indexes.size(); i++) {
        if (!(child instanceof ArrayNode array)) {
          problems.add(key, "is both a list and something else");
          return;
        }
        int at = indexes.get(i);
        while (array.size() <= at) {
          array.addNull();
        }
        boolean innermost = i == indexes.size() - 1;
        if (innermost && last) {
          array.set(at, TextNode.valueOf(value));
          return;
        }
        if (array.get(at).isNull()) {
          array.set(at, innermost ? NODES.objectNode() : NODES.arrayNode());
        }
        child = array.get(at);
      }
      node = child;
    }
  }

  /** Every scalar as text, with environment variables substituted. */
  private JsonNode normalize(JsonNode node, String key) {
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String childKey = key.isEmpty() ? field.getKey() : key + "." + field.getKey();
        copy.set(field.getKey(), normalize(field.getValue(), childKey));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        copy.add(normalize(node.get(i), key + "[" + i + "]"));
      }
      return copy;
    }
    if (node.isNull() || node.isMissingNode()) {
      return NullNode.getInstance();
    }
    if (node.isBigDecimal()) {
      return TextNode.valueOf(node.decimalValue().toPlainString());
    }
    if (node.isTextual()) {
      String substituted = substitution.substitute(key, node.textValue(), problems);
      return substituted == null ? NullNode.getInstance() : TextNode.valueOf(substituted);
    }
    return TextNode.valueOf(node.asText());
  }

  /** Binds, dropping (and reporting) each value of the wrong shape and each unknown key. */
  private ConfigFile bind(ObjectNode tree, String source) {
    return new TreeBinder(problems).bind(tree, ConfigFile.class, BINDER, "", source);
  }

  private void validate(ConfigFile file) {
    if (file == null) {
      return;
    }
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      for (ConstraintViolation<ConfigFile> violation : validator.validate(file)) {
        problems.addUnlessCovered(keyOf(violation.getPropertyPath()), violation.getMessage());
      }
    }
  }

  /**
   * {@code billers[0].step}, {@code checkSchedule[1]}: a container-element node adds only its
   * index.
   */
  static String keyOf(Path path) {
    StringBuilder key = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        key.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (key.length() > 0) {
          key.append('.');
        }
        key.append(node.getName());
      }
    }
    return key.toString();
  }
}
