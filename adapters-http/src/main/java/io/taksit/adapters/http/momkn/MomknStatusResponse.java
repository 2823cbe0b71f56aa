package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** Answer of the <b>assumed</b> status call: {@code Status} is Success, Failed, Pending or NotFound. */
record MomknStatusResponse(
    @JsonProperty("Code") Integer code,
    @JsonProperty("Message") String message,
    @JsonProperty("Status") String status,
    @JsonProperty("Brn") String brn,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("receipt") List<JsonNode> receipt) {}
