-- The stores behind the BillerCatalog, FeeScheduleSource, InquiredBills and FeeQuotes ports, and
-- the database's guard of "one live payment per bill". Portable between PostgreSQL 14+ and H2
-- 2.x in PostgreSQL mode. Money is an exact decimal plus its ISO 4217 currency; the parts of a
-- value that nest (invoices, tiers, provider fields) are a compact JSON text written by the
-- adapter, amounts in it as decimal strings, so a row is read whole in one statement.

CREATE TABLE billers (
  id                    VARCHAR(64)   NOT NULL,
  name                  VARCHAR(128)  NOT NULL,
  provider_id           VARCHAR(32)   NOT NULL,
  provider_service_code VARCHAR(64)   NOT NULL,
  currency              CHAR(3)       NOT NULL,
  amount_minimum        NUMERIC(24,4) NOT NULL,
  amount_maximum        NUMERIC(24,4) NOT NULL,
  amount_step           NUMERIC(24,4) NOT NULL,
  step_anchor           VARCHAR(8)    NOT NULL,
  payment_mode          VARCHAR(16)   NOT NULL,
  invoice_selection     VARCHAR(16)   NOT NULL,
  oldest_first          BOOLEAN       NOT NULL,
  inquiry_required      BOOLEAN       NOT NULL,
  active                BOOLEAN       NOT NULL,
  CONSTRAINT billers_pk PRIMARY KEY (id)
);

-- Rates are decimal text (BigDecimal#toString), so 1.5 and 1.50 stay what was configured.
CREATE TABLE fee_schedules (
  biller_id       VARCHAR(64)       NOT NULL,
  currency        CHAR(3)           NOT NULL,
  tax_rate_of_fee VARCHAR(64)       NOT NULL,
  rounding        VARCHAR(16)       NOT NULL,
  tiers           VARCHAR(1000000)  NOT NULL,
  CONSTRAINT fee_schedules_pk PRIMARY KEY (biller_id)
);

-- The latest inquiry answer per bill reference, so that any host instance can quote and pay
-- against it. Rows are deleted once stale (see JdbcInquiredBills).
CREATE TABLE inquired_bills (
  bill_reference VARCHAR(256)      NOT NULL,
  biller_id      VARCHAR(64)       NOT NULL,
  account        VARCHAR(256)      NOT NULL,
  customer_name  VARCHAR(4000),
  currency       CHAR(3)           NOT NULL,
  total_due      NUMERIC(24,4)     NOT NULL,
  invoices       VARCHAR(1000000)  NOT NULL,
  data_fields    VARCHAR(1000000)  NOT NULL,
  expires_at     TIMESTAMP(6),
  remembered_at  TIMESTAMP(6)      NOT NULL,
  CONSTRAINT inquired_bills_pk PRIMARY KEY (bill_reference)
);

CREATE INDEX inquired_bills_stale_idx ON inquired_bills (remembered_at);
CREATE INDEX inquired_bills_expiry_idx ON inquired_bills (expires_at);

-- Fee quotes handed to callers, found again by id when a payment accepts one.
CREATE TABLE fee_quotes (
  id             VARCHAR(128)  NOT NULL,
  bill_reference VARCHAR(256)  NOT NULL,
  currency       CHAR(3)       NOT NULL,
  amount         NUMERIC(24,4) NOT NULL,
  fee            NUMERIC(24,4) NOT NULL,
  tax            NUMERIC(24,4) NOT NULL,
  discount       NUMERIC(24,4) NOT NULL,
  total          NUMERIC(24,4) NOT NULL,
  source         VARCHAR(16)   NOT NULL,
  quoted_at      TIMESTAMP(6)  NOT NULL,
  CONSTRAINT fee_quotes_pk PRIMARY KEY (id)
);

CREATE INDEX fee_quotes_quoted_idx ON fee_quotes (quoted_at);

-- One live payment per bill: live_bill is 'biller_id|bill_reference' while the payment is not
-- DECLINED and NULL once it is (a biller id cannot contain '|'). A unique constraint lets any
-- number of NULLs through on both databases, so it settles what a partial index would on
-- PostgreSQL alone. The repository keeps the column on insert and update.
ALTER TABLE payments ADD COLUMN live_bill VARCHAR(330);

-- Payments stored before this guard may already hold a bill twice (two instances raced past the
-- application's check): the oldest live one keeps the bill, the others stay as they are.
UPDATE payments SET live_bill = biller_id || '|' || bill_reference
WHERE status <> 'DECLINED'
  AND NOT EXISTS (
    SELECT 1 FROM payments older
    WHERE older.biller_id = payments.biller_id
      AND older.bill_reference = payments.bill_reference
      AND older.status <> 'DECLINED'
      AND (older.created_at < payments.created_at
        OR (older.created_at = payments.created_at AND older.id < payments.id)));

ALTER TABLE payments ADD CONSTRAINT payments_live_bill_uq UNIQUE (live_bill);
