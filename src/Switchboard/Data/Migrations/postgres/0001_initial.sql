-- Version 1: tenants, their API keys, their numbers and their contacts.

CREATE TABLE organizations (
    id uuid NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    default_country text NOT NULL,
    help_text text,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_organizations PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_organizations_slug ON organizations (slug);

CREATE TABLE api_keys (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    prefix text NOT NULL,
    hash text NOT NULL,
    role text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT fk_api_keys_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_keys_organization_id ON api_keys (organization_id);
CREATE UNIQUE INDEX ix_api_keys_prefix ON api_keys (prefix);

CREATE TABLE phone_numbers (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    e164 text NOT NULL,
    twilio_sid text,
    friendly_name text,
    kind text NOT NULL,
    supports_sms boolean NOT NULL,
    supports_mms boolean NOT NULL,
    supports_voice boolean NOT NULL,
    mps_override double precision,
    rotation_enabled boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_phone_numbers PRIMARY KEY (id),
    CONSTRAINT fk_phone_numbers_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_phone_numbers_e164 ON phone_numbers (e164);
CREATE INDEX ix_phone_numbers_organization_id ON phone_numbers (organization_id);

CREATE TABLE contacts (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    phone text NOT NULL,
    name text,
    email text,
    language text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_contacts PRIMARY KEY (id),
    CONSTRAINT fk_contacts_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_contacts_organization_id_phone ON contacts (organization_id, phone);
