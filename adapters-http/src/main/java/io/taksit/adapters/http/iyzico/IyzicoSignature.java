package io.taksit.adapters.http.iyzico;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.taksit.adapters.http.support.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * iyzico's {@code IYZWSv2} authorization, as its public clients compute it (iyzipay-java's
 * {@code IyziAuthV2Generator}): a fresh random key per request, and
 *
 * <pre>
 * signature     = hex(HMAC-SHA256(secretKey, randomKey + uriPath + body))
 * Authorization = "IYZWSv2 " + base64("apiKey:" + apiKey + "&amp;randomKey:" + randomKey
 *                                     + "&amp;signature:" + signature)
 * x-iyzi-rnd    = randomKey
 * </pre>
 *
 * <p>{@code uriPath} is the request's path relative to the API root without its query
 * ({@code /payment/iyzipos/installment}), {@code body} the exact bytes sent. A Feign interceptor
 * runs after the body is encoded, so the signature covers what goes on the wire. Neither key nor
 * the signature is ever logged: {@code Authorization} is masked by every wire log.
 */
final class IyzicoSignature implements RequestInterceptor {

  static final String SCHEME = "IYZWSv2 ";
  static final String RANDOM_HEADER = "x-iyzi-rnd";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Secret apiKey;
  private final Secret secretKey;
  private final Supplier<String> randomKeys;

  /** Random keys as iyzico's clients make them: the time in milliseconds and nine random digits. */
  IyzicoSignature(Secret apiKey, Secret secretKey, Clock clock) {
    this(apiKey, secretKey, () -> clock.millis() + String.format("%09d",
        RANDOM.nextInt(1_000_000_000)));
  }

  /** With the random keys given (tests pin them to check a known signature). */
  IyzicoSignature(Secret apiKey, Secret secretKey, Supplier<String> randomKeys) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    this.randomKeys = Objects.requireNonNull(randomKeys, "randomKeys");
  }

  @Override
  public void apply(RequestTemplate template) {
    String randomKey = randomKeys.get();
    String path = template.path();
    byte[] body = template.body() == null ? new byte[0] : template.body();
    template.header(RANDOM_HEADER, randomKey);
    template.header("Authorization", authorization(randomKey, path, body));
  }

  /** The {@code Authorization} value for one request. */
  String authorization(String randomKey, String uriPath, byte[] body) {
    String content = "apiKey:" + apiKey.reveal() + "&randomKey:" + randomKey + "&signature:"
        + signature(secretKey, randomKey, uriPath, body);
    return SCHEME + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
  }

  /** hex(HMAC-SHA256(secretKey, randomKey + uriPath + body)), lower case. */
  static String signature(Secret secretKey, String randomKey, String uriPath, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.reveal().getBytes(StandardCharsets.UTF_8),
          "HmacSHA256"));
      mac.update((randomKey + uriPath).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "IyzicoSignature[IYZWSv2, keys hidden]";
  }
}
