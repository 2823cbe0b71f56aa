package io.taksit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.FeeScheduleSource;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeTier;
import io.taksit.domain.money.Money;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeeScheduleSource} must do. The port only reads, so an adapter's test
 * supplies a source holding given schedules and these tests read them back: a schedule must come
 * back equal, rates with their exact scale, so that it quotes exactly what was configured.
 */
public abstract class FeeScheduleSourceContract {

  private static final BillerId GAS = new BillerId("sipay-gas");
  private static final BillerId WATER = new BillerId("kw.water_01");
  private static final BillerId POWER = new BillerId("jp-power");

  /** A source holding exactly {@code schedules}, on fresh storage. */
  protected abstract FeeScheduleSource sourceOf(Map<BillerId, FeeSchedule> schedules);

  private FeeScheduleSource allThree() {
    return sourceOf(HashMap.of(GAS, StoreSamples.tieredTry(), WATER, StoreSamples.flatKwd(),
        POWER, StoreSamples.flatJpy()));
  }

  @Test
  @DisplayName("a tiered schedule comes back equal: tiers, gap, open top, floors, caps, rate scales")
  void tieredScheduleRoundTrips() {
    FeeSchedule expected = StoreSamples.tieredTry();

    FeeSchedule found = allThree().scheduleFor(GAS).getOrElseThrow(
        () -> new AssertionError("no schedule for " + GAS));

    assertSameSchedule(found, expected);
  }

  @Test
  @DisplayName("each biller gets its own schedule, in its own currency and scale")
  void schedulesAreKeptApartByBiller() {
    FeeScheduleSource source = allThree();

    assertSameSchedule(source.scheduleFor(WATER).get(), StoreSamples.flatKwd());
    assertSameSchedule(source.scheduleFor(POWER).get(), StoreSamples.flatJpy());
    assertThat(source.scheduleFor(new BillerId("momkn-362"))).isEmpty();
  }

  @Test
  @DisplayName("a stored schedule quotes exactly what the configured one quotes")
  void storedScheduleQuotesTheSame() {
    FeeSchedule configured = StoreSamples.tieredTry();
    FeeSchedule stored = allThree().scheduleFor(GAS).get();

    for (long minor : new long[] {1, 99, 13_333, 99_999, 100_000, 123_457, 999_999, 1_000_000,
        1_999_999, 2_000_000, 987_654_321}) {
      Money amount = Money.ofMinor(minor, configured.currency());
      assertThat(stored.quote(amount)).as("quote for %s", amount)
          .isEqualTo(configured.quote(amount));
    }
  }

  @Test
  @DisplayName("no schedules: nothing is found")
  void emptySource() {
    assertThat(sourceOf(HashMap.empty()).scheduleFor(GAS)).isEmpty();
  }

  @Test
  @DisplayName("a null biller is a programming error")
  void nullBillerThrows() {
    FeeScheduleSource source = allThree();

    assertThatThrownBy(() -> source.scheduleFor(null)).isInstanceOf(NullPointerException.class);
  }

  /** Field by field first, so a failing adapter learns what it lost, then whole equality. */
  protected static void assertSameSchedule(FeeSchedule actual, FeeSchedule expected) {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(actual.currency()).as("currency").isEqualTo(expected.currency());
    soft.assertThat(actual.taxRateOfFee()).as("tax rate with its scale")
        .isEqualTo(expected.taxRateOfFee());
    soft.assertThat(actual.rounding()).as("rounding").isEqualTo(expected.rounding());
    soft.assertThat(actual.tiers().size()).as("tier count").isEqualTo(expected.tiers().size());
    List<FeeTier> expectedTiers = expected.tiers();
    actual.tiers().zipWithIndex().forEach(pair -> {
      if (pair._2 < expectedTiers.size()) {
        FeeTier tier = pair._1;
        FeeTier wanted = expectedTiers.get(pair._2);
        String at = "tier " + pair._2 + " ";
        soft.assertThat(tier.from()).as(at + "from").isEqualTo(wanted.from());
        soft.assertThat(tier.upTo()).as(at + "upTo").isEqualTo(wanted.upTo());
        soft.assertThat(tier.fixed()).as(at + "fixed").isEqualTo(wanted.fixed());
        soft.assertThat(tier.percent()).as(at + "percent with its scale")
            .isEqualTo(wanted.percent());
        soft.assertThat(tier.floor()).as(at + "floor").isEqualTo(wanted.floor());
        soft.assertThat(tier.cap()).as(at + "cap").isEqualTo(wanted.cap());
      }
    });
    soft.assertAll();
    assertThat(actual).isEqualTo(expected);
  }
}
