package io.taksit.application.gateway;

import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Calls a gateway's money-moving methods with a deadline, and turns whatever goes wrong inside the
 * call into the one honest answer: UNKNOWN. A gateway that throws or hangs may already have sent
 * the request, so neither may ever look like "not processed".
 *
 * <p>The deadline is a backstop above the adapters' own HTTP timeouts, for a gateway that hangs
 * despite them.
 */
public final class GatewayCalls {

  private final Executor executor;
  private final Duration deadline;

  public GatewayCalls(Executor executor, Duration deadline) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  public Duration deadline() {
    return deadline;
  }

  /** Runs a payment or status call; an exception or a missed deadline is an UNKNOWN outcome. */
  public PaymentOutcome moneyCall(Supplier<PaymentOutcome> call) {
    Future<PaymentOutcome> future = CompletableFuture.supplyAsync(call, executor);
    try {
      PaymentOutcome outcome = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      return outcome != null ? outcome : unknown("the gateway returned no outcome");
    } catch (TimeoutException late) {
      future.cancel(true);
      return unknown("no answer within " + deadline.toMillis() + " ms");
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
      return unknown("the gateway failed: " + cause.getClass().getSimpleName());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return unknown("interrupted while waiting for the gateway");
    }
  }

  private static PaymentOutcome unknown(String reason) {
    return new PaymentOutcome.Unknown(ProviderAnswer.none(), reason);
  }
}
