package io.taksit.adapters.http.teqpay;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.adapters.http.support.MapperDefaults;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Domain ⇄ Teqpay wire: the request body (generated), and the conversions of the answer's text
 * (Turkish amounts, installment counts) into exact values, each refusing as a value that names
 * the field. Building the option itself is {@link TeqpayOptions}' job.
 */
@Mapper(config = MapperDefaults.class)
public interface TeqpayMapper {

  /** Only the BIN goes out as {@code cardNo}; the price is a dot-decimal string. */
  @Mapping(target = "cardNo", source = "bin.digits")
  @Mapping(target = "price", source = "amount")
  @Mapping(target = "language", source = "language")
  TeqpayInstallmentRequest toRequest(CardBin bin, Money amount, String language);

  /** {@code 500.00 TRY} → {@code "500.00"}: plain, at the currency's two decimals. */
  default String price(Money amount) {
    return amount.amount().toPlainString();
  }

  /**
   * An amount or rate of the answer: a Turkish string (see {@link TurkishDecimal}) or a plain
   * JSON number. Missing, null, or any other JSON is refused, naming {@code field}.
   */
  default Either<String, BigDecimal> decimal(JsonNode node, String field) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Either.left(field + " is missing");
    }
    if (node.isNumber()) {
      return Either.right(node.decimalValue());
    }
    if (node.isTextual()) {
      return TurkishDecimal.parse(node.textValue())
          .mapLeft(refusal -> field + " " + refusal.message());
    }
    return Either.left(field + " is not an amount but "
        + node.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  /** Teqpay quotes in Turkish lira; an amount with more than two decimals is refused. */
  default Either<String, Money> lira(BigDecimal amount, String field) {
    return Money.of(amount, Currencies.TRY).mapLeft(refusal -> field + " " + refusal.message());
  }

  /**
   * {@code Installment}: one or two ASCII digits ({@code "1"}, {@code "12"}; a JSON number is
   * read as its digits); the domain checks the range.
   */
  default Either<String, Integer> count(String installment, String field) {
    if (installment == null) {
      return Either.left(field + " is missing");
    }
    String digits = installment.strip();
    return digits.matches("[0-9]{1,2}")
        ? Either.right(Integer.parseInt(digits))
        : Either.left(field + " is not an installment count: \"" + shortened(installment) + "\"");
  }

  private static String shortened(String text) {
    return text.length() <= 16 ? text : text.substring(0, 16) + "…";
  }
}
