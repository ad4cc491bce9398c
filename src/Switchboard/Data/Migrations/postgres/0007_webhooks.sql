-- Version 7: outbound webhooks (endpoints, deliveries, the fan-out cursor), the Data Protection
-- keys that encrypt endpoint secrets (shared by every instance), and event notifications.

CREATE TABLE webhook_endpoints (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    url text NOT NULL,
    event_types text NOT NULL,
    description text,
    protected_secret text NOT NULL,
    after_event_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    failing_since timestamp with time zone,
    disabled_at timestamp with time zone,
    CONSTRAINT pk_webhook_endpoints PRIMARY KEY (id),
    CONSTRAINT fk_webhook_endpoints_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE INDEX ix_webhook_endpoints_organization_id ON webhook_endpoints (organization_id);

CREATE TABLE webhook_deliveries (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    endpoint_id uuid NOT NULL,
    event_id bigint NOT NULL,
    event_type text NOT NULL,
    payload text NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    retry_until timestamp with time zone NOT NULL,
    lease_until timestamp with time zone,
    last_attempt_at timestamp with time zone,
    last_status_code integer,
    last_error text,
    created_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone,
    CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
    CONSTRAINT fk_webhook_deliveries_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_deliveries_webhook_endpoints_endpoint_id FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_webhook_deliveries_endpoint_id_event_id ON webhook_deliveries (endpoint_id, event_id);

CREATE INDEX ix_webhook_deliveries_organization_id ON webhook_deliveries (organization_id);

CREATE INDEX ix_webhook_deliveries_status_next_attempt_at ON webhook_deliveries (status, next_attempt_at);

CREATE TABLE event_cursors (
    name text NOT NULL,
    position bigint NOT NULL,
    CONSTRAINT pk_event_cursors PRIMARY KEY (name)
);

CREATE TABLE data_protection_keys (
    id uuid NOT NULL,
    friendly_name text,
    xml text NOT NULL,
    CONSTRAINT pk_data_protection_keys PRIMARY KEY (id)
);

-- The fan-out starts at the current end of the events table: nothing older is owed to anyone.
INSERT INTO event_cursors (name, position) SELECT 'webhooks', COALESCE(MAX(id), 0) FROM events;

-- Every statement that inserts events notifies 'switchboard_events'. NOTIFY is transactional: it
-- is delivered on commit and never for a rollback, and PostgreSQL folds repeats within one
-- transaction into one. Listeners only wake up early; they read the events table itself.
CREATE FUNCTION switchboard_notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('switchboard_events', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER events_notify AFTER INSERT ON events
    FOR EACH STATEMENT EXECUTE FUNCTION switchboard_notify_events();
