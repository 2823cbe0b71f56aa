package io.taksit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.sandbox.momkn.MomknSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomFaultsTest {

  private static List<Fault> decisions(FaultPlan plan, SandboxOperation operation, int count) {
    List<Fault> faults = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      faults.add(plan.decide(new SandboxRequest(MomknSandbox.ID, operation, i)));
    }
    return faults;
  }

  @Test
  void theSameSeedDecidesTheSameFaults() {
    Set<FaultKind> kinds = EnumSet.allOf(FaultKind.class);

    assertThat(decisions(new RandomFaults(42, 0.3, kinds), SandboxOperation.PAY, 500))
        .isEqualTo(decisions(new RandomFaults(42, 0.3, kinds), SandboxOperation.PAY, 500))
        .isNotEqualTo(decisions(new RandomFaults(43, 0.3, kinds), SandboxOperation.PAY, 500));
  }

  @Test
  void theRateAndTheKindsAreKeptAndCounted() {
    RandomFaults plan = new RandomFaults(7, 0.25,
        EnumSet.of(FaultKind.CHARGE_THEN_DROP, FaultKind.SERVER_ERROR, FaultKind.NONE));

    List<Fault> faults = decisions(plan, SandboxOperation.PAY, 4000);

    long injected = faults.stream().filter(fault -> fault.kind() != FaultKind.NONE).count();
    assertThat(injected).isBetween(850L, 1150L);
    assertThat(faults).extracting(Fault::kind).containsOnly(FaultKind.NONE,
        FaultKind.CHARGE_THEN_DROP, FaultKind.SERVER_ERROR);
    assertThat(plan.total()).isEqualTo(injected);
    assertThat(plan.counts().keySet()).containsExactlyInAnyOrder(FaultKind.CHARGE_THEN_DROP,
        FaultKind.SERVER_ERROR);
  }

  @Test
  void onlyTheChosenOperationsAreFaulted() {
    RandomFaults plan = new RandomFaults(1, 1.0, EnumSet.of(FaultKind.RESET_CONNECTION))
        .onlyFor(SandboxOperation.PAY, SandboxOperation.STATUS);

    assertThat(decisions(plan, SandboxOperation.INQUIRY, 50)).containsOnly(Fault.none());
    assertThat(decisions(plan, SandboxOperation.STATUS, 50)).containsOnly(
        Fault.resetConnection());
  }

  @Test
  void timingGivesTheFaultsTheirParameters() {
    RandomFaults plan = new RandomFaults(3, 1.0,
        EnumSet.of(FaultKind.LATENCY, FaultKind.CHARGE_THEN_DELAY, FaultKind.TOO_MANY_REQUESTS))
        .withTiming(new RandomFaults.Timing(Duration.ofMillis(250), Duration.ofSeconds(2),
            Duration.ofMillis(400)));

    for (Fault fault : decisions(plan, SandboxOperation.PAY, 100)) {
      if (fault instanceof Fault.Latency latency) {
        assertThat(latency.delay()).isEqualTo(Duration.ofMillis(250));
      } else if (fault instanceof Fault.ChargeThenDelay late) {
        assertThat(late.delay()).isEqualTo(Duration.ofMillis(400));
      } else {
        assertThat(((Fault.TooManyRequests) fault).retryAfter().get())
            .isEqualTo(Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new RandomFaults(1, 1.5, EnumSet.of(FaultKind.LATENCY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RandomFaults(1, 0.5, EnumSet.noneOf(FaultKind.class)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(decisions(new RandomFaults(1, 0.0, EnumSet.noneOf(FaultKind.class)),
        SandboxOperation.PAY, 10)).containsOnly(Fault.none());
    assertThatThrownBy(() -> Fault.serverError(404)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
