package io.taksit.adapters.http.teqpay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code POST /installmentinfo}: the envelope and one row per installment count.
 *
 * @param result        {@code true} when the inquiry succeeded
 * @param resultCode    {@code 10000} on success; a JSON number, read as text so that any code is
 *                      kept verbatim
 * @param resultMessage Teqpay's message ("Başarıyla tamamlandı."), kept verbatim
 * @param details       the plans; absent or empty when there are none
 */
public record TeqpayInstallmentResponse(
    @JsonProperty("Result") Boolean result,
    @JsonProperty("ResultCode") String resultCode,
    @JsonProperty("ResultMessage") String resultMessage,
    @JsonProperty("Details") List<TeqpayInstallmentDetail> details) {}
