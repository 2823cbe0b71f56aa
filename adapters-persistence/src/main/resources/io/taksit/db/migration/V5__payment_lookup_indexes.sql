-- Every per-payment query is served by an index, so its cost does not grow with the payments
-- stored (issue: cost per payment).
-- PayBill's "is this bill already paid?" looks a payment up by biller and bill reference;
-- FindPayments also filters by account; both are ordered newest first.
CREATE INDEX payments_bill_idx ON payments (biller_id, bill_reference, created_at);
CREATE INDEX payments_account_idx ON payments (biller_id, account, created_at);
-- The backlog (UNKNOWN and PENDING payments awaiting a check) and listings by status.
CREATE INDEX payments_status_idx ON payments (status, created_at);
