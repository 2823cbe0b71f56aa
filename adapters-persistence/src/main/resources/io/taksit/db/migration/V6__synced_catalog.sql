-- The services synced from providers' catalogs (Momkn's GET /categories/{version}): each a biller,
-- in the same columns as the hand-configured billers table, plus its input fields as a JSON text
-- (key, label, title, type, optional, sequence, choices, expression, message) and the key of the
-- field that holds the billing account. Kept apart from billers, which an operator writes: a sync
-- never overwrites a hand-configured biller, and the catalog decides which one wins on reading.

CREATE TABLE catalog_services (
  id                    VARCHAR(64)       NOT NULL,
  name                  VARCHAR(256)      NOT NULL,
  provider_id           VARCHAR(32)       NOT NULL,
  provider_service_code VARCHAR(64)       NOT NULL,
  currency              CHAR(3)           NOT NULL,
  amount_minimum        NUMERIC(24,4)     NOT NULL,
  amount_maximum        NUMERIC(24,4)     NOT NULL,
  amount_step           NUMERIC(24,4)     NOT NULL,
  step_anchor           VARCHAR(8)        NOT NULL,
  payment_mode          VARCHAR(16)       NOT NULL,
  invoice_selection     VARCHAR(16)       NOT NULL,
  oldest_first          BOOLEAN           NOT NULL,
  inquiry_required      BOOLEAN           NOT NULL,
  active                BOOLEAN           NOT NULL,
  input_fields          VARCHAR(1000000)  NOT NULL,
  account_field         VARCHAR(128),
  synced_at             TIMESTAMP(6)      NOT NULL,
  CONSTRAINT catalog_services_pk PRIMARY KEY (id)
);

-- The catalog version each provider was last synced at: the next sync asks from it.
CREATE TABLE catalog_versions (
  provider_id VARCHAR(32)   NOT NULL,
  version     VARCHAR(64)   NOT NULL,
  synced_at   TIMESTAMP(6)  NOT NULL,
  CONSTRAINT catalog_versions_pk PRIMARY KEY (provider_id)
);
