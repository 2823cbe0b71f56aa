package io.taksit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.SyncedCatalog;
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
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SyncedCatalog} must do: entries read back whole (every field type, Arabic
 * text, choices, the provider's expression), a sync replacing only its own entries, the version
 * kept per provider, and a page of another provider's billers refused with nothing written.
 */
public abstract class SyncedCatalogContract {

  private static final ProviderId MOMKN = new ProviderId("momkn");
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

  /** A fresh, empty catalog. */
  protected abstract SyncedCatalog newCatalog();

  /** Service 362 with every kind of field, as a catalog would list it. */
  public static CatalogEntry takka() {
    InputFields fields = new InputFields(List.of(
        new InputField("billingAccount", "رقم الحساب", "Billing account, 10 or 11 digits",
            FieldType.NUMERIC, false, 1, List.empty(), Option.some("^[0-9]{10,11}$"),
            Option.some("رقم الحساب غير صحيح")),
        new InputField("governorate", "المحافظة", "", FieldType.DROPDOWN, false, 2,
            List.of("Cairo", "Giza", "Alexandria"), Option.none(), Option.none()),
        new InputField("birthDate", "Birth date", "", FieldType.DATE, true, 3, List.empty(),
            Option.none(), Option.none()),
        new InputField("income", "Income", "", FieldType.DECIMAL, true, 4, List.empty(),
            Option.none(), Option.none()),
        new InputField("note", "Note \"quoted\" \\ text", "", FieldType.STRING, true, 5,
            List.empty(), Option.none(), Option.none())));
    return new CatalogEntry(StoreSamples.takka(), fields, Option.some("billingAccount"));
  }

  private static CatalogEntry service(String id, boolean active) {
    Biller biller = StoreSamples.biller("momkn-" + id, "Momkn service " + id, MOMKN, id,
        StoreSamples.rule(Currencies.EGP, 100, 500_000, 100, StepAnchor.ZERO),
        new PaymentPolicy(PaymentMode.PARTIAL, InvoiceSelection.ALL, false), false, active);
    return new CatalogEntry(biller, InputFields.NONE);
  }

  @Test
  void anEntryReadsBackWithEveryFieldAndTheAccountField() {
    SyncedCatalog catalog = newCatalog();
    catalog.store(MOMKN, "7", List.of(takka()), T0);

    CatalogEntry found = catalog.find(new BillerId("momkn-362")).get();
    assertThat(found).isEqualTo(takka());
    BillerCatalogContract.assertSameBiller(found.biller(), takka().biller());
    assertThat(catalog.version(MOMKN)).contains("7");
  }

  @Test
  void aLaterSyncReplacesItsOwnEntriesAndKeepsTheOthers() {
    SyncedCatalog catalog = newCatalog();
    catalog.store(MOMKN, "1", List.of(takka(), service("500", true)), T0);
    catalog.store(MOMKN, "2", List.of(service("500", false), service("501", true)),
        T0.plusSeconds(60));

    assertThat(catalog.all().map(entry -> entry.biller().id().value()))
        .containsExactly("momkn-362", "momkn-500", "momkn-501");
    assertThat(catalog.find(new BillerId("momkn-500")).get().biller().active()).isFalse();
    assertThat(catalog.find(new BillerId("momkn-362")).get()).isEqualTo(takka());
    assertThat(catalog.version(MOMKN)).contains("2");
  }

  @Test
  void anEmptyPageMovesTheVersionOnly() {
    SyncedCatalog catalog = newCatalog();
    catalog.store(MOMKN, "1", List.of(takka()), T0);
    catalog.store(MOMKN, "3", List.empty(), T0);

    assertThat(catalog.all()).containsExactly(takka());
    assertThat(catalog.version(MOMKN)).contains("3");
  }

  @Test
  void versionsAreKeptPerProviderAndNoneBeforeTheFirstSync() {
    SyncedCatalog catalog = newCatalog();
    assertThat(catalog.version(MOMKN)).isEmpty();
    catalog.store(MOMKN, "4", List.empty(), T0);
    assertThat(catalog.version(new ProviderId("other"))).isEmpty();
    assertThat(catalog.find(new BillerId("momkn-362"))).isEmpty();
  }

  @Test
  void aPageWithAnotherProvidersBillerIsRefusedAndNothingIsWritten() {
    SyncedCatalog catalog = newCatalog();
    CatalogEntry foreign = CatalogEntry.withoutFields(StoreSamples.sipayGas());

    assertThatThrownBy(() -> catalog.store(MOMKN, "9", List.of(takka(), foreign), T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sipay-gas");
    assertThat(catalog.all()).isEmpty();
    assertThat(catalog.version(MOMKN)).isEmpty();
  }
}
