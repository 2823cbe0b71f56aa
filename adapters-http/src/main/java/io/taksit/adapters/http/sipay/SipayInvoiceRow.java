package io.taksit.adapters.http.sipay;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * One outstanding invoice of an inquiry answer, every field as Sipay names it. MakePayment needs
 * {@code inv_payment_transaction_query_oid}, {@code invoice_amount}, {@code product_oid},
 * {@code subscriber_no1}, {@code bill_term} and {@code bill_no} back. {@code subscriber_nos} is
 * undocumented in shape, so it is read as any JSON value.
 */
public record SipayInvoiceRow(
    @JsonProperty("bill_term") String billTerm,
    @JsonProperty("bill_no") String billNo,
    @JsonProperty("invoice_date") String invoiceDate,
    @JsonProperty("bill_due_date") String billDueDate,
    @JsonProperty("invoice_type") String invoiceType,
    @JsonProperty("subscriber_nos") JsonNode subscriberNos,
    @JsonProperty("subscriber_no1") String subscriberNo1,
    @JsonProperty("subscriber_no2") String subscriberNo2,
    @JsonProperty("subscriber_no3") String subscriberNo3,
    @JsonProperty("subscriber_name") String subscriberName,
    @JsonProperty("product_oid") String productOid,
    @JsonProperty("invoice_amount") BigDecimal invoiceAmount,
    @JsonProperty("expense_amount") BigDecimal expenseAmount,
    @JsonProperty("expense_firm_amount") BigDecimal expenseFirmAmount,
    @JsonProperty("expense_dealer_amount") BigDecimal expenseDealerAmount,
    @JsonProperty("partial_payment_allowed") Boolean partialPaymentAllowed,
    @JsonProperty("inv_payment_transaction_query_oid") String invPaymentTransactionQueryOid,
    @JsonProperty("payment_order_no") String paymentOrderNo) {}
