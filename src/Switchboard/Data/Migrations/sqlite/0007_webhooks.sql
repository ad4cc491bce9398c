-- Version 7: outbound webhooks (endpoints, deliveries, the fan-out cursor) and the Data Protection
-- keys that encrypt endpoint secrets, shared by every instance.

CREATE TABLE "webhook_endpoints" (
    "id" TEXT NOT NULL CONSTRAINT "pk_webhook_endpoints" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "event_types" TEXT NOT NULL,
    "description" TEXT NULL,
    "protected_secret" TEXT NOT NULL,
    "after_event_id" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "failing_since" TEXT NULL,
    "disabled_at" TEXT NULL,
    CONSTRAINT "fk_webhook_endpoints_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_webhook_endpoints_organization_id" ON "webhook_endpoints" ("organization_id");

CREATE TABLE "webhook_deliveries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_webhook_deliveries" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "endpoint_id" TEXT NOT NULL,
    "event_id" INTEGER NOT NULL,
    "event_type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "next_attempt_at" TEXT NOT NULL,
    "retry_until" TEXT NOT NULL,
    "lease_until" TEXT NULL,
    "last_attempt_at" TEXT NULL,
    "last_status_code" INTEGER NULL,
    "last_error" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "delivered_at" TEXT NULL,
    CONSTRAINT "fk_webhook_deliveries_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_webhook_deliveries_webhook_endpoints_endpoint_id" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_webhook_deliveries_endpoint_id_event_id" ON "webhook_deliveries" ("endpoint_id", "event_id");

CREATE INDEX "ix_webhook_deliveries_organization_id" ON "webhook_deliveries" ("organization_id");

CREATE INDEX "ix_webhook_deliveries_status_next_attempt_at" ON "webhook_deliveries" ("status", "next_attempt_at");

CREATE TABLE "event_cursors" (
    "name" TEXT NOT NULL CONSTRAINT "pk_event_cursors" PRIMARY KEY,
    "position" INTEGER NOT NULL
);

CREATE TABLE "data_protection_keys" (
    "id" TEXT NOT NULL CONSTRAINT "pk_data_protection_keys" PRIMARY KEY,
    "friendly_name" TEXT NULL,
    "xml" TEXT NOT NULL
);

-- The fan-out starts at the current end of the events table: nothing older is owed to anyone.
INSERT INTO "event_cursors" ("name", "position") SELECT 'webhooks', COALESCE(MAX("id"), 0) FROM "events";
