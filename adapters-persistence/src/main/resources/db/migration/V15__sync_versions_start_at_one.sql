-- A stored sync state holds version 1 or more, as every row the portal inserts does: version 0 then
-- means "not stored", and a push's outcomes go as updates or inserts by their version alone,
-- without first looking up which of them are stored. Rows from before versions existed hold 0.
UPDATE audience_sync_state SET version = 1 WHERE version = 0;
ALTER TABLE audience_sync_state ALTER COLUMN version SET DEFAULT 1;
ALTER TABLE audience_sync_state ADD CONSTRAINT audience_sync_state_version_stored CHECK (version >= 1);
