package io.taksit.application.bill;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.provider.ProviderId;

/** The failure a use case reports for a read that got no answer. */
public final class ReadFailures {

  private ReadFailures() {}

  /** For a {@link ReadOutcome} that is not {@link ReadOutcome.Answered}. */
  public static Failure of(ProviderId provider, ReadOutcome<?> outcome) {
    if (outcome instanceof ReadOutcome.Refused<?> refused) {
      return new Failure.ProviderRefused(provider, refused.answer().code().getOrElse("?"),
          refused.answer().message().getOrElse(refused.reason()));
    }
    if (outcome instanceof ReadOutcome.Failed<?> failed) {
      return new Failure.ProviderUnavailable(provider, failed.reason(), failed.retryAfter());
    }
    throw new IllegalArgumentException("an answered read is not a failure");
  }
}
