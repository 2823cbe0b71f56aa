package io.taksit.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.InputError;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class InputFieldsTest {

  private static InputField field(String key, FieldType type, boolean optional, int sequence,
      List<String> choices, String expression, String message) {
    return new InputField(key, key + " label", "", type, optional, sequence, choices,
        Option.of(expression), Option.of(message));
  }

  private static final InputFields FORM = new InputFields(List.of(
      field("billingAccount", FieldType.NUMERIC, false, 1, List.empty(), "^[0-9]{10}$",
          "رقم الحساب 10 أرقام"),
      field("branch", FieldType.DROPDOWN, false, 3, List.of("Cairo", "Giza"), null, null),
      field("birthDate", FieldType.DATE, true, 2, List.empty(), null, null),
      field("amountHint", FieldType.DECIMAL, true, 4, List.empty(), null, null),
      field("reference", FieldType.STRING, true, 5, List.empty(), "[A-Z]{2}-\\d+", "like AB-12")));

  private static Either<List<InputError>, Map<String, String>> check(String... keysAndValues) {
    Map<String, String> inputs = HashMap.empty();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      inputs = inputs.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return FORM.validate(inputs);
  }

  @Test
  void fields_are_in_form_order() {
    assertThat(FORM.fields().map(InputField::key))
        .containsExactly("billingAccount", "birthDate", "branch", "amountHint", "reference");
  }

  @Test
  void good_inputs_pass_trimmed() {
    Either<List<InputError>, Map<String, String>> checked = check("billingAccount", " 1000000104 ",
        "branch", "Giza", "birthDate", "1990-02-28", "amountHint", "150.50", "reference", "AB-12");
    assertThat(checked.isRight()).isTrue();
    assertThat(checked.get().get("billingAccount")).containsExactly("1000000104");
  }

  @Test
  void every_problem_is_named_with_its_field_and_rule() {
    Either<List<InputError>, Map<String, String>> checked = check("billingAccount", "12345",
        "birthDate", "28/02/1990", "amountHint", "1,5", "reference", "ab-1");
    assertThat(checked.getLeft().map(InputError::message)).containsExactly(
        "billingAccount must match the provider's rule ^[0-9]{10}$ (رقم الحساب 10 أرقام)",
        "birthDate must be a date as yyyy-MM-dd",
        "branch is required",
        "amountHint must be a decimal number such as 150.50",
        "reference must match the provider's rule [A-Z]{2}-\\d+ (like AB-12)");
  }

  @Test
  void types_are_checked_before_the_expression() {
    assertThat(check("billingAccount", "12345abcde", "branch", "Alexandria").getLeft()
        .map(InputError::message)).containsExactly("billingAccount must be digits only",
        "branch must be one of Cairo, Giza");
  }

  @Test
  void an_expression_that_does_not_compile_is_a_problem_not_a_pass() {
    InputFields broken = new InputFields(List.of(
        field("code", FieldType.STRING, false, 1, List.empty(), "[unclosed", null)));
    assertThat(broken.validate(HashMap.of("code", "x")).getLeft().map(InputError::message))
        .containsExactly("code the provider's validation expression cannot be applied: [unclosed");
  }

  @Test
  void blank_optional_fields_pass_and_blank_required_ones_are_missing() {
    assertThat(check("billingAccount", "  ", "branch", "Cairo").getLeft())
        .containsExactly(new InputError.Missing("billingAccount"));
  }
}
