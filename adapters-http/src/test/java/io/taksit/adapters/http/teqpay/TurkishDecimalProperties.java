package io.taksit.adapters.http.teqpay;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link TurkishDecimal} over generated values: exact both ways, and never a guess. */
class TurkishDecimalProperties {

  @Property
  void formatting_the_turkish_way_then_parsing_gives_the_same_value(
      @ForAll("decimals") BigDecimal value) {
    BigDecimal read = TurkishDecimal.parse(TurkishDecimal.format(value)).get();

    assertThat(read).isEqualByComparingTo(value);
    assertThat(read).isEqualTo(value.setScale(Math.max(value.scale(), 2)));
  }

  @Property
  void formatted_text_has_dots_between_thousands_and_a_decimal_comma(
      @ForAll("decimals") BigDecimal value) {
    assertThat(TurkishDecimal.format(value))
        .matches("-?(0|[1-9][0-9]{0,2}(\\.[0-9]{3})*),[0-9]{2,}");
  }

  @Property
  void a_dot_not_followed_by_exactly_three_digits_is_a_decimal_point(
      @ForAll("decimals") BigDecimal whole, @ForAll @IntRange(min = 1, max = 12) int scale) {
    BigDecimal value = new BigDecimal(whole.unscaledValue(), scale);
    String plain = value.toPlainString();
    if (scale == 3) {
      return; // "1.250": see the ambiguity property
    }
    assertThat(TurkishDecimal.parse(plain)).isEqualTo(Either.right(value));
  }

  @Property
  void one_to_three_digits_a_dot_and_three_digits_is_ambiguous(
      @ForAll @IntRange(min = 1, max = 999) int whole, @ForAll @IntRange(min = 0, max = 999) int part,
      @ForAll boolean negative) {
    String text = (negative ? "-" : "") + whole + "." + String.format("%03d", part);
    assertThat(TurkishDecimal.parse(text).getLeft()).isInstanceOf(TurkishDecimal.Ambiguous.class);
  }

  @Property
  void whole_numbers_grouped_by_two_or_more_dots_are_thousands(
      @ForAll("millionsAndMore") BigInteger whole) {
    String formatted = TurkishDecimal.format(new BigDecimal(whole));
    String grouped = formatted.substring(0, formatted.indexOf(','));

    assertThat(TurkishDecimal.parse(grouped)).isEqualTo(Either.right(new BigDecimal(whole)));
  }

  @Property
  void more_than_one_comma_is_never_a_number(@ForAll("numberishText") String text) {
    if (text.chars().filter(c -> c == ',').count() > 1) {
      assertThat(TurkishDecimal.parse(text).isLeft()).isTrue();
    }
  }

  @Property
  void any_text_is_read_or_refused_as_a_value_and_a_read_value_formats_back(
      @ForAll("numberishText") String text) {
    Either<TurkishDecimal.Refusal, BigDecimal> read = TurkishDecimal.parse(text);
    read.forEach(value ->
        assertThat(TurkishDecimal.parse(TurkishDecimal.format(value)).get())
            .isEqualByComparingTo(value));
  }

  @Property
  void text_with_a_letter_is_malformed(@ForAll("numberishText") String text,
      @ForAll("letters") char letter, @ForAll @IntRange(min = 0, max = 20) int at) {
    int position = Math.min(at, text.length());
    String garbage = text.substring(0, position) + letter + text.substring(position);
    assertThat(TurkishDecimal.parse(garbage).getLeft())
        .isInstanceOf(TurkishDecimal.Malformed.class);
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
        .edgeCases(edges -> edges.add(BigInteger.ZERO));
    Arbitrary<Integer> scales = Arbitraries.integers().between(-6, 12);
    return Combinators.combine(unscaled, scales).as(BigDecimal::new);
  }

  @Provide
  Arbitrary<BigInteger> millionsAndMore() {
    return Arbitraries.bigIntegers().between(BigInteger.valueOf(1_000_000), BigInteger.TEN.pow(30));
  }

  @Provide
  Arbitrary<String> numberishText() {
    return Arbitraries.strings().withChars("0123456789.,- ").ofMaxLength(20);
  }

  @Provide
  Arbitrary<Character> letters() {
    return Arbitraries.chars().alpha();
  }
}
