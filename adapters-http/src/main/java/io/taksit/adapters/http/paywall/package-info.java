/**
 * Paywall (payment orchestration): the installment inquiry, as an
 * {@link io.taksit.application.port.out.InstallmentGateway}. Entry point {@link
 * io.taksit.adapters.http.paywall.PaywallGateway#create}; wire format in
 * {@code docs/providers-wire.md}, "Paywall".
 */
package io.taksit.adapters.http.paywall;
