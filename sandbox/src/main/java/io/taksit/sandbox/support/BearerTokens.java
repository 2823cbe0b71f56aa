package io.taksit.sandbox.support;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens one provider has issued and until when each is good. Tokens are random (a
 * client cannot guess or reuse another run's), checked against the sandbox's clock, and can all
 * be expired at once to make a client go through its refresh path. Thread-safe.
 */
public final class BearerTokens {

  private static final String BEARER = "Bearer ";

  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  /** Tokens good for {@code lifetime} by {@code clock} (the sandbox's). */
  public BearerTokens(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** A new token, good for the configured lifetime. */
  public String issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    expiries.put(token, clock.instant().plus(lifetime));
    return token;
  }

  /** The lifetime of a new token, in whole seconds (what {@code expiresIn} reports). */
  public long lifetimeSeconds() {
    return lifetime.toSeconds();
  }

  /** Whether an {@code Authorization} header carries a token that is still good. */
  public boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0,
        BEARER.length())) {
      return false;
    }
    Instant expiry = expiries.get(authorization.substring(BEARER.length()).trim());
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Every token issued so far stops working; new ones are issued as usual. */
  public void expireAll() {
    expiries.clear();
  }
}
