/**
 * Momkn's bill-payment gateway (Egypt): Takka Microfinance installment repayment, service 362,
 * in EGP. {@link io.taksit.adapters.http.momkn.MomknGateway} implements the billing port over
 * the wire of {@code docs/providers-wire.md} "Momkn"; its javadoc separates what Momkn documents
 * from what Taksit assumes, and {@link io.taksit.adapters.http.momkn.MomknConfig} makes each
 * assumption a setting where one makes sense.
 *
 * <p>One class per concern: {@code MomknApi} (Feign), the request and answer records,
 * {@code MomknMapper} (MapStruct), {@code MomknAuthenticator} (tokens), {@code MomknBills}
 * (inquiry answers), {@code MomknFees} (fee answers), {@code MomknOutcomes} (payment and status
 * answers).
 */
package io.taksit.adapters.http.momkn;
