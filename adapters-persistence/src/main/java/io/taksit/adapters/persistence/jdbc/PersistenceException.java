package io.taksit.adapters.persistence.jdbc;

/** The database failed (unreachable, broken SQL, a constraint no business rule explains). */
public final class PersistenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PersistenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
