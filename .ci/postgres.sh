#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests: `source .ci/postgres.sh` installs PostgreSQL when it is missing
# (Debian's postgresql-15), starts it on a loopback port as the postgres user with a fresh data folder
# (fsync off: the data is thrown away), exports PARLEY_TEST_POSTGRES_URL and stops it when the calling shell exits.
# Local use: `source .ci/postgres.sh` in a shell, then `mvn -B verify` runs the server tests on H2 and PostgreSQL.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
fi
PARLEY_PG_BIN="$(pg_bin)"
[ -x "$PARLEY_PG_BIN/pg_ctl" ] || { echo "postgres.sh: PostgreSQL is not installed" >&2; return 1 2>/dev/null || exit 1; }
PARLEY_PG_DATA="$(mktemp -d /tmp/parley-pg.XXXXXX)"
PARLEY_PG_PORT="${PARLEY_PG_PORT:-$(( 40000 + RANDOM % 20000 ))}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$PARLEY_PG_DATA"; fi
as_pg "$PARLEY_PG_BIN/initdb" -D "$PARLEY_PG_DATA" -A trust -U postgres -E UTF8 >/dev/null
as_pg "$PARLEY_PG_BIN/pg_ctl" -D "$PARLEY_PG_DATA" -l "$PARLEY_PG_DATA/server.log" -w -t 60 \
  -o "-p $PARLEY_PG_PORT -k $PARLEY_PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
parley_pg_stop() {
  as_pg "$PARLEY_PG_BIN/pg_ctl" -D "$PARLEY_PG_DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PARLEY_PG_DATA"
}
trap parley_pg_stop EXIT
export PARLEY_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PARLEY_PG_PORT/postgres?user=postgres"
echo "PostgreSQL $("$PARLEY_PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PARLEY_PG_PORT (PARLEY_TEST_POSTGRES_URL)"
