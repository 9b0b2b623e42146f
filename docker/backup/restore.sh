#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database, then the search index is rebuilt from it.
#   PGHOST=... PGUSER=... PGPASSWORD=... PGDATABASE=airegistry_restored docker/backup/restore.sh airegistry-<time>.dump
# Steps: check the dump's SHA-256, restore in one transaction (all or nothing), then rebuild the index:
#   java -jar ai-act-registry.jar --spring.profiles.active=prod --airegistry.reindex=true \
#     (with SPRING_DATASOURCE_URL pointing at the restored database and SPRING_ELASTICSEARCH_URIS at the cluster)
# Start the portal on the restored database only after that; it finds the outbox as it was at backup time and
# completes what was unfinished.
set -euo pipefail
dump=${1:?usage: restore.sh <file.dump>}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) of an empty database}"
if [[ -f "$dump.sha256" ]]; then
	(cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256")
else
	echo "warning: no $dump.sha256 beside the dump; its integrity is not checked" >&2
fi
tables=$(psql --no-psqlrc --tuples-only --no-align \
	--command="SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [[ "$tables" != "0" ]]; then
	echo "refusing: database $PGDATABASE is not empty ($tables tables); restore into a new database" >&2
	exit 2
fi
pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$PGDATABASE" "$dump"
echo "Restored $dump into $PGDATABASE. Now rebuild the search index with --airegistry.reindex=true."
