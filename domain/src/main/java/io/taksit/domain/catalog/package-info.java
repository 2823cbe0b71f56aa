/**
 * A provider's service catalog as Taksit keeps it: each service a {@link
 * io.taksit.domain.bill.Biller} plus the input fields a host's form asks for (Momkn's service
 * parameters), and the validation of a customer's inputs against those fields, before any
 * provider is called.
 */
package io.taksit.domain.catalog;
