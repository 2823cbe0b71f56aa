/**
 * Sipay Wallet in the sandbox: the OAuth2 token, the institution's invoice inquiry and
 * {@code MakePayment} from a wallet, its seed data and demo credentials, found through
 * {@link io.taksit.sandbox.sipay.SipaySandbox}.
 */
package io.taksit.sandbox.sipay;
