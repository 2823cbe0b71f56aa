package io.taksit.adapters.http.paywall;

import io.taksit.adapters.http.support.MapperDefaults;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.error.DomainError;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.installment.OptionDetails;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * Paywall DTOs ⇄ domain. MapStruct writes the request; the answer side is hand-written default
 * methods, because every part of it is a refusable value ({@link CardProfile#of},
 * {@link InstallmentOption#of}, {@link Money#of}) that MapStruct cannot return as an
 * {@link Either}.
 */
@Mapper(config = MapperDefaults.class)
public interface PaywallMapper {

  PaywallMapper INSTANCE = Mappers.getMapper(PaywallMapper.class);

  @Mapping(target = "currencyId", source = "currencyId")
  @Mapping(target = "amount", source = "request.amount", qualifiedByName = "plainAmount")
  @Mapping(target = "binNumber", source = "request.bin", qualifiedByName = "binNumber")
  @Mapping(target = "distinctDuplicates", constant = "true")
  @Mapping(target = "endOfTheDay", source = "config.endOfTheDay", qualifiedByName = "orNull")
  @Mapping(target = "posId", source = "config.posId", qualifiedByName = "orNull")
  PaywallInstallmentRequest toRequest(InstallmentRequest request, int currencyId,
      PaywallConfig config);

  /** {@code 1250.50}: plain (never {@code 1.2505E+3}), with a dot, at the currency's scale. */
  @Named("plainAmount")
  default String plainAmount(Money amount) {
    return amount.amount().toPlainString();
  }

  /** Paywall takes the first 6 digits of a BIN only. */
  @Named("binNumber")
  default String binNumber(Option<CardBin> bin) {
    return bin.map(CardBin::first6).getOrNull();
  }

  @Named("orNull")
  default Integer orNull(Option<Integer> value) {
    return value.getOrNull();
  }

  /** "Bireysel Kart" is individual, "Ticari Kart" commercial; the bare words and English too. */
  default CardKind cardKind(String text) {
    String word = firstWord(text);
    return switch (word) {
      case "bireysel", "individual", "personal" -> CardKind.INDIVIDUAL;
      case "ticari", "commercial", "corporate", "kurumsal" -> CardKind.COMMERCIAL;
      default -> CardKind.UNKNOWN;
    };
  }

  /** "Credit" / "Debit" as documented; Turkish "Kredi Kartı" / "Banka Kartı" too. */
  default CardType cardType(String text) {
    String word = firstWord(text);
    return switch (word) {
      case "credit", "kredi" -> CardType.CREDIT;
      case "debit", "banka" -> CardType.DEBIT;
      default -> CardType.UNKNOWN;
    };
  }

  /** The card of an answer's body, or why its text cannot be kept. */
  default Either<String, CardProfile> card(PaywallInstallmentResponse.Body body) {
    return CardProfile.of(body.cardBank(), body.cardBrand(), body.cardFamily(),
            cardKind(body.cardKind()), cardType(body.cardType()))
        .mapLeft(refused -> "card profile " + refused.message());
  }

  /**
   * The gateway offering a plan: its name, else its id (the older shape has neither). The id is
   * kept besides in the option's details, since a host routes the later payment by it.
   */
  default Option<String> channel(PaywallInstallmentResponse.Plan plan) {
    return Option.of(plan.paymentGatewayName()).filter(name -> !name.isBlank())
        .orElse(() -> Option.of(plan.paymentGatewayId()).filter(id -> !id.isBlank()));
  }

  /**
   * One plan for the asked {@code principal} (its {@code RawAmount} already checked against it),
   * or the first rule it breaks. Rates and the total are taken as reported, never recomputed.
   */
  default Either<String, InstallmentOption> option(PaywallInstallmentResponse.Plan plan,
      Money principal) {
    if (plan.installment() == null || plan.interest() == null || plan.commission() == null
        || plan.interestAmount() == null) {
      return Either.left("Installment, Interest, Commission and InterestAmount are required");
    }
    return Money.of(plan.interestAmount(), principal.currency())
        .<DomainError>mapLeft(refused -> refused)
        .flatMap(total -> InstallmentOption.of(PaywallProvider.ID, channel(plan),
            plan.installment(), principal, plan.interest(), plan.commission(), total)
            .<DomainError>mapLeft(refused -> refused))
        .map(option -> option.withDetails(OptionDetails.NONE.withChannelId(plan.paymentGatewayId())))
        .mapLeft(DomainError::message);
  }

  /**
   * What Paywall said, verbatim: {@code ErrorCode} as the code, {@code Message} as the message,
   * or {@code ErrorMessage} when {@code Message} is blank. Paywall gives no reference here.
   */
  default ProviderAnswer answer(PaywallInstallmentResponse response) {
    Option<String> message = Option.of(response.message()).filter(text -> !text.isBlank())
        .orElse(() -> Option.of(response.errorMessage()).filter(text -> !text.isBlank()));
    return new ProviderAnswer(Option.none(), Option.of(response.errorCode()).map(String::valueOf),
        message);
  }

  private static String firstWord(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    // Lower-casing "İ" (Turkish capital dotted I) leaves a combining dot: "TİCARİ" → "ticari".
    return text.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replace("\u0307", "");
  }
}
