package io.taksit.adapters.http.teqpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.control.Either;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms Teqpay's amounts come in, and the ones refused. */
class TurkishDecimalTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      // Turkish, as Teqpay writes them
      "500,00        | 500.00",
      "1.250,50      | 1250.50",
      "0,00          | 0.00",
      "16,75         | 16.75",
      "41,67         | 41.67",
      "12.345.678,9  | 12345678.9",
      "1.000.000,001 | 1000000.001",
      "1250,50       | 1250.50",
      "-3,10         | -3.10",
      "' 500,00 '    | 500.00",
      // whole numbers
      "500           | 500",
      "0             | 0",
      "1.250.000     | 1250000",
      "-1.000.000    | -1000000",
      // a dot that can only be a decimal point
      "500.00        | 500.00",
      "1.00          | 1.00",
      "1250.5        | 1250.5",
      "1234.567      | 1234.567",
      "0.500         | 0.500",
      "1.2345        | 1.2345",
  })
  void reads(String text, String expected) {
    assertThat(TurkishDecimal.parse(text)).isEqualTo(Either.right(new BigDecimal(expected)));
  }

  @ParameterizedTest(name = "\"{0}\" is malformed")
  @ValueSource(strings = {"1,2,3", "12.34.5,6", "1.25,00", "1.2345,00", "0.500,00", ",50", "50,",
      "1.250.5", "1..250", ".5", "5.", "+5,00", "--5", "5-", "1 250,00", "abc", "5,0a", "١٢٣",
      "1.250,50,", "1,250.50", "0x10", "1e3", "NaN", "Infinity", "-"})
  void refuses_malformed_text(String text) {
    assertThat(TurkishDecimal.parse(text).getLeft())
        .isEqualTo(new TurkishDecimal.Malformed(text));
  }

  @ParameterizedTest(name = "\"{0}\" is ambiguous")
  @ValueSource(strings = {"1.250", "999.999", "-12.500", "5.000"})
  void refuses_a_single_dot_before_three_digits_as_ambiguous(String text) {
    TurkishDecimal.Refusal refusal = TurkishDecimal.parse(text).getLeft();
    assertThat(refusal).isEqualTo(new TurkishDecimal.Ambiguous(text));
    assertThat(refusal.message()).contains("ambiguous").contains(text);
  }

  @ParameterizedTest(name = "\"{0}\" is blank")
  @ValueSource(strings = {"", " ", "\t\n"})
  void refuses_blank_text(String text) {
    assertThat(TurkishDecimal.parse(text).getLeft()).isEqualTo(new TurkishDecimal.Blank(text));
  }

  @Test
  void null_text_is_a_programming_error() {
    assertThatNullPointerException().isThrownBy(() -> TurkishDecimal.parse(null));
  }

  @Test
  void a_long_refused_text_is_shortened_in_the_message() {
    String garbage = "9,".repeat(200);
    String message = TurkishDecimal.parse(garbage).getLeft().message();
    assertThat(message).hasSizeLessThan(80).contains("…");
  }

  @ParameterizedTest(name = "{0} is written \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "500       | 500,00",
      "500.00    | 500,00",
      "1250.5    | 1.250,50",
      "0         | 0,00",
      "999.99    | 999,99",
      "1000      | 1.000,00",
      "-1234567.891 | -1.234.567,891",
      "0.005     | 0,005",
      "1E+6      | 1.000.000,00",
      "-0.10     | -0,10",
  })
  void formats_the_turkish_way_with_at_least_two_decimals(String value, String expected) {
    assertThat(TurkishDecimal.format(new BigDecimal(value))).isEqualTo(expected);
  }
}
