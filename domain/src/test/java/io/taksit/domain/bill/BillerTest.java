package io.taksit.domain.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.Momkn362;
import io.taksit.domain.error.InputError;
import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.provider.ProviderId;
import org.junit.jupiter.api.Test;

class BillerTest {

  private static final PaymentPolicy FIXED_ONE =
      new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, false);

  @Test
  void describes_momkn_service_362() {
    Biller takka = Biller.of(BillFixtures.BILLER, " Takka installments ", new ProviderId("momkn"), "362",
        Currencies.EGP, Momkn362.rule(), FIXED_ONE, true, true).get();

    assertThat(takka.name()).isEqualTo("Takka installments");
    assertThat(takka.providerServiceCode()).isEqualTo("362");
    assertThat(takka.amountRule().smallestAllowed()).isEqualTo(Momkn362.egp("5"));
    assertThat(takka.inquiryRequired()).isTrue();
  }

  @Test
  void refuses_an_amount_rule_in_another_currency() {
    assertThat(Biller.of(BillFixtures.BILLER, "Takka", new ProviderId("momkn"), "362", Currencies.TRY,
        Momkn362.rule(), FIXED_ONE, true, true).getLeft())
        .isEqualTo(new PolicyError.InvalidBiller("momkn-362",
            "amount rule is in EGP, the biller in TRY"));
  }

  @Test
  void refuses_a_blank_name_or_service_code() {
    AmountRule rule = Momkn362.rule();

    assertThat(Biller.of(BillFixtures.BILLER, "  ", new ProviderId("momkn"), "362", Currencies.EGP, rule,
        FIXED_ONE, true, true).getLeft()).isEqualTo(new InputError.Blank("name"));
    assertThat(Biller.of(BillFixtures.BILLER, "Takka", new ProviderId("momkn"), "", Currencies.EGP, rule,
        FIXED_ONE, true, true).getLeft()).isEqualTo(new InputError.Blank("providerServiceCode"));
    assertThatThrownBy(() -> new Biller(BillFixtures.BILLER, "Takka", new ProviderId("momkn"), "362",
        Currencies.TRY, rule, FIXED_ONE, true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
