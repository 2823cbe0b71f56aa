package io.taksit.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.port.out.PaymentOutbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

  @Test
  void namesTheTypesOfTheFailureAndItsCausesNeverTheirMessages() {
    Exception failure = new UncheckedIOException("to amqp://taksit:s3cret@bus",
        new IOException("password s3cret rejected"));

    assertThat(FailureText.of(failure)).isEqualTo(
        "java.io.UncheckedIOException <- java.io.IOException");
  }

  @Test
  void aLongChainIsCutAfterFiveTypes() {
    Throwable failure = new IllegalStateException("top");
    for (int depth = 0; depth < 10; depth++) {
      failure = new RuntimeException("level " + depth, failure);
    }

    assertThat(FailureText.of(failure).split(" <- ")).hasSize(6).endsWith("...");
    assertThat(FailureText.of(failure).length()).isLessThanOrEqualTo(
        PaymentOutbox.MAX_ERROR_LENGTH);
  }
}
