"""The single-instance lock of `crosscheck nightly`, held for the whole run.

SQLite: an OS file lock (flock) on `<dbfile>.nightly.lock`; PostgreSQL: a session-level advisory
lock on a connection of its own. Both die with the process that holds them, so a killed run never
blocks the next one.
"""
from __future__ import annotations

import errno
import hashlib
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine

from compare.errors import CrosscheckError

LOCK_NAME = "crosscheck-nightly"
# pg advisory locks take a bigint; derive a fixed one from the name (first 8 bytes, signed)
ADVISORY_KEY = int.from_bytes(hashlib.sha256(LOCK_NAME.encode()).digest()[:8], "big", signed=True)


class LockHeld(CrosscheckError):
    """Another process holds the nightly lock on this store."""


def lock_path(engine: Engine) -> Path | None:
    """`<dbfile>.nightly.lock` for a SQLite file store; None for an in-memory one."""
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database).resolve().with_name(Path(database).name + ".nightly.lock")


@contextmanager
def nightly_lock(engine: Engine) -> Iterator[None]:
    """Hold the nightly lock of the store behind `engine` for the block, or raise LockHeld at once."""
    backend = engine.url.get_backend_name()
    if backend == "sqlite":
        with _file_lock(lock_path(engine), engine):
            yield
    elif backend == "postgresql":
        with _advisory_lock(engine):
            yield
    else:
        raise CrosscheckError(f"nightly: no lock for the {backend} backend")


@contextmanager
def _file_lock(path: Path | None, engine: Engine) -> Iterator[None]:
    import fcntl

    if path is None:  # an in-memory store lives in this process only: nothing to share it with
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise LockHeld(f"another nightly run holds the lock on {engine.url.database}{who}: {path}") from None
        # the file stays in place (unlinking a flocked file races with the next taker); it only
        # records who holds it, for the message above
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    # autocommit: the connection must not sit idle in a transaction for the whole run
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
        if not got:
            raise LockHeld(f"another nightly run holds the lock on database {engine.url.database}")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
    finally:
        conn.close()
