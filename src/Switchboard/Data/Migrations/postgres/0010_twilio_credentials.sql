-- Version 10: organisations' own Twilio credentials. Secret parts are Data Protection ciphertext.

CREATE TABLE twilio_credentials (
    organization_id uuid NOT NULL,
    account_sid text NOT NULL,
    api_key_sid text,
    protected_api_key_secret text,
    protected_auth_token text,
    label text,
    verified_at timestamp with time zone,
    last_verification text,
    updated_at timestamp with time zone NOT NULL,
    updated_by text NOT NULL,
    CONSTRAINT pk_twilio_credentials PRIMARY KEY (organization_id),
    CONSTRAINT fk_twilio_credentials_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);
