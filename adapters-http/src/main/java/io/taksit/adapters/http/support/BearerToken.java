package io.taksit.adapters.http.support;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A provider's bearer token: obtained on first use, cached until shortly before it expires, and
 * refreshed once when the provider answers 401 (it may have revoked the token before its time).
 * The token itself is a {@link Secret}; it is never logged.
 */
public final class BearerToken {

  /** A token as the provider issued it; {@code lifetime} when the answer said. */
  public record Issued(Secret token, Option<Duration> lifetime) {
    public Issued {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(lifetime, "lifetime");
    }
  }

  /** Tokens are renewed this long before they expire, so none expires in flight. */
  private static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

  private final Supplier<HttpResult<Issued>> issuer;
  private final Duration defaultLifetime;
  private final Clock clock;
  private Secret current;
  private Instant renewAt = Instant.MIN;

  public BearerToken(Supplier<HttpResult<Issued>> issuer, Duration defaultLifetime, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.defaultLifetime = Objects.requireNonNull(defaultLifetime, "defaultLifetime");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs {@code call} with a valid token; on a 401 gets a new token and runs it once more. A call
   * rejected with 401 was refused at the door, so repeating it is safe even for a payment.
   * When no token can be had, the call is not made and the answer is {@link HttpResult.NotSent}.
   */
  public <T> HttpResult<T> call(Function<Secret, HttpResult<T>> call) {
    Either<HttpResult<T>, Secret> token = token(false);
    if (token.isLeft()) {
      return token.getLeft();
    }
    HttpResult<T> first = call.apply(token.get());
    if (!(first instanceof HttpResult.Rejected<T> rejected && rejected.status() == 401)) {
      return first;
    }
    Either<HttpResult<T>, Secret> renewed = token(true);
    return renewed.isLeft() ? first : call.apply(renewed.get());
  }

  private synchronized <T> Either<HttpResult<T>, Secret> token(boolean forceRenewal) {
    Instant now = clock.instant();
    if (!forceRenewal && current != null && now.isBefore(renewAt)) {
      return Either.right(current);
    }
    HttpResult<Issued> issued = issuer.get();
    if (issued instanceof HttpResult.Answered<Issued> answered) {
      current = answered.body().token();
      Duration lifetime = answered.body().lifetime().getOrElse(defaultLifetime);
      Duration margin = lifetime.compareTo(EARLY_RENEWAL.multipliedBy(2)) > 0
          ? EARLY_RENEWAL : Duration.ZERO;
      renewAt = now.plus(lifetime).minus(margin);
      return Either.right(current);
    }
    current = null;
    return Either.left(new HttpResult.NotSent<>("authentication failed, " + issued.describe()));
  }
}
