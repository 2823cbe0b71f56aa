package io.taksit.bootstrap.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.bootstrap.resilience.ProviderGuard;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import io.vavr.collection.Map;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Taksit's meters and provider-call observations in the host's Micrometer registries. Every tag
 * is from a closed or configured set (provider, biller, call kind, outcome, breaker state), so
 * cardinality stays bounded and no tag can carry a secret, an account, an amount or a card. The
 * meters are listed, with what to alert on, in {@code docs/observability.md}.
 */
public final class MicrometerInstrumentation implements Instrumentation, ProviderCallObserver {

  public static final String PROVIDER_LATENCY = "taksit.provider.latency";
  public static final String PAYMENTS = "taksit.payments";
  public static final String PAYMENT_CHECKS = "taksit.payment.checks";
  public static final String PROVIDER_REFUSED = "taksit.provider.refused";
  public static final String BREAKER_STATE = "taksit.breaker.state";
  public static final String AWAITING_CHECK = "taksit.payments.awaiting.check";
  public static final String AWAITING_REVIEW = "taksit.payments.awaiting.review";
  public static final String OUTBOX_BACKLOG = "taksit.outbox.backlog";
  public static final String OUTBOX_DEAD = "taksit.outbox.dead";
  /** The observation around each provider call (a span when the host bridges to tracing). */
  public static final String PROVIDER_CALL_OBSERVATION = "taksit.provider.call";

  /** Bucket bounds a host can write latency objectives against without guessing. */
  private static final Duration[] OBJECTIVES = {
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private static final String[] BREAKER_STATES = {"CLOSED", "OPEN", "HALF_OPEN", "DISABLED",
      "FORCED_OPEN", "METRICS_ONLY"};

  /** How stale the backlog gauges may be: a scrape never costs more than one query a while. */
  private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(10);

  private final MeterRegistry meters;
  private final ConcurrentMap<CallMeters.Key, CallMeters> callMeters = new ConcurrentHashMap<>();
  private final ObservationRegistry observations;

  /**
   * Either may be null: no meters, an empty composite registry that records nothing; no
   * observations, Micrometer's no-op registry.
   */
  static MicrometerInstrumentation of(Object meters, Object observations) {
    return new MicrometerInstrumentation(
        meters != null ? (MeterRegistry) meters : new CompositeMeterRegistry(),
        observations != null ? (ObservationRegistry) observations : ObservationRegistry.NOOP);
  }

  private MicrometerInstrumentation(MeterRegistry meters, ObservationRegistry observations) {
    this.meters = Objects.requireNonNull(meters, "meters");
    this.observations = Objects.requireNonNull(observations, "observations");
  }

  @Override
  public <T> T observed(Class<T> port, T useCase) {
    return ObservedUseCases.observe(port, useCase, observations);
  }

  @Override
  public ProviderCallObserver around(ProviderCallObserver inner) {
    return ProviderCallObserver.super.around(inner);
  }

  @Override
  public ExecutorService handingOver(ExecutorService gatewayThreads) {
    return new ObservationHandOver(gatewayThreads, observations);
  }

  @Override
  public void bind(Map<ProviderId, ProviderGuard> guards, PaymentRepository payments,
      PaymentOutbox outbox, Clock clock) {
    bindGuards(guards);
    bindBacklog(new Backlog(payments, outbox, clock, BACKLOG_REFRESH));
  }

  @Override
  public <T> T observe(ProviderCall call, Supplier<T> body, Function<T, CallOutcome> outcome) {
    Observation observation = Observation.createNotStarted(PROVIDER_CALL_OBSERVATION, observations)
        .contextualName(call.kind().tag() + " " + call.provider().value())
        .lowCardinalityKeyValue("provider", call.provider().value())
        .lowCardinalityKeyValue("call", call.kind().tag())
        // Replaced by the answer's outcome; stays when the call throws.
        .lowCardinalityKeyValue("outcome", CallOutcome.FAILED.tag());
    call.biller().forEach(biller -> observation.lowCardinalityKeyValue("biller", biller.value()));
    Timer.Sample sample = Timer.start(meters);
    try {
      // Micrometer's own lifecycle: started, in scope (the parent of what the call observes),
      // the error recorded, stopped.
      return observation.observe(() -> {
        T answer = body.get();
        CallOutcome result = outcome.apply(answer);
        observation.lowCardinalityKeyValue("outcome", result.tag());
        record(call, result, sample);
        return answer;
      });
    } catch (RuntimeException e) {
      record(call, CallOutcome.FAILED, sample);
      throw e;
    }
  }

  private void record(ProviderCall call, CallOutcome outcome, Timer.Sample sample) {
    CallMeters made = callMeters.computeIfAbsent(new CallMeters.Key(call, outcome),
        this::register);
    sample.stop(made.latency());
    made.count().forEach(Counter::increment);
  }

  /**
   * The meters of one kind of call and its outcome, made once: building and registering a
   * histogram on every provider call would cost a registry lookup and its allocations each time.
   * The keys come from closed or configured sets, so the cache is bounded like the tags.
   */
  private record CallMeters(Timer latency, Option<Counter> count) {
    record Key(ProviderId provider, CallKind kind, Option<BillerId> biller, CallOutcome outcome) {
      Key(ProviderCall call, CallOutcome outcome) {
        this(call.provider(), call.kind(), call.biller(), outcome);
      }
    }
  }

  private CallMeters register(CallMeters.Key key) {
    Timer latency = Timer.builder(PROVIDER_LATENCY)
        .description("Time of one provider call, from sending to a typed answer")
        .tags("provider", key.provider().value(), "call", key.kind().tag(),
            "outcome", key.outcome().tag())
        .publishPercentileHistogram()
        .serviceLevelObjectives(OBJECTIVES)
        .register(meters);
    return new CallMeters(latency, counter(key));
  }

  /** Payments and status checks also by biller: what finance and support look at. */
  private Option<Counter> counter(CallMeters.Key key) {
    if (key.kind() != CallKind.PAY && key.kind() != CallKind.CHECK_STATUS) {
      return Option.none();
    }
    boolean pay = key.kind() == CallKind.PAY;
    return Option.some(Counter.builder(pay ? PAYMENTS : PAYMENT_CHECKS)
        .description(pay
            ? "Payments sent to a provider, by what the provider's answer came to"
            : "Status checks of payments sent earlier, by what they came to")
        .tags(Tags.of("provider", key.provider().value(),
            "biller", key.biller().map(BillerId::value).getOrElse("none"),
            "outcome", key.outcome().tag()))
        .register(meters));
  }

  /**
   * Each provider's breaker as one gauge per state (1 for the state it is in, 0 otherwise, so an
   * alert is {@code taksit_breaker_state{state="OPEN"} == 1}) and its calls refused unsent.
   */
  private void bindGuards(Map<ProviderId, ProviderGuard> guards) {
    guards.forEach((provider, guard) -> {
      for (String state : BREAKER_STATES) {
        Gauge.builder(BREAKER_STATE, guard, g -> g.breakerState().equals(state) ? 1 : 0)
            .description("1 when the provider's circuit breaker is in this state")
            .tags("provider", provider.value(), "state", state)
            .register(meters);
      }
      FunctionCounter.builder(PROVIDER_REFUSED, guard, ProviderGuard::refusedCalls)
          .description("Calls refused before sending: breaker open or bulkhead full")
          .tags("provider", provider.value())
          .register(meters);
    });
  }

  /**
   * The stored work waiting: payments awaiting a check or a person, the outbox's backlog. Held
   * strongly: Micrometer's gauges keep only a weak reference by default, and nothing else holds
   * the backlog reader.
   */
  private void bindBacklog(Backlog backlog) {
    Gauge.builder(AWAITING_CHECK, backlog, b -> b.read().awaitingCheck())
        .description("Payments whose outcome is not settled yet (UNKNOWN or PENDING)")
        .strongReference(true)
        .register(meters);
    Gauge.builder(AWAITING_REVIEW, backlog, b -> b.read().awaitingReview())
        .description("Payments flagged for an operator's review")
        .strongReference(true)
        .register(meters);
    Gauge.builder(OUTBOX_BACKLOG, backlog, b -> b.read().outboxBacklog())
        .description("Payment events stored and not yet delivered (pending and failing)")
        .strongReference(true)
        .register(meters);
    Gauge.builder(OUTBOX_DEAD, backlog, b -> b.read().deadLetters())
        .description("Payment events parked as dead letters after their last attempt")
        .strongReference(true)
        .register(meters);
  }
}
