package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.contract.PaymentSamples;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An event and its outbox entry are one transaction: when the entry cannot be written, the
 * change it belongs to is not stored either (the outbox table is hidden to make the write fail).
 */
class H2OutboxAtomicityTest {

  private static final Instant LATER = PaymentSamples.T0.plus(Duration.ofHours(1));

  private DataSource database;
  private JdbcPaymentRepository payments;
  private JdbcPaymentOutbox outbox;
  private final PaymentSamples samples = new PaymentSamples();

  @BeforeEach
  void fresh() {
    database = H2Databases.fresh();
    payments = new JdbcPaymentRepository(database);
    outbox = new JdbcPaymentOutbox(database);
  }

  @Test
  @DisplayName("a new payment whose entries cannot be written is not stored")
  void saveNewRollsBackWithItsEntries() throws SQLException {
    Payment payment = samples.in(PaymentStatus.PENDING);

    hideOutbox();
    assertThatThrownBy(() -> payments.saveNew(payment)).isInstanceOf(PersistenceException.class);
    restoreOutbox();

    assertThat(payments.findById(payment.id())).isEmpty();
    assertThat(outbox.counts().pending()).isZero();
    assertThat(payments.saveNew(payment)).isInstanceOf(SaveOutcome.Inserted.class);
    assertThat(outbox.claimDue(LATER, 10, Duration.ofSeconds(30), "relay")).hasSize(1);
  }

  @Test
  @DisplayName("an update whose entries cannot be written leaves the payment as it was")
  void updateRollsBackWithItsEntries() throws SQLException {
    Payment stored = ((SaveOutcome.Inserted) payments.saveNew(samples.in(PaymentStatus.UNKNOWN)))
        .payment();
    Payment checked = PaymentSamples.checked(stored, PaymentSamples.pending(),
        PaymentSamples.T0.plusSeconds(90));

    hideOutbox();
    assertThatThrownBy(() -> payments.update(checked)).isInstanceOf(PersistenceException.class);
    restoreOutbox();

    assertThat(payments.findById(stored.id())).containsExactly(stored);
    assertThat(outbox.counts().pending()).isEqualTo(2);
    assertThat(payments.update(checked).isRight()).isTrue();
    assertThat(outbox.counts().pending()).isEqualTo(3);
  }

  private void hideOutbox() throws SQLException {
    execute("ALTER TABLE payment_outbox RENAME TO payment_outbox_hidden");
  }

  private void restoreOutbox() throws SQLException {
    execute("ALTER TABLE payment_outbox_hidden RENAME TO payment_outbox");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
