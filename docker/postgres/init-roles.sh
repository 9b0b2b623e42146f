#!/bin/sh
# Runs once, when the PostgreSQL volume is created (docker-entrypoint-initdb.d), as the superuser.
# Two roles (DD041): airegistry_owner owns the schema and runs the migrations (Flyway);
# airegistry_app is what the portal connects with: afterMigrate.sql gives it everything it needs,
# but only SELECT and INSERT on the audit trail.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE airegistry_owner LOGIN PASSWORD '${AIREGISTRY_OWNER_DB_PASSWORD}';
CREATE ROLE airegistry_app LOGIN PASSWORD '${AIREGISTRY_APP_DB_PASSWORD}';
ALTER DATABASE "$POSTGRES_DB" OWNER TO airegistry_owner;
ALTER SCHEMA public OWNER TO airegistry_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO airegistry_app;
SQL
