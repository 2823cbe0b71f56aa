package io.taksit.adapters.persistence.jdbc;

import java.util.Objects;

/** A database password, typed so that it is never logged: its string form is masked. */
public record DatabasePassword(String value) {

  public DatabasePassword {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "DatabasePassword[****]";
  }
}
