package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.domain.error.PaymentError;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every failure type and every payment status has a deliberate exit code. */
class ExitCodesTest {

  private static final Map<Class<?>, Integer> EXPECTED = Map.ofEntries(
      Map.entry(Failure.InvalidRequest.class, 1),
      Map.entry(Failure.Refused.class, 1),
      Map.entry(Failure.NotFound.class, 1),
      Map.entry(Failure.BillerInactive.class, 1),
      Map.entry(Failure.IdempotencyConflict.class, 1),
      Map.entry(Failure.BillAlreadyPaid.class, 1),
      Map.entry(Failure.FeeChanged.class, 1),
      Map.entry(Failure.ProviderRefused.class, 1),
      Map.entry(Failure.Unsupported.class, 1),
      Map.entry(Failure.ProviderUnavailable.class, 3),
      Map.entry(Failure.OutcomeNotRecorded.class, 3),
      Map.entry(Failure.ConcurrentUpdate.class, 3));

  @Test
  void everyFailureTypeIsMapped() {
    List<Failure> failures = List.of(
        new Failure.InvalidRequest(List.of(new FieldViolation("amount", "is required"))),
        new Failure.Refused(new PaymentError.IllegalTransition("p", "UNKNOWN", "retry", "r")),
        new Failure.NotFound("payment", "p"),
        new Failure.BillerInactive("b"),
        new Failure.IdempotencyConflict("k", "p"),
        new Failure.BillAlreadyPaid("bill", "p", "SUCCEEDED"),
        new Failure.FeeChanged("1 EGP", "2 EGP"),
        new Failure.ProviderRefused(new ProviderId("momkn"), "-16", "no data"),
        new Failure.Unsupported(new ProviderId("sipay"), "status"),
        new Failure.ProviderUnavailable(new ProviderId("momkn"), "timeout", Option.none()),
        new Failure.OutcomeNotRecorded("p", OutcomeKind.APPROVED, "db down"),
        new Failure.ConcurrentUpdate("p"));

    assertThat(Arrays.stream(Failure.class.getPermittedSubclasses()).toList())
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    for (Failure failure : failures) {
      assertThat(ExitCodes.of(failure)).as(failure.getClass().getSimpleName())
          .isEqualTo(EXPECTED.get(failure.getClass()));
    }
  }

  @Test
  void everyPaymentStatusIsMapped() {
    assertThat(List.of(PaymentStatus.values()).map(ExitCodes::of)).containsExactly(
        3, // CREATED
        3, // PENDING
        0, // SUCCEEDED
        1, // DECLINED
        3, // NOT_PROCESSED
        3); // UNKNOWN
  }
}
