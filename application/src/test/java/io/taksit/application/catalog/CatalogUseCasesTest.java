package io.taksit.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.bill.InquireBillService;
import io.taksit.application.failure.Failure;
import io.taksit.application.failure.FieldViolation;
import io.taksit.application.fakes.InquiryFakeBills;
import io.taksit.application.fakes.InquiryFakeCatalog;
import io.taksit.application.fakes.InquiryFakeGateway;
import io.taksit.application.fakes.InquiryFakeSamples;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.ListBillers;
import io.taksit.application.port.in.SyncCatalog;
import io.taksit.application.port.out.CatalogGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.catalog.FieldType;
import io.taksit.domain.catalog.InputField;
import io.taksit.domain.catalog.InputFields;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The synced catalog beside configured billers, the sync, and the input check of an inquiry. */
class CatalogUseCasesTest {

  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());
  private static final ProviderId MOMKN = new ProviderId("momkn");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"),
      ZoneOffset.UTC);

  /** A synced catalog in a map, as simple as the port allows. */
  private static final class MapCatalog implements SyncedCatalog {
    final java.util.TreeMap<String, CatalogEntry> entries = new java.util.TreeMap<>();
    final java.util.Map<ProviderId, String> versions = new java.util.HashMap<>();

    @Override public Option<String> version(ProviderId provider) {
      return Option.of(versions.get(provider));
    }

    @Override public void store(ProviderId provider, String version, List<CatalogEntry> page,
        Instant syncedAt) {
      page.forEach(entry -> entries.put(entry.biller().id().value(), entry));
      versions.put(provider, version);
    }

    @Override public Option<CatalogEntry> find(BillerId id) {
      return Option.of(entries.get(id.value()));
    }

    @Override public List<CatalogEntry> all() {
      return List.ofAll(entries.values());
    }
  }

  /** A catalog call answering scripted pages and recording each version asked from. */
  private static final class ScriptedCatalog implements CatalogGateway {
    final java.util.List<String> asked = new ArrayList<>();
    final java.util.ArrayDeque<ReadOutcome<CatalogPage>> answers = new java.util.ArrayDeque<>();

    @Override public ProviderId provider() { return MOMKN; }

    @Override public ReadOutcome<CatalogPage> services(String sinceVersion) {
      asked.add(sinceVersion);
      return answers.removeFirst();
    }
  }

  private static CatalogEntry takka(Biller biller) {
    return new CatalogEntry(biller, new InputFields(List.of(
        new InputField("billingAccount", "رقم الحساب", "", FieldType.NUMERIC, false, 1,
            List.empty(), Option.some("^[0-9]{11}$"), Option.some("11 digits")),
        new InputField("governorate", "Governorate", "", FieldType.DROPDOWN, false, 2,
            List.of("Cairo", "Giza"), Option.none(), Option.none()),
        new InputField("note", "Note", "", FieldType.STRING, true, 3, List.empty(),
            Option.none(), Option.none()))), Option.some("billingAccount"));
  }

  private static Biller synced(String id, boolean active) {
    return InquiryFakeSamples.biller(new BillerId(id), MOMKN, Currencies.EGP, active);
  }

  @Test
  void aConfiguredBillerWinsButKeepsTheCatalogsFieldsAndSyncedOnesAreListedBeside() {
    MapCatalog catalog = new MapCatalog();
    Biller configured = InquiryFakeSamples.momkn362(true);
    catalog.store(MOMKN, "1", List.of(takka(synced("momkn-362", false)),
        CatalogEntry.withoutFields(synced("momkn-500", true))), CLOCK.instant());
    BillerDirectory directory = new BillerDirectory(new InquiryFakeCatalog(configured), catalog);

    List<ListBillers.Listing> listed = new ListBillersService(VALIDATOR, directory)
        .list(ListBillers.Query.all()).get();

    assertThat(listed.map(listing -> listing.biller().id().value()))
        .containsExactly("momkn-362", "momkn-500");
    assertThat(listed.head().origin()).isEqualTo(ListBillers.Origin.CONFIGURED);
    assertThat(listed.head().biller()).as("the configured definition").isEqualTo(configured);
    assertThat(listed.head().fields()).isEqualTo(takka(configured).fields());
    assertThat(listed.last().origin()).isEqualTo(ListBillers.Origin.SYNCED);
    assertThat(directory.find(new BillerId("momkn-362")).get().active()).isTrue();
    assertThat(directory.find(new BillerId("momkn-500"))).isNotEmpty();
    assertThat(new ListBillersService(VALIDATOR, directory)
        .list(new ListBillers.Query("sipay")).get()).isEmpty();
    assertThat(new ListBillersService(VALIDATOR, directory).list(new ListBillers.Query("Momkn!"))
        .getLeft()).isInstanceOf(Failure.InvalidRequest.class);
  }

  @Test
  void aSyncAsksFromTheLastVersionStoresThePageAndAFailedOneChangesNothing() {
    MapCatalog catalog = new MapCatalog();
    ScriptedCatalog momkn = new ScriptedCatalog();
    SyncCatalogService sync = new SyncCatalogService(VALIDATOR,
        GatewayRegistry.of(List.empty(), List.empty(), List.of(momkn)), catalog, CLOCK);
    momkn.answers.add(ReadOutcome.answered(new CatalogGateway.CatalogPage("5",
        List.of(takka(synced("momkn-362", true))), List.of("service 9 paymentModeID 7 ..."))));
    momkn.answers.add(ReadOutcome.failed("connection reset"));
    momkn.answers.add(ReadOutcome.answered(new CatalogGateway.CatalogPage("6", List.empty(),
        List.empty())));
    momkn.answers.add(ReadOutcome.answered(new CatalogGateway.CatalogPage("6", List.empty(),
        List.empty())));

    SyncCatalog.Report first = sync.sync(new SyncCatalog.Command("momkn", false)).get();
    Failure failed = sync.sync(new SyncCatalog.Command("momkn", false)).getLeft();
    SyncCatalog.Report second = sync.sync(new SyncCatalog.Command("momkn", false)).get();
    SyncCatalog.Report full = sync.sync(new SyncCatalog.Command("momkn", true)).get();

    assertThat(momkn.asked).containsExactly("0", "5", "5", "0");
    assertThat(first.stored()).containsExactly(new BillerId("momkn-362"));
    assertThat(first.unusable()).hasSize(1);
    assertThat(first.fromVersion()).isEmpty();
    assertThat(failed).isInstanceOf(Failure.ProviderUnavailable.class);
    assertThat(second.fromVersion()).contains("5");
    assertThat(full.fromVersion()).isEmpty();
    assertThat(catalog.version(MOMKN)).contains("6");
    assertThat(catalog.all()).hasSize(1);
  }

  @Test
  void aPageListingAnotherProvidersBillerIsRefusedWhole() {
    MapCatalog catalog = new MapCatalog();
    ScriptedCatalog momkn = new ScriptedCatalog();
    momkn.answers.add(ReadOutcome.answered(new CatalogGateway.CatalogPage("2", List.of(
        CatalogEntry.withoutFields(synced("momkn-1", true)),
        CatalogEntry.withoutFields(InquiryFakeSamples.biller(new BillerId("sipay-gsm"),
            new ProviderId("sipay"), Currencies.TRY, true))), List.empty())));

    Failure refused = new SyncCatalogService(VALIDATOR,
        GatewayRegistry.of(List.empty(), List.empty(), List.of(momkn)), catalog, CLOCK)
        .sync(new SyncCatalog.Command("momkn", false)).getLeft();

    assertThat(refused.message()).contains("sipay-gsm");
    assertThat(catalog.all()).isEmpty();
    assertThat(catalog.version(MOMKN)).isEmpty();
  }

  @Test
  void aProviderWithoutACatalogIsUnsupportedAndAnUnknownOneNotFound() {
    InquiryFakeGateway sipay = InquiryFakeGateway.refusing(new ProviderId("sipay"), "1", "no");
    SyncCatalogService sync = new SyncCatalogService(VALIDATOR,
        GatewayRegistry.of(List.of(sipay), List.empty()), new MapCatalog(), CLOCK);

    assertThat(sync.sync(new SyncCatalog.Command("sipay", false)).getLeft())
        .isEqualTo(new Failure.Unsupported(new ProviderId("sipay"), "a service catalog"));
    assertThat(sync.sync(new SyncCatalog.Command("acme", false)).getLeft())
        .isEqualTo(new Failure.NotFound("provider", "acme"));
    assertThat(sync.sync(new SyncCatalog.Command("", false)).getLeft())
        .isInstanceOf(Failure.InvalidRequest.class);
  }

  @Test
  void anInquiryIsCheckedAgainstEveryFieldAndNothingIsSentUntilAllPass() {
    MapCatalog catalog = new MapCatalog();
    Biller takka = InquiryFakeSamples.momkn362(true);
    catalog.store(MOMKN, "1", List.of(takka(takka)), CLOCK.instant());
    InquiryFakeGateway momkn = InquiryFakeGateway.answering(MOMKN,
        request -> InquiryFakeSamples.bill(request.biller().id(), request.account(),
            Currencies.EGP));
    InquireBillService inquire = new InquireBillService(VALIDATOR,
        new BillerDirectory(new InquiryFakeCatalog(takka), catalog),
        GatewayRegistry.of(List.of(momkn), List.empty()), new InquiryFakeBills());

    Failure refused = inquire.inquire(new InquireBill.Command("momkn-362", "12345",
        Map.of("governorate", "Aswan"))).getLeft();

    assertThat(((Failure.InvalidRequest) refused).violations()).containsExactly(
        new FieldViolation("account", "must match the provider's rule ^[0-9]{11}$ (11 digits)"),
        new FieldViolation("fields.governorate", "must be one of Cairo, Giza"));
    assertThat(inquire.inquire(new InquireBill.Command("momkn-362", InquiryFakeSamples.ACCOUNT,
        Map.of())).getLeft()).isEqualTo(new Failure.InvalidRequest(List.of(
            new FieldViolation("fields.governorate", "is required"))));
    assertThat(momkn.calls()).as("no provider call while a field breaks its rule").isZero();

    assertThat(inquire.inquire(new InquireBill.Command("momkn-362", InquiryFakeSamples.ACCOUNT,
        Map.of("governorate", " Giza "))).isRight()).isTrue();
    assertThat(momkn.requests().single().fields())
        .as("values sent as checked; the account travels as the account, not as a field")
        .isEqualTo(TreeMap.of("governorate", "Giza"));
  }
}
