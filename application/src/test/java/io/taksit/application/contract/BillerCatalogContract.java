package io.taksit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.BillerCatalog;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.money.Currencies;
import io.vavr.collection.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BillerCatalog} must do. The port only reads, so an adapter's test supplies a
 * catalog holding given billers (built in memory, or saved into a database first) and these
 * tests read them back.
 *
 * <p>Choices the port leaves open and this contract settles: {@code all()} holds every biller
 * once, in an order of the adapter's choosing; a null id is a programming error.
 */
public abstract class BillerCatalogContract {

  /** A catalog holding exactly {@code billers} (distinct ids), on fresh storage. */
  protected abstract BillerCatalog catalogOf(List<Biller> billers);

  @Test
  @DisplayName("every biller is found by id with every field: rule, policy, flags, currency scale")
  void findsEveryBillerWithEveryField() {
    List<Biller> billers = StoreSamples.billers();
    BillerCatalog catalog = catalogOf(billers);

    for (Biller expected : billers) {
      Biller found = catalog.find(expected.id()).getOrElseThrow(
          () -> new AssertionError("biller " + expected.id() + " not found"));
      assertSameBiller(found, expected);
    }
  }

  @Test
  @DisplayName("an unknown id is not found")
  void unknownIdIsNotFound() {
    BillerCatalog catalog = catalogOf(StoreSamples.billers());

    assertThat(catalog.find(new BillerId("nobody"))).isEmpty();
    // Ids are compared exactly, not ignoring case.
    assertThat(catalog.find(new BillerId("MOMKN-362"))).isEmpty();
  }

  @Test
  @DisplayName("all() lists every biller exactly once")
  void listsEveryBillerOnce() {
    List<Biller> billers = StoreSamples.billers();

    assertThat(catalogOf(billers).all()).containsExactlyInAnyOrderElementsOf(billers);
  }

  @Test
  @DisplayName("an empty catalog finds nothing and lists nothing")
  void emptyCatalog() {
    BillerCatalog catalog = catalogOf(List.empty());

    assertThat(catalog.all()).isEmpty();
    assertThat(catalog.find(StoreSamples.takka().id())).isEmpty();
  }

  @Test
  @DisplayName("a null id is a programming error")
  void nullIdThrows() {
    BillerCatalog catalog = catalogOf(List.of(StoreSamples.takka()));

    assertThatThrownBy(() -> catalog.find(null)).isInstanceOf(NullPointerException.class);
  }

  /** Field by field first, so a failing adapter learns what it lost, then whole equality. */
  protected static void assertSameBiller(Biller actual, Biller expected) {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(actual.id()).as("id").isEqualTo(expected.id());
    soft.assertThat(actual.name()).as("name").isEqualTo(expected.name());
    soft.assertThat(actual.provider()).as("provider").isEqualTo(expected.provider());
    soft.assertThat(actual.providerServiceCode()).as("providerServiceCode")
        .isEqualTo(expected.providerServiceCode());
    soft.assertThat(actual.currency()).as("currency").isEqualTo(expected.currency());
    soft.assertThat(actual.amountRule().minimum().amount()).as("minimum with its scale")
        .isEqualTo(expected.amountRule().minimum().amount());
    soft.assertThat(actual.amountRule().minimum().amount().scale()).as("minimum scale")
        .isEqualTo(Currencies.scaleOf(expected.currency()));
    soft.assertThat(actual.amountRule()).as("amountRule").isEqualTo(expected.amountRule());
    soft.assertThat(actual.policy()).as("policy").isEqualTo(expected.policy());
    soft.assertThat(actual.inquiryRequired()).as("inquiryRequired")
        .isEqualTo(expected.inquiryRequired());
    soft.assertThat(actual.active()).as("active").isEqualTo(expected.active());
    soft.assertAll();
    assertThat(actual).isEqualTo(expected);
  }
}
