-- Each instance keeps the callers it looked up lately in memory (a live session and its person's
-- memberships) and forgets one as soon as it changes. The database tells of the change, not the
-- code that made it, so that no writer can forget to: every change to a session, a person or a
-- membership is announced on the channel portal_callers when its transaction commits (a rolled
-- back change announces nothing). PostgreSQL only: on H2 the portal runs as one instance and
-- keeps no callers in memory.
--
-- Notices: 'session:<token hash>', 'person:<account id>', and '*' (forget every caller) for a
-- statement that changed more than 100 of them at once, so that a bulk change costs one notice.
-- A session changes when it ends and when its last use is written (at most once a minute per
-- instance): no instance may judge a session idle by a last use another has written anew.

CREATE FUNCTION portal_announce(kind TEXT, keys TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(keys) > 100 THEN
        PERFORM pg_notify('portal_callers', '*');
    ELSE
        PERFORM pg_notify('portal_callers', kind || ':' || key) FROM unnest(keys) AS key;
    END IF;
END
$$;

CREATE FUNCTION portal_announce_changed_accounts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM portal_announce('person', ARRAY(SELECT DISTINCT id FROM changed));
    RETURN NULL;
END
$$;

CREATE FUNCTION portal_announce_changed_memberships() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM portal_announce('person', ARRAY(SELECT DISTINCT account_id FROM changed));
    RETURN NULL;
END
$$;

CREATE FUNCTION portal_announce_changed_sessions() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM portal_announce('session', ARRAY(SELECT token_hash FROM changed));
    RETURN NULL;
END
$$;

-- Once per statement, with the rows it changed. A new session needs no notice: nobody holds it yet.
CREATE TRIGGER accounts_inserted_announced AFTER INSERT ON accounts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_accounts();
CREATE TRIGGER accounts_updated_announced AFTER UPDATE ON accounts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_accounts();
CREATE TRIGGER accounts_deleted_announced AFTER DELETE ON accounts
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_accounts();
CREATE TRIGGER memberships_inserted_announced AFTER INSERT ON memberships
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_memberships();
CREATE TRIGGER memberships_updated_announced AFTER UPDATE ON memberships
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_memberships();
CREATE TRIGGER memberships_deleted_announced AFTER DELETE ON memberships
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_memberships();
CREATE TRIGGER sessions_updated_announced AFTER UPDATE ON sessions
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_sessions();
CREATE TRIGGER sessions_deleted_announced AFTER DELETE ON sessions
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION portal_announce_changed_sessions();
