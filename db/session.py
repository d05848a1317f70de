"""One place owns engines and sessions. Library code takes a session and never commits."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

import orjson
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///crosscheck.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_CACHE_KB = 64 * 1024
_engines: dict[str, Engine] = {}


def _json(value) -> str:
    """JSON columns (a discrepancy's sides: one per reported version, thousands per compare run)
    through orjson: compact, and several times faster than the json module both ways."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def resolve_url(url: str | None = None) -> str:
    """--db flag, then CROSSCHECK_DB, then a SQLite file in the current folder."""
    return url or os.environ.get("CROSSCHECK_DB") or DEFAULT_URL


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")   # a larger page cache for big batched writes
    cur.close()


def _sqlite_begin(conn) -> None:
    # pysqlite's own transaction handling is off (see below); writers take the lock up front so
    # that two processes never deadlock upgrading a read lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write", True) else "BEGIN")


def get_engine(url: str | None = None) -> Engine:
    url = resolve_url(url)
    engine = _engines.get(url)
    if engine is None:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                                   json_serializer=_json, json_deserializer=orjson.loads)
            event.listen(engine, "connect", _sqlite_pragmas)
            # Let SQLAlchemy, not pysqlite, emit BEGIN (documented recipe for SQLite transactions).
            event.listen(engine, "connect", lambda c, r: setattr(c, "isolation_level", None))
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True, json_serializer=_json, json_deserializer=orjson.loads)
        _engines[url] = engine
    return engine


def forget_engines() -> None:
    """In a forked child: drop the parent's pooled connections without closing them (they are the
    parent's), so that the child opens its own if it needs any."""
    for engine in _engines.values():
        engine.dispose(close=False)
    _engines.clear()


def dispose_all() -> None:
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


@contextmanager
def read_scope(engine: Engine) -> Iterator[Session]:
    """A session for reading only: on SQLite it starts a plain (deferred) transaction instead of
    taking the write lock up front. Nothing is committed."""
    with engine.connect() as conn:
        conn.info["write"] = False  # read by the BEGIN hook above
        try:
            with Session(bind=conn) as session:
                yield session
        finally:
            conn.info.pop("write", None)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block ends and rolls back on any exception."""
    session = sessionmaker(bind=engine, expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
