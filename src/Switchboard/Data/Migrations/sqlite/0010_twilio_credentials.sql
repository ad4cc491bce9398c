-- Version 10: organisations' own Twilio credentials. Secret parts are Data Protection ciphertext.

CREATE TABLE "twilio_credentials" (
    "organization_id" TEXT NOT NULL CONSTRAINT "pk_twilio_credentials" PRIMARY KEY,
    "account_sid" TEXT NOT NULL,
    "api_key_sid" TEXT NULL,
    "protected_api_key_secret" TEXT NULL,
    "protected_auth_token" TEXT NULL,
    "label" TEXT NULL,
    "verified_at" TEXT NULL,
    "last_verification" TEXT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_twilio_credentials_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);
