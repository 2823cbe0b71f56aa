package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Body of {@code POST /services/{serviceId}/inquiry}. */
record MomknInquiryRequest(
    @JsonProperty("BillingAccount") String billingAccount,
    @JsonProperty("localDate") String localDate,
    @JsonProperty("version") String version,
    @JsonProperty("serviceListVersion") String serviceListVersion,
    @JsonProperty("Data") List<MomknField> data) {}
