package io.taksit.cli.chaos;

/**
 * Thrown on a dead host's gateway threads once the host is buried, so that nothing after the
 * crash point runs normally. An {@link Error}, not an exception: no code of Taksit's is meant to
 * handle it, and what does catch it (the gateway deadline turns any throw into UNKNOWN) then finds
 * the host's database pool closed, so nothing is written after the crash.
 */
final class HostCrashed extends Error {

  private static final long serialVersionUID = 1L;

  HostCrashed(String message) {
    super(message, null, false, false);
  }
}
