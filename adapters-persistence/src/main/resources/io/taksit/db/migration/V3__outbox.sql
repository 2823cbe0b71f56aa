-- The transactional outbox: one row per payment event, inserted in the transaction that stores
-- the event, so that an event is delivered at least once to the host's PaymentEventHandler even
-- when a host dies right after the change. The event itself is the payment_events row the entry
-- references; this table holds only its delivery state. Portable between PostgreSQL 14+ and H2
-- 2.x in PostgreSQL mode, like the migrations before it.
--
-- status: PENDING (to deliver; attempts > 0 once it failed), DELIVERED, DEAD (parked after its
-- last allowed attempt until replayed). claimed_by and lease_until are the claim of one relay
-- instance. settled_at is when it was delivered or parked; delivered rows are pruned by it.
-- last_error holds exception types only, never a message.
--
-- Events stored before this migration get no entry: they were handed to the in-process
-- PaymentEvents sink when they happened, and an earlier event without an entry never holds back
-- a later one.

CREATE TABLE payment_outbox (
  payment_id      VARCHAR(36)   NOT NULL,
  seq             INTEGER       NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  attempts        INTEGER       NOT NULL,
  next_attempt_at TIMESTAMP(6)  NOT NULL,
  claimed_by      VARCHAR(128),
  lease_until     TIMESTAMP(6),
  last_error      VARCHAR(1000),
  created_at      TIMESTAMP(6)  NOT NULL,
  settled_at      TIMESTAMP(6),
  CONSTRAINT payment_outbox_pk PRIMARY KEY (payment_id, seq),
  CONSTRAINT payment_outbox_event_fk FOREIGN KEY (payment_id, seq)
    REFERENCES payment_events (payment_id, seq),
  CONSTRAINT payment_outbox_status_ck CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
  CONSTRAINT payment_outbox_attempts_ck CHECK (attempts >= 0)
);

-- The claim: pending rows due by next_attempt_at, oldest first. The primary key serves the
-- claim's "no earlier undelivered entry of the same payment" check (payment_id, seq < n).
CREATE INDEX payment_outbox_due_idx ON payment_outbox (status, next_attempt_at, payment_id, seq);

-- Pruning delivered rows and listing dead letters, both by when they settled.
CREATE INDEX payment_outbox_settled_idx ON payment_outbox (status, settled_at, payment_id, seq);
