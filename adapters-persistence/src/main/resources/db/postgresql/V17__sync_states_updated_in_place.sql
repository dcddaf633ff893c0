-- Every sync that sends a member rewrites that member's state, and a mass change rewrites nearly
-- every row. With room left on each page, PostgreSQL writes a row's new version beside the old one
-- and leaves the indexes alone (a heap-only update): the columns a push writes are not indexed,
-- but for the audience address and the refusal, which seldom change. Pages written from now on
-- keep the room; rows stored before keep their pages until the table is next rewritten.
ALTER TABLE audience_sync_state SET (fillfactor = 70);
