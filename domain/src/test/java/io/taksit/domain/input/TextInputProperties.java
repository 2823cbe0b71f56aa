package io.taksit.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.InputError;
import io.vavr.control.Either;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The text rule over strings mixing letters, spaces, every ASCII control character, DEL and
 * characters beyond ASCII: {@code required} answers what the rule written as regular expressions
 * answers (the shape it had before it became a loop), naming the first rule broken.
 */
class TextInputProperties {

  /** The rule as it was written before: Java's {@code \p{Cntrl}} is ASCII's C0 controls and DEL. */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  @Property(tries = 2000)
  void requiredAgreesWithTheRegularExpressionRule(@ForAll("texts") String value,
      @ForAll @IntRange(min = 1, max = 12) int maxLength) {
    Either<InputError, String> answer = TextInput.required("field", value, maxLength);

    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      assertThat(answer.getLeft()).isEqualTo(new InputError.Blank("field"));
    } else if (trimmed.length() > maxLength) {
      assertThat(answer.getLeft())
          .isEqualTo(new InputError.TooLong("field", maxLength, trimmed.length()));
    } else if (CONTROL.matcher(trimmed).find()) {
      assertThat(answer.getLeft()).isEqualTo(
          new InputError.Malformed("field", "must not contain control characters"));
    } else {
      assertThat(answer.get()).isEqualTo(trimmed);
    }
  }

  @Property(tries = 200)
  void everyControlCharacterInsideTheTextIsRefused(@ForAll("controls") char control) {
    assertThat(TextInput.required("field", "ab" + control + "cd", 10).isLeft()).isTrue();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars('a', 'Z', ' ', '\t', '\n', '\u007f', '\u0085', '\u00a0', 'é', 'ş', '\u2028')
        .withCharRange('\u0000', '\u001f')
        .ofMinLength(0).ofMaxLength(14);
  }

  @Provide
  Arbitrary<Character> controls() {
    return Arbitraries.chars().range('\u0000', '\u001f').with('\u007f');
  }
}
