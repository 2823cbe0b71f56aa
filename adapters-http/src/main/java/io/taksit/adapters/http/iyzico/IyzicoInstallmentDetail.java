package io.taksit.adapters.http.iyzico;

import java.math.BigDecimal;
import java.util.List;

/**
 * One card's plans: {@code binNumber}, {@code price} (the principal, integrity-checked),
 * {@code cardType} (CREDIT_CARD, DEBIT_CARD, PREPAID_CARD), {@code cardAssociation} (VISA,
 * MASTER_CARD, AMERICAN_EXPRESS, TROY), {@code cardFamilyName}, {@code force3ds},
 * {@code bankCode}, {@code bankName}, {@code forceCvc}, {@code commercial} (0/1 each) and
 * {@code installmentPrices}.
 */
public record IyzicoInstallmentDetail(String binNumber, BigDecimal price, String cardType,
    String cardAssociation, String cardFamilyName, Integer force3ds, Integer bankCode,
    String bankName, Integer forceCvc, Integer commercial,
    List<IyzicoInstallmentPrice> installmentPrices) {
}
