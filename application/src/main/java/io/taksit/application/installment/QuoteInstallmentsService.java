package io.taksit.application.installment;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.error.InputError;
import io.taksit.domain.installment.InstallmentOffers;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Asks every selected installment provider at once, each within its own time limit, and merges
 * the plans of those that answered into one ranking.
 *
 * <p>Every provider call runs on the host's {@link Executor} and is given up on after
 * {@code perProviderTimeout}, so the whole quote takes about as long as the slowest provider or
 * the timeout, whichever is shorter, never the sum. A call given up on keeps its executor thread
 * until it returns (Java cannot stop it); the adapters' own HTTP timeouts bound that. The executor
 * must run tasks on other threads than the caller's, or no timeout can apply.
 *
 * <p>A provider that refuses, fails, throws or is too slow becomes a {@link ProviderProblem} next
 * to the others' plans: even when nobody answered, the result is a (then empty) set of offers, and
 * the caller decides what to show.
 */
public final class QuoteInstallmentsService implements QuoteInstallments {

  private final CommandValidator validator;
  private final GatewayRegistry gateways;
  private final Executor executor;
  private final Duration perProviderTimeout;

  /**
   * @throws IllegalArgumentException if the timeout is not positive
   */
  public QuoteInstallmentsService(CommandValidator validator, GatewayRegistry gateways,
      Executor executor, Duration perProviderTimeout) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.perProviderTimeout = Objects.requireNonNull(perProviderTimeout, "perProviderTimeout");
    if (perProviderTimeout.isNegative() || perProviderTimeout.isZero()) {
      throw new IllegalArgumentException("perProviderTimeout must be positive, was "
          + perProviderTimeout);
    }
  }

  @Override
  public Either<Failure, Quotes> quote(Command command) {
    return validator.validate(command).flatMap(valid -> amountOf(valid)
        .flatMap(amount -> binOf(valid.bin())
            .flatMap(bin -> selected(valid.providers())
                .map(chosen -> quotes(amount, askAll(chosen, new InstallmentRequest(amount, bin)))))));
  }

  private static Either<Failure, Money> amountOf(Command command) {
    return Currencies.of(command.currency())
        .<Failure>mapLeft(e -> Failures.fromInput("currency", e))
        .flatMap(currency -> Money.of(command.amount(), currency)
            .<Failure>mapLeft(e -> Failures.fromInput("amount", e)));
  }

  /** No BIN asks for plans per card family; a refused BIN's message never repeats the digits. */
  private static Either<Failure, Option<CardBin>> binOf(String bin) {
    if (bin == null) {
      return Either.right(Option.none());
    }
    return CardBin.of(bin)
        .<Failure>mapLeft(e -> Failures.fromInput("bin", e))
        .map(Option::some);
  }

  /** The gateways named (all when none is), in registration order; unknown names are refused. */
  private Either<Failure, List<InstallmentGateway>> selected(java.util.Set<String> names) {
    List<InstallmentGateway> all = gateways.installmentGateways();
    if (names.isEmpty()) {
      return Either.right(all);
    }
    List<Either<InputError, ProviderId>> parsed = List.ofAll(names).map(ProviderId::of);
    Set<ProviderId> wanted = parsed.filter(Either::isRight).map(Either::get).toSet();
    Set<ProviderId> configured = all.map(InstallmentGateway::provider).toSet();
    // Badly formed names are not echoed: they are raw caller text, unfit for logs.
    List<FieldViolation> violations = parsed.filter(Either::isLeft)
        .map(refused -> new FieldViolation("providers", "names " + ruleOf(refused.getLeft())))
        .distinct();
    List<ProviderId> unknown = wanted.removeAll(configured).toList().sorted();
    if (!unknown.isEmpty()) {
      violations = violations.append(new FieldViolation("providers",
          "name providers that are not configured: " + unknown.mkString(", ") + " (configured: "
              + (configured.isEmpty() ? "none" : configured.toList().sorted().mkString(", "))
              + ")"));
    }
    violations = violations.sorted();
    return violations.isEmpty()
        ? Either.right(all.filter(gateway -> wanted.contains(gateway.provider())))
        : Either.left(new Failure.InvalidRequest(violations));
  }

  private static String ruleOf(InputError refused) {
    String message = refused.message();
    String prefix = refused.field() + " ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** Starts every call before waiting for any, and waits until each answered or timed out. */
  private List<ProviderReply> askAll(List<InstallmentGateway> chosen, InstallmentRequest request) {
    List<Tuple2<ProviderId, CompletableFuture<ProviderReply>>> calls =
        chosen.map(gateway -> Tuple.of(gateway.provider(), ask(gateway, request)));
    try {
      // Each call completes by its own timeout at the latest, so this wait is bounded too.
      CompletableFuture.allOf(calls.map(Tuple2::_2).toJavaList()
          .toArray(new CompletableFuture<?>[0])).get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException impossible) {
      // Every call turns its own failure into a reply; what is done is read below regardless.
    }
    return calls.map(call -> call._2.getNow(
        ProviderReply.failed(call._1, "interrupted while waiting for the provider")));
  }

  private CompletableFuture<ProviderReply> ask(InstallmentGateway gateway,
      InstallmentRequest request) {
    ProviderId provider = gateway.provider();
    CompletableFuture<ProviderReply> call;
    try {
      call = CompletableFuture.supplyAsync(() -> callOnce(gateway, provider, request), executor);
    } catch (RejectedExecutionException full) {
      return CompletableFuture.completedFuture(ProviderReply.failed(provider,
          "the executor refused the call: " + full.getClass().getSimpleName()));
    }
    return call
        .completeOnTimeout(ProviderReply.timedOut(provider, perProviderTimeout),
            perProviderTimeout.toNanos(), TimeUnit.NANOSECONDS)
        // Errors (not RuntimeExceptions) escape callOnce; they still only fail this provider.
        .exceptionally(thrown -> ProviderReply.threw(provider,
            thrown instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : thrown));
  }

  private static ProviderReply callOnce(InstallmentGateway gateway, ProviderId provider,
      InstallmentRequest request) {
    try {
      return ProviderReply.of(provider, request.amount(), gateway.quote(request));
    } catch (RuntimeException broken) {
      return ProviderReply.threw(provider, broken);
    }
  }

  private static Quotes quotes(Money amount, List<ProviderReply> replies) {
    InstallmentOffers offers = replies.flatMap(ProviderReply::offers)
        .foldLeft(InstallmentOffers.empty(amount), (merged, more) -> merged.merge(more)
            .getOrElseThrow(refused -> new IllegalStateException(
                "every reply was checked against the principal: " + refused.message())));
    Option<CardProfile> card = replies.flatMap(ProviderReply::card).headOption();
    List<ProviderProblem> problems = replies.flatMap(ProviderReply::problem)
        .sortBy(ProviderProblem::provider);
    return new Quotes(offers, card, problems);
  }
}
