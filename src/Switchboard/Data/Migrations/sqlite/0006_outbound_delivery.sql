-- Version 6: outbound delivery. Templates (bodies and variables as JSON text), the outbox the
-- dispatcher claims with leases, every call to Twilio (delivery_attempts), each status a message was
-- reported in (message_status_changes), dead letters, and the verified numbers of test mode.
-- The carrier's receipt date on messages is a nullable column, which SQLite adds in place.

CREATE TABLE "message_templates" (
    "id" TEXT NOT NULL CONSTRAINT "pk_message_templates" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "default_language" TEXT NOT NULL,
    "bodies" TEXT NOT NULL,
    "variables" TEXT NOT NULL,
    "usage_count" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_message_templates_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE TABLE "starter_template_seedings" (
    "organization_id" TEXT NOT NULL CONSTRAINT "pk_starter_template_seedings" PRIMARY KEY,
    "seeded_at" TEXT NOT NULL,
    CONSTRAINT "fk_starter_template_seedings_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE TABLE "verified_numbers" (
    "id" TEXT NOT NULL CONSTRAINT "pk_verified_numbers" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_verified_numbers_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE TABLE "outbox_messages" (
    "id" TEXT NOT NULL CONSTRAINT "pk_outbox_messages" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "due_at" TEXT NOT NULL,
    "lease_owner" TEXT NULL,
    "lease_until" TEXT NULL,
    "send_started_at" TEXT NULL,
    "deferred_count" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_outbox_messages_messages_message_id" FOREIGN KEY ("message_id") REFERENCES "messages" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_outbox_messages_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE TABLE "delivery_attempts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_delivery_attempts" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "counted" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "error_code" INTEGER NULL,
    "error_message" TEXT NULL,
    "twilio_sid" TEXT NULL,
    "started_at" TEXT NOT NULL,
    "finished_at" TEXT NULL,
    CONSTRAINT "fk_delivery_attempts_messages_message_id" FOREIGN KEY ("message_id") REFERENCES "messages" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_delivery_attempts_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE TABLE "message_status_changes" (
    "id" TEXT NOT NULL CONSTRAINT "pk_message_status_changes" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "applied" INTEGER NOT NULL,
    "error_code" INTEGER NULL,
    "raw_dlr_done_date" TEXT NULL,
    "source" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL,
    CONSTRAINT "fk_message_status_changes_messages_message_id" FOREIGN KEY ("message_id") REFERENCES "messages" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_message_status_changes_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE TABLE "dead_letters" (
    "id" TEXT NOT NULL CONSTRAINT "pk_dead_letters" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "error_code" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "resent_at" TEXT NULL,
    CONSTRAINT "fk_dead_letters_messages_message_id" FOREIGN KEY ("message_id") REFERENCES "messages" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_dead_letters_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_dead_letters_message_id" ON "dead_letters" ("message_id");
CREATE INDEX "ix_dead_letters_organization_id_created_at" ON "dead_letters" ("organization_id", "created_at");
CREATE UNIQUE INDEX "ix_delivery_attempts_message_id_number" ON "delivery_attempts" ("message_id", "number");
CREATE INDEX "ix_delivery_attempts_organization_id" ON "delivery_attempts" ("organization_id");
CREATE UNIQUE INDEX "ix_message_status_changes_message_id_status" ON "message_status_changes" ("message_id", "status");
CREATE INDEX "ix_message_status_changes_organization_id" ON "message_status_changes" ("organization_id");
CREATE UNIQUE INDEX "ix_message_templates_organization_id_name" ON "message_templates" ("organization_id", "name");
CREATE INDEX "ix_outbox_messages_due_at" ON "outbox_messages" ("due_at");
CREATE UNIQUE INDEX "ix_outbox_messages_message_id" ON "outbox_messages" ("message_id");
CREATE INDEX "ix_outbox_messages_organization_id" ON "outbox_messages" ("organization_id");
CREATE UNIQUE INDEX "ix_verified_numbers_organization_id_phone" ON "verified_numbers" ("organization_id", "phone");

ALTER TABLE "messages" ADD COLUMN "raw_dlr_done_date" TEXT NULL;
