package io.taksit.adapters.http.sipay;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sipay's answer to {@code POST /connect/token}: an OAuth2 client-credentials token
 * (<b>assumed</b> shape: {@code access_token}, {@code token_type}, {@code expires_in} seconds).
 * {@link #toString()} never shows the token.
 */
public record SipayTokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") Long expiresIn) {

  @Override
  public String toString() {
    return "SipayTokenResponse[accessToken=****, tokenType=" + tokenType + ", expiresIn="
        + expiresIn + "]";
  }
}
