package io.taksit.sandbox;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * What goes wrong with one request. Faults that the provider never sees (5xx, 429, garbage,
 * a reset) never charge; only the provider-side ones ({@link ChargeThenDrop},
 * {@link ChargeThenDelay}, and a plain {@link Latency}) let the request move money and then spoil
 * or delay its answer: the case a client can only resolve through a status call.
 */
public sealed interface Fault {

  /** The kind, for counting. */
  FaultKind kind();

  /** Whether the provider's logic runs for the request (see {@link FaultKind#reachesProvider}). */
  default boolean reachesProvider() {
    return kind().reachesProvider();
  }

  /** No fault: the provider answers normally. */
  static Fault none() {
    return None.INSTANCE;
  }

  /** The provider waits {@code delay}, then processes the request (it may charge) and answers. */
  static Fault latency(Duration delay) {
    return new Latency(delay);
  }

  /** HTTP 500 with the provider's error envelope, before anything is processed. */
  static Fault serverError() {
    return new ServerError(500);
  }

  /** An HTTP 5xx with the provider's error envelope, before anything is processed. */
  static Fault serverError(int status) {
    return new ServerError(status);
  }

  /** HTTP 429 without {@code Retry-After}. */
  static Fault tooManyRequests() {
    return new TooManyRequests(Option.none(), false);
  }

  /** HTTP 429 with {@code Retry-After} in delta-seconds (rounded up to a whole second). */
  static Fault tooManyRequests(Duration retryAfter) {
    return new TooManyRequests(Option.some(retryAfter), false);
  }

  /** HTTP 429 with {@code Retry-After} as an HTTP-date ({@code retryAfter} from now). */
  static Fault tooManyRequestsUntil(Duration retryAfter) {
    return new TooManyRequests(Option.some(retryAfter), true);
  }

  /** HTTP 200, {@code application/json}, a success envelope cut off in the middle. */
  static Fault malformedBody() {
    return MalformedBody.INSTANCE;
  }

  /** HTTP 200 with no body at all. */
  static Fault emptyBody() {
    return EmptyBody.INSTANCE;
  }

  /** HTTP 200 with an HTML page (a proxy or WAF page instead of the provider's JSON). */
  static Fault htmlErrorPage() {
    return new HtmlErrorPage(200);
  }

  /** An HTML error page with the given HTTP status. */
  static Fault htmlErrorPage(int status) {
    return new HtmlErrorPage(status);
  }

  /** The connection is closed without any response, before anything is processed. */
  static Fault resetConnection() {
    return ResetConnection.INSTANCE;
  }

  /** The provider processes the request (it charges), then the connection closes unanswered. */
  static Fault chargeThenDrop() {
    return ChargeThenDrop.INSTANCE;
  }

  /** The provider processes the request (it charges), then answers after {@code delay}. */
  static Fault chargeThenDelay(Duration delay) {
    return new ChargeThenDelay(delay);
  }

  /**
   * Every bearer token issued so far expires, then the request is processed: an authenticated
   * call answers 401 and the client must authenticate again.
   */
  static Fault expireTokens() {
    return ExpireTokens.INSTANCE;
  }

  /** See {@link #none()}. */
  record None() implements Fault {
    static final None INSTANCE = new None();

    @Override
    public FaultKind kind() {
      return FaultKind.NONE;
    }
  }

  /** See {@link #latency(Duration)}. */
  record Latency(Duration delay) implements Fault {
    public Latency {
      requireNonNegative(delay);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.LATENCY;
    }
  }

  /** See {@link #serverError(int)}. */
  record ServerError(int status) implements Fault {
    public ServerError {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("a server error is 5xx, not " + status);
      }
    }

    @Override
    public FaultKind kind() {
      return FaultKind.SERVER_ERROR;
    }
  }

  /**
   * See {@link #tooManyRequests(Duration)}.
   *
   * @param retryAfter when to come back, or no {@code Retry-After} header
   * @param httpDate   write {@code Retry-After} as an HTTP-date rather than delta-seconds
   */
  record TooManyRequests(Option<Duration> retryAfter, boolean httpDate) implements Fault {
    public TooManyRequests {
      Objects.requireNonNull(retryAfter, "retryAfter");
      retryAfter.forEach(Fault::requireNonNegative);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.TOO_MANY_REQUESTS;
    }
  }

  /** See {@link #malformedBody()}. */
  record MalformedBody() implements Fault {
    static final MalformedBody INSTANCE = new MalformedBody();

    @Override
    public FaultKind kind() {
      return FaultKind.MALFORMED_BODY;
    }
  }

  /** See {@link #emptyBody()}. */
  record EmptyBody() implements Fault {
    static final EmptyBody INSTANCE = new EmptyBody();

    @Override
    public FaultKind kind() {
      return FaultKind.EMPTY_BODY;
    }
  }

  /** See {@link #htmlErrorPage(int)}. */
  record HtmlErrorPage(int status) implements Fault {
    public HtmlErrorPage {
      if (status < 200 || status > 599) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
    }

    @Override
    public FaultKind kind() {
      return FaultKind.HTML_ERROR_PAGE;
    }
  }

  /** See {@link #resetConnection()}. */
  record ResetConnection() implements Fault {
    static final ResetConnection INSTANCE = new ResetConnection();

    @Override
    public FaultKind kind() {
      return FaultKind.RESET_CONNECTION;
    }
  }

  /** See {@link #chargeThenDrop()}. */
  record ChargeThenDrop() implements Fault {
    static final ChargeThenDrop INSTANCE = new ChargeThenDrop();

    @Override
    public FaultKind kind() {
      return FaultKind.CHARGE_THEN_DROP;
    }
  }

  /** See {@link #chargeThenDelay(Duration)}. */
  record ChargeThenDelay(Duration delay) implements Fault {
    public ChargeThenDelay {
      requireNonNegative(delay);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.CHARGE_THEN_DELAY;
    }
  }

  /** See {@link #expireTokens()}. */
  record ExpireTokens() implements Fault {
    static final ExpireTokens INSTANCE = new ExpireTokens();

    @Override
    public FaultKind kind() {
      return FaultKind.EXPIRE_TOKENS;
    }
  }

  private static void requireNonNegative(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("a delay cannot be negative: " + delay);
    }
  }
}
