/**
 * Paywall in the sandbox: the installment inquiry in either documented answer shape, its table
 * and demo keys, found through {@link io.taksit.sandbox.paywall.PaywallSandbox}.
 */
package io.taksit.sandbox.paywall;
