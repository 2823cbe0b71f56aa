package io.taksit.bootstrap.config;

/**
 * The configured store could not be opened (a directory that cannot be created, a database file
 * held by a process that is not serving it, a PostgreSQL that refuses the connection). Raised
 * before any use case runs, so no provider was called: a caller (the CLI's exit code 2) must tell
 * it apart from a provider outcome that is not settled.
 */
public final class StorageUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String what, Throwable cause) {
    super(what + " could not be opened; no provider was called: " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // H2 appends a multi-line stack hint; the first line says it.
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).trim();
  }
}
