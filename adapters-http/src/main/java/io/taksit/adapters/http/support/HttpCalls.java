package io.taksit.adapters.http.support;

import feign.FeignException;
import feign.RetryableException;
import io.vavr.control.Option;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs Feign calls and turns whatever happens into an {@link HttpResult}. This is where the line
 * between "never sent" and "sent, no answer" is drawn, and it is drawn conservatively: only a
 * failure to connect proves the provider never saw the request; every other I/O failure may have
 * happened after the request was written.
 *
 * <p>Reads ({@link #read}) are repeated on a failure to connect, 503 and 429, honouring
 * {@code Retry-After}, within the {@link RetryPolicy}. Payments go through {@link #once}: Feign's
 * own retryer is off for every client (see {@link FeignClients}), so a payment POST is sent at most
 * once per call.
 */
public final class HttpCalls {

  private static final int MAX_BODY_IN_REASON = 300;

  private final RetryPolicy readRetries;
  private final Sleeper sleeper;
  private final Clock clock;

  public HttpCalls(RetryPolicy readRetries, Sleeper sleeper, Clock clock) {
    this.readRetries = Objects.requireNonNull(readRetries, "readRetries");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static HttpCalls of(HttpSettings settings) {
    return new HttpCalls(settings.readRetries(), Sleeper.REAL, Clock.systemUTC());
  }

  /** The same calls with another sleeper (tests count waits instead of sleeping). */
  public HttpCalls withSleeper(Sleeper other) {
    return new HttpCalls(readRetries, other, clock);
  }

  /** One exchange, never repeated: the only way a payment is sent. */
  public <T> HttpResult<T> once(Supplier<T> call) {
    try {
      T body = call.get();
      return body == null
          ? new HttpResult.Unreadable<>(200, "empty body")
          : new HttpResult.Answered<>(body);
    } catch (RetryableException ioFailure) {
      return fromIoFailure(ioFailure);
    } catch (FeignException failure) {
      return fromStatus(failure);
    }
  }

  /** A read, repeated while the failure is one worth repeating and the policy allows. */
  public <T> HttpResult<T> read(Supplier<T> call) {
    Duration waited = Duration.ZERO;
    HttpResult<T> result = once(call);
    for (int tries = 1; tries < readRetries.maxTries(); tries++) {
      Option<Duration> wait = waitBeforeRetry(result);
      if (wait.isEmpty() || waited.plus(wait.get()).compareTo(readRetries.maxTotalWait()) > 0) {
        return result;
      }
      if (!pause(wait.get())) {
        return result;
      }
      waited = waited.plus(wait.get());
      result = once(call);
    }
    return result;
  }

  /** None when the failure is not worth repeating; otherwise how long to wait first. */
  private Option<Duration> waitBeforeRetry(HttpResult<?> result) {
    if (result instanceof HttpResult.NotSent<?>) {
      return Option.some(readRetries.backoff());
    }
    if (result instanceof HttpResult.Rejected<?> rejected
        && (rejected.status() == 429 || rejected.status() == 503)) {
      return Option.some(rejected.retryAfter().getOrElse(readRetries.backoff()));
    }
    return Option.none();
  }

  private boolean pause(Duration wait) {
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private <T> HttpResult<T> fromStatus(FeignException failure) {
    int status = failure.status();
    if (status >= 200 && status < 300) {
      // Feign's decoder could not read a success answer (malformed JSON, an HTML page).
      return new HttpResult.Unreadable<>(status, "malformed body ("
          + rootCause(failure).getClass().getSimpleName() + ")");
    }
    if (status <= 0) {
      return new HttpResult.NoAnswer<>("failed after the request was sent ("
          + rootCause(failure).getClass().getSimpleName() + ")");
    }
    return new HttpResult.Rejected<>(status,
        RetryAfter.fromHeaders(failure.responseHeaders(), clock), bodyOf(failure),
        ErrorFields.of(failure.contentUTF8()));
  }

  private static <T> HttpResult<T> fromIoFailure(RetryableException failure) {
    if (failure.status() > 0) {
      // Feign's default decoder raises this for a status it thinks retryable; ours does not,
      // but a host's custom decoder might.
      return new HttpResult.Rejected<>(failure.status(), Option.none(), bodyOf(failure),
          ErrorFields.of(failure.contentUTF8()));
    }
    Throwable cause = rootCause(failure);
    if (neverConnected(failure)) {
      return new HttpResult.NotSent<>("could not connect (" + cause.getClass().getSimpleName() + ")");
    }
    if (hasCause(failure, HttpTimeoutException.class)) {
      return new HttpResult.NoAnswer<>("read timed out after the request was sent");
    }
    return new HttpResult.NoAnswer<>("connection failed after the request was sent ("
        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": "
        + LogMasking.mask(cause.getMessage())) + ")");
  }

  private static boolean neverConnected(Throwable failure) {
    return hasCause(failure, HttpConnectTimeoutException.class)
        || hasCause(failure, ConnectException.class)
        || hasCause(failure, UnknownHostException.class)
        || hasCause(failure, NoRouteToHostException.class)
        || hasCause(failure, UnresolvedAddressException.class);
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String bodyOf(FeignException failure) {
    String body = failure.contentUTF8();
    if (body == null || body.isBlank()) {
      return "";
    }
    String oneLine = LogMasking.mask(body).replaceAll("\\s+", " ").trim();
    return oneLine.length() > MAX_BODY_IN_REASON
        ? oneLine.substring(0, MAX_BODY_IN_REASON) + "…"
        : oneLine;
  }
}
