-- Payments, their attempts and their events. Portable between PostgreSQL 14+ and H2 2.x in
-- PostgreSQL mode. Instants are TIMESTAMP(6) holding UTC; money is an exact decimal plus its
-- ISO 4217 currency. Attempts and events are append-only.

CREATE TABLE payments (
  id                  VARCHAR(36)   NOT NULL,
  idempotency_key     VARCHAR(128)  NOT NULL,
  request_fingerprint VARCHAR(512)  NOT NULL,
  biller_id           VARCHAR(128)  NOT NULL,
  provider_id         VARCHAR(64)   NOT NULL,
  account             VARCHAR(256)  NOT NULL,
  bill_reference      VARCHAR(256)  NOT NULL,
  amount              NUMERIC(24,4) NOT NULL,
  currency            CHAR(3)       NOT NULL,
  invoices            VARCHAR(4000) NOT NULL,
  fee_amount          NUMERIC(24,4),
  fee_fee             NUMERIC(24,4),
  fee_tax             NUMERIC(24,4),
  fee_discount        NUMERIC(24,4),
  fee_total           NUMERIC(24,4),
  fee_source          VARCHAR(16),
  status              VARCHAR(16)   NOT NULL,
  status_checks       INTEGER       NOT NULL,
  next_check_at       TIMESTAMP(6),
  review_reason       VARCHAR(4000),
  lease_until         TIMESTAMP(6),
  attempt_count       INTEGER       NOT NULL,
  event_count         INTEGER       NOT NULL,
  version             BIGINT        NOT NULL,
  created_at          TIMESTAMP(6)  NOT NULL,
  updated_at          TIMESTAMP(6)  NOT NULL,
  CONSTRAINT payments_pk PRIMARY KEY (id),
  CONSTRAINT payments_idempotency_key_uq UNIQUE (idempotency_key)
);

CREATE INDEX payments_due_idx ON payments (next_check_at, id);
CREATE INDEX payments_created_idx ON payments (created_at, id);

CREATE TABLE payment_attempts (
  payment_id         VARCHAR(36)   NOT NULL,
  number             INTEGER       NOT NULL,
  retry              BOOLEAN       NOT NULL,
  sent_at            TIMESTAMP(6)  NOT NULL,
  answered_at        TIMESTAMP(6)  NOT NULL,
  outcome            VARCHAR(16)   NOT NULL,
  provider_reference VARCHAR(512),
  provider_code      VARCHAR(512),
  provider_message   VARCHAR(4000),
  reason             VARCHAR(4000) NOT NULL,
  CONSTRAINT payment_attempts_pk PRIMARY KEY (payment_id, number),
  CONSTRAINT payment_attempts_payment_fk FOREIGN KEY (payment_id) REFERENCES payments (id)
);

CREATE TABLE payment_events (
  payment_id  VARCHAR(36)   NOT NULL,
  seq         INTEGER       NOT NULL,
  type        VARCHAR(32)   NOT NULL,
  at          TIMESTAMP(6)  NOT NULL,
  from_status VARCHAR(16),
  status      VARCHAR(16)   NOT NULL,
  number      INTEGER,
  outcome     VARCHAR(16),
  reason      VARCHAR(4000),
  CONSTRAINT payment_events_pk PRIMARY KEY (payment_id, seq),
  CONSTRAINT payment_events_payment_fk FOREIGN KEY (payment_id) REFERENCES payments (id)
);
