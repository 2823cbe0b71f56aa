package io.taksit.adapters.http.teqpay;

import io.taksit.adapters.http.support.AmountIntegrity;
import io.taksit.adapters.http.support.InstallmentRates;
import io.taksit.domain.installment.CommissionType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.installment.OptionDetails;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Teqpay's {@code Details} rows as installment options. A row maps as: count {@code Installment},
 * principal the asked amount ({@code Price} must equal it: the integrity check), total payable
 * {@code TotalPrice}, merchant commission {@code MerchantSaleRate} %, and the customer's rate
 * derived from the two amounts, since Teqpay reports none ({@link InstallmentRates}: a total
 * below the price fails the answer). "Komisyon İçinde" rows have {@code TotalPrice} =
 * {@code Price}, hence a customer rate of 0.
 *
 * <p>One unusable row makes the whole answer unusable: a quote with silently missing plans would
 * be ranked as if complete.
 *
 * <p>Kept beside the figures ({@link OptionDetails}): {@code CommissionType} as a
 * {@link CommissionType} with Teqpay's words, and {@code AmountToPaid} as the provider's own
 * per-installment figure; when it times the count is not {@code TotalPrice} the option carries
 * a note saying by how much (the schedule stays the exact allocation of the total).
 */
final class TeqpayOptions {

  private static final java.util.Locale TURKISH = java.util.Locale.forLanguageTag("tr");

  private final TeqpayMapper mapper;

  TeqpayOptions(TeqpayMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** Every row as an option, in Teqpay's order, or the first row's problem. */
  Either<String, List<InstallmentOption>> of(java.util.List<TeqpayInstallmentDetail> details,
      Money asked) {
    List<InstallmentOption> options = List.empty();
    if (details == null) {
      return Either.right(options);
    }
    for (int i = 0; i < details.size(); i++) {
      Either<String, InstallmentOption> option =
          option(details.get(i), "Details[" + i + "]", asked);
      if (option.isLeft()) {
        return Either.left(option.getLeft());
      }
      options = options.append(option.get());
    }
    return Either.right(options);
  }

  private Either<String, InstallmentOption> option(TeqpayInstallmentDetail row, String name,
      Money asked) {
    if (row == null) {
      return Either.left(name + " is null");
    }
    Either<String, BigDecimal> price = mapper.decimal(row.price(), name + ".Price");
    if (price.isLeft()) {
      return Either.left(price.getLeft());
    }
    Option<String> mismatch = AmountIntegrity.problem(asked, Option.some(price.get()),
        Option.none(), name + ".Price", name + ".currency");
    if (mismatch.isDefined()) {
      return Either.left(mismatch.get());
    }
    Either<String, Integer> count = mapper.count(row.installment(), name + ".Installment");
    if (count.isLeft()) {
      return Either.left(count.getLeft());
    }
    Either<String, Money> total = mapper.decimal(row.totalPrice(), name + ".TotalPrice")
        .flatMap(amount -> mapper.lira(amount, name + ".TotalPrice"));
    if (total.isLeft()) {
      return Either.left(total.getLeft());
    }
    Either<String, BigDecimal> merchantRate =
        mapper.decimal(row.merchantSaleRate(), name + ".MerchantSaleRate");
    if (merchantRate.isLeft()) {
      return Either.left(merchantRate.getLeft());
    }
    Either<String, BigDecimal> customerRate =
        InstallmentRates.customerRate(asked, total.get(), name + ".TotalPrice");
    if (customerRate.isLeft()) {
      return Either.left(customerRate.getLeft());
    }
    Either<String, Option<Money>> perInstallment = row.amountToPaid() == null
        || row.amountToPaid().isNull()
        ? Either.right(Option.none())
        : mapper.decimal(row.amountToPaid(), name + ".AmountToPaid")
            .flatMap(amount -> mapper.lira(amount, name + ".AmountToPaid"))
            .map(Option::some);
    if (perInstallment.isLeft()) {
      return Either.left(perInstallment.getLeft());
    }
    return InstallmentOption.of(TeqpayProvider.ID, Option.none(), count.get(), asked,
            customerRate.get(), merchantRate.get(), total.get())
        .map(option -> option.withDetails(commission(row.commissionType())))
        .flatMap(option -> perInstallment.get().isEmpty() ? Either.right(option)
            : option.withProviderPerInstallment("Teqpay", perInstallment.get().get()))
        .mapLeft(refusal -> name + ": " + refusal.message());
  }

  /** {@code CommissionType} as a typed value, the provider's words kept beside it. */
  static OptionDetails commission(String text) {
    if (text == null || text.isBlank()) {
      return OptionDetails.NONE;
    }
    String said = text.strip();
    String word = said.toLowerCase(TURKISH).replace('ı', 'i').replace('ç', 'c').replace('ş', 's')
        .replace('ü', 'u').replace('ğ', 'g').replace('ö', 'o').replace("i\u0307", "i");
    CommissionType type = word.contains("icinde") || word.contains("dahil")
        || word.contains("included")
        ? CommissionType.INCLUDED
        : word.contains("yansit") || word.contains("disinda") || word.contains("musteri")
            || word.contains("customer")
            || word.contains("reflect")
            ? CommissionType.REFLECTED_TO_CUSTOMER
            : CommissionType.UNRECOGNISED;
    return OptionDetails.NONE.withCommission(type, said);
  }
}
