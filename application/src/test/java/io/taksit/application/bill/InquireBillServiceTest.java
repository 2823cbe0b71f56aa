package io.taksit.application.bill;

import static io.taksit.application.fakes.InquiryFakeSamples.ACCOUNT;
import static io.taksit.application.fakes.InquiryFakeSamples.MOMKN_362;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.fakes.InquiryFakeBills;
import io.taksit.application.fakes.InquiryFakeCatalog;
import io.taksit.application.fakes.InquiryFakeGateway;
import io.taksit.application.fakes.InquiryFakeSamples;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InquireBillServiceTest {

  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  private final InquiryFakeBills bills = new InquiryFakeBills();

  @Test
  void anAnsweredInquiryIsRememberedAndReturned() {
    InquiryFakeGateway momkn = InquiryFakeGateway.answering(new ProviderId("momkn"),
        request -> InquiryFakeSamples.bill(request.biller().id(), request.account(),
            Currencies.EGP));

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(true))
        .inquire(new InquireBill.Command("momkn-362", " " + ACCOUNT + " ",
            Map.of("subscriber_no2", "7", "area", "cairo")));

    assertThat(result.isRight()).as("%s", result).isTrue();
    Bill bill = result.get();
    assertThat(bill.billerId()).isEqualTo(MOMKN_362);
    assertThat(bill.account().value()).isEqualTo(ACCOUNT);
    assertThat(bills.remembered()).containsExactly(bill);
    assertThat(bills.find(bill.reference())).isEqualTo(Option.some(bill));

    BillingGateway.InquiryRequest sent = momkn.requests().single();
    assertThat(sent.biller().id()).isEqualTo(MOMKN_362);
    assertThat(sent.account().value()).as("the account is sent trimmed").isEqualTo(ACCOUNT);
    assertThat(sent.fields()).isEqualTo(TreeMap.of("area", "cairo", "subscriber_no2", "7"));
  }

  @Test
  void anInactiveBillerIsRefusedWithoutAskingTheProvider() {
    InquiryFakeGateway momkn = answeringMomkn();

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(false))
        .inquire(command("momkn-362"));

    assertThat(result.getLeft()).isEqualTo(new Failure.BillerInactive("momkn-362"));
    assertThat(momkn.calls()).isZero();
    assertThat(bills.remembered()).isEmpty();
  }

  @Test
  void anUnknownBillerIsNotFound() {
    InquiryFakeGateway momkn = answeringMomkn();

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(true))
        .inquire(command("momkn-999"));

    assertThat(result.getLeft()).isEqualTo(new Failure.NotFound("biller", "momkn-999"));
    assertThat(momkn.calls()).isZero();
  }

  @Test
  void aBillerWhoseProviderHasNoGatewayIsNotFound() {
    Biller sipayBiller = InquiryFakeSamples.biller(new BillerId("sipay-gsm"), new ProviderId("sipay"),
        Currencies.TRY, true);
    InquiryFakeGateway momkn = answeringMomkn();

    Either<Failure, Bill> result = service(momkn, sipayBiller).inquire(command("sipay-gsm"));

    assertThat(result.getLeft()).isEqualTo(new Failure.NotFound("gateway", "sipay"));
    assertThat(momkn.calls()).isZero();
  }

  @Test
  void aRefusalIsTheProvidersOwnAnswer() {
    InquiryFakeGateway momkn = InquiryFakeGateway.refusing(new ProviderId("momkn"), "13",
        "لا توجد فواتير");

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(true))
        .inquire(command("momkn-362"));

    assertThat(result.getLeft())
        .isEqualTo(new Failure.ProviderRefused(new ProviderId("momkn"), "13", "لا توجد فواتير"));
    assertThat(bills.remembered()).isEmpty();
  }

  @Test
  void aFailedReadMakesTheProviderUnavailableWithItsRetryHint() {
    InquiryFakeGateway momkn = InquiryFakeGateway.failing(new ProviderId("momkn"),
        new ReadOutcome.Failed<>("HTTP 429", Option.some(Duration.ofSeconds(3))));

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(true))
        .inquire(command("momkn-362"));

    assertThat(result.getLeft()).isEqualTo(new Failure.ProviderUnavailable(new ProviderId("momkn"),
        "HTTP 429", Option.some(Duration.ofSeconds(3))));
    assertThat(bills.remembered()).isEmpty();
  }

  @Test
  void aThrowingGatewayIsUnavailableAndItsMessageIsNotRepeated() {
    InquiryFakeGateway momkn = InquiryFakeGateway.throwing(new ProviderId("momkn"),
        new IllegalStateException("password=hunter2"));

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(true))
        .inquire(command("momkn-362"));

    assertThat(result.getLeft()).isEqualTo(new Failure.ProviderUnavailable(new ProviderId("momkn"),
        "the gateway failed: IllegalStateException", Option.none()));
    assertThat(result.getLeft().message()).doesNotContain("hunter2");
    assertThat(bills.remembered()).isEmpty();
  }

  @Test
  void aBillOfAnotherBillerIsAnIntegrityFailureAndIsNotRemembered() {
    InquiryFakeGateway momkn = InquiryFakeGateway.answering(new ProviderId("momkn"),
        request -> InquiryFakeSamples.bill(new BillerId("momkn-363"), request.account(),
            Currencies.EGP));

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(true))
        .inquire(command("momkn-362"));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.ProviderUnavailable.class,
        unavailable -> {
          assertThat(unavailable.provider()).isEqualTo(new ProviderId("momkn"));
          assertThat(unavailable.reason()).startsWith("integrity:").contains("momkn-363");
        });
    assertThat(bills.remembered()).isEmpty();
  }

  @Test
  void aBillInAnotherCurrencyIsAnIntegrityFailureAndIsNotRemembered() {
    InquiryFakeGateway momkn = InquiryFakeGateway.answering(new ProviderId("momkn"),
        request -> InquiryFakeSamples.bill(request.biller().id(), request.account(),
            Currencies.USD));

    Either<Failure, Bill> result = service(momkn, InquiryFakeSamples.momkn362(true))
        .inquire(command("momkn-362"));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.ProviderUnavailable.class,
        unavailable -> assertThat(unavailable.reason())
            .startsWith("integrity:").contains("EGP").contains("USD"));
    assertThat(bills.remembered()).isEmpty();
  }

  private InquireBillService service(InquiryFakeGateway gateway, Biller... billers) {
    return new InquireBillService(VALIDATOR, new InquiryFakeCatalog(billers),
        GatewayRegistry.of(List.of(gateway), List.empty()), bills);
  }

  private static InquiryFakeGateway answeringMomkn() {
    return InquiryFakeGateway.answering(new ProviderId("momkn"),
        request -> InquiryFakeSamples.bill(request.biller().id(), request.account(),
            Currencies.EGP));
  }

  private static InquireBill.Command command(String billerId) {
    return new InquireBill.Command(billerId, ACCOUNT, Map.of());
  }
}
