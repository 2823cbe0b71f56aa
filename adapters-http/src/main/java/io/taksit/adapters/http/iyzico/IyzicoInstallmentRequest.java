package io.taksit.adapters.http.iyzico;

import java.math.BigDecimal;

/**
 * The body of {@code POST /payment/iyzipos/installment}: {@code locale}, {@code conversationId}
 * (iyzico echoes it back), {@code binNumber} (the card's first 6 or 8 digits; left out, null,
 * when no BIN is given) and {@code price}, the principal.
 */
public record IyzicoInstallmentRequest(String locale, String conversationId, String binNumber,
    BigDecimal price) {
}
