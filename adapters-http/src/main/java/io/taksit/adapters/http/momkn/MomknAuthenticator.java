package io.taksit.adapters.http.momkn;

import io.taksit.adapters.http.support.BearerToken;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.FeignClients;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.adapters.http.support.Secret;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Obtains a token from {@code POST /accounts/{accountId}/authenticate}, for {@link BearerToken}
 * to cache. An answer with a non-zero {@code Code} or without a {@code token} (<b>assumed</b>
 * name) gives no token; {@code expiresIn} (<b>assumed</b>, seconds) sets its lifetime when
 * positive, else the configured one applies. The token and the password are never logged.
 */
final class MomknAuthenticator implements Supplier<HttpResult<BearerToken.Issued>> {

  private final MomknApi api;
  private final MomknConfig config;
  private final HttpCalls calls;
  private final MomknClock clock;

  MomknAuthenticator(MomknApi api, MomknConfig config, HttpCalls calls, MomknClock clock) {
    this.api = Objects.requireNonNull(api, "api");
    this.config = Objects.requireNonNull(config, "config");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public HttpResult<BearerToken.Issued> get() {
    MomknAuthenticateRequest body = MomknMapper.INSTANCE.authenticate(config, clock.localDate());
    HttpResult<MomknAuthenticateResponse> result = calls.read(() -> api.authenticate(
        config.accountId(), body, FeignClients.options(config.http(), CallKind.AUTHENTICATION)));
    if (!(result instanceof HttpResult.Answered<MomknAuthenticateResponse> answered)) {
      return result.recast();
    }
    MomknAuthenticateResponse answer = answered.body();
    if (answer.code() != null && answer.code() != 0) {
      return new HttpResult.Unreadable<>(200, "authentication refused with Code " + answer.code()
          + (answer.message() == null ? "" : ": " + answer.message()));
    }
    if (answer.token() == null || answer.token().isBlank()) {
      return new HttpResult.Unreadable<>(200, "authentication answer without a token");
    }
    Option<Duration> lifetime = Option.of(answer.expiresIn())
        .filter(seconds -> seconds > 0)
        .map(Duration::ofSeconds);
    return new HttpResult.Answered<>(new BearerToken.Issued(Secret.of(answer.token()), lifetime));
  }
}
