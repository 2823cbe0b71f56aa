package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.contract.PaymentSamples;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Reading payments costs the same number of statements for one payment or many: the payments,
 * then all their attempts in one query and all their events in another (no query per payment).
 */
class PaymentReadQueriesTest {

  private final AtomicInteger statements = new AtomicInteger();

  @Test
  void findReadsAttemptsAndEventsInOneQueryEachWhateverTheNumberOfPayments() {
    DataSource database = H2Databases.fresh();
    JdbcPaymentRepository writer = new JdbcPaymentRepository(database);
    PaymentSamples samples = new PaymentSamples();
    List<Payment> saved = List.of(PaymentStatus.SUCCEEDED, PaymentStatus.PENDING,
            PaymentStatus.UNKNOWN, PaymentStatus.CREATED, PaymentStatus.DECLINED)
        .map(samples::in)
        .map(payment -> writer.saveNew(payment))
        .map(outcome -> writer.findById(
            ((SaveOutcome.Inserted) outcome).payment().id()).get());
    JdbcPaymentRepository reader = new JdbcPaymentRepository(counting(database));

    List<Payment> one = reader.find(PaymentQuery.all(1));
    int forOne = statements.getAndSet(0);
    List<Payment> all = reader.find(PaymentQuery.all(10));
    int forAll = statements.get();

    assertThat(one).hasSize(1);
    assertThat(all).containsExactlyInAnyOrderElementsOf(saved);
    assertThat(all.flatMap(Payment::attempts)).isNotEmpty();
    assertThat(forOne).isEqualTo(3);
    assertThat(forAll).isEqualTo(3);
  }

  /** {@code database}, counting the statements prepared on its connections. */
  private DataSource counting(DataSource database) {
    InvocationHandler connections = (proxy, method, args) -> {
      if (method.getName().equals("getConnection")) {
        Connection connection = (Connection) invoke(method, database, args);
        return Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Connection.class}, (p, m, a) -> {
              if (m.getName().equals("prepareStatement")) {
                statements.incrementAndGet();
              }
              return invoke(m, connection, a);
            });
      }
      return invoke(method, database, args);
    };
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, connections);
  }

  private static Object invoke(Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
