package io.taksit.sandbox;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded random fault plan for chaos tests: each request of the chosen operations gets a fault
 * with probability {@code rate}, of a kind drawn uniformly from {@code kinds}.
 *
 * <p>The draw is a pure function of the seed and the request's sequence number, not of a shared
 * random stream, so a failing run replays with the same seed as long as the requests arrive in
 * the same order (sequentially they do; under concurrency the order is the scheduler's). The plan
 * counts the faults it hands out, by kind ({@link #counts()}).
 *
 * <p>Parameters of the faults that need one come from {@link Timing}: the latency (make it longer
 * than the client's read timeout to get a read timeout), the 429's {@code Retry-After}
 * (delta-seconds or HTTP-date, drawn at random), the late answer of a charge-then-delay. A server
 * error is one of 500, 502, 503, 504.
 */
public final class RandomFaults implements FaultPlan {

  private static final int[] SERVER_ERRORS = {500, 502, 503, 504};

  private final long seed;
  private final double rate;
  private final Set<FaultKind> kindSet;
  private final List<FaultKind> kinds;
  private final Set<SandboxOperation> operations;
  private final Timing timing;
  private final FaultCounts counts = new FaultCounts();

  /**
   * A plan over all operations with the default {@link Timing}.
   *
   * @param seed  the seed; the same seed and request order give the same faults
   * @param rate  probability of a fault per request, 0 to 1
   * @param kinds kinds to draw from; {@link FaultKind#NONE} is ignored
   */
  public RandomFaults(long seed, double rate, Set<FaultKind> kinds) {
    this(seed, rate, kinds, EnumSet.allOf(SandboxOperation.class), Timing.DEFAULT);
  }

  private RandomFaults(long seed, double rate, Set<FaultKind> kinds,
      Set<SandboxOperation> operations, Timing timing) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("rate must be within 0 and 1, was " + rate);
    }
    Objects.requireNonNull(kinds, "kinds");
    this.seed = seed;
    this.rate = rate;
    this.kindSet = EnumSet.noneOf(FaultKind.class);
    kinds.stream().filter(kind -> kind != FaultKind.NONE).forEach(kindSet::add);
    this.kinds = List.copyOf(kindSet);
    if (this.kinds.isEmpty() && rate > 0.0) {
      throw new IllegalArgumentException("a positive rate needs at least one fault kind");
    }
    this.operations = EnumSet.noneOf(SandboxOperation.class);
    this.operations.addAll(operations);
    this.timing = Objects.requireNonNull(timing, "timing");
  }

  /** The same plan (seed, rate, kinds), faulting only requests of these operations; new counts. */
  public RandomFaults onlyFor(SandboxOperation first, SandboxOperation... more) {
    return new RandomFaults(seed, rate, kindSet, EnumSet.of(first, more), timing);
  }

  /** The same plan with other fault parameters; new counts. */
  public RandomFaults withTiming(Timing newTiming) {
    return new RandomFaults(seed, rate, kindSet, operations, newTiming);
  }

  @Override
  public Fault decide(SandboxRequest request) {
    if (!operations.contains(request.operation()) || rate == 0.0) {
      return Fault.none();
    }
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + request.sequence());
    if (random.nextDouble() >= rate) {
      return Fault.none();
    }
    Fault fault = faultOf(kinds.get(random.nextInt(kinds.size())), random);
    counts.injected(fault);
    return fault;
  }

  /** How many faults of each kind this plan has handed out. */
  public Map<FaultKind, Long> counts() {
    return counts.byKind();
  }

  /** How many faults this plan has handed out. */
  public long total() {
    return counts.total();
  }

  private Fault faultOf(FaultKind kind, SplittableRandom random) {
    return switch (kind) {
      case LATENCY -> Fault.latency(timing.latency());
      case SERVER_ERROR -> Fault.serverError(SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)]);
      case TOO_MANY_REQUESTS -> random.nextBoolean()
          ? Fault.tooManyRequests(timing.retryAfter())
          : Fault.tooManyRequestsUntil(timing.retryAfter());
      case MALFORMED_BODY -> Fault.malformedBody();
      case EMPTY_BODY -> Fault.emptyBody();
      case HTML_ERROR_PAGE ->
          random.nextBoolean() ? Fault.htmlErrorPage() : Fault.htmlErrorPage(502);
      case RESET_CONNECTION -> Fault.resetConnection();
      case CHARGE_THEN_DROP -> Fault.chargeThenDrop();
      case CHARGE_THEN_DELAY -> Fault.chargeThenDelay(timing.lateAnswer());
      case EXPIRE_TOKENS -> Fault.expireTokens();
      case NONE -> Fault.none();
    };
  }

  @Override
  public String toString() {
    return "RandomFaults[seed=" + seed + ", rate=" + rate + ", kinds=" + kinds
        + ", operations=" + operations + ", injected=" + counts + "]";
  }

  /**
   * Parameters of the drawn faults.
   *
   * @param latency    delay before a {@link FaultKind#LATENCY} request is processed
   * @param retryAfter the {@code Retry-After} of a 429
   * @param lateAnswer delay of the answer after a {@link FaultKind#CHARGE_THEN_DELAY} charge
   */
  public record Timing(Duration latency, Duration retryAfter, Duration lateAnswer) {

    /** One second each: longer than a chaos test's short read timeout, short enough to wait. */
    public static final Timing DEFAULT =
        new Timing(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

    public Timing {
      Objects.requireNonNull(latency, "latency");
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(lateAnswer, "lateAnswer");
    }
  }
}
