package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /accounts/{accountId}/authenticate}. */
record MomknAuthenticateRequest(
    @JsonProperty("UserName") String userName,
    @JsonProperty("Password") String password,
    @JsonProperty("ChannelCategory") String channelCategory,
    @JsonProperty("ChannelType") String channelType,
    @JsonProperty("LocalDate") String localDate,
    @JsonProperty("Version") String version,
    @JsonProperty("ServiceListVersion") String serviceListVersion) {

  /** Never prints the password, whatever logs or exception messages a record ends up in. */
  @Override
  public String toString() {
    return "MomknAuthenticateRequest[userName=" + userName + ", password=****]";
  }
}
