package io.taksit.adapters.http.momkn;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.adapters.http.support.ProviderJson;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.catalog.FieldType;
import io.taksit.domain.catalog.InputField;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Momkn's catalog services as billers with their input fields, by every code of the tables. */
class MomknCatalogTest {

  /** Service 362 as {@code providers.md} gives it, with its billing-account parameter. */
  static final String CATALOG = """
      {"code":0,"message":"","serviceListVersion":"7","serviceList":{"serviceCategory":[
        {"categoryTitle":"","services":[
          {"serviceID":362,"serviceName":"أقساط","value":0,"categoryTitle":"","paymentModeID":1,
           "status":1,"currency":"مصري","minValue":1,"maxValue":1000000000,"interval":5,
           "inquirable":true,"billPaymentModeID":1,"serviceTypeID":3,
           "serviceParameter":[{"label":"رقم الحساب","title":"Account number","valueModeID":1,
             "valueTypeID":1,"optional":false,"sequence":1,"key":"billingAccount",
             "valueList":null,"value":"","validationExpression":"^[0-9]{10}$",
             "validationMessage":"رقم الحساب 10 أرقام","methodIds":[],"displayed":true}]}]}]}}""";

  private static MomknCatalogResponse.Service parsed(String json) throws Exception {
    return ProviderJson.mapper().readValue(json, MomknCatalogResponse.class).serviceList()
        .serviceCategory().get(0).services().get(0);
  }

  private static MomknCatalogResponse.Service service(int paymentMode, int billPaymentMode,
      int status, int valueType) throws Exception {
    return parsed(CATALOG.replace("\"paymentModeID\":1", "\"paymentModeID\":" + paymentMode)
        .replace("\"billPaymentModeID\":1", "\"billPaymentModeID\":" + billPaymentMode)
        .replace("\"status\":1", "\"status\":" + status)
        .replace("\"valueTypeID\":1", "\"valueTypeID\":" + valueType)
        .replace("^[0-9]{10}$", ""));
  }

  private static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.EGP).get();
  }

  @Test
  void service_362_is_the_takka_biller_with_its_amount_rule_and_account_field() throws Exception {
    CatalogEntry entry = MomknCatalog.entry(parsed(CATALOG), StepAnchor.ZERO).get();
    Biller biller = entry.biller();

    assertThat(biller.id().value()).isEqualTo("momkn-362");
    assertThat(biller.name()).isEqualTo("أقساط");
    assertThat(biller.providerServiceCode()).isEqualTo("362");
    assertThat(biller.currency()).isEqualTo(Currencies.EGP);
    assertThat(biller.amountRule().minimum()).isEqualTo(egp("1"));
    assertThat(biller.amountRule().maximum()).isEqualTo(egp("1000000000"));
    assertThat(biller.amountRule().step()).isEqualTo(egp("5"));
    assertThat(biller.amountRule().anchor()).isEqualTo(StepAnchor.ZERO);
    assertThat(biller.policy().mode()).isEqualTo(PaymentMode.FIXED);
    assertThat(biller.policy().selection()).isEqualTo(InvoiceSelection.ONE);
    assertThat(biller.inquiryRequired()).isTrue();
    assertThat(biller.active()).isTrue();
    InputField account = entry.fields().fields().single();
    assertThat(account.key()).isEqualTo("billingAccount");
    assertThat(account.label()).isEqualTo("رقم الحساب");
    assertThat(account.title()).isEqualTo("Account number");
    assertThat(account.type()).isEqualTo(FieldType.NUMERIC);
    assertThat(account.optional()).isFalse();
    assertThat(account.sequence()).isEqualTo(1);
    assertThat(account.expression()).containsExactly("^[0-9]{10}$");
    assertThat(account.message()).containsExactly("رقم الحساب 10 أرقام");
    assertThat(entry.accountField()).as("an inquiry's account is checked against it")
        .containsExactly("billingAccount");
  }

  @Test
  void the_account_field_is_found_in_any_letter_case_and_absent_when_no_field_is_it()
      throws Exception {
    CatalogEntry upper = MomknCatalog.entry(parsed(CATALOG.replace("\"key\":\"billingAccount\"",
        "\"key\":\"BillingAccount\"")), StepAnchor.ZERO).get();
    CatalogEntry other = MomknCatalog.entry(parsed(CATALOG.replace("\"key\":\"billingAccount\"",
        "\"key\":\"meterNumber\"")), StepAnchor.ZERO).get();

    assertThat(upper.accountField()).containsExactly("BillingAccount");
    assertThat(other.accountField()).isEmpty();
  }

  @ParameterizedTest(name = "paymentModeID {0} is {1}")
  @CsvSource({"1, FIXED", "2, PARTIAL", "3, ADVANCE"})
  void every_payment_mode(int id, PaymentMode mode) throws Exception {
    assertThat(MomknCatalog.entry(service(id, 1, 1, 1), StepAnchor.ZERO).get().biller().policy()
        .mode()).isEqualTo(mode);
  }

  @ParameterizedTest(name = "billPaymentModeID {0} is {1}")
  @CsvSource({"1, ONE", "2, ALL", "3, ANY_SUBSET"})
  void every_invoice_selection(int id, InvoiceSelection selection) throws Exception {
    assertThat(MomknCatalog.entry(service(1, id, 1, 1), StepAnchor.ZERO).get().biller().policy()
        .selection()).isEqualTo(selection);
  }

  @ParameterizedTest(name = "valueTypeID {0} is {1}")
  @CsvSource({"1, NUMERIC", "2, STRING", "3, DROPDOWN", "4, DATE", "6, DECIMAL"})
  void every_field_type(int id, FieldType type) throws Exception {
    assertThat(MomknCatalog.entry(service(1, 1, 1, id), StepAnchor.ZERO).get().fields().fields()
        .single().type()).isEqualTo(type);
  }

  @ParameterizedTest(name = "status {0} is active {1}")
  @CsvSource({"1, true", "0, false"})
  void status_is_the_active_flag(int status, boolean active) throws Exception {
    assertThat(MomknCatalog.entry(service(1, 1, status, 1), StepAnchor.ZERO).get().biller()
        .active()).isEqualTo(active);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"paymentModeID, 4", "billPaymentModeID, 0", "valueTypeID, 5", "status, 2"})
  void a_code_outside_the_tables_makes_the_service_unusable_naming_it(String field, int value)
      throws Exception {
    MomknCatalogResponse.Service odd = parsed(CATALOG.replace("\"" + field + "\":1",
        "\"" + field + "\":" + value));
    Either<String, CatalogEntry> entry = MomknCatalog.entry(odd, StepAnchor.ZERO);
    assertThat(entry.getLeft()).contains("service 362").contains(field + " " + value);
  }

  @Test
  void a_dropdown_keeps_its_values_in_order_and_the_anchor_is_a_parameter() throws Exception {
    MomknCatalogResponse.Service dropdown = parsed(CATALOG.replace("\"valueTypeID\":1",
        "\"valueTypeID\":3").replace("\"valueList\":null", "\"valueList\":[\"Cairo\",\" Giza \"]"));
    CatalogEntry entry = MomknCatalog.entry(dropdown, StepAnchor.MIN).get();
    assertThat(entry.fields().fields().single().choices()).containsExactly("Cairo", "Giza");
    assertThat(entry.biller().amountRule().anchor()).isEqualTo(StepAnchor.MIN);
  }
}
