package io.taksit.application.bill;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.failure.FieldViolation;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.error.InputError;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;

/**
 * An inquiry's account and fields checked against its service's input fields, before the provider
 * is called: every problem at once, each naming the command's field ({@code account}, or
 * {@code fields.<key>}) and the rule, the provider's own expression and message included.
 */
final class CustomerInputs {

  private CustomerInputs() {}

  /**
   * The fields to send, trimmed as checked, or every problem found. The account is checked under
   * the service's account field but travels as the account, not as a field.
   */
  static Either<Failure, Map<String, String>> check(CatalogEntry entry, String account,
      java.util.Map<String, String> fields) {
    Map<String, String> given = LinkedHashMap.ofAll(fields);
    Map<String, String> withAccount = entry.accountField()
        .map(key -> given.put(key, account)).getOrElse(given);
    return entry.fields().validate(withAccount)
        .map(checked -> entry.accountField()
            .map(key -> fields.containsKey(key) ? checked : checked.remove(key))
            .getOrElse(checked))
        .mapLeft(problems -> new Failure.InvalidRequest(
            problems.map(problem -> violation(entry, problem)).sorted()));
  }

  private static FieldViolation violation(CatalogEntry entry, InputError problem) {
    String key = problem.field();
    String field = entry.accountField().contains(key) ? "account" : "fields." + key;
    return new FieldViolation(field, Failures.ruleOf(key, problem));
  }
}
