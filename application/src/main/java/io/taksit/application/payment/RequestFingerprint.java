package io.taksit.application.payment;

import io.taksit.application.port.in.PayBill;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A digest of what a pay request asks for, so that a replay under the same idempotency key can be
 * told apart from a different request: equal requests (500 and 500.00 alike) give equal
 * fingerprints.
 */
final class RequestFingerprint {

  private RequestFingerprint() {}

  static String of(PayBill.Command command) {
    String canonical = String.join("|",
        command.billReference().strip(),
        plain(command.amount()),
        command.currency().toUpperCase(Locale.ROOT),
        new TreeSet<>(command.invoices()).toString(),
        String.valueOf(command.feeQuoteId()),
        command.acceptedTotal() == null ? "null" : plain(command.acceptedTotal()));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(impossible);
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
