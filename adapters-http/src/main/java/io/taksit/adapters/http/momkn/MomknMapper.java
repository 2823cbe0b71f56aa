package io.taksit.adapters.http.momkn;

import io.taksit.adapters.http.support.MapperDefaults;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.BillingGateway.FeeRequest;
import io.taksit.application.port.out.BillingGateway.InquiryRequest;
import io.taksit.application.port.out.BillingGateway.PayRequest;
import io.taksit.application.port.out.BillingGateway.StatusRequest;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * Domain and configuration to Momkn request bodies, and Momkn answers to the provider's own words
 * ({@link ProviderAnswer}: {@code Brn}, {@code Code}, {@code Message}, verbatim). Answers that
 * need validation (bills, fee quotes) are read by {@link MomknBills} and {@link MomknFees}.
 */
@Mapper(config = MapperDefaults.class)
interface MomknMapper {

  MomknMapper INSTANCE = Mappers.getMapper(MomknMapper.class);

  /** The {@code Data} key of the billing account (the catalog's service parameter key). */
  String BILLING_ACCOUNT = "billingAccount";

  // ---- requests ----------------------------------------------------------------------------

  @Mapping(target = "userName", source = "config.userName")
  @Mapping(target = "password", source = "config.password")
  @Mapping(target = "channelCategory", source = "config.channelCategory")
  @Mapping(target = "channelType", source = "config.channelType")
  @Mapping(target = "localDate", source = "localDate")
  @Mapping(target = "version", source = "config.version")
  @Mapping(target = "serviceListVersion", source = "config.serviceListVersion")
  MomknAuthenticateRequest authenticate(MomknConfig config, String localDate);

  @Mapping(target = "billingAccount", source = "request.account")
  @Mapping(target = "localDate", source = "localDate")
  @Mapping(target = "version", source = "config.version")
  @Mapping(target = "serviceListVersion", source = "config.serviceListVersion")
  @Mapping(target = "data", source = "request", qualifiedByName = "inquiryData")
  MomknInquiryRequest inquiry(InquiryRequest request, MomknConfig config, String localDate);

  @Mapping(target = "amount", source = "request.amount")
  @Mapping(target = "version", source = "config.version")
  @Mapping(target = "serviceListVersion", source = "config.serviceListVersion")
  @Mapping(target = "brn", source = "request.bill.reference")
  @Mapping(target = "data", source = "request.bill.account", qualifiedByName = "accountData")
  MomknFeesRequest fees(FeeRequest request, MomknConfig config);

  @Mapping(target = "billingAccount", source = "request.account")
  @Mapping(target = "version", source = "config.version")
  @Mapping(target = "serviceListVersion", source = "config.serviceListVersion")
  @Mapping(target = "brn", source = "request.billReference")
  @Mapping(target = "data", source = "request.account", qualifiedByName = "accountData")
  @Mapping(target = "hostTransactionID", source = "request.deduplicationKey")
  @Mapping(target = "retry", source = "request.retry")
  @Mapping(target = "pmtMethod", source = "config.pmtMethod")
  @Mapping(target = "compositeTransactionId", source = "request.deduplicationKey")
  @Mapping(target = "amount", source = "request.amount")
  MomknPaymentRequest payment(PayRequest request, MomknConfig config);

  @Mapping(target = "hostTransactionID", source = "request.deduplicationKey")
  @Mapping(target = "version", source = "config.version")
  @Mapping(target = "serviceListVersion", source = "config.serviceListVersion")
  MomknStatusRequest status(StatusRequest request, MomknConfig config);

  // ---- the provider's own words --------------------------------------------------------------

  @Mapping(target = "reference", source = "brn")
  @Mapping(target = "code", source = "code")
  @Mapping(target = "message", source = "message")
  ProviderAnswer answer(MomknInquiryResponse answer);

  @Mapping(target = "reference", source = "brn")
  @Mapping(target = "code", source = "code")
  @Mapping(target = "message", source = "message")
  ProviderAnswer answer(MomknFeesResponse answer);

  @Mapping(target = "reference", source = "brn")
  @Mapping(target = "code", source = "code")
  @Mapping(target = "message", source = "message")
  ProviderAnswer answer(MomknPaymentResponse answer);

  @Mapping(target = "reference", source = "brn")
  @Mapping(target = "code", source = "code")
  @Mapping(target = "message", source = "message")
  ProviderAnswer answer(MomknStatusResponse answer);

  // ---- conversions -------------------------------------------------------------------------

  /** The inquiry's {@code Data}: the billing account first, then extra service fields by key. */
  @Named("inquiryData")
  default List<MomknField> inquiryData(InquiryRequest request) {
    List<MomknField> data = new ArrayList<>();
    data.add(MomknField.of(BILLING_ACCOUNT, request.account().value()));
    TreeMap.ofEntries(request.fields())
        .filterKeys(key -> !key.equals(BILLING_ACCOUNT))
        .forEach((key, value) -> data.add(MomknField.of(key, value)));
    return data;
  }

  /** Fees and payment {@code Data}: the billing account. */
  @Named("accountData")
  default List<MomknField> accountData(AccountRef account) {
    return List.of(MomknField.of(BILLING_ACCOUNT, account.value()));
  }

  default String account(AccountRef account) {
    return account.value();
  }

  default String reference(BillReference reference) {
    return reference.value();
  }

  default String id(PaymentId id) {
    return id.value();
  }

  /** Money on the wire: the plain decimal at the currency's scale ({@code 250.00}). */
  default BigDecimal amount(Money money) {
    return money.amount();
  }

  /** The one place the password is read: the authentication body. */
  default String reveal(Secret secret) {
    return secret.reveal();
  }

  default Option<String> text(String value) {
    return Option.of(value);
  }

  default Option<String> code(Integer code) {
    return Option.of(code).map(String::valueOf);
  }
}
