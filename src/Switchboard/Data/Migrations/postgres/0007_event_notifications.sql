-- Version 7: event fan-out across instances.

-- Every statement that inserts events notifies 'switchboard_events'. NOTIFY is transactional: it
-- is delivered on commit and never for a rollback, and PostgreSQL folds repeats within one
-- transaction into one. Listeners only wake up early; they read the events table itself.
CREATE FUNCTION switchboard_notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('switchboard_events', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER events_notify AFTER INSERT ON events
    FOR EACH STATEMENT EXECUTE FUNCTION switchboard_notify_events();
