package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.application.validation.Amount;
import io.taksit.application.validation.CurrencyCode;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.InstallmentOffers;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Asks every installment provider in parallel, each within its own time limit, merges their plans
 * into one ranking, and says which providers failed or were too slow. A slow provider never holds
 * the others back.
 */
public interface QuoteInstallments {

  Either<Failure, Quotes> quote(Command command);

  /**
   * @param bin the card's BIN (6 to 8 digits), or null to get plans per card family; a full card
   *     number is refused
   * @param providers only these providers (by id), or empty for all
   */
  record Command(
      @NotNull(message = "is required") @Amount BigDecimal amount,
      @CurrencyCode String currency,
      @Pattern(regexp = "\\d{6,8}", message = "must be a BIN: the first 6 to 8 digits of the card")
      String bin,
      @NotNull(message = "is required (may be empty)")
      Set<@NotBlank(message = "names must not be blank") String> providers) {

    public Command {
      // Not Set.copyOf: it throws on a null element, which the validator must report instead.
      providers = providers == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(providers));
    }

    /** Never prints more than a BIN: a caller may pass a full card number by mistake. */
    @Override
    public String toString() {
      String shownBin = bin == null ? "none"
          : bin.matches("\\d{6,8}") ? bin : "<refused: " + bin.length() + " characters>";
      return "QuoteInstallments.Command[amount=" + amount + ", currency=" + currency + ", bin="
          + shownBin + ", providers=" + providers + "]";
    }
  }

  /** The merged offers, the card as the first answering provider saw it, and who did not answer. */
  record Quotes(InstallmentOffers offers, Option<CardProfile> card, List<ProviderProblem> problems) {}

  /** A provider that gave no plans: refused, failed or timed out. */
  record ProviderProblem(ProviderId provider, Kind kind, String reason) {
    public enum Kind { REFUSED, FAILED, TIMED_OUT }
  }
}
