-- Version 5: inbound processing jobs, MMS attachments, leads on contacts, per-organisation
-- consent keywords. Only in-place changes: new tables, and nullable or constant-default columns.

ALTER TABLE "organizations" ADD COLUMN "consent_keywords" TEXT NULL;

ALTER TABLE "contacts" ADD COLUMN "lead_source" TEXT NULL;
ALTER TABLE "contacts" ADD COLUMN "first_message" TEXT NULL;
ALTER TABLE "contacts" ADD COLUMN "sms_enabled" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "contacts" ADD COLUMN "last_sms_at" TEXT NULL;

CREATE TABLE "inbound_jobs" (
    "id" TEXT NOT NULL CONSTRAINT "pk_inbound_jobs" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "webhook_event_id" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "run_at" TEXT NOT NULL,
    "lease_until" TEXT NULL,
    "claimed_by" TEXT NULL,
    "last_error" TEXT NULL,
    "parked_at" TEXT NULL,
    "done_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_inbound_jobs_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_inbound_jobs_webhook_events_webhook_event_id" FOREIGN KEY ("webhook_event_id") REFERENCES "webhook_events" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_inbound_jobs_done_at_parked_at_run_at" ON "inbound_jobs" ("done_at", "parked_at", "run_at");
CREATE INDEX "ix_inbound_jobs_organization_id" ON "inbound_jobs" ("organization_id");
CREATE UNIQUE INDEX "ix_inbound_jobs_webhook_event_id" ON "inbound_jobs" ("webhook_event_id");

CREATE TABLE "message_media" (
    "id" TEXT NOT NULL CONSTRAINT "pk_message_media" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "content_type" TEXT NULL,
    CONSTRAINT "fk_message_media_messages_message_id" FOREIGN KEY ("message_id") REFERENCES "messages" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_message_media_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_message_media_message_id_position" ON "message_media" ("message_id", "position");
CREATE INDEX "ix_message_media_organization_id" ON "message_media" ("organization_id");
