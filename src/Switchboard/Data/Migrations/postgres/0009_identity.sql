-- Version 9: users who sign in to the web UI (ASP.NET Core Identity's user store on our schema).
-- An email names one user across the deployment: sign-in finds it before any tenant is known.

CREATE TABLE users (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    email text NOT NULL,
    normalized_email text NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    password_hash text,
    security_stamp text NOT NULL,
    access_failed_count integer NOT NULL,
    lockout_end timestamp with time zone,
    disabled_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    last_signed_in_at timestamp with time zone,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT fk_users_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_users_normalized_email ON users (normalized_email);
CREATE INDEX ix_users_organization_id ON users (organization_id);
