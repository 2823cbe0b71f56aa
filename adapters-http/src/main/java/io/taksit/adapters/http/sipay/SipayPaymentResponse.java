package io.taksit.adapters.http.sipay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Sipay's MakePayment envelope: {@code code} {@code "100"} is success; {@code payload} carries
 * Sipay's references, the amount charged and the paying wallet (of which Taksit reads only a few
 * fields; the balances and limits are ignored).
 */
public record SipayPaymentResponse(
    @JsonProperty("status") Integer status,
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("payload") Payload payload) {

  /** What Sipay did: its references, the amounts, the institution paid. */
  public record Payload(
      @JsonProperty("invoice_type") String invoiceType,
      @JsonProperty("inv_payment_transaction_query_oid") String invPaymentTransactionQueryOid,
      @JsonProperty("receipt_output_print") String receiptOutputPrint,
      @JsonProperty("institution_name") String institutionName,
      @JsonProperty("payment_transaction_id") String paymentTransactionId,
      @JsonProperty("transaction_id") String transactionId,
      @JsonProperty("transaction_amount") BigDecimal transactionAmount,
      @JsonProperty("transaction_fee") BigDecimal transactionFee,
      @JsonProperty("charged_amount") BigDecimal chargedAmount,
      @JsonProperty("ext_order_id") String extOrderId,
      @JsonProperty("receiver_account_number") String receiverAccountNumber,
      @JsonProperty("receiver_wallet_number") String receiverWalletNumber,
      @JsonProperty("sender_wallet_info") SenderWalletInfo senderWalletInfo) {}

  /** The paying wallet as Sipay saw it; {@code currency_code} is checked against the payment. */
  public record SenderWalletInfo(
      @JsonProperty("id") String id,
      @JsonProperty("tenant_id") String tenantId,
      @JsonProperty("account_number") String accountNumber,
      @JsonProperty("account_type") String accountType,
      @JsonProperty("number") String number,
      @JsonProperty("currency_code") String currencyCode) {}
}
