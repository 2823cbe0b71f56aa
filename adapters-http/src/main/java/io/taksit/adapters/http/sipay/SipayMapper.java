package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.support.BearerToken;
import io.taksit.adapters.http.support.MapperDefaults;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain → Sipay request DTOs, and Sipay answers → the provider's own words and tokens. */
@Mapper(config = MapperDefaults.class)
interface SipayMapper {

  SipayMapper MAPPER = Mappers.getMapper(SipayMapper.class);

  /** Extra inquiry fields that Sipay takes beside {@code subscriber_no1}. */
  String SUBSCRIBER_NO2 = "subscriber_no2";
  String SUBSCRIBER_NO3 = "subscriber_no3";

  @Mapping(target = "productOid", source = "biller.providerServiceCode")
  @Mapping(target = "subscriberNo1", source = "account.value")
  SipayInquiryRequest toInquiry(Biller biller, AccountRef account, String subscriberNo2,
      String subscriberNo3);

  /** An inquiry; {@code subscriber_no2}/{@code subscriber_no3} come from the extra fields. */
  default SipayInquiryRequest toInquiry(BillingGateway.InquiryRequest request) {
    return toInquiry(request.biller(), request.account(),
        request.fields().get(SUBSCRIBER_NO2).getOrNull(),
        request.fields().get(SUBSCRIBER_NO3).getOrNull());
  }

  /** A re-inquiry (before a payment, or as the status check): the account alone. */
  default SipayInquiryRequest toInquiry(Biller biller, AccountRef account) {
    return toInquiry(biller, account, null, null);
  }

  SipayPaymentRequest toPayment(SipayConfig config, SipayInvoice invoice,
      BigDecimal paymentAmount, String extOrderId);

  @Mapping(target = "reference", source = "payload.transactionId")
  ProviderAnswer answerOf(SipayPaymentResponse response);

  @Mapping(target = "reference", expression = "java(io.vavr.control.Option.none())")
  ProviderAnswer answerOf(SipayInquiryResponse response);

  /** A token answer as {@link BearerToken} keeps it; none without an {@code access_token}. */
  default Option<BearerToken.Issued> issuedOf(SipayTokenResponse response) {
    if (response.accessToken() == null || response.accessToken().isBlank()) {
      return Option.none();
    }
    Option<Duration> lifetime = Option.of(response.expiresIn())
        .filter(seconds -> seconds > 0)
        .map(Duration::ofSeconds);
    return Option.some(new BearerToken.Issued(Secret.of(response.accessToken()), lifetime));
  }

  default Option<String> text(String value) {
    return Option.of(value);
  }
}
