package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.support.BearerToken;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.FeignClients;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.adapters.http.support.ProviderJson;
import java.time.Clock;

/**
 * Sipay's calls with authentication: a bearer token obtained from {@code /connect/token}, cached
 * until it expires and renewed once on a 401, plus {@code x-client-id} on every call. Inquiries
 * are reads (repeated when safe); MakePayment is sent at most once.
 */
final class SipayWire {

  /** The wire log: DEBUG shows requests and answers, masked. */
  static final String WIRE_LOGGER = "io.taksit.adapters.http.sipay.wire";

  private final SipayConfig config;
  private final HttpCalls calls;
  private final SipayApi api;
  private final BearerToken token;

  SipayWire(SipayConfig config, HttpCalls calls, Clock clock) {
    this.config = config;
    this.calls = calls;
    this.api = FeignClients.create(SipayApi.class, Endpoint.of(config.baseUrl()), config.http(),
        ProviderJson.mapper(), WIRE_LOGGER);
    this.token = new BearerToken(this::issue, config.tokenLifetime(), clock);
  }

  /** An inquiry; {@code kind} is {@link CallKind#STATUS} when it serves as the status check. */
  HttpResult<SipayInquiryResponse> inquire(SipayInquiryRequest request, CallKind kind) {
    return token.call(bearer -> calls.read(() -> api.inquire(bearer.reveal(), config.clientId(),
        request, FeignClients.options(config.http(), kind))));
  }

  HttpResult<SipayPaymentResponse> pay(SipayPaymentRequest request) {
    return token.call(bearer -> calls.once(() -> api.pay(bearer.reveal(), config.clientId(),
        request, FeignClients.options(config.http(), CallKind.PAYMENT))));
  }

  private HttpResult<BearerToken.Issued> issue() {
    HttpResult<SipayTokenResponse> answer = calls.read(() -> api.token(config.clientId(),
        config.clientId(), config.clientSecret().reveal(),
        FeignClients.options(config.http(), CallKind.AUTHENTICATION)));
    if (!(answer instanceof HttpResult.Answered<SipayTokenResponse> issued)) {
      return answer.recast();
    }
    return SipayMapper.MAPPER.issuedOf(issued.body())
        .<HttpResult<BearerToken.Issued>>map(HttpResult.Answered::new)
        .getOrElse(() -> new HttpResult.Unreadable<>(200, "token answer without access_token"));
  }
}
