package io.taksit.application.query;

import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A read-only payment repository for the query services: it filters a fixed list by the query's
 * criteria and remembers every read, so a test sees the query it was given and can prove no read
 * happened. Writes are not the queries' business and fail loudly.
 */
final class QueryFakePayments implements PaymentRepository {

  private final List<Payment> stored;
  private final java.util.List<Object> reads = new CopyOnWriteArrayList<>();

  QueryFakePayments(Payment... stored) {
    this.stored = List.of(stored);
  }

  /** A CREATED payment of 100.00 EGP to Momkn 362 for {@code account}. */
  static Payment payment(String id, String account, String billReference) {
    PaymentDetails details = new PaymentDetails(new BillerId("momkn-362"), new ProviderId("momkn"),
        new AccountRef(account), new BillReference(billReference),
        Money.ofMinor(10_000, Currencies.EGP), TreeSet.of(1), Option.none());
    return Payment.create(new PaymentId(id), new IdempotencyKey("order-" + id), "fp-" + id,
        details, Instant.parse("2026-11-21T10:15:30Z"), CheckSchedule.DEFAULT);
  }

  /** The same payment after the provider confirmed it: SUCCEEDED. */
  static Payment succeeded(Payment payment) {
    return payment.recordPayOutcome(new PaymentOutcome.Approved(
            ProviderAnswer.of("BRN-771", "0", "تمت العملية بنجاح"), "Code 0"),
        Instant.parse("2026-11-21T10:15:31Z"), CheckSchedule.DEFAULT)
        .getOrElseThrow(refused -> new IllegalStateException("sample refused: " + refused));
  }

  @Override
  public Option<Payment> findById(PaymentId id) {
    reads.add(id);
    return stored.find(payment -> payment.id().equals(id));
  }

  @Override
  public long count(PaymentQuery query) {
    return find(new PaymentQuery(query.status(), query.biller(), query.account(),
        query.billReference(), Integer.MAX_VALUE, query.needsReview())).size();
  }

  @Override
  public List<Payment> find(PaymentQuery query) {
    reads.add(query);
    return stored
        .filter(p -> query.status().forAll(s -> p.status() == s))
        .filter(p -> query.biller().forAll(b -> p.details().billerId().equals(b)))
        .filter(p -> query.account().forAll(a -> p.details().account().equals(a)))
        .filter(p -> query.billReference().forAll(r -> p.details().billReference().equals(r)))
        .take(query.limit());
  }

  /** Every id or query read, in order. */
  List<Object> reads() {
    return List.ofAll(reads);
  }

  /** The queries {@link #find} was given. */
  List<PaymentQuery> queries() {
    return reads().filter(PaymentQuery.class::isInstance).map(PaymentQuery.class::cast);
  }

  @Override
  public SaveOutcome saveNew(Payment payment) {
    throw new AssertionError("a query stored a payment");
  }

  @Override
  public Either<VersionConflict, Payment> update(Payment changed) {
    throw new AssertionError("a query changed a payment");
  }

  @Override
  public Option<Payment> findByIdempotencyKey(IdempotencyKey key) {
    throw new AssertionError("a query looked up an idempotency key");
  }

  @Override
  public List<Payment> claimDue(Instant now, int limit, Duration lease) {
    throw new AssertionError("a query claimed payments");
  }
}
