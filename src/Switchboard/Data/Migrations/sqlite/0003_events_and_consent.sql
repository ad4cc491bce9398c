-- Version 3: the event outbox (written with the change it describes) and the consent audit trail.

CREATE TABLE "events" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_events" PRIMARY KEY AUTOINCREMENT,
    "organization_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_events_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_events_created_at" ON "events" ("created_at");
CREATE INDEX "ix_events_organization_id_id" ON "events" ("organization_id", "id");

CREATE TABLE "consent_changes" (
    "id" TEXT NOT NULL CONSTRAINT "pk_consent_changes" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "contact_id" TEXT NOT NULL,
    "opted_out" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "detail" TEXT NULL,
    "occurred_at" TEXT NOT NULL,
    CONSTRAINT "fk_consent_changes_contacts_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_consent_changes_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_consent_changes_contact_id_occurred_at" ON "consent_changes" ("contact_id", "occurred_at");
CREATE INDEX "ix_consent_changes_organization_id" ON "consent_changes" ("organization_id");
