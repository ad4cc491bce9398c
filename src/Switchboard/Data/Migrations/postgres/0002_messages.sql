-- Version 2: messages, raw webhook events, and consent on contacts.
-- A constant default makes ADD COLUMN a catalog-only change on PostgreSQL 11+: no table rewrite.

ALTER TABLE contacts ADD COLUMN opted_out boolean NOT NULL DEFAULT FALSE;
ALTER TABLE contacts ADD COLUMN opted_out_at timestamp with time zone;

CREATE TABLE messages (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    contact_id uuid,
    direction text NOT NULL,
    twilio_sid text,
    "from" text NOT NULL,
    "to" text NOT NULL,
    body text NOT NULL,
    status text NOT NULL,
    error_code integer,
    error_message text,
    segments integer NOT NULL,
    encoding text NOT NULL,
    price numeric(12,5),
    price_unit text,
    attempt_count integer NOT NULL,
    queued_at timestamp with time zone,
    sending_at timestamp with time zone,
    sent_at timestamp with time zone,
    delivered_at timestamp with time zone,
    failed_at timestamp with time zone,
    undelivered_at timestamp with time zone,
    read_at timestamp with time zone,
    received_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_messages PRIMARY KEY (id),
    CONSTRAINT fk_messages_contacts_contact_id FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
    CONSTRAINT fk_messages_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE INDEX ix_messages_contact_id ON messages (contact_id);
CREATE INDEX ix_messages_organization_id_contact_id ON messages (organization_id, contact_id);
CREATE INDEX ix_messages_organization_id_created_at ON messages (organization_id, created_at DESC);
CREATE UNIQUE INDEX ix_messages_twilio_sid ON messages (twilio_sid);

CREATE TABLE webhook_events (
    id uuid NOT NULL,
    organization_id uuid,
    kind text NOT NULL,
    dedupe_key text NOT NULL,
    url text NOT NULL,
    raw_body text NOT NULL,
    signature_valid boolean NOT NULL,
    received_at timestamp with time zone NOT NULL,
    processed_at timestamp with time zone,
    CONSTRAINT pk_webhook_events PRIMARY KEY (id),
    CONSTRAINT fk_webhook_events_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE SET NULL
);

CREATE UNIQUE INDEX ix_webhook_events_dedupe_key ON webhook_events (dedupe_key);
CREATE INDEX ix_webhook_events_organization_id ON webhook_events (organization_id);
