package io.taksit.adapters.http.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/**
 * Builds the Feign client of a provider API, the same way for every provider:
 *
 * <ul>
 *   <li>the JDK's {@code java.net.http} client, HTTP/1.1 (predictable with every provider and
 *       stub; no h2c upgrade dance on loopback);
 *   <li>{@link Retryer#NEVER_RETRY}: Feign's default retryer repeats every {@code IOException},
 *       POSTs included, which could charge a customer twice. Reads are repeated by
 *       {@link HttpCalls#read} instead, with rules that know what is safe;
 *   <li>an error decoder that keeps every non-2xx answer as a plain status (the default one turns
 *       a {@code Retry-After} into a retryable exception and hides the status);
 *   <li>Jackson with {@link ProviderJson}, decoding each body read to its end so that the
 *       connection goes back to the pool ({@link WholeBodyJacksonDecoder}), and the
 *       {@link MaskingLogger}.
 * </ul>
 *
 * <p>Timeouts are per call: every API method takes a {@link Request.Options} built by
 * {@link #options}.
 */
public final class FeignClients {

  private static final ErrorDecoder KEEP_STATUS = FeignException::errorStatus;

  private FeignClients() {}

  public static <T> T create(Class<T> api, Endpoint endpoint, HttpSettings settings,
      ObjectMapper mapper, String loggerName) {
    return create(api, endpoint, settings, mapper, loggerName, java.util.List.of());
  }

  /**
   * Like {@link #create(Class, Endpoint, HttpSettings, ObjectMapper, String)}, with interceptors
   * that see each request once it is encoded (its path relative to the endpoint, its exact body
   * bytes): where a provider signs requests (iyzico's {@code IYZWSv2}), the signature covers the
   * bytes that are sent.
   */
  public static <T> T create(Class<T> api, Endpoint endpoint, HttpSettings settings,
      ObjectMapper mapper, String loggerName, java.util.List<RequestInterceptor> interceptors) {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return Feign.builder()
        .client(new Http2Client(http))
        .encoder(new JacksonEncoder(mapper))
        .decoder(new WholeBodyJacksonDecoder(mapper))
        .errorDecoder(KEEP_STATUS)
        .retryer(Retryer.NEVER_RETRY)
        .logger(new MaskingLogger(loggerName))
        .logLevel(Logger.Level.FULL)
        .options(options(settings, CallKind.INQUIRY))
        .requestInterceptors(interceptors)
        .target(api, endpoint.base());
  }

  /** The timeouts of one kind of call; redirects are never followed (a moved API is a setup error). */
  public static Request.Options options(HttpSettings settings, CallKind kind) {
    return new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
        settings.readTimeout(kind).toMillis(), TimeUnit.MILLISECONDS, false);
  }
}
