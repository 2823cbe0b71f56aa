/**
 * Teqpay in the sandbox: the installment information in Teqpay's own JSON dialect (trailing
 * commas, Turkish decimal-comma amounts), its table and demo keys, found through
 * {@link io.taksit.sandbox.teqpay.TeqpaySandbox}.
 */
package io.taksit.sandbox.teqpay;
