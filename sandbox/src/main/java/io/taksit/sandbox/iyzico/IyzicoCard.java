package io.taksit.sandbox.iyzico;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One card iyzico's sandbox knows, by BIN: what {@code installmentDetails[]} says of it, and the
 * customer rate (%) of each installment count it offers.
 *
 * @param cardType        {@code CREDIT_CARD}, {@code DEBIT_CARD} or {@code PREPAID_CARD}
 * @param cardAssociation {@code VISA}, {@code MASTER_CARD}, {@code AMERICAN_EXPRESS}, {@code TROY}
 * @param commercial      a commercial (business) card
 * @param force3ds        iyzico requires 3-D Secure for it
 */
public record IyzicoCard(String bin, String bankName, int bankCode, String cardType,
    String cardAssociation, String cardFamilyName, boolean commercial, boolean force3ds,
    List<Rate> rates) {

  public IyzicoCard {
    Objects.requireNonNull(bin, "bin");
    Objects.requireNonNull(bankName, "bankName");
    Objects.requireNonNull(cardType, "cardType");
    Objects.requireNonNull(cardAssociation, "cardAssociation");
    Objects.requireNonNull(cardFamilyName, "cardFamilyName");
    rates = List.copyOf(rates);
  }

  /** One installment count and the customer's rate for it, in percent. */
  public record Rate(int installmentNumber, BigDecimal customerRate) {

    public Rate {
      Objects.requireNonNull(customerRate, "customerRate");
    }
  }
}
