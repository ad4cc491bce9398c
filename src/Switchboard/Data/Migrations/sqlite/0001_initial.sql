-- Version 1: tenants, their API keys, their numbers and their contacts.
-- Ids are TEXT (EF Core writes Guids upper-case), times are TEXT in UTC, booleans INTEGER 0/1.

CREATE TABLE "organizations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_organizations" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "default_country" TEXT NOT NULL,
    "help_text" TEXT NULL,
    "created_at" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_organizations_slug" ON "organizations" ("slug");

CREATE TABLE "api_keys" (
    "id" TEXT NOT NULL CONSTRAINT "pk_api_keys" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "last_used_at" TEXT NULL,
    "revoked_at" TEXT NULL,
    CONSTRAINT "fk_api_keys_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_api_keys_organization_id" ON "api_keys" ("organization_id");
CREATE UNIQUE INDEX "ix_api_keys_prefix" ON "api_keys" ("prefix");

CREATE TABLE "phone_numbers" (
    "id" TEXT NOT NULL CONSTRAINT "pk_phone_numbers" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "e164" TEXT NOT NULL,
    "twilio_sid" TEXT NULL,
    "friendly_name" TEXT NULL,
    "kind" TEXT NOT NULL,
    "supports_sms" INTEGER NOT NULL,
    "supports_mms" INTEGER NOT NULL,
    "supports_voice" INTEGER NOT NULL,
    "mps_override" REAL NULL,
    "rotation_enabled" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_phone_numbers_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_phone_numbers_e164" ON "phone_numbers" ("e164");
CREATE INDEX "ix_phone_numbers_organization_id" ON "phone_numbers" ("organization_id");

CREATE TABLE "contacts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_contacts" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "name" TEXT NULL,
    "email" TEXT NULL,
    "language" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_contacts_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_contacts_organization_id_phone" ON "contacts" ("organization_id", "phone");
