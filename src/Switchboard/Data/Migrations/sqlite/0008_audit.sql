-- Version 8: the audit log (who did what in an organisation, from where, when).

CREATE TABLE "audit_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY,
    "organization_id" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NULL,
    "detail" TEXT NULL,
    "ip_address" TEXT NULL,
    "at" TEXT NOT NULL,
    CONSTRAINT "fk_audit_entries_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_audit_entries_organization_id_at" ON "audit_entries" ("organization_id", "at");
