package io.taksit.domain.catalog;

import io.taksit.domain.error.InputError;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The input fields of one service, in form order, and the check of a customer's inputs against
 * them. Every field is checked and every problem reported, each naming the field and the rule, so
 * that a form can mark all of them at once; nothing is sent to the provider unless all pass.
 *
 * <p>The provider's own {@code validationExpression} is applied as a Java regular expression to
 * the whole value; an expression that does not compile is reported as the field's problem rather
 * than skipped, since a rule that cannot be applied is no rule a customer's value passed.
 */
public record InputFields(List<InputField> fields) {

  /** A service that asks for nothing beyond the account. */
  public static final InputFields NONE = new InputFields(List.empty());

  public InputFields {
    fields = Objects.requireNonNull(fields, "fields").sortBy(InputField::sequence);
  }

  /** The field of {@code key}, if the service has one. */
  public Option<InputField> field(String key) {
    return fields.find(field -> field.key().equals(key));
  }

  /**
   * {@code inputs} (key → value, as the customer typed them) checked against every field: the
   * inputs trimmed, or every problem found. Keys the service does not know are kept as given.
   */
  public Either<List<InputError>, Map<String, String>> validate(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    List<InputError> problems = List.empty();
    Map<String, String> checked = LinkedHashMap.ofEntries(inputs);
    for (InputField field : fields) {
      Option<String> value = inputs.get(field.key()).map(String::strip)
          .filter(text -> !text.isEmpty());
      if (value.isEmpty()) {
        if (!field.optional()) {
          problems = problems.append(new InputError.Missing(field.key()));
        }
        continue;
      }
      Option<InputError> problem = problem(field, value.get());
      if (problem.isDefined()) {
        problems = problems.append(problem.get());
      } else {
        checked = checked.put(field.key(), value.get());
      }
    }
    return problems.isEmpty() ? Either.right(checked) : Either.left(problems);
  }

  private static Option<InputError> problem(InputField field, String value) {
    String name = field.key();
    Option<String> typeRule = switch (field.type()) {
      case NUMERIC -> value.chars().allMatch(Character::isDigit)
          ? Option.none() : Option.some("must be digits only");
      case DECIMAL -> Try.of(() -> new BigDecimal(value)).isSuccess()
          ? Option.none() : Option.some("must be a decimal number such as 150.50");
      case DATE -> Try.of(() -> LocalDate.parse(value)).isSuccess()
          ? Option.none() : Option.some("must be a date as yyyy-MM-dd");
      case DROPDOWN -> field.choices().contains(value) ? Option.none()
          : Option.some("must be one of " + field.choices().mkString(", "));
      case STRING -> Option.none();
    };
    if (typeRule.isDefined()) {
      return Option.some(new InputError.Malformed(name, typeRule.get()));
    }
    if (field.expression().isEmpty() || field.expression().get().isBlank()) {
      return Option.none();
    }
    String expression = field.expression().get();
    Pattern pattern;
    try {
      pattern = Pattern.compile(expression);
    } catch (PatternSyntaxException broken) {
      return Option.some(new InputError.Malformed(name,
          "the provider's validation expression cannot be applied: " + expression));
    }
    if (pattern.matcher(value).matches()) {
      return Option.none();
    }
    return Option.some(new InputError.Malformed(name, "must match the provider's rule "
        + expression + field.message().filter(text -> !text.isBlank())
            .map(text -> " (" + text + ")").getOrElse("")));
  }
}
