/**
 * Teqpay installment information ({@code POST /installmentinfo}): a quote of card installment
 * plans for a BIN and an amount in Turkish lira. Entry points: {@link
 * io.taksit.adapters.http.teqpay.TeqpayConfig} and {@link
 * io.taksit.adapters.http.teqpay.TeqpayGateway}; Teqpay's Turkish amounts are read by {@link
 * io.taksit.adapters.http.teqpay.TurkishDecimal}.
 */
package io.taksit.adapters.http.teqpay;
