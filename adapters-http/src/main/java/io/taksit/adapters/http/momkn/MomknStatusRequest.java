package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of the <b>assumed</b> {@code POST /services/{serviceId}/status} (undocumented call). */
record MomknStatusRequest(
    @JsonProperty("hostTransactionID") String hostTransactionID,
    @JsonProperty("version") String version,
    @JsonProperty("serviceListVersion") String serviceListVersion) {}
