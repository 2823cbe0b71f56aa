-- An operator's settlement of a payment (PaymentEvent.Resolved): who settled it and on what
-- evidence; the reason goes in the existing reason column. Null for every other event.
ALTER TABLE payment_events ADD COLUMN operator_name VARCHAR(64);
ALTER TABLE payment_events ADD COLUMN evidence VARCHAR(128);
