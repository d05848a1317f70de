"""Read-only SQL against the store (`crosscheck query`), with a time limit and saved queries.

Safety is layered, so that a write is refused with a clear message and changes nothing:

* the statement must start with a reading keyword (SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW, PRAGMA);
* SQLite: a separate connection opened with `mode=ro`, `PRAGMA query_only=ON`, and an authorizer
  that allows only reads (no ATTACH, no PRAGMA that sets a value); one statement at a time;
* PostgreSQL: a read-only transaction on a connection that is thrown away afterwards, the statement
  sent as a prepared statement (so one statement only; no `COMMIT; ...` tricks).

The time limit is a progress handler checking a deadline (SQLite) or `SET LOCAL statement_timeout`
(PostgreSQL). Parameters are bound by name, `:name`, on both backends.
"""
from __future__ import annotations

import datetime as dt
import decimal
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import text
from sqlalchemy.engine import Engine

from compare.errors import CrosscheckError

READ_KEYWORDS = {"SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN", "SHOW", "PRAGMA"}
REFUSED = "refused (crosscheck query is read-only)"

# PRAGMAs that only read. Those in the first set may take an argument (a table or index name);
# the others are refused with an argument, since `PRAGMA name=value` / `PRAGMA name(value)` sets it.
_PRAGMAS_WITH_ARG = {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                     "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check"}
_PRAGMAS_READ = _PRAGMAS_WITH_ARG | {
    "database_list", "collation_list", "function_list", "module_list", "pragma_list", "compile_options",
    "user_version", "schema_version", "application_id", "journal_mode", "page_size", "page_count",
    "freelist_count", "encoding", "foreign_keys", "query_only", "data_version", "auto_vacuum"}

_SQLITE_ACTIONS = {getattr(sqlite3, n): n[len("SQLITE_"):].replace("_", " ") for n in dir(sqlite3)
                   if n.startswith("SQLITE_") and n[len("SQLITE_"):].split("_")[0] in {
                       "ALTER", "ANALYZE", "ATTACH", "CREATE", "DELETE", "DETACH", "DROP", "INSERT", "PRAGMA",
                       "REINDEX", "SAVEPOINT", "TRANSACTION", "UPDATE"}}


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    sql: str


# Shipped with the tool: `crosscheck query --saved NAME`. Each runs on SQLite and PostgreSQL.
SAVED_QUERIES: dict[str, SavedQuery] = {q.name: q for q in [
    SavedQuery(
        "discrepancies-by-source",
        "Unresolved discrepancies (not dismissed) per proposal and reporting source, by severity and status.",
        """
SELECT p.slug AS proposal,
       src.name AS source,
       COUNT(DISTINCT d.id) AS discrepancies,
       COUNT(DISTINCT CASE WHEN d.severity = 3 THEN d.id END) AS high,
       COUNT(DISTINCT CASE WHEN d.severity = 2 THEN d.id END) AS medium,
       COUNT(DISTINCT CASE WHEN d.severity <= 1 THEN d.id END) AS low,
       COUNT(DISTINCT CASE WHEN d.status = 'open' THEN d.id END) AS open,
       COUNT(DISTINCT CASE WHEN d.status = 'confirmed' THEN d.id END) AS confirmed
FROM discrepancies d
JOIN proposals p ON p.id = d.proposal_id
JOIN discrepancy_sides s ON s.discrepancy_id = d.id
JOIN reported_versions rv ON rv.id = s.version_id
JOIN sources src ON src.id = rv.source_id
WHERE d.kind <> 'agreement' AND d.resolved_run_id IS NULL AND d.status <> 'dismissed'
GROUP BY p.slug, src.name
ORDER BY p.slug, COUNT(DISTINCT d.id) DESC, src.name
"""),
    SavedQuery(
        "disagreeing-sources",
        "Pairs of sources that most often report different values for the same term.",
        """
SELECT a.name AS source_a,
       b.name AS source_b,
       COUNT(DISTINCT CASE WHEN d.kind <> 'agreement'
                            AND NOT (COALESCE(s1.min, -1e300) = COALESCE(s2.min, -1e300)
                                     AND COALESCE(s1.max, -1e300) = COALESCE(s2.max, -1e300)
                                     AND COALESCE(s1.unit, '') = COALESCE(s2.unit, '')
                                     AND COALESCE(s1.text, '') = COALESCE(s2.text, '')
                                     AND COALESCE(s1.qualifier, '') = COALESCE(s2.qualifier, ''))
                           THEN d.id END) AS disagreements,
       COUNT(DISTINCT d.id) AS shared_terms
FROM discrepancies d
JOIN discrepancy_sides s1 ON s1.discrepancy_id = d.id
JOIN discrepancy_sides s2 ON s2.discrepancy_id = d.id
JOIN reported_versions r1 ON r1.id = s1.version_id
JOIN reported_versions r2 ON r2.id = s2.version_id
JOIN sources a ON a.id = r1.source_id
JOIN sources b ON b.id = r2.source_id
WHERE a.name < b.name AND d.resolved_run_id IS NULL AND d.status <> 'dismissed'
GROUP BY a.name, b.name
ORDER BY disagreements DESC, shared_terms DESC, a.name, b.name
"""),
    SavedQuery(
        "changes-since-last-run",
        "Discrepancies new, changed or resolved in the latest compare (or nightly) run.",
        """
SELECT CASE WHEN d.resolved_run_id = r.id THEN 'resolved'
            WHEN d.first_run_id = r.id THEN 'new'
            ELSE 'changed' END AS change,
       r.id AS run,
       d.id AS id,
       p.slug AS proposal,
       d.phase AS phase,
       d.slot AS slot,
       d.kind AS kind,
       d.severity AS severity,
       d.status AS status,
       d.summary AS summary
FROM discrepancies d
JOIN proposals p ON p.id = d.proposal_id
JOIN runs r ON r.id = (SELECT MAX(id) FROM runs WHERE kind IN ('compare', 'nightly'))
WHERE d.first_run_id = r.id OR d.changed_run_id = r.id OR d.resolved_run_id = r.id
ORDER BY CASE WHEN d.resolved_run_id = r.id THEN 3 WHEN d.first_run_id = r.id THEN 1 ELSE 2 END,
         d.severity DESC, p.slug, d.slot, d.id
"""),
    SavedQuery(
        "single-source-facts",
        "Facts (of current documents) for a term that no other source reports.",
        """
SELECT f.proposal, f.phase, f.slot, f.source, f.outlet, f.kind, f.min, f.max, f.unit, f.text, f.quote,
       f.document, f.id AS fact_id
FROM v_facts f
WHERE NOT EXISTS (SELECT 1 FROM v_facts g
                  WHERE g.proposal = f.proposal AND g.slot = f.slot AND g.source <> f.source
                    AND (g.phase = f.phase OR (g.phase IS NULL AND f.phase IS NULL)))
ORDER BY f.proposal, f.slot, CASE WHEN f.phase IS NULL THEN 0 ELSE 1 END, f.phase, f.source, f.id
"""),
    SavedQuery(
        "review-queue",
        "Open, unresolved discrepancies most severe first, with the latest note (the v_review_queue view).",
        """
SELECT q.id, q.severity_name AS severity, q.proposal, q.phase, q.slot, q.kind, q.summary, q.sides, q.note
FROM v_review_queue q
ORDER BY q.severity DESC, q.proposal, CASE WHEN q.phase IS NULL THEN 0 ELSE 1 END, q.phase, q.slot, q.id
"""),
]}


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]


def saved_query(name: str) -> SavedQuery:
    try:
        return SAVED_QUERIES[name]
    except KeyError:
        raise CrosscheckError(f"no saved query {name!r}; known: {', '.join(SAVED_QUERIES)}") from None


def parse_params(items: Iterable[str]) -> dict[str, str]:
    """`name=value` pairs (from -p) as a dict; values stay strings and are bound as parameters."""
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip(":")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise CrosscheckError(f"bad parameter {item!r}: expected NAME=VALUE, bound in the SQL as :NAME")
        params[name] = value
    return params


_COMMENT_OR_SPACE = re.compile(r"\s+|--[^\n]*(?:\n|$)|/\*.*?\*/|\(", re.S)


def first_keyword(sql: str) -> str:
    """The first word of the statement after comments, spaces and opening parentheses, upper-cased."""
    pos = 0
    while True:
        m = _COMMENT_OR_SPACE.match(sql, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    m = re.match(r"[A-Za-z_]+", sql[pos:])
    return m.group(0).upper() if m else ""


def check_read_only(sql: str) -> None:
    if not sql.strip():
        raise CrosscheckError("no SQL given")
    word = first_keyword(sql)
    if word not in READ_KEYWORDS:
        raise CrosscheckError(f"{REFUSED}: {word or 'this statement'} is not a query; a query starts with "
                              f"SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW or PRAGMA")


def run_query(engine: Engine, sql: str, params: dict[str, Any] | None = None,
              timeout: float | None = None) -> QueryResult:
    """Run one read-only statement against the store behind `engine`. `timeout` in seconds (None or
    0: no limit). Raises CrosscheckError with a one-line message for a write, a timeout or bad SQL."""
    check_read_only(sql)
    params = params or {}
    if engine.dialect.name == "sqlite":
        columns, rows = _run_sqlite(engine, sql, params, timeout)
    elif engine.dialect.name == "postgresql":
        columns, rows = _run_postgresql(engine, sql, params, timeout)
    else:
        raise CrosscheckError(f"crosscheck query supports SQLite and PostgreSQL, not {engine.dialect.name}")
    names = _unique(columns)
    return QueryResult(names, [dict(zip(names, map(_plain, row))) for row in rows])


def _unique(columns: list[str]) -> list[str]:
    """Column names made unique (`id`, `id_2`) so that rows as dicts keep every value."""
    seen: dict[str, int] = {}
    out = []
    for c in columns:
        c = c or "?column?"
        n = seen.get(c, 0) + 1
        seen[c] = n
        out.append(c if n == 1 else f"{c}_{n}")
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return value


def _timeout_error(timeout: float) -> CrosscheckError:
    return CrosscheckError(f"query stopped: it ran longer than the time limit of {timeout:g} s "
                           f"(--timeout SECONDS, or query_timeout in crosscheck.toml)")


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


# --- SQLite ---------------------------------------------------------------------------------------

def _sqlite_uri(engine: Engine) -> str:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        raise CrosscheckError(f"crosscheck query needs a SQLite store in a file, not {engine.url}")
    path = Path(database).expanduser().resolve()
    if not path.is_file():
        raise CrosscheckError(f"no store at {path}")
    return path.as_uri() + "?mode=ro"


def _run_sqlite(engine: Engine, sql: str, params: dict[str, Any], timeout: float | None):
    conn = sqlite3.connect(_sqlite_uri(engine), uri=True, timeout=5.0, isolation_level=None,
                           check_same_thread=False)
    denied: list[str] = []
    timed_out = False
    try:
        conn.execute("PRAGMA query_only=ON")

        def authorize(action, arg1, arg2, _db, _trigger):
            if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                          sqlite3.SQLITE_RECURSIVE):
                return sqlite3.SQLITE_OK
            if action == sqlite3.SQLITE_PRAGMA:
                name = (arg1 or "").lower()
                if name in _PRAGMAS_WITH_ARG or (name in _PRAGMAS_READ and arg2 is None):
                    return sqlite3.SQLITE_OK
                denied.append(f"PRAGMA {name}" + ("" if arg2 is None else f"={arg2}"))
                return sqlite3.SQLITE_DENY
            denied.append(_SQLITE_ACTIONS.get(action, f"action {action}"))
            return sqlite3.SQLITE_DENY

        conn.set_authorizer(authorize)
        if timeout:
            deadline = time.monotonic() + timeout

            def progress():
                nonlocal timed_out
                if time.monotonic() > deadline:
                    timed_out = True
                    return 1
                return 0

            conn.set_progress_handler(progress, 1000)
        try:
            cur = conn.execute(sql, params)
            rows = cur.fetchall()
        except sqlite3.ProgrammingError as exc:
            if "one statement at a time" in str(exc):
                raise CrosscheckError("crosscheck query runs one statement at a time") from None
            if "supplied" in str(exc) or "binding" in str(exc):
                raise CrosscheckError(f"query parameters: {_one_line(exc)} (give them with -p NAME=VALUE)") \
                    from None
            raise CrosscheckError(f"query failed: {_one_line(exc)}") from None
        except sqlite3.Error as exc:
            if timed_out:
                raise _timeout_error(timeout) from None
            if denied:
                raise CrosscheckError(f"{REFUSED}: {denied[0]} is not allowed") from None
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise CrosscheckError(f"{REFUSED}: {_one_line(exc)}") from None
            raise CrosscheckError(f"query failed: {_one_line(exc)}") from None
        columns = [d[0] for d in cur.description or []]
        return columns, rows
    finally:
        conn.close()


# --- PostgreSQL -----------------------------------------------------------------------------------

def _run_postgresql(engine: Engine, sql: str, params: dict[str, Any], timeout: float | None):
    import psycopg

    try:
        compiled = text(sql).compile(dialect=engine.dialect)
    except Exception as exc:  # e.g. a malformed bind parameter
        raise CrosscheckError(f"query failed: {_one_line(exc)}") from None
    missing = [k for k in compiled.params if k not in params]
    if missing:
        raise CrosscheckError(f"query parameters: no value for :{missing[0]} (give it with -p "
                              f"{missing[0]}=VALUE)")
    bound = {k: params[k] for k in compiled.params}
    with engine.connect() as conn:
        try:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(timeout * 1000)) if timeout else 0}")
            raw = conn.connection.driver_connection
            cur = raw.cursor()
            try:
                # prepare=True: the extended protocol, one statement only; a dict, even empty, so that
                # the compiled '%%' become '%' again
                cur.execute(compiled.string, bound, prepare=True)
            except psycopg.errors.QueryCanceled:
                raise _timeout_error(timeout) from None
            except psycopg.errors.ReadOnlySqlTransaction as exc:
                raise CrosscheckError(f"{REFUSED}: {_one_line(exc)}") from None
            except psycopg.errors.InsufficientPrivilege as exc:
                raise CrosscheckError(f"{REFUSED}: {_one_line(exc)}") from None
            except psycopg.Error as exc:
                msg = _one_line(exc)
                if "multiple commands" in msg:
                    raise CrosscheckError("crosscheck query runs one statement at a time") from None
                raise CrosscheckError(f"query failed: {msg}") from None
            columns = [d.name for d in cur.description or []]
            rows = cur.fetchall() if cur.description else []
            return columns, rows
        finally:
            # never hand this connection back to the pool: it holds prepared statements and settings
            conn.invalidate()
