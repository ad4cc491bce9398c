-- Version 8: the audit log (who did what in an organisation, from where, when).

CREATE TABLE audit_entries (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    target text,
    detail text,
    ip_address text,
    at timestamp with time zone NOT NULL,
    CONSTRAINT pk_audit_entries PRIMARY KEY (id),
    CONSTRAINT fk_audit_entries_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE INDEX ix_audit_entries_organization_id_at ON audit_entries (organization_id, at);
