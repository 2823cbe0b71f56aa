package io.taksit.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The schedule of a payment still on its way: its first look waits, the later ones do not move. */
class CheckScheduleProperties {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Provide
  Arbitrary<CheckSchedule> schedules() {
    return Arbitraries.longs().between(1, 3_600_000).map(Duration::ofMillis)
        .list().ofMinSize(1).ofMaxSize(6).map(delays -> new CheckSchedule(List.ofAll(delays)));
  }

  @Provide
  Arbitrary<Duration> waits() {
    return Arbitraries.longs().between(1, 7_200_000).map(Duration::ofMillis);
  }

  @Property
  void theFirstLookIsNeverSoonerThanAskedNorLaterThanNeeded(
      @ForAll("schedules") CheckSchedule schedule, @ForAll("waits") Duration atLeast) {
    CheckSchedule sending = schedule.firstLookNoSoonerThan(atLeast);
    Instant first = sending.nextAfter(0, NOW).get();

    assertThat(first).isAfterOrEqualTo(NOW.plus(atLeast));
    assertThat(first).isAfterOrEqualTo(schedule.nextAfter(0, NOW).get());
    Duration expected = schedule.delays().head().compareTo(atLeast) >= 0
        ? schedule.delays().head() : atLeast;
    assertThat(first).isEqualTo(NOW.plus(expected));
  }

  @Property
  void everyLaterLookAndTheNumberOfLooksStayAsTheyWere(
      @ForAll("schedules") CheckSchedule schedule, @ForAll("waits") Duration atLeast) {
    CheckSchedule sending = schedule.firstLookNoSoonerThan(atLeast);

    assertThat(sending.maxChecks()).isEqualTo(schedule.maxChecks());
    assertThat(sending.delays().tail()).isEqualTo(schedule.delays().tail());
    assertThat(sending.nextAfter(schedule.maxChecks(), NOW)).isEmpty();
  }
}
