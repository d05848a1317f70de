#!/usr/bin/env bash
# The one command that runs the whole test suite on a bare machine, SQLite and PostgreSQL legs:
# creates .venv, installs the project with its test extras, installs Chromium and PostgreSQL
# from Debian if missing (as root), starts a throwaway PostgreSQL, runs pytest, stops the server.
#
#   scripts/test.sh                 everything
#   scripts/test.sh -k ingest -x    extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

export PIP_DISABLE_PIP_VERSION_CHECK=1 DEBIAN_FRONTEND=noninteractive
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e '.[test,postgres]'

# Debian packages the tests need: Chromium (report screenshots) and the PostgreSQL 15 server.
missing=()
command -v chromium >/dev/null || missing+=(chromium fonts-liberation)
[ -x "$PGBIN/initdb" ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "test.sh: installing ${missing[*]} with apt-get" >&2
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "test.sh: warning: ${missing[*]} missing and not root; the tests that need them skip or fail" >&2
    fi
fi

# A server of our own for this run; the trap stops it whatever happens.
PGTMP=$(mktemp -d)
export PGTMP
trap 'scripts/pg.sh stop; rm -rf "$PGTMP"' EXIT
CROSSCHECK_TEST_PG_URL=$(scripts/pg.sh start)
export CROSSCHECK_TEST_PG_URL

# pytest runs in the background so that a TERM or INT sent to this script reaches it too,
# before the EXIT trap takes the server away.
.venv/bin/python -m pytest "$@" &
pytest_pid=$!
trap 'kill -TERM "$pytest_pid" 2>/dev/null' INT TERM
status=0
wait "$pytest_pid" || status=$?
while kill -0 "$pytest_pid" 2>/dev/null; do wait "$pytest_pid" || status=$?; done
if [ "$status" = 5 ]; then
    echo "test.sh: pytest collected no tests: that is a failure" >&2
    status=1
fi
exit "$status"
