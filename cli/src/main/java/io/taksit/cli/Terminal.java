package io.taksit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.bootstrap.config.InvalidConfigurationException;
import io.taksit.cli.view.Texts;
import io.taksit.cli.view.View;
import io.taksit.cli.view.ViewJson;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import java.io.PrintStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a command's answer goes: stdout gets the result (a table, or one JSON document with
 * {@code --json}); stderr gets every error, each naming the option (or field) and the rule it
 * broke. With {@code --json} an error is also one JSON document on stdout, so a script always
 * has exactly one document to parse.
 */
final class Terminal {

  /** Twelve to nineteen digits, maybe grouped by spaces or dashes: a card number, never echoed. */
  private static final Pattern CARD_NUMBER = Pattern.compile("\\d(?:[ -]?\\d){11,18}");

  static final String PAN_REFUSED =
      "card numbers are not accepted: give the first 6-8 digits (BIN)";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean json;

  Terminal(PrintStream out, PrintStream err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /**
   * Shows a result, the one place that picks: the view's record as a JSON document with
   * {@code --json}, its text otherwise.
   */
  int show(View view, int exitCode) {
    if (json) {
      print(view);
    } else {
      out.print(view.text());
      out.flush();
    }
    return exitCode;
  }

  /**
   * Reports a use case's failure and answers its exit code.
   *
   * @param options the command's option for each command field ({@code amount → --amount})
   */
  int failed(String command, Failure failure, Map<String, String> options) {
    int exitCode = ExitCodes.of(failure);
    ObjectNode error = NODES.objectNode()
        .put("code", failure.code())
        .put("message", masked(failure.message()))
        .put("exitCode", exitCode);
    ArrayNode violations = error.putArray("violations");
    List<Money> suggested = List.empty();
    StringBuilder text = new StringBuilder(command).append(": ");
    if (failure instanceof Failure.InvalidRequest invalid) {
      text.append("invalid request");
      for (FieldViolation violation : invalid.violations()) {
        violation(violations, text, violation.field(), violation.rule(), options);
      }
    } else if (failure instanceof Failure.Refused refused) {
      text.append("refused (").append(failure.code()).append(')');
      String field = Refusals.fieldOf(refused.error());
      violation(violations, text, field == null ? "request" : field, failure.message(), options);
      suggested = Refusals.suggestedAmounts(refused.error());
    } else {
      // A payment id, an account or a provider's message can carry a card number typed in the
      // wrong place: what a failure repeats of the request is masked like any usage error.
      text.append(masked(failure.message())).append(" (").append(failure.code()).append(')');
    }
    if (!suggested.isEmpty()) {
      ArrayNode amounts = error.putArray("suggestedAmounts");
      suggested.forEach(m -> amounts.add(m.amount()));
      error.put("currency", suggested.head().currencyCode());
      text.append(System.lineSeparator()).append("  try: ")
          .append(suggested.map(Texts::money).mkString(" or "));
    }
    return error(error, text.toString(), exitCode);
  }

  private static void violation(ArrayNode violations, StringBuilder text, String field,
      String rule, Map<String, String> options) {
    String option = options.get(field);
    int dot = field.indexOf('.');
    if (option == null && dot > 0 && options.containsKey(field.substring(0, dot))) {
      // One entry of a repeatable option: fields.governorate is --field governorate=...
      option = options.get(field.substring(0, dot)) + " " + field.substring(dot + 1);
    }
    ObjectNode row = violations.addObject().put("field", field);
    if (option != null) {
      row.put("option", option);
    }
    row.put("rule", masked(rule));
    text.append(System.lineSeparator()).append("  ").append(option != null ? option : field)
        .append(": ").append(rule);
  }

  /** A usage error: a missing or malformed option, a card number, an unknown command. */
  int usage(String command, String code, String message) {
    ObjectNode error = NODES.objectNode()
        .put("code", code)
        .put("message", masked(message))
        .put("exitCode", ExitCodes.USAGE);
    return error(error, command + ": " + masked(message), ExitCodes.USAGE);
  }

  /** Every problem of the configuration, one per line, exit 2. */
  int invalidConfiguration(String command, InvalidConfigurationException invalid) {
    ObjectNode error = NODES.objectNode()
        .put("code", "config.invalid")
        .put("message", "invalid configuration " + invalid.source())
        .put("exitCode", ExitCodes.USAGE);
    ArrayNode problems = error.putArray("problems");
    StringBuilder text = new StringBuilder(command).append(": invalid configuration ")
        .append(invalid.source()).append(" (").append(invalid.problems().size())
        .append(invalid.problems().size() == 1 ? " problem)" : " problems)");
    for (ConfigProblem problem : invalid.problems()) {
      problems.addObject().put("key", problem.key()).put("rule", problem.rule());
      text.append(System.lineSeparator()).append("  ").append(problem.key()).append(": ")
          .append(problem.rule());
    }
    return error(error, text.toString(), ExitCodes.USAGE);
  }

  /** Something broke (storage unreachable, a bug): the outcome of the command is not known. */
  /** The store could not be opened: a configuration or storage fault, nothing sent, exit 2. */
  int storageUnavailable(String command, RuntimeException storage) {
    String message = masked(storage.getMessage());
    ObjectNode error = NODES.objectNode()
        .put("code", "storage.unavailable")
        .put("message", message)
        .put("exitCode", ExitCodes.STORAGE);
    return error(error, command + ": " + message, ExitCodes.STORAGE);
  }

  int crashed(String command, Throwable broken) {
    String message = broken.getClass().getSimpleName()
        + (broken.getMessage() == null ? "" : ": " + masked(broken.getMessage()));
    ObjectNode error = NODES.objectNode()
        .put("code", "internal")
        .put("message", message)
        .put("exitCode", ExitCodes.UNSETTLED);
    return error(error, command + ": could not finish: " + message, ExitCodes.UNSETTLED);
  }

  private int error(ObjectNode error, String text, int exitCode) {
    err.println(text);
    err.flush();
    if (json) {
      ObjectNode document = NODES.objectNode();
      document.set("error", error);
      print(document);
    }
    return exitCode;
  }

  private void print(Object document) {
    out.println(ViewJson.write(document));
    out.flush();
  }

  /** The text with anything that looks like a card number hidden. */
  static String masked(String text) {
    return CARD_NUMBER.matcher(text).replaceAll("<card number hidden>");
  }
}
