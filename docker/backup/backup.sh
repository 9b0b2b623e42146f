#!/usr/bin/env bash
# Backs up the registry's database (the only source of truth; the search index is rebuilt from it).
#   PGHOST=db.example PGPORT=5432 PGUSER=airegistry PGPASSWORD=... PGDATABASE=airegistry \
#     docker/backup/backup.sh /var/backups/airegistry
# Writes airegistry-<UTC time>.dump (pg_dump custom format: compressed, restorable table by table) and its
# .sha256, checks that the dump can be read back, and prints the dump's path. pg_dump must not be older than the
# server (pg_dump 15 for PostgreSQL 15). The dump is consistent (one snapshot) while the portal keeps running.
set -euo pipefail
target=${1:-.}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD)}"
mkdir -p "$target"
dump="$target/airegistry-$(date -u +%Y%m%dT%H%M%SZ).dump"
# written under a temporary name first: a failed backup never looks like a good one
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$dump.partial"
pg_restore --list "$dump.partial" > /dev/null
mv "$dump.partial" "$dump"
(cd "$(dirname "$dump")" && sha256sum "$(basename "$dump")" > "$(basename "$dump").sha256")
echo "$dump"
