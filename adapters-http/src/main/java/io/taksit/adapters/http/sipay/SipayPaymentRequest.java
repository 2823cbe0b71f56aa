package io.taksit.adapters.http.sipay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * {@code POST /v1/InvoicePayment/MakePayment}: the paying wallet (configured), one invoice's
 * fields as the inquiry gave them, the amount paid, and {@code ext_order_id} (<b>assumed</b>:
 * Taksit's payment id, which Sipay de-duplicates with code 301).
 */
public record SipayPaymentRequest(
    @JsonProperty("tenant_id") int tenantId,
    @JsonProperty("account_type_id") int accountTypeId,
    @JsonProperty("account_number") String accountNumber,
    @JsonProperty("wallet_number") String walletNumber,
    @JsonProperty("inv_payment_transaction_query_oid") String invPaymentTransactionQueryOid,
    @JsonProperty("invoice_amount") BigDecimal invoiceAmount,
    @JsonProperty("payment_amount") BigDecimal paymentAmount,
    @JsonProperty("product_oid") String productOid,
    @JsonProperty("subscriber_no") String subscriberNo,
    @JsonProperty("bill_term") String billTerm,
    @JsonProperty("bill_no") String billNo,
    @JsonProperty("ext_order_id") String extOrderId) {}
