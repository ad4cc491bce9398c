-- Version 4: conversations (one thread per contact and business number) and messages' link to them.
-- SQLite can add a nullable column with a REFERENCES clause in place.

CREATE TABLE "conversations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_conversations" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "contact_id" TEXT NOT NULL,
    "phone_number_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "unread_count" INTEGER NOT NULL,
    "last_message_at" TEXT NULL,
    "last_message_preview" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_conversations_contacts_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_conversations_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_conversations_phone_numbers_phone_number_id" FOREIGN KEY ("phone_number_id") REFERENCES "phone_numbers" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_conversations_contact_id" ON "conversations" ("contact_id");
CREATE UNIQUE INDEX "ix_conversations_organization_id_contact_id_phone_number_id" ON "conversations" ("organization_id", "contact_id", "phone_number_id");
CREATE INDEX "ix_conversations_organization_id_status_last_message_at" ON "conversations" ("organization_id", "status", "last_message_at");
CREATE INDEX "ix_conversations_phone_number_id" ON "conversations" ("phone_number_id");

ALTER TABLE "messages" ADD COLUMN "conversation_id" TEXT NULL
    CONSTRAINT "fk_messages_conversations_conversation_id" REFERENCES "conversations" ("id") ON DELETE SET NULL;
CREATE INDEX "ix_messages_conversation_id_created_at" ON "messages" ("conversation_id", "created_at");
