package io.taksit.adapters.http.iyzico;

import java.util.List;

/**
 * iyzico's answer: the envelope every iyzico call shares ({@code status} "success" or "failure",
 * {@code errorCode}, {@code errorMessage}, {@code errorGroup}, {@code locale}, {@code systemTime}
 * in epoch milliseconds, {@code conversationId}) and, on success, {@code installmentDetails}.
 */
public record IyzicoInstallmentResponse(String status, String errorCode, String errorMessage,
    String errorGroup, String locale, Long systemTime, String conversationId,
    List<IyzicoInstallmentDetail> installmentDetails) {
}
