package io.taksit.adapters.http.teqpay;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Amounts written the Turkish way, as Teqpay's answers write them: a dot between thousands and a
 * comma before the decimals ({@code "1.250,50"}, {@code "500,00"}). Read straight into a
 * {@link BigDecimal} from the digits, never through a {@code double} or the JDK's locale data.
 *
 * <p>The rules, strictest first. Only ASCII digits count; surrounding white space is ignored; a
 * leading {@code -} is the only sign.
 *
 * <ol>
 *   <li>A text with a comma is Turkish: exactly one comma with at least one digit on each side;
 *       the whole part is either plain digits ({@code "1250,50"}) or grouped by dots in threes
 *       after a first group of one to three digits that does not start with zero
 *       ({@code "1.250,50"}, {@code "12.345.678,9"}). Anything else is malformed:
 *       {@code "1,2,3"}, {@code "12.34.5,6"}, {@code "1.25,00"}, {@code ",50"}.
 *   <li>A text without comma or dot is a whole number ({@code "500"}).
 *   <li>A text with dots and no comma is read the only way it can be read. Two or more dots in
 *       groups of three ({@code "1.250.000"}) can only be thousands: a number has one decimal
 *       point. One dot not followed by exactly three digits ({@code "500.00"}, {@code "1250.5"},
 *       {@code "1234.567"}, {@code "0.500"}) can only be a decimal point, as in Teqpay's own
 *       request ({@code "price": "1.00"}). One dot after one to three digits (not starting with
 *       zero) and followed by exactly three ({@code "1.250"}) could be either 1250 or 1.25: it is
 *       refused as {@link Ambiguous}, never guessed, because the two readings are a thousand
 *       times apart.
 * </ol>
 *
 * <p>A JSON number is not text and needs none of this: the adapter reads it as a plain decimal.
 * {@link #format} writes the Turkish form with at least two decimals, which these rules read back
 * to the same value.
 */
public final class TurkishDecimal {

  /** Why a text is not an amount; the text is shortened in the message, never echoed whole. */
  public sealed interface Refusal {

    /** The text as received (possibly long); use {@link #message()} for reasons and logs. */
    String text();

    String message();
  }

  /** Empty or only white space. */
  public record Blank(String text) implements Refusal {
    @Override
    public String message() {
      return "is blank";
    }
  }

  /** Not a number in any of the accepted forms. */
  public record Malformed(String text) implements Refusal {
    @Override
    public String message() {
      return "is not a Turkish decimal: \"" + shown(text) + "\"";
    }
  }

  /** One dot followed by three digits: thousands or a decimal point, nobody can tell. */
  public record Ambiguous(String text) implements Refusal {
    @Override
    public String message() {
      return "is ambiguous: \"" + shown(text) + "\" may be thousands (Turkish) or a decimal point";
    }
  }

  private static final int MAX_SHOWN = 32;

  private static final String GROUPED = "[1-9][0-9]{0,2}(?:\\.[0-9]{3})+";
  private static final Pattern COMMA_DECIMAL =
      Pattern.compile("-?(?:[0-9]+|" + GROUPED + "),[0-9]+");
  private static final Pattern GROUPED_WHOLE = Pattern.compile("-?" + GROUPED);
  private static final Pattern DOT_DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

  private TurkishDecimal() {}

  /** The amount a text stands for, or why it stands for none. */
  public static Either<Refusal, BigDecimal> parse(String text) {
    Objects.requireNonNull(text, "text");
    String number = text.strip();
    if (number.isEmpty()) {
      return Either.left(new Blank(text));
    }
    if (number.indexOf(',') >= 0) {
      return COMMA_DECIMAL.matcher(number).matches()
          ? Either.right(new BigDecimal(number.replace(".", "").replace(',', '.')))
          : Either.left(new Malformed(text));
    }
    if (number.indexOf('.') < 0) {
      return WHOLE.matcher(number).matches()
          ? Either.right(new BigDecimal(number))
          : Either.left(new Malformed(text));
    }
    boolean thousands = GROUPED_WHOLE.matcher(number).matches();
    boolean decimalPoint = DOT_DECIMAL.matcher(number).matches();
    if (thousands && decimalPoint) {
      return Either.left(new Ambiguous(text));
    }
    if (thousands) {
      return Either.right(new BigDecimal(number.replace(".", "")));
    }
    return decimalPoint
        ? Either.right(new BigDecimal(number))
        : Either.left(new Malformed(text));
  }

  /**
   * The Turkish form of {@code value}: dots between thousands, a comma before the decimals, at
   * least two decimals as Teqpay writes them ({@code 1250.5} → {@code "1.250,50"}, {@code 0} →
   * {@code "0,00"}); more decimals are kept, never rounded.
   */
  public static String format(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal atLeastCents = value.scale() < 2 ? value.setScale(2) : value;
    String plain = atLeastCents.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = plain.substring(0, point);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (atLeastCents.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(whole.charAt(i));
    }
    return out.append(',').append(plain, point + 1, plain.length()).toString();
  }

  private static String shown(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }
}
