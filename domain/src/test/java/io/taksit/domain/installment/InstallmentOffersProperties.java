package io.taksit.domain.installment;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.InstallmentError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InstallmentOffersProperties {

  /** Plans from three providers' answers for one purchase. */
  record Answers(Money principal, List<InstallmentOption> a, List<InstallmentOption> b,
      List<InstallmentOption> c) {

    InstallmentOffers offers(List<InstallmentOption> options) {
      return InstallmentOffers.of(principal, options).get();
    }
  }

  @Property(tries = 1000)
  void mergeIsIdempotent(@ForAll("answers") Answers answers) {
    InstallmentOffers a = answers.offers(answers.a());
    InstallmentOffers b = answers.offers(answers.b());
    InstallmentOffers ab = a.merge(b).get();

    assertThat(a.merge(a)).isEqualTo(Either.right(a));
    assertThat(ab.merge(b)).isEqualTo(Either.right(ab));
    assertThat(ab.merge(a)).isEqualTo(Either.right(ab));
  }

  @Property(tries = 1000)
  void mergeIsCommutativeAndAssociative(@ForAll("answers") Answers answers) {
    InstallmentOffers a = answers.offers(answers.a());
    InstallmentOffers b = answers.offers(answers.b());
    InstallmentOffers c = answers.offers(answers.c());

    assertThat(a.merge(b)).isEqualTo(b.merge(a));
    assertThat(a.merge(b).flatMap(ab -> ab.merge(c)))
        .isEqualTo(b.merge(c).flatMap(a::merge));
  }

  @Property(tries = 1000)
  void mergingIsOffersOfAllPlansAndEmptyIsItsIdentity(@ForAll("answers") Answers answers) {
    InstallmentOffers a = answers.offers(answers.a());
    InstallmentOffers b = answers.offers(answers.b());
    InstallmentOffers none = InstallmentOffers.empty(answers.principal());

    assertThat(a.merge(b)).isEqualTo(
        InstallmentOffers.of(answers.principal(), answers.a().appendAll(answers.b())));
    assertThat(none.merge(a)).isEqualTo(Either.right(a));
    assertThat(a.merge(none)).isEqualTo(Either.right(a));
  }

  @Property(tries = 1000)
  void theOrderOfThePlansDoesNotMatter(@ForAll("answers") Answers answers,
      @ForAll("randoms") Random random) {
    List<InstallmentOption> all = answers.a().appendAll(answers.b()).appendAll(answers.c());
    java.util.List<InstallmentOption> shuffled = new ArrayList<>(all.toJavaList());
    Collections.shuffle(shuffled, random);

    assertThat(InstallmentOffers.of(answers.principal(), List.ofAll(shuffled)))
        .isEqualTo(InstallmentOffers.of(answers.principal(), all));
  }

  @Property(tries = 1000)
  void keepsTheCheapestPlanPerCountRankedByCount(@ForAll("answers") Answers answers) {
    List<InstallmentOption> all = answers.a().appendAll(answers.b());
    InstallmentOffers offers = answers.offers(all);

    assertThat(offers.counts().toList()).isEqualTo(all.map(InstallmentOption::count).distinct()
        .sorted());
    assertThat(offers.options().map(InstallmentOption::count))
        .isEqualTo(offers.counts().toList());
    for (InstallmentOption kept : offers.options()) {
      List<InstallmentOption> sameCount = all.filter(o -> o.count() == kept.count());
      Money cheapest = sameCount.map(InstallmentOption::total).min().get();
      BigDecimal lowestRateAtCheapest = sameCount.filter(o -> o.total().equals(cheapest))
          .map(InstallmentOption::customerInterestRate).min().get();
      assertThat(sameCount).contains(kept);
      assertThat(kept.total()).isEqualTo(cheapest);
      assertThat(kept.customerInterestRate()).isEqualByComparingTo(lowestRateAtCheapest);
      assertThat(offers.bestFor(kept.count())).isEqualTo(Option.some(kept));
    }
    assertThat(offers.providers().toList())
        .isEqualTo(offers.options().map(InstallmentOption::provider).distinct().sorted());
  }

  @Property(tries = 1000)
  void aPlanForAnotherPurchaseIsRefused(@ForAll("answers") Answers answers) {
    Money other = answers.principal().plus(answers.principal().oneMinorUnit()).get();
    InstallmentOption stranger = InstallmentOption.of(new ProviderId("sipay"), Option.none(), 2, other,
        BigDecimal.ZERO, BigDecimal.ZERO, other).get();
    InstallmentOption own = InstallmentOption.of(new ProviderId("sipay"), Option.none(), 2,
        answers.principal(), BigDecimal.ZERO, BigDecimal.ZERO, answers.principal()).get();

    assertThat(InstallmentOffers.of(answers.principal(), answers.a().append(stranger)).getLeft())
        .isInstanceOf(InstallmentError.InvalidOption.class);
    assertThat(InstallmentOffers.of(answers.a().append(own).prepend(stranger)).getLeft())
        .isInstanceOf(InstallmentError.InvalidOption.class);
    assertThat(answers.offers(answers.a()).merge(InstallmentOffers.empty(other)).getLeft())
        .isInstanceOf(InstallmentError.InvalidOption.class);
  }

  @Example
  void offersInAnotherCurrencyAreRefused() {
    Money lira = Money.ofMinor(50_000, Currencies.TRY);
    Money euro = Money.ofMinor(50_000, Currencies.EUR);
    InstallmentOption inLira = InstallmentOption.of(new ProviderId("paywall"), Option.none(), 1, lira,
        BigDecimal.ZERO, BigDecimal.ZERO, lira).get();
    InstallmentOption inEuro = InstallmentOption.of(new ProviderId("teqpay"), Option.none(), 1, euro,
        BigDecimal.ZERO, BigDecimal.ZERO, euro).get();

    assertThat(InstallmentOffers.of(List.of(inLira, inEuro)).getLeft().message())
        .contains("EUR");
    assertThat(InstallmentOffers.of(List.empty()).isLeft()).isTrue();
    assertThat(InstallmentOffers.of(List.of(inLira)).get()
        .merge(InstallmentOffers.of(List.of(inEuro)).get()).isLeft()).isTrue();
  }

  @Provide
  Arbitrary<Answers> answers() {
    return Arbitraries.longs().between(100, 10_000_000).map(
        minor -> Money.ofMinor(minor, Currencies.TRY)).flatMap(principal -> {
          Arbitrary<List<InstallmentOption>> answer = optionsFor(principal).list().ofMaxSize(12)
              .map(List::ofAll);
          return Combinators.combine(answer, answer, answer)
              .as((a, b, c) -> new Answers(principal, a, b, c));
        });
  }

  @Provide
  Arbitrary<Random> randoms() {
    return Arbitraries.randoms();
  }

  /**
   * Few providers, channels, counts and rates, and totals a few minor units apart, so that plans
   * often collide on a count and tie on the total: where the tie-breaking order is exercised.
   */
  private static Arbitrary<InstallmentOption> optionsFor(Money principal) {
    Arbitrary<ProviderId> providers = Arbitraries.of(new ProviderId("paywall"), new ProviderId("teqpay"),
        new ProviderId("sipay"), new ProviderId("teqpay-2"));
    Arbitrary<Option<String>> channels = Arbitraries.of("", "4149", "payjumptestt", "a")
        .map(name -> name.isEmpty() ? Option.<String>none() : Option.some(name));
    Arbitrary<Integer> counts = Arbitraries.integers().between(1, 6);
    Arbitrary<BigDecimal> rates = Arbitraries.of("0", "0.00", "2", "2.0", "2.50", "2.5", "16.75")
        .map(BigDecimal::new);
    Arbitrary<Long> extraMinorUnits = Arbitraries.longs().between(-3, 3);
    return Combinators.combine(providers, channels, counts, rates, rates, extraMinorUnits)
        .as((provider, channel, count, interest, commission, extra) -> {
          Money total = principal.plus(Money.ofMinor(extra, principal.currency())).get();
          return InstallmentOption.of(provider, channel, count, principal, interest, commission,
              total).get();
        });
  }
}
