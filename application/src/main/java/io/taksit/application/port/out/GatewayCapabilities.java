package io.taksit.application.port.out;

/**
 * What a billing gateway can do beyond inquiry and payment.
 *
 * @param feeQuotes the provider has a fee call (Momkn); otherwise fees come from a configured
 *     schedule (Sipay reports its fee only in the payment answer)
 * @param statusChecks the provider can be asked what happened to a payment (directly, or by
 *     re-inquiry as for Sipay); without it, unknown outcomes go to review
 * @param retryFlag the provider has an explicit retry call or flag (Momkn {@code isRetry})
 */
public record GatewayCapabilities(boolean feeQuotes, boolean statusChecks, boolean retryFlag) {}
