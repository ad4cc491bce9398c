-- Version 9: users who sign in to the web UI (ASP.NET Core Identity's user store on our schema).
-- An email names one user across the deployment: sign-in finds it before any tenant is known.

CREATE TABLE "users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_users" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "normalized_email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NOT NULL,
    "access_failed_count" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "disabled_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "last_signed_in_at" TEXT NULL,
    CONSTRAINT "fk_users_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_users_normalized_email" ON "users" ("normalized_email");
CREATE INDEX "ix_users_organization_id" ON "users" ("organization_id");
