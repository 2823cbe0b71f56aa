package io.taksit.cli.demo;

import io.taksit.domain.bill.BillerId;
import io.taksit.domain.provider.ProviderId;

/**
 * The ids the demo plays with: two of the billers the sandbox's ready configuration offers, and
 * their providers. Only ids: the billers themselves (amount rules, fee schedule) come from the
 * sandbox's providers, as a host's configuration file would give them.
 */
final class DemoBillers {

  /** Momkn service 362: Takka Microfinance installment repayment. */
  static final BillerId TAKKA = BillerId.of("momkn-362").get();
  /** The sandbox's Sipay institution, Türk Telekom (Mobil). */
  static final BillerId TURK_TELEKOM = BillerId.of("sipay-turk-telekom").get();
  /** Takka's provider: its payments are answered with a {@code Code}, and it has a status call. */
  static final ProviderId MOMKN = new ProviderId("momkn");
  /** Türk Telekom's provider: it pays from a wallet of the configuration. */
  static final ProviderId SIPAY = new ProviderId("sipay");

  private DemoBillers() {}
}
