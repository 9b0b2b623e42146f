-- Runs after every migration (Flyway callback), on PostgreSQL only (DD041). When the application
-- connects with its own role (placeholder appRole = SPRING_FLYWAY_PLACEHOLDERS_APPROLE, e.g.
-- airegistry_app) while Flyway migrates as the owner of the tables, the application role gets
-- what it needs on every table and sequence, and on the audit trail only SELECT and INSERT: it can
-- neither change nor remove a recorded event (the trigger of V060_1 refuses that even to the
-- owner). Without that placeholder (one role for both, e.g. the tests) nothing changes.
DO $$
DECLARE
    app TEXT := '${appRole}';
BEGIN
    IF app <> '' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I', app);
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
        EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', app);
    END IF;
END
$$;
