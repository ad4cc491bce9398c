-- Version 12: contacts by phone alone. The tenant filter reads "(system OR organization_id = ?)",
-- which SQLite cannot match against the (organization_id, phone) index, so every send and every
-- inbound message scanned the whole contacts table to find its recipient.

CREATE INDEX "ix_contacts_phone" ON "contacts" ("phone");
