/**
 * iyzico, the fifth provider: its installment inquiry ({@code POST /payment/iyzipos/installment})
 * with the {@code IYZWSv2} HMAC-SHA256 authorization, added through the provider SPI alone
 * ({@link io.taksit.adapters.http.iyzico.IyzicoProvider}). Its wire is in
 * {@code docs/providers-wire.md}.
 */
package io.taksit.adapters.http.iyzico;
