#!/usr/bin/env bash
# A throwaway PostgreSQL for tests: socket only, trust auth, data in a temporary folder.
#
#   scripts/pg.sh start   start a server and print its URL
#   scripts/pg.sh url     print the URL of the running server
#   scripts/pg.sh stop    stop it and delete its folder
#
# By hand:  export CROSSCHECK_TEST_PG_URL=$(scripts/pg.sh start); python -m pytest; scripts/pg.sh stop
# The state file lives in $PGTMP (default: $TMPDIR or /tmp), so use the same PGTMP for start and stop.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
STATE="${PGTMP:-${TMPDIR:-/tmp}}/crosscheck-pg.state"

die() { echo "pg.sh: $*" >&2; exit 1; }

# Run a command as the owner of the data folder: PostgreSQL refuses to run as root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() {
    [ -f "$STATE" ] || die "no server started (no $STATE)"
    # shellcheck disable=SC1090
    . "$STATE"
    echo "postgresql+psycopg://postgres@/postgres?host=$DIR/sock&port=$PORT"
}

start() {
    [ -x "$PGBIN/initdb" ] || die "no PostgreSQL at $PGBIN (apt-get install postgresql-15, or set PGBIN)"
    [ ! -f "$STATE" ] || die "a server is already running ($STATE); run: scripts/pg.sh stop"
    if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || die "no 'postgres' user to run the server as"; fi
    mkdir -p "$(dirname "$STATE")"
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-pg.XXXXXX")
    PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir "$DIR/sock"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$DIR"
    printf 'DIR=%q\nPORT=%q\n' "$DIR" "$PORT" >"$STATE"

    as_owner "$PGBIN/initdb" -D "$DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=reject --no-sync >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; stop; die "initdb failed"; }
    cat >>"$DIR/data/postgresql.conf" <<EOF
listen_addresses = ''
port = $PORT
unix_socket_directories = '$DIR/sock'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
    as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start >/dev/null \
        || { cat "$DIR/server.log" >&2; stop; die "the server did not start"; }
    url
}

stop() {
    [ -f "$STATE" ] || return 0
    # shellcheck disable=SC1090
    . "$STATE"
    if [ -f "$DIR/data/postmaster.pid" ]; then
        as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$DIR" "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
