package io.taksit.sandbox;

/** The kinds of {@link Fault}, for counting and for choosing at random. */
public enum FaultKind {
  NONE(true),
  LATENCY(true),
  SERVER_ERROR(false),
  TOO_MANY_REQUESTS(false),
  MALFORMED_BODY(false),
  EMPTY_BODY(false),
  HTML_ERROR_PAGE(false),
  RESET_CONNECTION(false),
  CHARGE_THEN_DROP(true),
  CHARGE_THEN_DELAY(true),
  EXPIRE_TOKENS(true);

  private final boolean reachesProvider;

  FaultKind(boolean reachesProvider) {
    this.reachesProvider = reachesProvider;
  }

  /**
   * Whether a request with this fault reaches the provider's logic, and so may move money. The
   * others answer (or hang up) before the provider looks at the request: they never charge.
   */
  public boolean reachesProvider() {
    return reachesProvider;
  }
}
