#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster from Debian's packages on a loopback port (installing
# the packages first if they are missing) and prints its DATABASE_URL on stdout.
#   DATABASE_URL=$(bash .ci/postgres.sh) npm test
# Stop it with: bash .ci/postgres.sh stop
set -euo pipefail
PORT="${POSTGUARD_PG_PORT:-54329}"
DIR="${POSTGUARD_PG_DIR:-/tmp/postguard-pg}"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
# initdb refuses to run as root; the Debian package creates the postgres user for this.
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); else AS=(); fi

if [ "${1:-}" = stop ]; then
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2 || true
  exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  # trust auth: a throwaway cluster on loopback for tests only.
  "${AS[@]}" "$BIN/initdb" -D "$DIR" -U postguard --auth=trust >&2
fi
if ! "${AS[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off" start >&2
fi
echo "postgres://postguard@127.0.0.1:$PORT/postgres"
