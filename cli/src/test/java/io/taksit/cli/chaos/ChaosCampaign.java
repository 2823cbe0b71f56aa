package io.taksit.cli.chaos;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.bootstrap.Taksit;
import io.taksit.sandbox.FaultPlan;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drives the campaign: every payment the way a careful client would (inquire, quote, pay under
 * its own idempotency key, retry a NOT_PROCESSED payment a bounded number of times, send the same
 * request again after its host died), with reconciliation passes along the way; then reconciles
 * until nothing is due. It never decides what happened to a payment itself: that is Taksit's job,
 * and the audit's to check.
 */
final class ChaosCampaign {

  /** Virtual time between two payments of one host. */
  private static final Duration PACE = Duration.ofSeconds(1);
  /** Longer than the sandbox's Retry-After (1 s): the wait before retrying a throttled payment. */
  private static final Duration RETRY_WAIT = Duration.ofSeconds(2);
  /** How often the reconciler runs once the payments are in (virtual). */
  private static final Duration RECONCILER_PERIOD = Duration.ofMinutes(1);
  private static final int READ_TRIES = 6;
  private static final int FLOWS_PER_PAYMENT = 3;
  /** Retries of one NOT_PROCESSED payment before the client gives up on it. */
  static final int MAX_RETRIES = 8;
  private static final int RECONCILE_EVERY = 25;
  private static final int BATCH = 200;
  private static final double REPLAY_RATE = 0.05;
  private static final int MAX_SETTLING_ROUNDS = 100_000;

  private final ChaosWorld world;
  private final ChaosTally tally;
  private final StoredPayments stored;
  private final long seed;
  private final Map<String, AtomicInteger> retriesByPayment = new ConcurrentHashMap<>();
  /** Keys under which a payment was (or may have been) written: pay answered it, or died in it. */
  private final Set<String> writtenKeys = ConcurrentHashMap.newKeySet();
  /** Keys whose every pay call was refused before anything was written. */
  private final Set<String> refusedKeys = ConcurrentHashMap.newKeySet();
  private final Queue<String> problems = new ConcurrentLinkedQueue<>();

  ChaosCampaign(ChaosWorld world, ChaosTally tally) {
    this.world = world;
    this.tally = tally;
    this.stored = new StoredPayments(world.auditPool());
    this.seed = world.settings().seed();
  }

  /**
   * What the run left: the keys the driver used, what went wrong in the driver itself, and the
   * audit of ledger against storage once reconciliation had nothing left to do, and again after
   * the payments flagged for review were looked at.
   */
  record Outcome(Set<String> writtenKeys, Set<String> refusedKeys, List<String> problems,
      ChaosAudit afterReconciliation, ChaosAudit afterReview) {}

  Outcome run() throws Exception {
    int hosts = world.settings().hosts();
    List<Slot> slots = new ArrayList<>();
    ChaosAudit afterReconciliation;
    ChaosAudit afterReview;
    try {
      for (int h = 0; h < hosts; h++) {
        slots.add(new Slot(world.startHost()));
      }
      long started = System.nanoTime();
      payPhase(slots);
      long paid = System.nanoTime();
      settle(slots);
      long settled = System.nanoTime();
      tally.add("ms: payment phase", (paid - started) / 1_000_000);
      tally.add("ms: settling phase", (settled - paid) / 1_000_000);
      afterReconciliation = audit();
      review(slots.get(0));
      afterReview = audit();
    } finally {
      for (Slot slot : slots) {
        slot.close();
      }
    }
    return new Outcome(Set.copyOf(writtenKeys), refusedOnly(), List.copyOf(problems),
        afterReconciliation, afterReview);
  }

  private ChaosAudit audit() {
    world.sandbox().awaitIdle(Duration.ofSeconds(10));
    return ChaosAudit.of(world.sandbox().ledger(), stored.all(), Set.copyOf(writtenKeys),
        refusedOnly());
  }

  /** Keys refused before writing by every pay call made with them. */
  private Set<String> refusedOnly() {
    return refusedKeys.stream().filter(key -> !writtenKeys.contains(key))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * What a person does with the payments flagged for review once the provider is healthy again
   * (the faults stop): asks for each one's status through {@code CheckPaymentStatus}. Hosts may
   * still die meanwhile; a check lost that way is asked again.
   */
  private void review(Slot slot) {
    world.sandbox().faults(FaultPlan.none());
    for (String paymentId : stored.flaggedForReview()) {
      for (int attempt = 1; attempt <= 3; attempt++) {
        Call<Either<Failure, Payment>> checked = slot.call(taksit ->
            taksit.checkPaymentStatus().check(new CheckPaymentStatus.Command(paymentId)));
        if (checked instanceof Call.Crashed<Either<Failure, Payment>>) {
          continue;
        }
        if (checked instanceof Call.Done<Either<Failure, Payment>> done
            && done.value().isRight()) {
          tally.count("reviewed: " + done.value().get().status());
        } else {
          problems.add("reviewing payment " + paymentId + " failed: " + describe(checked));
        }
        break;
      }
    }
  }

  private void payPhase(List<Slot> slots) throws Exception {
    int payments = world.settings().payments();
    ExecutorService workers = Executors.newFixedThreadPool(slots.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int h = 0; h < slots.size(); h++) {
        int share = h;
        Slot slot = slots.get(h);
        done.add(workers.submit(() -> {
          int mine = 0;
          for (int i = share; i < payments; i += slots.size()) {
            payOne(slot, i);
            if (++mine % RECONCILE_EVERY == 0) {
              reconcilePass(slot);
            }
          }
        }));
      }
      for (Future<?> worker : done) {
        worker.get();
      }
    } finally {
      workers.shutdownNow();
    }
  }

  /** One payment, from inquiry to an answer (or its host's death). */
  private void payOne(Slot slot, int i) {
    world.clock().advance(PACE);
    SplittableRandom choices = new SplittableRandom(seed * 1_000_003L + i);
    ChaosWorld.Target target = world.target(i);
    String key = "chaos-" + seed + "-" + i;
    for (int flow = 1; flow <= FLOWS_PER_PAYMENT; flow++) {
      Option<Bill> bill = read(slot, "inquiry", taksit -> taksit.inquireBill().inquire(
          new InquireBill.Command(target.biller().value(), target.account(), Map.of())));
      if (bill.isEmpty() || bill.get().invoices().isEmpty()) {
        tally.count(bill.isEmpty() ? "flows: inquiry given up" : "flows: bill without invoices");
        continue;
      }
      Invoice invoice = bill.get().invoices().head();
      String reference = bill.get().reference().value();
      Option<QuotedFee> quote = read(slot, "fee quote", taksit -> taksit.quoteFees().quote(
          new QuoteFees.Command(reference, invoice.amount().amount(),
              invoice.amount().currencyCode(), Set.of(invoice.sequence()))));
      if (quote.isEmpty()) {
        tally.count("flows: fee quote given up");
        continue;
      }
      PayBill.Command command = new PayBill.Command(key, reference, invoice.amount().amount(),
          invoice.amount().currencyCode(), Set.of(invoice.sequence()), quote.get().id(), null);
      if (pay(slot, key, command, choices)) {
        return;
      }
    }
    tally.count("payments never written");
  }

  /** Sends one pay command; true when a payment exists (or may) under the key. */
  private boolean pay(Slot slot, String key, PayBill.Command command, SplittableRandom choices) {
    tally.count("pay calls");
    Call<Either<Failure, Payment>> paid = slot.call(taksit -> taksit.payBill().pay(command));
    if (paid instanceof Call.Crashed<Either<Failure, Payment>>) {
      writtenKeys.add(key);
      replayAfterCrash(slot, key, command);
      return true;
    }
    if (paid instanceof Call.Threw<Either<Failure, Payment>> threw) {
      escaped("pay " + key, threw.error());
      writtenKeys.add(key);
      return true;
    }
    Either<Failure, Payment> answer = ((Call.Done<Either<Failure, Payment>>) paid).value();
    if (answer.isLeft()) {
      Failure failure = answer.getLeft();
      tally.count("pay refused: " + failure.code());
      if (failure instanceof Failure.OutcomeNotRecorded
          || failure instanceof Failure.ConcurrentUpdate) {
        writtenKeys.add(key);
        return true;
      }
      refusedKeys.add(key);
      return false;
    }
    writtenKeys.add(key);
    Payment payment = answer.get();
    tally.count("first answer: " + payment.status());
    if (payment.status() == PaymentStatus.NOT_PROCESSED) {
      retry(slot, payment.id().value());
    }
    if (choices.nextDouble() < REPLAY_RATE) {
      replay(slot, key, command, payment.id().value());
    }
    return true;
  }

  /** The client did not hear back and sends the same request again, to the new host. */
  private void replayAfterCrash(Slot slot, String key, PayBill.Command command) {
    Call<Either<Failure, Payment>> again = slot.call(taksit -> taksit.payBill().pay(command));
    tally.count("replays after a crash");
    if (again instanceof Call.Done<Either<Failure, Payment>> done && done.value().isRight()) {
      tally.count("replay after a crash found: " + done.value().get().status());
      return;
    }
    problems.add("replaying key " + key + " after its host died did not answer its payment: "
        + describe(again));
  }

  /** The same request once more, now or much later: the same payment, nothing sent again. */
  private void replay(Slot slot, String key, PayBill.Command command, String paymentId) {
    Call<Either<Failure, Payment>> again = slot.call(taksit -> taksit.payBill().pay(command));
    tally.count("idempotent replays");
    if (again instanceof Call.Done<Either<Failure, Payment>> done && done.value().isRight()
        && done.value().get().id().value().equals(paymentId)) {
      return;
    }
    if (again instanceof Call.Crashed<Either<Failure, Payment>>) {
      return;
    }
    problems.add("replaying key " + key + " did not answer payment " + paymentId + ": "
        + describe(again));
  }

  /** Retries a NOT_PROCESSED payment until it is something else, within its retry budget. */
  private void retry(Slot slot, String paymentId) {
    while (true) {
      int used = retriesByPayment.computeIfAbsent(paymentId, id -> new AtomicInteger())
          .incrementAndGet();
      if (used > MAX_RETRIES) {
        tally.count("retry budgets exhausted");
        return;
      }
      world.clock().advance(RETRY_WAIT);
      tally.count("retries");
      Call<Either<Failure, Payment>> retried = slot.call(
          taksit -> taksit.retryPayment().retry(new RetryPayment.Command(paymentId)));
      if (retried instanceof Call.Crashed<Either<Failure, Payment>>) {
        return;
      }
      if (retried instanceof Call.Threw<Either<Failure, Payment>> threw) {
        escaped("retry " + paymentId, threw.error());
        return;
      }
      Either<Failure, Payment> answer = ((Call.Done<Either<Failure, Payment>>) retried).value();
      if (answer.isLeft()) {
        tally.count("retry refused: " + answer.getLeft().code());
        return;
      }
      tally.count("retry answer: " + answer.get().status());
      if (answer.get().status() != PaymentStatus.NOT_PROCESSED) {
        return;
      }
    }
  }

  /** A read (inquiry, fee quote), tried again on failure like a client would. */
  private <T> Option<T> read(Slot slot, String what,
      Function<Taksit, Either<Failure, T>> action) {
    for (int attempt = 1; attempt <= READ_TRIES; attempt++) {
      Call<Either<Failure, T>> call = slot.call(action);
      if (call instanceof Call.Done<Either<Failure, T>> done) {
        if (done.value().isRight()) {
          return Option.some(done.value().get());
        }
        Failure failure = done.value().getLeft();
        tally.count(what + " failed: " + failure.code());
        if (failure instanceof Failure.ProviderUnavailable unavailable) {
          unavailable.retryAfter().forEach(world.clock()::advance);
        }
      } else if (call instanceof Call.Threw<Either<Failure, T>> threw) {
        escaped(what, threw.error());
        return Option.none();
      }
    }
    return Option.none();
  }

  /** One reconciliation pass on a host; how many payments it claimed. */
  private int reconcilePass(Slot slot) {
    Instant now = world.clock().instant();
    Call<Either<Failure, ReconcilePayments.Report>> pass = slot.call(taksit ->
        taksit.reconcilePayments().reconcile(new ReconcilePayments.Command(now, BATCH)));
    tally.count("reconciliation passes");
    if (pass instanceof Call.Crashed<Either<Failure, ReconcilePayments.Report>>) {
      return 1;
    }
    if (pass instanceof Call.Threw<Either<Failure, ReconcilePayments.Report>> threw) {
      escaped("reconcile", threw.error());
      return 0;
    }
    Either<Failure, ReconcilePayments.Report> answer =
        ((Call.Done<Either<Failure, ReconcilePayments.Report>>) pass).value();
    if (answer.isLeft()) {
      problems.add("a reconciliation pass was refused: " + answer.getLeft().message());
      return 0;
    }
    ReconcilePayments.Report report = answer.get();
    tally.add("payments checked by the reconciler", report.checked().size());
    for (ReconcilePayments.Checked checked : report.checked()) {
      tally.count("status checks: " + checked.before() + " -> " + checked.after());
      if (checked.needsReview()) {
        tally.count("flagged for review");
      }
      if (checked.after() == PaymentStatus.NOT_PROCESSED
          && checked.before() != PaymentStatus.NOT_PROCESSED) {
        retry(slot, checked.paymentId().value());
      }
    }
    return report.checked().size();
  }

  /**
   * Reconciles until nothing is due: each round waits until the sandbox has finished every
   * request (so a delayed charge has landed before the clock jumps past it), runs a pass, retries
   * what came back NOT_PROCESSED, and when nothing was claimed moves the clock to the next check
   * or lease end.
   */
  private void settle(List<Slot> slots) {
    for (int round = 0; round < MAX_SETTLING_ROUNDS; round++) {
      long waiting = System.nanoTime();
      world.sandbox().awaitIdle(Duration.ofSeconds(10));
      tally.add("ms: waiting for the sandbox to be idle", (System.nanoTime() - waiting) / 1_000_000);
      Slot slot = slots.get(round % slots.size());
      if (reconcilePass(slot) > 0) {
        continue;
      }
      List<String> retryable = stored.notProcessed().stream()
          .filter(id -> retriesUsed(id) < MAX_RETRIES)
          .toList();
      retryable.forEach(id -> retry(slot, id));
      if (!retryable.isEmpty()) {
        continue;
      }
      Option<Instant> next = stored.nextDue();
      if (next.isEmpty()) {
        tally.add("settling rounds", round + 1L);
        return;
      }
      Instant soonest = world.clock().instant().plus(RECONCILER_PERIOD);
      world.clock().advanceTo(next.get().isAfter(soonest) ? next.get() : soonest);
    }
    problems.add("reconciliation did not settle within " + MAX_SETTLING_ROUNDS + " rounds");
  }

  int retriesUsed(String paymentId) {
    AtomicInteger used = retriesByPayment.get(paymentId);
    return used == null ? 0 : Math.min(used.get(), MAX_RETRIES);
  }

  private void escaped(String where, Throwable error) {
    StringBuilder trace = new StringBuilder();
    for (StackTraceElement element : error.getStackTrace()) {
      if (trace.length() > 2000) {
        break;
      }
      trace.append("\n    at ").append(element);
    }
    problems.add("an exception escaped (" + where + "): " + error + trace);
  }

  private static String describe(Call<Either<Failure, Payment>> call) {
    if (call instanceof Call.Done<Either<Failure, Payment>> done) {
      return done.value().fold(f -> f.code() + " " + f.message(), Payment::toString);
    }
    return call.toString();
  }

  /** A host position: the host serving it now, replaced when it dies. */
  private final class Slot implements AutoCloseable {
    private Host host;

    Slot(Host host) {
      this.host = host;
    }

    <T> Call<T> call(Function<Taksit, T> action) {
      Call<T> call = host.call(action);
      if (call instanceof Call.Crashed<T> crashed) {
        tally.count("crashes: " + crashed.at());
        long dying = System.nanoTime();
        host.bury();
        host = world.startHost();
        tally.add("ms: replacing dead hosts", (System.nanoTime() - dying) / 1_000_000);
      }
      return call;
    }

    @Override
    public void close() {
      host.close();
    }
  }
}
