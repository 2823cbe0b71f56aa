package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of the authentication call. {@code token} and {@code expiresIn} (seconds, optional) are
 * <b>assumed</b> names: Momkn documents the call, not its answer.
 */
record MomknAuthenticateResponse(
    @JsonProperty("Code") Integer code,
    @JsonProperty("Message") String message,
    @JsonProperty("token") String token,
    @JsonProperty("expiresIn") Long expiresIn) {

  /** Never prints the token. */
  @Override
  public String toString() {
    return "MomknAuthenticateResponse[code=" + code + ", message=" + message + ", token=****"
        + ", expiresIn=" + expiresIn + "]";
  }
}
