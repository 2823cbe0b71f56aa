package com.example.host;

import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.FeignClients;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpOutcomes;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.adapters.http.support.InstallmentRates;
import io.taksit.adapters.http.support.NotSent;
import io.taksit.adapters.http.support.ProviderJson;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** A host's own installment adapter, built only from Taksit's public support pieces. */
public final class AcmeGateway implements InstallmentGateway {

  public static final String WIRE_LOGGER = "com.example.host.acme.wire";

  private final AcmeConfig config;
  private final HttpCalls calls;
  private final AcmeApi api;

  public AcmeGateway(AcmeConfig config) {
    ConfigChecks.requireNone(config.problems());
    this.config = config;
    this.calls = HttpCalls.of(config.http());
    this.api = FeignClients.create(AcmeApi.class, Endpoint.of(config.baseUrl()), config.http(),
        ProviderJson.mapper(), WIRE_LOGGER);
  }

  @Override
  public ProviderId provider() {
    return AcmeProvider.ID;
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    Option<String> unserved = NotSent.amountProblem("Acme", request.amount(),
        HashSet.of(Currencies.TRY));
    if (unserved.isDefined()) {
      return NotSent.refused(unserved.get());
    }
    String bin = request.bin().map(b -> b.digits()).getOrElse("");
    HttpResult<AcmeApi.AcmePlans> result = calls.read(() -> api.plans(
        request.amount().amount().toPlainString(), bin, config.merchantKey().reveal(),
        FeignClients.options(config.http(), CallKind.INSTALLMENTS)));
    if (!(result instanceof HttpResult.Answered<AcmeApi.AcmePlans> answered)) {
      return HttpOutcomes.forRead(result);
    }
    AcmeApi.AcmePlans plans = answered.body();
    if (!Boolean.TRUE.equals(plans.ok())) {
      return new ReadOutcome.Refused<>(new ProviderAnswer(Option.none(), Option.none(),
          Option.of(plans.error())), "Acme refused: " + plans.error());
    }
    List<InstallmentOption> options = List.empty();
    for (AcmeApi.AcmePlan plan : plans.plans()) {
      Either<String, InstallmentOption> option = Money.of(plan.total(), request.amount().currency())
          .mapLeft(refusal -> refusal.message())
          .flatMap(total -> InstallmentRates.customerRate(request.amount(), total, "total")
              .flatMap(rate -> InstallmentOption.ofUnreportedCommission(AcmeProvider.ID,
                  Option.none(), plan.count(), request.amount(), rate, total)
                  .mapLeft(refusal -> refusal.message())));
      if (option.isLeft()) {
        return ReadOutcome.failed("Acme answer unusable: " + option.getLeft());
      }
      options = options.append(option.get());
    }
    return ReadOutcome.answered(new InstallmentQuote(CardProfile.unknown(), options));
  }
}
