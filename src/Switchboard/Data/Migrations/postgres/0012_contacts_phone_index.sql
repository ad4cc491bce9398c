-- Version 12: contacts by phone alone (the tenant filter's OR keeps generic plans off the
-- (organization_id, phone) index).

CREATE INDEX ix_contacts_phone ON contacts (phone);
