package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.contract.PaymentSamples;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Reading payments costs the same number of statements for one payment or many: the payments,
 * then all their attempts in one query and all their events in another (no query per payment).
 */
class PaymentReadQueriesTest {

  private final StatementRecorder statements = new StatementRecorder();

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
    JdbcPaymentRepository reader = new JdbcPaymentRepository(statements.around(database));

    List<Payment> one = reader.find(PaymentQuery.all(1));
    int forOne = statements.take().size();
    List<Payment> all = reader.find(PaymentQuery.all(10));
    int forAll = statements.take().size();

    assertThat(one).hasSize(1);
    assertThat(all).containsExactlyInAnyOrderElementsOf(saved);
    assertThat(all.flatMap(Payment::attempts)).isNotEmpty();
    assertThat(forOne).isEqualTo(3);
    assertThat(forAll).isEqualTo(3);
  }
}
