package io.taksit.application.failure;

/** One broken field rule of a command: the field's name and the rule, in words. */
public record FieldViolation(String field, String rule) implements Comparable<FieldViolation> {

  @Override
  public int compareTo(FieldViolation other) {
    int byField = field.compareTo(other.field);
    return byField != 0 ? byField : rule.compareTo(other.rule);
  }

  @Override
  public String toString() {
    return field + " " + rule;
  }
}
