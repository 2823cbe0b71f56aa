package io.taksit.cli.chaos;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of command fields, good and bad, and the rules that say which is which: written
 * from the commands' documented rules (their annotations and the domain's value types), not from
 * the code under test, so that the properties check the one against the other.
 */
final class BadInputs {

  private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1,128}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern BIN = Pattern.compile("\\d{6,8}");
  private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
  private static final BigDecimal ONE_QUADRILLION = new BigDecimal("1000000000000000");

  /** Characters that make an identifier invalid: whitespace, controls, non-ASCII. */
  private static final List<String> BAD_CHARACTERS = List.of(" ", "\t", "\n", "\r", "\u0000",
      "\u0007", "\u007F", "\u00A0", "é", "ü", "ı", "€", "中", "\u200B", "\uD83D\uDE00", "٣");

  private BadInputs() {}

  // ---- rules -------------------------------------------------------------------------------

  static boolean idempotencyKeyValid(String key) {
    return key != null && PRINTABLE_ASCII.matcher(key).matches();
  }

  /** Required text of at most {@code max} characters without control characters. */
  static boolean textValid(String text, int max) {
    if (text == null || text.trim().isEmpty() || text.length() > max) {
      return false;
    }
    String stripped = text.strip();
    return !stripped.isEmpty() && !CONTROL.matcher(stripped).find();
  }

  static boolean currencyValid(String code) {
    if (code == null || !code.matches("[A-Za-z]{3}")) {
      return false;
    }
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getDefaultFractionDigits() >= 0;
    } catch (IllegalArgumentException notIso) {
      return false;
    }
  }

  /** Positive, at most 15 integer digits and 3 decimals (the commands' annotations). */
  static boolean amountShapeValid(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      return false;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    int fraction = Math.max(0, stripped.scale());
    return amount.compareTo(ONE_QUADRILLION) < 0 && fraction <= 3;
  }

  /** The amount is valid, and so is the currency and the amount has no more decimals than it. */
  static boolean amountValid(BigDecimal amount, String currency) {
    if (!amountShapeValid(amount)) {
      return false;
    }
    if (!currencyValid(currency)) {
      return true;
    }
    int scale = Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
    return Math.max(0, amount.stripTrailingZeros().scale()) <= scale;
  }

  static boolean invoicesValid(Set<Integer> invoices) {
    return invoices != null && invoices.stream().allMatch(i -> i != null && i > 0);
  }

  static boolean binValid(String bin) {
    return bin == null || BIN.matcher(bin).matches();
  }

  static boolean paymentIdShapeValid(String id) {
    return id != null && PAYMENT_ID.matcher(id).matches();
  }

  // ---- generators --------------------------------------------------------------------------

  static Arbitrary<String> idempotencyKeys() {
    Arbitrary<String> valid = printable(1, 128);
    Arbitrary<String> tooLong = printable(129, 300);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, valid),
        net.jqwik.api.Tuple.of(1, tooLong),
        net.jqwik.api.Tuple.of(2, withBadCharacter(printable(0, 20))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "   ")))
        .injectNull(0.05);
  }

  /** Bill references and other required texts of at most {@code max} characters. */
  static Arbitrary<String> requiredTexts(int max, String... realValues) {
    Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars('-', '_', '.')
        .ofMinLength(1).ofMaxLength(Math.min(max, 40));
    Arbitrary<String> real = realValues.length == 0 ? plain : Arbitraries.of(realValues);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, real),
        net.jqwik.api.Tuple.of(3, plain),
        net.jqwik.api.Tuple.of(1, printable(max + 1, max + 80)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\t", "\u2003")),
        net.jqwik.api.Tuple.of(1, Combinators.combine(plain, Arbitraries.of("\u0000", "\u0007",
            "\u001B", "\u007F"), plain).as((a, c, b) -> a + c + b)))
        .injectNull(0.05);
  }

  static Arbitrary<BigDecimal> amounts(String... favourites) {
    Arbitrary<BigDecimal> twoDecimals = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("999999999999999.99")).ofScale(2);
    Arbitrary<BigDecimal> threeDecimals = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.001"), new BigDecimal("1000000")).ofScale(3);
    Arbitrary<BigDecimal> negative = Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000000"), new BigDecimal("-0.01")).ofScale(2);
    Arbitrary<BigDecimal> tooManyDecimals = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.0001"), new BigDecimal("1000")).ofScale(6)
        .filter(a -> a.stripTrailingZeros().scale() > 3);
    Arbitrary<BigDecimal> huge = Arbitraries.bigDecimals()
        .between(ONE_QUADRILLION, new BigDecimal("1e30")).ofScale(0);
    Arbitrary<BigDecimal> special = Arbitraries.of(new BigDecimal("0"), new BigDecimal("0.00"),
        new BigDecimal("-0.00"), new BigDecimal("1E+20"), new BigDecimal("1E-20"),
        new BigDecimal("100.00"), new BigDecimal("100"), new BigDecimal("100.01"),
        new BigDecimal("7.00"), new BigDecimal("105.00"), new BigDecimal("99.995"));
    Arbitrary<BigDecimal> liked = favourites.length == 0 ? special
        : Arbitraries.of(Arrays.stream(favourites).map(BigDecimal::new).toList());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, twoDecimals),
        net.jqwik.api.Tuple.of(1, threeDecimals),
        net.jqwik.api.Tuple.of(1, negative),
        net.jqwik.api.Tuple.of(1, tooManyDecimals),
        net.jqwik.api.Tuple.of(1, huge),
        net.jqwik.api.Tuple.of(2, special),
        net.jqwik.api.Tuple.of(2, liked))
        .injectNull(0.05);
  }

  static Arbitrary<String> currencies() {
    List<String> iso = Currency.getAvailableCurrencies().stream()
        .map(Currency::getCurrencyCode).sorted().toList();
    Arbitrary<String> anyIso = Arbitraries.of(iso);
    Arbitrary<String> mixedCase = Combinators.combine(anyIso, Arbitraries.integers().between(0, 7))
        .as((code, mask) -> {
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            out.append((mask >> i & 1) == 1 ? Character.toLowerCase(c) : c);
          }
          return out.toString();
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of("EGP", "TRY", "egp", "try", "Egp")),
        net.jqwik.api.Tuple.of(3, mixedCase),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("", " ", "EG", "EGPP", "E1P", "€€€", "XXX",
            "XAU", "XTS", "ZZZ", "QQQ", "EGP ", " EGP", "E G", "ЕGР")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(0).ofMaxLength(6)))
        .injectNull(0.05);
  }

  static Arbitrary<Set<Integer>> invoices() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(List.<Set<Integer>>of(Set.of(1), Set.of(),
            Set.of(2), Set.of(1, 2)))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(List.<Set<Integer>>of(Set.of(0), Set.of(-1),
            Set.of(1, -5), setOf(1, null), setOf((Integer) null))))
    ).injectNull(0.05);
  }

  /** A BIN, nothing, or what a BIN is not: short, long, a full card number, letters, spaces. */
  static Arbitrary<String> bins() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, digits(6, 8)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)),
        net.jqwik.api.Tuple.of(3, fullCardNumbers()),
        net.jqwik.api.Tuple.of(1, digits(1, 5)),
        net.jqwik.api.Tuple.of(1, digits(9, 12)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "45436O", "4543 60", "454-360",
            "٤٥٤٣٦٠", "４５４３６０", "abcdef", "454360\n")));
  }

  /** 13 to 19 digits, half of them passing the Luhn check. */
  static Arbitrary<String> fullCardNumbers() {
    return Combinators.combine(digits(12, 18), Arbitraries.of(true, false))
        .as((body, luhnValid) -> {
          int check = luhnCheckDigit(body);
          return body + (luhnValid ? check : (check + 1 + body.length() % 9) % 10);
        });
  }

  static Arbitrary<String> paymentIds() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars('-')
            .ofMinLength(1).ofMaxLength(36)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "a b", "../etc", "x".repeat(37),
            "%00", "'; DROP TABLE payments; --")),
        net.jqwik.api.Tuple.of(1, withBadCharacter(printable(0, 20))),
        net.jqwik.api.Tuple.of(1, fullCardNumbers()))
        .injectNull(0.05);
  }

  /** The fee the customer accepted: a quote id, a total, both, or neither. */
  record FeeAcceptance(String feeQuoteId, BigDecimal acceptedTotal) {

    /** The fields this acceptance breaks, by the command's rules. */
    Set<String> invalidFields() {
      Set<String> invalid = new LinkedHashSet<>();
      if ((feeQuoteId == null) == (acceptedTotal == null)) {
        invalid.add("feeAcceptance");
      }
      if (feeQuoteId != null && (feeQuoteId.isEmpty() || feeQuoteId.length() > 64)) {
        invalid.add("feeQuoteId");
      }
      if (acceptedTotal != null && !amountShapeValid(acceptedTotal)) {
        invalid.add("acceptedTotal");
      }
      return invalid;
    }
  }

  /**
   * Fee acceptances that never lead to a fee call: a quote id that was never issued, or a total
   * only when the command is invalid anyway (a valid total would be checked against a fresh quote
   * from the provider, which bad input must never reach).
   */
  static Arbitrary<FeeAcceptance> feeAcceptances() {
    Arbitrary<String> quoteIds = Arbitraries.strings().alpha().numeric().withChars('-')
        .ofMinLength(1).ofMaxLength(64);
    Arbitrary<BigDecimal> badTotals = Arbitraries.of(new BigDecimal("-1"), BigDecimal.ZERO,
        new BigDecimal("1.23456"), new BigDecimal("1E+16"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, quoteIds.map(id -> new FeeAcceptance(id, null))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new FeeAcceptance(null, null))),
        net.jqwik.api.Tuple.of(1, quoteIds.map(id -> new FeeAcceptance(id,
            new BigDecimal("103.40")))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "q".repeat(65))
            .map(id -> new FeeAcceptance(id, null))),
        net.jqwik.api.Tuple.of(1, badTotals.map(total -> new FeeAcceptance(null, total))));
  }

  /** Extra inquiry fields: none, fine ones, or a blank key, a null value, a long value. */
  static Arbitrary<Map<String, String>> inquiryFields() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(List.<Map<String, String>>of(Map.of(),
            Map.of("subscriber_no2", "7"), Map.of("note", "x".repeat(256))))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(List.<Map<String, String>>of(mapOf("", "v"),
            mapOf(" ", "v"),
            mapOf(null, "v"), mapOf("k", null), mapOf("k", "x".repeat(257))))))
        .injectNull(0.05);
  }

  static boolean inquiryFieldsValid(Map<String, String> fields) {
    return fields != null && fields.entrySet().stream().allMatch(e -> e.getKey() != null
        && !e.getKey().trim().isEmpty() && e.getValue() != null && e.getValue().length() <= 256);
  }

  // ---- helpers -----------------------------------------------------------------------------

  static Arbitrary<String> printable(int min, int max) {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(min).ofMaxLength(max);
  }

  static Arbitrary<String> digits(int min, int max) {
    return Arbitraries.strings().numeric().ofMinLength(min).ofMaxLength(max);
  }

  private static Arbitrary<String> withBadCharacter(Arbitrary<String> around) {
    return Combinators.combine(around, Arbitraries.of(BAD_CHARACTERS), around)
        .as((a, bad, b) -> a + bad + b);
  }

  /** The Luhn check digit that completes {@code body}. */
  static int luhnCheckDigit(String body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int digit = body.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }

  private static Set<Integer> setOf(Integer... values) {
    return new LinkedHashSet<>(Arrays.asList(values));
  }

  private static Map<String, String> mapOf(String key, String value) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }
}
