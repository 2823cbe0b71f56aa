package io.taksit.bootstrap.observability;

import java.util.Locale;

/** The kinds of provider call, as the {@code call} tag names them. */
public enum CallKind {
  INQUIRE,
  QUOTE_FEES,
  PAY,
  CHECK_STATUS,
  QUOTE_INSTALLMENTS;

  /** The tag value: {@code pay}, {@code check_status}... */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
