package io.taksit.sandbox.sipay;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import java.math.BigDecimal;
import java.util.Objects;

/** A Sipay wallet that may pay invoices, with its balance. */
public record SipayWallet(String walletNumber, String accountNumber, String holderName,
    BigDecimal balance) {

  public SipayWallet {
    Objects.requireNonNull(walletNumber, "walletNumber");
    Objects.requireNonNull(accountNumber, "accountNumber");
    Objects.requireNonNull(holderName, "holderName");
    balance = twoDecimals(balance);
  }
}
