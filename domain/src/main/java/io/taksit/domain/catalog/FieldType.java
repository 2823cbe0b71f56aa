package io.taksit.domain.catalog;

/** What kind of value an input field takes (Momkn's {@code valueTypeID}: 1, 2, 3, 4, 6). */
public enum FieldType {
  /** Digits only (an account number: leading zeros kept, so text, not a number). */
  NUMERIC,
  /** Any text. */
  STRING,
  /** One of the field's listed values. */
  DROPDOWN,
  /** An ISO date, {@code yyyy-MM-dd}. */
  DATE,
  /** A plain decimal, dot as the separator. */
  DECIMAL
}
