-- Version 2: messages, raw webhook events, and consent on contacts.
--
-- Adding a NOT NULL column with a constant default is one of the few changes SQLite's ALTER
-- TABLE can make in place. Anything else (changing a type, nullability, a constraint) must use
-- the table-rebuild pattern from https://sqlite.org/lang_altertable.html: CREATE TABLE
-- "x_new" (...); INSERT INTO "x_new" SELECT ...; DROP TABLE "x"; ALTER TABLE "x_new" RENAME
-- TO "x"; then recreate the indexes. The runner turns foreign keys off around each script and
-- runs PRAGMA foreign_key_check before committing, so a rebuild is safe here.

ALTER TABLE "contacts" ADD COLUMN "opted_out" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "contacts" ADD COLUMN "opted_out_at" TEXT NULL;

CREATE TABLE "messages" (
    "id" TEXT NOT NULL CONSTRAINT "pk_messages" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "contact_id" TEXT NULL,
    "direction" TEXT NOT NULL,
    "twilio_sid" TEXT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "error_code" INTEGER NULL,
    "error_message" TEXT NULL,
    "segments" INTEGER NOT NULL,
    "encoding" TEXT NOT NULL,
    "price" TEXT NULL,
    "price_unit" TEXT NULL,
    "attempt_count" INTEGER NOT NULL,
    "queued_at" TEXT NULL,
    "sending_at" TEXT NULL,
    "sent_at" TEXT NULL,
    "delivered_at" TEXT NULL,
    "failed_at" TEXT NULL,
    "undelivered_at" TEXT NULL,
    "read_at" TEXT NULL,
    "received_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_messages_contacts_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_messages_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_messages_contact_id" ON "messages" ("contact_id");
CREATE INDEX "ix_messages_organization_id_contact_id" ON "messages" ("organization_id", "contact_id");
CREATE INDEX "ix_messages_organization_id_created_at" ON "messages" ("organization_id", "created_at" DESC);
CREATE UNIQUE INDEX "ix_messages_twilio_sid" ON "messages" ("twilio_sid");

CREATE TABLE "webhook_events" (
    "id" TEXT NOT NULL CONSTRAINT "pk_webhook_events" PRIMARY KEY,
    "organization_id" TEXT NULL,
    "kind" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "raw_body" TEXT NOT NULL,
    "signature_valid" INTEGER NOT NULL,
    "received_at" TEXT NOT NULL,
    "processed_at" TEXT NULL,
    CONSTRAINT "fk_webhook_events_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE SET NULL
);

CREATE UNIQUE INDEX "ix_webhook_events_dedupe_key" ON "webhook_events" ("dedupe_key");
CREATE INDEX "ix_webhook_events_organization_id" ON "webhook_events" ("organization_id");
