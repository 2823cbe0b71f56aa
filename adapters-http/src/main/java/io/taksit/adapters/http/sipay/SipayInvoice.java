package io.taksit.adapters.http.sipay;

import java.math.BigDecimal;

/**
 * The fields of one outstanding invoice that MakePayment must send back as the inquiry gave
 * them. Read from a {@link io.taksit.domain.bill.Bill}'s data by {@link SipayBills#payable}.
 */
record SipayInvoice(String invPaymentTransactionQueryOid, BigDecimal invoiceAmount,
    String productOid, String subscriberNo, String billTerm, String billNo) {}
