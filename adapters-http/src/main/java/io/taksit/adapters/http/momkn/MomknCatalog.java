package io.taksit.adapters.http.momkn;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.catalog.FieldType;
import io.taksit.domain.catalog.InputField;
import io.taksit.domain.catalog.InputFields;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A service of Momkn's catalog as a {@link CatalogEntry}, by the code tables of
 * {@code providers.md} ("Catalog"):
 *
 * <table>
 *   <caption>Momkn code → Taksit</caption>
 *   <tr><th>field</th><th>values</th></tr>
 *   <tr><td>{@code paymentModeID}</td><td>1 FIXED, 2 PARTIAL, 3 ADVANCE</td></tr>
 *   <tr><td>{@code billPaymentModeID}</td><td>1 ONE invoice, 2 ALL together, 3 ANY_SUBSET</td></tr>
 *   <tr><td>{@code valueTypeID}</td><td>1 NUMERIC, 2 STRING, 3 DROPDOWN, 4 DATE, 6 DECIMAL</td></tr>
 *   <tr><td>{@code status}</td><td>1 active, 0 inactive</td></tr>
 *   <tr><td>{@code minValue}, {@code maxValue}, {@code interval}</td>
 *       <td>the amount rule, steps counted from zero (<b>assumed</b>, the anchor a setting)</td></tr>
 * </table>
 *
 * <p>The biller's id is {@code momkn-<serviceID>}; its currency EGP (the catalog writes it as
 * {@code EGP} or, mis-decoded in the seed, as the Arabic "مصري"). A code outside the tables makes
 * that service unusable, named with the field and the value; other services are unaffected.
 */
final class MomknCatalog {

  private MomknCatalog() {}

  static Either<String, CatalogEntry> entry(MomknCatalogResponse.Service service,
      StepAnchor anchor) {
    if (service == null || service.serviceId() == null) {
      return Either.left("a service without serviceID");
    }
    String name = "service " + service.serviceId();
    Either<String, Currency> currency = currency(name, service.currency());
    if (currency.isLeft()) {
      return Either.left(currency.getLeft());
    }
    Either<String, PaymentMode> mode = paymentMode(name, service.paymentModeId());
    Either<String, InvoiceSelection> selection =
        invoiceSelection(name, service.billPaymentModeId());
    Either<String, AmountRule> rule = amountRule(name, service, currency.get(), anchor);
    Either<String, InputFields> fields = fields(name, service.serviceParameter());
    for (Either<String, ?> part : List.of(mode, selection, rule, fields)) {
      if (part.isLeft()) {
        return Either.left(part.getLeft().toString());
      }
    }
    if (service.status() == null || (service.status() != 0 && service.status() != 1)) {
      return Either.left(name + " status " + service.status() + " is neither 1 (active) nor 0");
    }
    String serviceName = service.serviceName() == null || service.serviceName().isBlank()
        ? "Momkn service " + service.serviceId() : service.serviceName().strip();
    return Biller.of(new BillerId("momkn-" + service.serviceId()), serviceName, MomknProvider.ID,
            Integer.toString(service.serviceId()), currency.get(), rule.get(),
            new PaymentPolicy(mode.get(), selection.get(), false),
            Boolean.TRUE.equals(service.inquirable()), service.status() == 1)
        .mapLeft(error -> name + ": " + error.message())
        .map(biller -> new CatalogEntry(biller, fields.get(), accountField(fields.get())));
  }

  static Either<String, PaymentMode> paymentMode(String name, Integer id) {
    return id == null ? Either.left(name + " has no paymentModeID") : switch (id) {
      case 1 -> Either.right(PaymentMode.FIXED);
      case 2 -> Either.right(PaymentMode.PARTIAL);
      case 3 -> Either.right(PaymentMode.ADVANCE);
      default -> Either.left(name + " paymentModeID " + id + " is not 1, 2 or 3");
    };
  }

  static Either<String, InvoiceSelection> invoiceSelection(String name, Integer id) {
    return id == null ? Either.left(name + " has no billPaymentModeID") : switch (id) {
      case 1 -> Either.right(InvoiceSelection.ONE);
      case 2 -> Either.right(InvoiceSelection.ALL);
      case 3 -> Either.right(InvoiceSelection.ANY_SUBSET);
      default -> Either.left(name + " billPaymentModeID " + id + " is not 1, 2 or 3");
    };
  }

  static Either<String, FieldType> fieldType(String name, Integer id) {
    return id == null ? Either.left(name + " has no valueTypeID") : switch (id) {
      case 1 -> Either.right(FieldType.NUMERIC);
      case 2 -> Either.right(FieldType.STRING);
      case 3 -> Either.right(FieldType.DROPDOWN);
      case 4 -> Either.right(FieldType.DATE);
      case 6 -> Either.right(FieldType.DECIMAL);
      default -> Either.left(name + " valueTypeID " + id + " is not 1, 2, 3, 4 or 6");
    };
  }

  private static Either<String, Currency> currency(String name, String text) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("EGP")
        || text.strip().equals("مصري")) {
      // Momkn is EGP-only; an absent currency is its own.
      return Either.right(Currencies.EGP);
    }
    return Either.left(name + " currency '" + text + "' is not EGP");
  }

  private static Either<String, AmountRule> amountRule(String name,
      MomknCatalogResponse.Service service, Currency currency, StepAnchor anchor) {
    if (service.minValue() == null || service.maxValue() == null) {
      return Either.left(name + " needs minValue and maxValue");
    }
    Either<String, Money> min = money(name + " minValue", service.minValue(), currency);
    Either<String, Money> max = money(name + " maxValue", service.maxValue(), currency);
    if (min.isLeft() || max.isLeft()) {
      return Either.left(min.isLeft() ? min.getLeft() : max.getLeft());
    }
    BigDecimal interval = service.interval();
    if (interval == null || interval.signum() == 0) {
      return AmountRule.unstepped(min.get(), max.get()).mapLeft(error -> name + " " + error.message());
    }
    return money(name + " interval", interval, currency).flatMap(step ->
        AmountRule.of(min.get(), max.get(), step, anchor)
            .mapLeft(error -> name + " " + error.message()));
  }

  private static Either<String, Money> money(String name, BigDecimal amount, Currency currency) {
    return Money.of(amount, currency).mapLeft(error -> name + ": " + error.message());
  }

  private static Either<String, InputFields> fields(String name,
      java.util.List<MomknCatalogResponse.Parameter> parameters) {
    List<InputField> fields = List.empty();
    for (MomknCatalogResponse.Parameter parameter
        : parameters == null ? java.util.List.<MomknCatalogResponse.Parameter>of() : parameters) {
      if (parameter == null || parameter.key() == null || parameter.key().isBlank()) {
        return Either.left(name + " has a serviceParameter without key");
      }
      String field = name + " parameter " + parameter.key();
      Either<String, FieldType> type = fieldType(field, parameter.valueTypeId());
      if (type.isLeft()) {
        return Either.left(type.getLeft());
      }
      fields = fields.append(new InputField(parameter.key().strip(),
          text(parameter.label()), text(parameter.title()), type.get(),
          Boolean.TRUE.equals(parameter.optional()),
          parameter.sequence() == null ? fields.size() + 1 : parameter.sequence(),
          parameter.valueList() == null ? List.empty()
              : List.ofAll(parameter.valueList()).filter(value -> value != null)
                  .map(String::strip),
          Option.of(parameter.validationExpression()).filter(text -> !text.isBlank()),
          Option.of(parameter.validationMessage()).filter(text -> !text.isBlank())));
    }
    return Either.right(new InputFields(fields));
  }

  /**
   * The field that carries the billing account: Momkn names it {@code billingAccount} (the
   * inquiry's {@code BillingAccount}), in whatever letter case the catalog writes it.
   */
  private static Option<String> accountField(InputFields fields) {
    return fields.fields().map(InputField::key).find(key -> key.equalsIgnoreCase("billingAccount"));
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
