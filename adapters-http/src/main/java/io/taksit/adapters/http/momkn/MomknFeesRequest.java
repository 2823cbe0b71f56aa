package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /services/{serviceId}/fees}. */
record MomknFeesRequest(
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("version") String version,
    @JsonProperty("serviceListVersion") String serviceListVersion,
    @JsonProperty("brn") String brn,
    @JsonProperty("Data") List<MomknField> data) {}
