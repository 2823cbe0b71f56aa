package io.taksit.adapters.http.support;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * What one HTTP exchange with a provider came to, before any provider rule is applied. The five
 * cases are exactly the distinctions the outcome taxonomy needs: an answer to read, a refusal by
 * status code, a request that provably never left, a request sent with nothing trustworthy back,
 * and a success status whose body cannot be read.
 */
public sealed interface HttpResult<T> {

  /** How {@link #describe()} starts for {@link NotSent}: nothing reached the provider. */
  String NOT_SENT = "not sent: ";

  /** A 2xx answer whose body was read. */
  record Answered<T>(T body) implements HttpResult<T> {
    public Answered { Objects.requireNonNull(body, "body"); }
  }

  /**
   * A non-2xx answer. {@code body} is the provider's text, masked and shortened, kept for the
   * outcome's message; {@code retryAfter} is set when the provider asked us to wait;
   * {@code fields} are the top-level fields of the whole body ({@link ErrorFields}), where an
   * {@link ErrorEnvelope} finds the provider's own code.
   */
  record Rejected<T>(int status, Option<Duration> retryAfter, String body,
      Map<String, String> fields) implements HttpResult<T> {
    public Rejected {
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(fields, "fields");
    }

    /** A refusal whose fields are read from {@code body} itself (a short body, a test's). */
    public Rejected(int status, Option<Duration> retryAfter, String body) {
      this(status, retryAfter, body, ErrorFields.of(body));
    }
  }

  /** The connection was never established: the provider cannot have seen the request. */
  record NotSent<T>(String reason) implements HttpResult<T> {
    public NotSent { Objects.requireNonNull(reason, "reason"); }
  }

  /** The request may have reached the provider, but no answer came (timeout, reset, EOF). */
  record NoAnswer<T>(String reason) implements HttpResult<T> {
    public NoAnswer { Objects.requireNonNull(reason, "reason"); }
  }

  /** A success status with an empty, malformed or non-JSON body. */
  record Unreadable<T>(int status, String reason) implements HttpResult<T> {
    public Unreadable { Objects.requireNonNull(reason, "reason"); }
  }

  /** The same failure typed for another body type; an answer cannot be recast. */
  @SuppressWarnings("unchecked")
  default <U> HttpResult<U> recast() {
    if (this instanceof Answered) {
      throw new IllegalStateException("an answer cannot be recast");
    }
    return (HttpResult<U>) this;
  }

  /** One line for an outcome's reason: what happened on the wire. */
  default String describe() {
    if (this instanceof Answered) {
      return "answered";
    } else if (this instanceof Rejected<T> rejected) {
      return "HTTP " + rejected.status()
          + (rejected.body().isEmpty() ? "" : ": " + rejected.body());
    } else if (this instanceof NotSent<T> notSent) {
      return NOT_SENT + notSent.reason();
    } else if (this instanceof NoAnswer<T> noAnswer) {
      return "no answer: " + noAnswer.reason();
    }
    Unreadable<T> unreadable = (Unreadable<T>) this;
    return "HTTP " + unreadable.status() + " with an unreadable body: " + unreadable.reason();
  }
}
