-- Version 6: outbound delivery. Templates (bodies and variables as JSON text), the outbox the
-- dispatcher claims with leases, every call to Twilio (delivery_attempts), each status a message was
-- reported in (message_status_changes), dead letters, and the verified numbers of test mode.

CREATE TABLE message_templates (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    category text NOT NULL,
    default_language text NOT NULL,
    bodies text NOT NULL,
    variables text NOT NULL,
    usage_count integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_message_templates PRIMARY KEY (id),
    CONSTRAINT fk_message_templates_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE starter_template_seedings (
    organization_id uuid NOT NULL,
    seeded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_starter_template_seedings PRIMARY KEY (organization_id),
    CONSTRAINT fk_starter_template_seedings_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE verified_numbers (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    phone text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_verified_numbers PRIMARY KEY (id),
    CONSTRAINT fk_verified_numbers_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE outbox_messages (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    message_id uuid NOT NULL,
    due_at timestamp with time zone NOT NULL,
    lease_owner text,
    lease_until timestamp with time zone,
    send_started_at timestamp with time zone,
    deferred_count integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_outbox_messages PRIMARY KEY (id),
    CONSTRAINT fk_outbox_messages_messages_message_id FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE,
    CONSTRAINT fk_outbox_messages_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE delivery_attempts (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    message_id uuid NOT NULL,
    number integer NOT NULL,
    counted boolean NOT NULL,
    outcome text NOT NULL,
    error_code integer,
    error_message text,
    twilio_sid text,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    CONSTRAINT pk_delivery_attempts PRIMARY KEY (id),
    CONSTRAINT fk_delivery_attempts_messages_message_id FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE,
    CONSTRAINT fk_delivery_attempts_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE message_status_changes (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    message_id uuid NOT NULL,
    status text NOT NULL,
    applied boolean NOT NULL,
    error_code integer,
    raw_dlr_done_date text,
    source text NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_message_status_changes PRIMARY KEY (id),
    CONSTRAINT fk_message_status_changes_messages_message_id FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE,
    CONSTRAINT fk_message_status_changes_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE dead_letters (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    message_id uuid NOT NULL,
    reason text NOT NULL,
    error_code integer,
    created_at timestamp with time zone NOT NULL,
    resent_at timestamp with time zone,
    CONSTRAINT pk_dead_letters PRIMARY KEY (id),
    CONSTRAINT fk_dead_letters_messages_message_id FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE,
    CONSTRAINT fk_dead_letters_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE INDEX ix_dead_letters_message_id ON dead_letters (message_id);
CREATE INDEX ix_dead_letters_organization_id_created_at ON dead_letters (organization_id, created_at);
CREATE UNIQUE INDEX ix_delivery_attempts_message_id_number ON delivery_attempts (message_id, number);
CREATE INDEX ix_delivery_attempts_organization_id ON delivery_attempts (organization_id);
CREATE UNIQUE INDEX ix_message_status_changes_message_id_status ON message_status_changes (message_id, status);
CREATE INDEX ix_message_status_changes_organization_id ON message_status_changes (organization_id);
CREATE UNIQUE INDEX ix_message_templates_organization_id_name ON message_templates (organization_id, name);
CREATE INDEX ix_outbox_messages_due_at ON outbox_messages (due_at);
CREATE UNIQUE INDEX ix_outbox_messages_message_id ON outbox_messages (message_id);
CREATE INDEX ix_outbox_messages_organization_id ON outbox_messages (organization_id);
CREATE UNIQUE INDEX ix_verified_numbers_organization_id_phone ON verified_numbers (organization_id, phone);

ALTER TABLE messages ADD COLUMN raw_dlr_done_date text;
