package io.taksit.adapters.persistence.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.adapters.persistence.memory.InMemoryBillerCatalog;
import io.taksit.adapters.persistence.memory.InMemoryFeeQuotes;
import io.taksit.adapters.persistence.memory.InMemoryFeeScheduleSource;
import io.taksit.adapters.persistence.memory.InMemoryInquiredBills;
import io.taksit.adapters.persistence.memory.InMemoryPaymentRepository;
import io.taksit.adapters.persistence.memory.RandomIdGenerator;
import io.taksit.adapters.persistence.memory.RecordingPaymentEvents;
import io.taksit.application.bill.FeeQuoting;
import io.taksit.application.bill.InquireBillService;
import io.taksit.application.failure.Failure;
import io.taksit.application.gateway.GatewayCalls;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.payment.PayBillService;
import io.taksit.application.payment.PaymentContext;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The README's "Embedding Taksit" example, compiled and run so it cannot rot. */
class EmbeddingTaksitExampleTest {

  @Test
  void aHostInquiresAndPaysATakkaInstallmentOnce() {
    // --- README: embedding Taksit ---
    Biller takka = Biller.of(BillerId.of("momkn-362").get(), "Takka installments",
        new ProviderId("momkn"), "362", Currencies.EGP,
        AmountRule.of(egp("1"), egp("1000000000"), egp("5"), StepAnchor.ZERO).get(),
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true).get();
    BillingGateway momkn = new TakkaStub();          // the Momkn Feign adapter in a real host
    GatewayRegistry gateways = GatewayRegistry.of(List.of(momkn), List.empty());
    CommandValidator validator =
        new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());
    InMemoryBillerCatalog catalog = InMemoryBillerCatalog.of(takka);
    InMemoryInquiredBills bills = new InMemoryInquiredBills();
    ExecutorService gatewayThreads = Executors.newCachedThreadPool();
    PaymentContext context = new PaymentContext(validator, catalog, gateways,
        new GatewayCalls(gatewayThreads, Duration.ofSeconds(30)),
        new InMemoryPaymentRepository(), new RecordingPaymentEvents(), Clock.systemUTC(),
        CheckSchedule.DEFAULT);
    InquireBill inquire = new InquireBillService(validator, catalog, gateways, bills);
    PayBill pay = new PayBillService(context, bills, new InMemoryFeeQuotes(),
        new FeeQuoting(gateways, InMemoryFeeScheduleSource.none()), new RandomIdGenerator());

    Bill bill = inquire.inquire(new InquireBill.Command("momkn-362", "01001234567", Map.of())).get();
    PayBill.Command command = new PayBill.Command("order-42", bill.reference().value(),
        new BigDecimal("500.00"), "EGP", Set.of(1), null, new BigDecimal("500.00"));
    Either<Failure, Payment> first = pay.pay(command);
    Either<Failure, Payment> replay = pay.pay(command);     // same key: same payment, no new charge
    // --- end of README example ---

    assertThat(first.get().status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(replay.get().id()).isEqualTo(first.get().id());
    assertThat(((TakkaStub) momkn).payments).isEqualTo(1);
    gatewayThreads.shutdown();
  }

  private static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.EGP).get();
  }

  /** Answers like Momkn's sandbox for one Takka installment of 500 EGP. */
  private static final class TakkaStub implements BillingGateway {
    int payments;

    @Override public ProviderId provider() { return new ProviderId("momkn"); }

    @Override public GatewayCapabilities capabilities() {
      return new GatewayCapabilities(false, true, true);
    }

    @Override public ReadOutcome<Bill> inquire(InquiryRequest request) {
      return ReadOutcome.answered(Bill.of(request.biller().id(), request.account(),
          BillReference.of("BRN-771").get(), Option.some("Ahmed"), HashMap.empty(),
          List.of(Invoice.of(1, egp("500")).get()), egp("500"), Option.none()).get());
    }

    @Override public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
      return ReadOutcome.failed("no fee call");
    }

    @Override public PaymentOutcome pay(PayRequest request) {
      payments++;
      return new PaymentOutcome.Approved(ProviderAnswer.of("BRN-771", "0", "تمت العملية"), "Code 0");
    }

    @Override public PaymentOutcome checkStatus(StatusRequest request) {
      return new PaymentOutcome.Approved(ProviderAnswer.of("BRN-771", "0", "paid"), "Code 0");
    }
  }
}
