package io.taksit.adapters.http.iyzico;

import java.math.BigDecimal;

/**
 * One plan: {@code installmentNumber} (the count), {@code installmentPrice} (one installment,
 * rounded by iyzico) and {@code totalPrice} (what the customer pays in all).
 */
public record IyzicoInstallmentPrice(Integer installmentNumber, BigDecimal installmentPrice,
    BigDecimal totalPrice) {
}
