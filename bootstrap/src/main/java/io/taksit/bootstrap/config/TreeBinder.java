package io.taksit.bootstrap.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.ConfigProblemsException;
import io.taksit.adapters.http.support.ConfigValueException;
import io.taksit.adapters.http.support.ProviderConfigJson;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Binds a configuration tree to a type with Jackson, reporting instead of stopping: a value of the
 * wrong shape, an unknown key or a part that cannot be built is reported under its full key and
 * dropped, and binding goes on, so every problem of a file is listed at once. A problem names the
 * key and the rule, never the value (it may be a secret).
 */
final class TreeBinder {

  private static final int MAX_BINDING_PROBLEMS = 200;
  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);

  private final Problems problems;

  TreeBinder(Problems problems) {
    this.problems = problems;
  }

  /**
   * {@code tree} bound to {@code type}, or null when it cannot be bound at all (the problem is
   * recorded under {@code source}).
   *
   * @param prefix the key of {@code tree} in the file ({@code providers.momkn.}), or empty
   */
  <T> T bind(ObjectNode tree, Class<T> type, ObjectMapper mapper, String prefix, String source) {
    for (int attempt = 0; attempt < MAX_BINDING_PROBLEMS; attempt++) {
      try {
        return mapper.treeToValue(tree, type);
      } catch (JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String key = keyOf(path);
        if (key.isEmpty() || !drop(tree, path)) {
          problems.add(key.isEmpty() ? source : prefix + key, unreadable(e));
          return null;
        }
        if (e instanceof ValueInstantiationException made
            && made.getCause() instanceof ConfigProblemsException parts) {
          for (ConfigProblem part : parts.problems()) {
            problems.add(prefix + key + "." + part.key(), part.rule());
          }
        } else {
          problems.add(prefix + key, ruleOf(e));
        }
      } catch (JsonProcessingException | IllegalArgumentException e) {
        problems.add(source, "cannot be read (" + e.getClass().getSimpleName() + ")");
        return null;
      }
    }
    problems.add(source, "has too many problems to list");
    return null;
  }

  private static String unreadable(JsonMappingException e) {
    return e instanceof ValueInstantiationException && e.getCause() != null
        ? "cannot be read (" + e.getCause().getClass().getSimpleName() + ")"
        : "cannot be read (" + e.getClass().getSimpleName() + ")";
  }

  private static String ruleOf(JsonMappingException e) {
    if (e instanceof ConfigValueException value) {
      return value.rule();
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      Collection<Object> known = unknown.getKnownPropertyIds();
      return known == null || known.isEmpty() ? "is not a known key"
          : "is not a known key (known here: " + known.stream().map(String::valueOf).sorted()
              .reduce((a, b) -> a + ", " + b).orElse("") + ")";
    }
    if (e instanceof ValueInstantiationException made) {
      return "is not valid (" + (made.getCause() == null ? "unreadable"
          : made.getCause().getClass().getSimpleName()) + ")";
    }
    Class<?> target = e instanceof MismatchedInputException mismatch
        ? mismatch.getTargetType() : null;
    if (target != null && Collection.class.isAssignableFrom(target)) {
      return "must be a list";
    }
    if (e instanceof InvalidFormatException && target != null) {
      if (WHOLE_NUMBERS.contains(target)) {
        return "must be a whole number";
      }
      if (target == Boolean.class || target == boolean.class) {
        return "must be true or false";
      }
      if (target == BigDecimal.class) {
        return "must be a decimal number such as 250.00";
      }
      if (target.isEnum()) {
        return "must be one of " + String.join(", ", enumNames(target));
      }
    }
    if (target != null && (target == String.class || target == SecretText.class
        || WHOLE_NUMBERS.contains(target) || target == Boolean.class || target == boolean.class
        || target == BigDecimal.class || target.isEnum())) {
      return ProviderConfigJson.SINGLE_VALUE;
    }
    return "must be a section of key: value pairs";
  }

  private static List<String> enumNames(Class<?> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
  }

  static String keyOf(List<JsonMappingException.Reference> path) {
    StringBuilder key = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (key.length() > 0) {
          key.append('.');
        }
        key.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        key.append('[').append(reference.getIndex()).append(']');
      }
    }
    return key.toString();
  }

  /** Removes the node at {@code path}; false when there was nothing to remove. */
  private static boolean drop(ObjectNode tree, List<JsonMappingException.Reference> path) {
    JsonNode parent = tree;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonMappingException.Reference step = path.get(i);
      parent = step.getFieldName() != null
          ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
      if (parent == null) {
        return false;
      }
    }
    JsonMappingException.Reference last = path.get(path.size() - 1);
    if (last.getFieldName() != null && parent instanceof ObjectNode object
        && object.has(last.getFieldName())) {
      object.remove(last.getFieldName());
      return true;
    }
    if (last.getFieldName() == null && parent instanceof ArrayNode array
        && last.getIndex() >= 0 && last.getIndex() < array.size()
        && !array.get(last.getIndex()).isNull()) {
      array.set(last.getIndex(), NullNode.getInstance());
      return true;
    }
    return false;
  }
}
