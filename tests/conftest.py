"""Fixtures: a migrated store on SQLite and, when CROSSCHECK_TEST_PG_URL names a server, on PostgreSQL.

The PostgreSQL leg skips only when no URL is given; under CI (CI=true) a missing URL is an error.
"""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db import migrate
from db.session import dispose_all, get_engine, session_scope

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
PG_URL = os.environ.get("CROSSCHECK_TEST_PG_URL")
BACKENDS = ["sqlite", "postgresql"]


def _pg_database() -> str:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must set CROSSCHECK_TEST_PG_URL (scripts/test.sh starts a throwaway PostgreSQL)")
        pytest.skip("no PostgreSQL: set CROSSCHECK_TEST_PG_URL (scripts/pg.sh start prints one)")
    name = "cc_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _pg_drop(url: str) -> None:
    name = make_url(url).database
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def empty_url(backend, tmp_path):
    """URL of an empty store (no schema) on each backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        dispose_all()
    else:
        url = _pg_database()
        yield url
        dispose_all()
        _pg_drop(url)


@pytest.fixture
def store_url(empty_url):
    """URL of a store migrated to head."""
    migrate.upgrade(get_engine(empty_url))
    return empty_url


@pytest.fixture
def sqlite_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    migrate.upgrade(get_engine(url))
    yield url
    dispose_all()


@pytest.fixture
def engine(store_url):
    return get_engine(store_url)


@pytest.fixture
def session(engine):
    with session_scope(engine) as s:
        yield s


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m compare ARGS` in a subprocess; `db=` sets CROSSCHECK_DB."""
    def run(*args, db: str | None = None, input: str | bytes | None = None, env: dict | None = None,
            cwd: Path | None = None, check: bool = False):
        e = dict(os.environ, **(env or {}))
        if db:
            e["CROSSCHECK_DB"] = db
        p = subprocess.run([sys.executable, "-m", "compare", *map(str, args)], cwd=cwd or tmp_path, env=e,
                           input=input, capture_output=True, text=not isinstance(input, bytes))
        if check and p.returncode != 0:
            raise AssertionError(f"crosscheck {' '.join(map(str, args))} exited {p.returncode}: {p.stderr}")
        return p
    return run
