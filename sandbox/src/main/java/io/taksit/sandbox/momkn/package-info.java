/**
 * Momkn in the sandbox: bill-payment service 362 (Takka installments) with authenticate,
 * inquiry, fees, payment (and its retry) and status, its seed data and demo credentials, found
 * through {@link io.taksit.sandbox.momkn.MomknSandbox}.
 */
package io.taksit.sandbox.momkn;
