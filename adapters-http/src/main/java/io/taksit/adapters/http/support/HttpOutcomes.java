package io.taksit.adapters.http.support;

import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.control.Option;

/**
 * The HTTP rows of the outcome taxonomy, shared by every adapter so that a 503 means the same
 * thing whichever provider sent it. Provider envelopes (a 200 carrying an error code) are mapped
 * by each adapter; this class maps everything that is not a readable 2xx answer.
 *
 * <table>
 *   <caption>A failed exchange on a payment call</caption>
 *   <tr><th>exchange</th><th>outcome</th><th>why</th></tr>
 *   <tr><td>not sent (no connection)</td><td>NOT_PROCESSED</td><td>the provider never saw it</td></tr>
 *   <tr><td>400, 401</td><td>NOT_PROCESSED</td><td>refused at the door, nothing done</td></tr>
 *   <tr><td>429</td><td>NOT_PROCESSED + Retry-After</td><td>throttled before processing</td></tr>
 *   <tr><td>409</td><td>UNKNOWN</td><td>a duplicate: only a status call says what the first did</td></tr>
 *   <tr><td>other 4xx, 5xx, timeout, reset, unreadable body</td><td>UNKNOWN</td><td>may have been applied</td></tr>
 * </table>
 */
public final class HttpOutcomes {

  /** How the reason of a payment answered HTTP 409 starts: a duplicate, not a sick provider. */
  public static final String DUPLICATE = "duplicate, resolve by status: ";

  private HttpOutcomes() {}

  /** A payment (or status) exchange that produced no readable answer. */
  public static PaymentOutcome forPayment(HttpResult<?> failed) {
    return forPayment(failed, ErrorEnvelope.NONE);
  }

  /**
   * A payment exchange that produced no readable answer, the provider's own code and message read
   * from an error body by {@code envelope}. The outcome kind depends on the status alone.
   */
  public static PaymentOutcome forPayment(HttpResult<?> failed, ErrorEnvelope envelope) {
    ProviderAnswer answer = answerOf(failed, envelope);
    String reason = describe(failed, envelope);
    if (failed instanceof HttpResult.NotSent<?>) {
      return new PaymentOutcome.NotProcessed(answer, reason, Option.none());
    }
    if (failed instanceof HttpResult.Rejected<?> rejected) {
      return switch (rejected.status()) {
        case 400 -> new PaymentOutcome.NotProcessed(answer, "invalid request, " + reason, Option.none());
        case 401 -> new PaymentOutcome.NotProcessed(answer, "unauthorized, " + reason, Option.none());
        case 429 -> new PaymentOutcome.NotProcessed(answer, "throttled, " + reason,
            rejected.retryAfter());
        case 409 -> new PaymentOutcome.Unknown(answer, DUPLICATE + reason);
        default -> new PaymentOutcome.Unknown(answer, reason + " after the request was sent");
      };
    }
    return new PaymentOutcome.Unknown(answer, reason);
  }

  /**
   * A status question that produced no readable answer: nothing is known, whatever the reason.
   * (A status call moves no money, so even "not sent" teaches nothing about the payment; and as it
   * was never asked, it is {@code notAsked}: it uses up none of the payment's scheduled checks.)
   */
  public static PaymentOutcome forStatus(HttpResult<?> failed) {
    return forStatus(failed, ErrorEnvelope.NONE);
  }

  /** As {@link #forStatus(HttpResult)}, the provider's code read by {@code envelope}. */
  public static PaymentOutcome forStatus(HttpResult<?> failed, ErrorEnvelope envelope) {
    if (failed instanceof HttpResult.NotSent<?>) {
      // The question never reached the provider: it must not use up one of the payment's checks.
      return PaymentOutcome.Unknown.notAsked("status not asked, " + failed.describe());
    }
    return new PaymentOutcome.Unknown(answerOf(failed, envelope),
        "status unavailable, " + describe(failed, envelope));
  }

  /** A read (inquiry, fees, installments) that produced no readable answer. */
  public static <T> ReadOutcome<T> forRead(HttpResult<?> failed) {
    return forRead(failed, ErrorEnvelope.NONE);
  }

  /** As {@link #forRead(HttpResult)}, the provider's code read by {@code envelope}. */
  public static <T> ReadOutcome<T> forRead(HttpResult<?> failed, ErrorEnvelope envelope) {
    String reason = describe(failed, envelope);
    if (failed instanceof HttpResult.Rejected<?> rejected) {
      if (rejected.status() == 400 || rejected.status() == 422) {
        return new ReadOutcome.Refused<>(answerOf(failed, envelope), "invalid request, " + reason);
      }
      return new ReadOutcome.Failed<>(reason, rejected.retryAfter());
    }
    return new ReadOutcome.Failed<>(reason, Option.none());
  }

  /** What the provider said, as far as a failed exchange lets us know. */
  public static ProviderAnswer answerOf(HttpResult<?> failed) {
    return answerOf(failed, ErrorEnvelope.NONE);
  }

  /**
   * What the provider said in a failed exchange: its own code and message when {@code envelope}
   * finds them in the error body, else the HTTP status as the code and the body as the message.
   */
  public static ProviderAnswer answerOf(HttpResult<?> failed, ErrorEnvelope envelope) {
    if (failed instanceof HttpResult.Rejected<?> rejected) {
      Option<String> body = rejected.body().isEmpty() ? Option.none() : Option.some(rejected.body());
      Option<ErrorEnvelope.ProviderError> own = envelope.read(rejected.fields());
      if (own.isDefined()) {
        return new ProviderAnswer(Option.none(), Option.some(own.get().code()),
            own.get().message().orElse(body));
      }
      return new ProviderAnswer(Option.none(), Option.some("HTTP " + rejected.status()),
          envelope.message(rejected.fields()).orElse(body));
    }
    if (failed instanceof HttpResult.Unreadable<?> unreadable) {
      return new ProviderAnswer(Option.none(), Option.some("HTTP " + unreadable.status()),
          Option.none());
    }
    return ProviderAnswer.none();
  }

  /**
   * One line for a reason: the provider's own code and message beside the HTTP status when the
   * envelope finds them ({@code HTTP 400, Momkn code -13: missing data}), else what was on the
   * wire ({@link HttpResult#describe()}).
   */
  public static String describe(HttpResult<?> failed, ErrorEnvelope envelope) {
    if (failed instanceof HttpResult.Rejected<?> rejected) {
      Option<ErrorEnvelope.ProviderError> own = envelope.read(rejected.fields());
      if (own.isDefined()) {
        return "HTTP " + rejected.status() + ", " + envelope.provider() + " code "
            + own.get().code() + own.get().message().map(message -> ": " + message).getOrElse("");
      }
    }
    return failed.describe();
  }
}
