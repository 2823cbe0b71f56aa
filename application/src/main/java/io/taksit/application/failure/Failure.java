package io.taksit.application.failure;

import io.taksit.domain.error.DomainError;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * Why a use case did not give the caller what it asked for. Every use case answers
 * {@code Either<Failure, Result>}; none throws for any of these.
 */
public sealed interface Failure {

  /** Stable machine code ({@code request.invalid}, {@code payment.idempotency_conflict}...). */
  String code();

  /** A sentence for a person. */
  String message();

  /** The command broke one or more field rules; nothing was called, nothing written. */
  record InvalidRequest(List<FieldViolation> violations) implements Failure {
    @Override public String code() { return "request.invalid"; }
    @Override public String message() {
      return violations.map(FieldViolation::toString).mkString("; ");
    }
  }

  /** A business rule of the domain refused (amount off-step, policy, illegal transition...). */
  record Refused(DomainError error) implements Failure {
    @Override public String code() { return error.code(); }
    @Override public String message() { return error.message(); }
  }

  /** Something the request names does not exist. */
  record NotFound(String what, String id) implements Failure {
    @Override public String code() { return "not_found." + what; }
    @Override public String message() { return what + " '" + id + "' was not found"; }
  }

  /** The biller exists but is switched off (Momkn status 0). */
  record BillerInactive(String billerId) implements Failure {
    @Override public String code() { return "biller.inactive"; }
    @Override public String message() { return "biller " + billerId + " is not active"; }
  }

  /** The idempotency key was already used for a different request. */
  record IdempotencyConflict(String idempotencyKey, String existingPaymentId) implements Failure {
    @Override public String code() { return "payment.idempotency_conflict"; }
    @Override public String message() {
      return "idempotency key '" + idempotencyKey + "' was already used for a different request"
          + " (payment " + existingPaymentId + ")";
    }
  }

  /**
   * The bill already has a payment that charged, may have charged, or may still charge (anything
   * but DECLINED). Paying it again under a new key could charge twice; retry or check that one.
   */
  record BillAlreadyPaid(String billReference, String paymentId, String status) implements Failure {
    @Override public String code() { return "payment.bill_already_paid"; }
    @Override public String message() {
      return "bill " + billReference + " already has payment " + paymentId + " (" + status
          + "); check or retry that payment instead of paying again";
    }
  }

  /** The fee the customer accepted is no longer what the provider or schedule asks. */
  record FeeChanged(String accepted, String current) implements Failure {
    @Override public String code() { return "fee.changed"; }
    @Override public String message() {
      return "the accepted total " + accepted + " no longer matches the current total " + current
          + "; quote fees again";
    }
  }

  /** A provider answered a read (inquiry, fees, installments) with a refusal of its own. */
  record ProviderRefused(ProviderId provider, String providerCode, String providerMessage)
      implements Failure {
    @Override public String code() { return "provider.refused"; }
    @Override public String message() {
      return provider + " refused: " + providerMessage + " (code " + providerCode + ")";
    }
  }

  /** A provider could not be reached or gave no usable answer to a read. */
  record ProviderUnavailable(ProviderId provider, String reason, Option<Duration> retryAfter)
      implements Failure {
    @Override public String code() { return "provider.unavailable"; }
    @Override public String message() {
      return provider + " is unavailable: " + reason
          + retryAfter.map(d -> "; retry after " + d.toSeconds() + " s").getOrElse("");
    }
  }

  /** The gateway cannot do what was asked (no status call, no retry flag...). */
  record Unsupported(ProviderId provider, String capability) implements Failure {
    @Override public String code() { return "provider.unsupported"; }
    @Override public String message() { return provider + " does not support " + capability; }
  }

  /**
   * The provider answered a payment call but the answer could not be stored. The payment is not
   * lost: it stays recorded as awaiting its outcome, and the reconciler will ask the provider.
   */
  record OutcomeNotRecorded(String paymentId, OutcomeKind outcome, String reason) implements Failure {
    @Override public String code() { return "payment.outcome_not_recorded"; }
    @Override public String message() {
      return "payment " + paymentId + " was answered " + outcome + " but the answer could not be"
          + " stored (" + reason + "); its outcome is UNKNOWN until the reconciler resolves it";
    }
  }

  /** Another caller changed the payment at the same time, and re-reading did not settle it. */
  record ConcurrentUpdate(String paymentId) implements Failure {
    @Override public String code() { return "payment.concurrent_update"; }
    @Override public String message() {
      return "payment " + paymentId + " was changed by another caller; read it again";
    }
  }
}
