package io.taksit.application.fakes;

import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A billing gateway for inquiry tests: answers inquiries as told and remembers every request.
 * Fees, payments and status checks are not its business and fail loudly if a test reaches them.
 */
public final class InquiryFakeGateway implements BillingGateway {

  private final ProviderId provider;
  private final Function<InquiryRequest, ReadOutcome<Bill>> behaviour;
  private final java.util.List<InquiryRequest> requests = new CopyOnWriteArrayList<>();

  private InquiryFakeGateway(ProviderId provider,
      Function<InquiryRequest, ReadOutcome<Bill>> behaviour) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
  }

  /** Runs {@code behaviour} for every inquiry. */
  public static InquiryFakeGateway with(ProviderId provider,
      Function<InquiryRequest, ReadOutcome<Bill>> behaviour) {
    return new InquiryFakeGateway(provider, behaviour);
  }

  /** Answers every inquiry with the bill {@code billFor} makes of the request. */
  public static InquiryFakeGateway answering(ProviderId provider,
      Function<InquiryRequest, Bill> billFor) {
    return with(provider, request -> ReadOutcome.answered(billFor.apply(request)));
  }

  /** Refuses every inquiry as the provider would (no bill for this account...). */
  public static InquiryFakeGateway refusing(ProviderId provider, String code, String message) {
    return with(provider, request -> new ReadOutcome.Refused<>(
        new ProviderAnswer(Option.none(), Option.some(code), Option.some(message)),
        "refused with code " + code));
  }

  /** Gives no usable answer to any inquiry. */
  public static InquiryFakeGateway failing(ProviderId provider, ReadOutcome.Failed<Bill> failed) {
    return with(provider, request -> failed);
  }

  /** Throws on every inquiry, as a buggy adapter would. */
  public static InquiryFakeGateway throwing(ProviderId provider, RuntimeException thrown) {
    return with(provider, request -> {
      throw thrown;
    });
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public GatewayCapabilities capabilities() {
    return new GatewayCapabilities(false, false, false);
  }

  @Override
  public ReadOutcome<Bill> inquire(InquiryRequest request) {
    requests.add(request);
    return behaviour.apply(request);
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    throw new AssertionError("an inquiry test asked for fees");
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    throw new AssertionError("an inquiry test sent a payment");
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    throw new AssertionError("an inquiry test asked for a status");
  }

  /** How many inquiries reached the gateway. */
  public int calls() {
    return requests.size();
  }

  /** Every inquiry received, in order. */
  public List<InquiryRequest> requests() {
    return List.ofAll(requests);
  }
}
