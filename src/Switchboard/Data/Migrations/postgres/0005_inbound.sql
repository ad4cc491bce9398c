-- Version 5: inbound processing jobs, MMS attachments, leads on contacts, per-organisation
-- consent keywords.

ALTER TABLE organizations ADD COLUMN consent_keywords text;

ALTER TABLE contacts ADD COLUMN lead_source text;
ALTER TABLE contacts ADD COLUMN first_message text;
ALTER TABLE contacts ADD COLUMN sms_enabled boolean NOT NULL DEFAULT FALSE;
ALTER TABLE contacts ADD COLUMN last_sms_at timestamp with time zone;

CREATE TABLE inbound_jobs (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    kind text NOT NULL,
    webhook_event_id uuid NOT NULL,
    attempts integer NOT NULL,
    run_at timestamp with time zone NOT NULL,
    lease_until timestamp with time zone,
    claimed_by text,
    last_error text,
    parked_at timestamp with time zone,
    done_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_inbound_jobs PRIMARY KEY (id),
    CONSTRAINT fk_inbound_jobs_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE,
    CONSTRAINT fk_inbound_jobs_webhook_events_webhook_event_id FOREIGN KEY (webhook_event_id) REFERENCES webhook_events (id) ON DELETE CASCADE
);

CREATE INDEX ix_inbound_jobs_done_at_parked_at_run_at ON inbound_jobs (done_at, parked_at, run_at);
CREATE INDEX ix_inbound_jobs_organization_id ON inbound_jobs (organization_id);
CREATE UNIQUE INDEX ix_inbound_jobs_webhook_event_id ON inbound_jobs (webhook_event_id);

CREATE TABLE message_media (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    message_id uuid NOT NULL,
    position integer NOT NULL,
    url text NOT NULL,
    content_type text,
    CONSTRAINT pk_message_media PRIMARY KEY (id),
    CONSTRAINT fk_message_media_messages_message_id FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE,
    CONSTRAINT fk_message_media_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_message_media_message_id_position ON message_media (message_id, position);
CREATE INDEX ix_message_media_organization_id ON message_media (organization_id);
