package io.taksit.benchmarks.loopback;

/**
 * JVM flags for every benchmark fork that talks HTTP to a JDK {@code HttpServer} on loopback
 * (the sandbox or {@code LoopbackStub}), on both the Taksit and the hand-written side.
 *
 * <p>{@link #NO_DELAY}: the server answers without Nagle's 40 ms wait on small responses.
 *
 * <p>{@link #KEEP_IDLE_CONNECTIONS}: the JDK server closes a connection that stayed idle for 30 s,
 * while the JDK client keeps pooled connections for 1,200 s. On two threads the client's pool
 * holds a connection that sometimes sits unused past 30 s; the next POST on it meets a closed
 * socket ("header parser received no bytes"), and a payment whose request may have gone out is
 * rightly UNKNOWN. That is the stand-in server's housekeeping, not the cost being measured, so the
 * server keeps idle connections for an hour. A host facing a real provider does the reverse: it
 * sets {@code jdk.httpclient.keepalive.timeout} below the provider's idle timeout (README,
 * "HTTP connections").
 */
public final class LoopbackServerFlags {

  public static final String NO_DELAY = "-Dsun.net.httpserver.nodelay=true";
  public static final String KEEP_IDLE_CONNECTIONS = "-Dsun.net.httpserver.idleInterval=3600";

  private LoopbackServerFlags() {}
}
