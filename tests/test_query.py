"""`crosscheck query`: read-only SQL (writes refused and nothing changed), the time limit, parameters,
output formats and the saved queries, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from compare import query as q
from compare import review as rv
from compare.errors import CrosscheckError
from db.models import Discrepancy
from db.session import get_engine, session_scope
from tests.test_review import cli, store  # noqa: F401  (fixtures)

FOREVER = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r"


def run(url, sql, timeout=5.0, **params):
    return q.run_query(get_engine(url), sql, params, timeout)


def snapshot(url) -> dict:
    """What a write could change: row counts, tables, views, and on SQLite user_version and files."""
    engine = get_engine(url)
    with engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
                  for t in ("proposals", "discrepancies", "review_events", "facts")}
        status = dict(conn.execute(text("SELECT id, status FROM discrepancies")).all())
        version = conn.execute(text("PRAGMA user_version")).scalar() if engine.dialect.name == "sqlite" else None
    insp = inspect(engine)
    files = sorted(p.name for p in Path(engine.url.database).parent.iterdir()) \
        if engine.dialect.name == "sqlite" else None
    return {"counts": counts, "status": status, "version": version, "tables": sorted(insp.get_table_names()),
            "views": sorted(insp.get_view_names()), "files": files}


# --- writes are refused --------------------------------------------------------------------------

WRITES = [
    "INSERT INTO proposals (slug) VALUES ('x')",
    "UPDATE discrepancies SET status = 'dismissed'",
    "DELETE FROM review_events",
    "DROP TABLE facts",
    "DROP VIEW v_facts",
    "CREATE TABLE z (a INTEGER)",
    "ATTACH DATABASE 'attached.db' AS other",
    "PRAGMA user_version=5",
    "PRAGMA user_version = 5",
    "PRAGMA journal_mode=DELETE",
    "WITH x AS (SELECT 1) INSERT INTO proposals (slug) SELECT 'x' FROM x",
    "WITH x AS (SELECT 1) UPDATE discrepancies SET status = 'confirmed' WHERE id IN (SELECT * FROM x)",
    "  -- a comment first\n /* and another */ delete from proposals",
    "VACUUM",
    "REINDEX",
    "ANALYZE",
    "BEGIN",
    "COPY proposals TO '/tmp/crosscheck-copy.txt'",
    "SET default_transaction_read_only = off",
]


@pytest.mark.parametrize("sql", WRITES)
def test_writes_are_refused_and_change_nothing(store, sql):
    url, _ = store
    before = snapshot(url)
    with pytest.raises(CrosscheckError) as err:
        run(url, sql)
    msg = str(err.value)
    assert msg.startswith("refused (crosscheck query is read-only)") or (
        # a PRAGMA is not PostgreSQL: refused as bad SQL
        get_engine(url).dialect.name == "postgresql" and sql.startswith("PRAGMA") and "syntax error" in msg), msg
    assert "\n" not in msg
    assert snapshot(url) == before


def test_the_database_refuses_writes_that_pass_the_keyword_check(store):
    """Below the first-keyword check, the connection itself is read-only (authorizer, mode=ro,
    query_only on SQLite; a read-only transaction on PostgreSQL)."""
    url, _ = store
    engine = get_engine(url)
    before = snapshot(url)
    writes = ["INSERT INTO proposals (slug) VALUES ('x')", "CREATE TABLE z (a INTEGER)", "DROP TABLE facts",
              "UPDATE discrepancies SET status = 'dismissed'", "DELETE FROM runs"]
    if engine.dialect.name == "sqlite":
        writes += ["ATTACH DATABASE 'attached.db' AS other", "PRAGMA user_version=5", "CREATE TEMP TABLE t (a)",
                   "EXPLAIN INSERT INTO proposals (slug) VALUES ('x')"]
        runner = q._run_sqlite
    else:
        writes += ["EXPLAIN ANALYZE INSERT INTO proposals (slug) VALUES ('x')", "CREATE TEMP TABLE t (a int)",
                   "SELECT nextval('proposals_id_seq')", "SET TRANSACTION READ WRITE",
                   "COMMIT", "SELECT set_config('transaction_read_only', 'off', false)"]
        runner = q._run_postgresql
    for sql in writes:
        try:
            runner(engine, sql, {}, 5.0)
        except CrosscheckError:
            pass
        assert snapshot(url) == before, sql
    with pytest.raises(CrosscheckError, match=r"^refused \(crosscheck query is read-only\): "):
        runner(engine, "INSERT INTO proposals (slug) VALUES ('x')", {}, 5.0)


def test_one_statement_at_a_time(store):
    url, _ = store
    before = snapshot(url)
    for sql in ["SELECT 1; DELETE FROM proposals", "SELECT 1; COMMIT; DELETE FROM proposals"]:
        with pytest.raises(CrosscheckError, match="one statement at a time"):
            run(url, sql)
    assert snapshot(url) == before
    assert run(url, "SELECT 1 AS one;").rows == [{"one": 1}]


def test_a_runaway_query_is_stopped(store):
    url, _ = store
    t0 = time.monotonic()
    with pytest.raises(CrosscheckError, match=r"query stopped: it ran longer than the time limit of 0.5 s"):
        run(url, FOREVER, timeout=0.5)
    assert time.monotonic() - t0 < 10
    assert run(url, "SELECT COUNT(*) AS n FROM discrepancies", timeout=0.5).rows == [{"n": 6}]


# --- reading -------------------------------------------------------------------------------------

def test_parameters_and_columns(store):
    url, ids = store
    got = run(url, "SELECT id, slot FROM discrepancies WHERE slot = :slot AND severity >= :sev ORDER BY id",
              slot="hostages released", sev="3")
    assert got.columns == ["id", "slot"]
    assert got.rows == [{"id": ids["D1"], "slot": "hostages released"},
                        {"id": ids["D5"], "slot": "hostages released"}]
    got = run(url, "SELECT p.id, d.id, p.slug FROM proposals p JOIN discrepancies d ON d.proposal_id = p.id "
                   "WHERE d.id = :id", id=str(ids["D6"]))
    assert got.columns == ["id", "id_2", "slug"]
    assert got.rows == [{"id": ids["lebanon"], "id_2": ids["D6"], "slug": "lebanon-2024"}]
    assert run(url, "SELECT slug FROM proposals WHERE slug LIKE 'egy%' LIMIT :n", n="1").rows == [
        {"slug": "egypt-2024"}]
    with pytest.raises(CrosscheckError, match="query parameters"):
        run(url, "SELECT :missing AS x")
    with pytest.raises(CrosscheckError, match="query failed: .*no_such_table"):
        run(url, "SELECT * FROM no_such_table")
    assert q.parse_params(["a=1", ":b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    for bad in ["noequals", "1a=2", "=3"]:
        with pytest.raises(CrosscheckError, match="bad parameter"):
            q.parse_params([bad])


def test_first_keyword():
    assert q.first_keyword("  -- c\n/* x */ ( (select 1))") == "SELECT"
    assert q.first_keyword("with x as (select 1) insert into t select * from x") == "WITH"
    assert q.first_keyword("/* unterminated") == ""
    with pytest.raises(CrosscheckError, match="no SQL given"):
        q.check_read_only("   ")


# --- saved queries -------------------------------------------------------------------------------

def saved(url, name):
    return run(url, q.saved_query(name).sql).rows


def test_saved_discrepancies_by_source(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:  # dismissed ones do not count
        s.add(Discrepancy(key="k-dismissed", fingerprint="fp", proposal_id=ids["lebanon"], slot="x", kind="numeric",
                          severity=3, status="dismissed", summary="x"))
    got = [(r["proposal"], r["source"], r["discrepancies"], r["high"], r["medium"], r["low"], r["open"])
           for r in saved(url, "discrepancies-by-source")]
    assert got == [("egypt-2024", "AP", 3, 1, 1, 1, 3), ("egypt-2024", "Reuters", 2, 1, 1, 0, 2),
                   ("egypt-2024", "Hamas", 1, 0, 0, 1, 1),
                   ("lebanon-2024", "AP", 1, 0, 1, 0, 1), ("lebanon-2024", "Israel", 1, 0, 1, 0, 1)]


def test_saved_disagreeing_sources(store):
    url, _ = store
    got = [(r["source_a"], r["source_b"], r["disagreements"], r["shared_terms"])
           for r in saved(url, "disagreeing-sources")]
    assert got == [("AP", "Reuters", 2, 3), ("AP", "Hamas", 1, 1), ("AP", "Israel", 1, 1)]


def test_saved_changes_since_last_run(store):
    url, ids = store
    got = [(r["change"], r["id"], r["run"]) for r in saved(url, "changes-since-last-run")]
    assert got == [("new", ids["D3"], ids["run2"]), ("changed", ids["D1"], ids["run2"]),
                   ("resolved", ids["D5"], ids["run2"])]


def test_saved_single_source_facts(store):
    url, ids = store
    got = [(r["fact_id"], r["slot"], r["source"]) for r in saved(url, "single-source-facts")]
    assert got == [(ids["f8"], "aid trucks", "AP"), (ids["f5"], "prisoners released", "Hamas")]


def test_saved_review_queue(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        rv.set_status(s, s.get(Discrepancy, ids["D6"]), "dismissed", "ok", "alice")
    assert [r["id"] for r in saved(url, "review-queue")] == [ids["D1"], ids["D4"], ids["D3"]]


def test_every_saved_query_runs_on_an_empty_store(store_url):
    for name in q.SAVED_QUERIES:
        assert run(store_url, q.saved_query(name).sql).rows == []
    with pytest.raises(CrosscheckError, match="no saved query 'nope'"):
        q.saved_query("nope")


# --- the command ---------------------------------------------------------------------------------

def test_cli_output_formats(store, cli):
    url, ids = store
    sql = "SELECT id, slot, severity FROM discrepancies WHERE proposal_id = :p ORDER BY id"
    args = ("query", sql, "-p", f"p={ids['lebanon']}")
    p = cli(*args, "--format", "json", db=url, check=True)
    assert json.loads(p.stdout) == [{"id": ids["D6"], "slot": "troop withdrawal", "severity": 2}]
    p = cli(*args, "--format", "csv", db=url, check=True)
    assert list(csv.reader(io.StringIO(p.stdout))) == [["id", "slot", "severity"],
                                                       [str(ids["D6"]), "troop withdrawal", "2"]]
    p = cli(*args, db=url, check=True)
    assert p.stdout.splitlines()[0].split() == ["id", "slot", "severity"]
    assert p.stdout.splitlines()[2].split() == [str(ids["D6"]), "troop", "withdrawal", "2"]
    p = cli("query", "SELECT id FROM discrepancies WHERE id < 0", "--format", "csv", db=url, check=True)
    assert p.stdout == "id\n"
    p = cli("query", "SELECT id FROM discrepancies WHERE id < 0", db=url, check=True)
    assert p.stdout == "(no rows)\n"
    p = cli("query", "-", db=url, input="SELECT COUNT(*) AS n FROM v_facts", check=True)
    assert p.stdout.split() == ["n", "-", "8"]


def test_cli_saved_queries(store, cli):
    url, ids = store
    p = cli("query", "--list-saved", db=url, check=True)
    for name in q.SAVED_QUERIES:
        assert name in p.stdout
    p = cli("query", "--list-saved", "--format", "json", db=url, check=True)
    assert {r["name"] for r in json.loads(p.stdout)} == set(q.SAVED_QUERIES)
    p = cli("query", "--saved", "changes-since-last-run", "--format", "json", db=url, check=True)
    assert [r["change"] for r in json.loads(p.stdout)] == ["new", "changed", "resolved"]
    p = cli("query", "--saved", "nope", db=url)
    assert p.returncode == 1 and "no saved query 'nope'" in p.stderr
    p = cli("query", "SELECT 1", "--saved", "review-queue", db=url)
    assert p.returncode == 2


def test_cli_timeout_from_the_option_and_the_config(store, cli, tmp_path):
    url, _ = store
    p = cli("query", FOREVER, "--timeout", "0.3", db=url)
    assert p.returncode == 1
    assert p.stderr.strip() == ("Error: query stopped: it ran longer than the time limit of 0.3 s "
                                "(--timeout SECONDS, or query_timeout in crosscheck.toml)")
    config = tmp_path / "crosscheck.toml"
    config.write_text("query_timeout = 0.4\n", encoding="utf-8")
    p = cli("query", FOREVER, db=url, env={"CROSSCHECK_CONFIG": str(config)})
    assert p.returncode == 1 and "time limit of 0.4 s" in p.stderr


def test_cli_write_refused_in_one_line(store, run_cli):
    url, _ = store
    before = snapshot(url)
    p = run_cli("query", "WITH x AS (SELECT 1) INSERT INTO proposals (slug) SELECT 'x' FROM x", db=url)
    assert p.returncode == 1
    assert p.stdout == ""
    [line] = p.stderr.strip().splitlines()
    assert line.startswith("Error: refused (crosscheck query is read-only)")
    p = run_cli("query", "DROP TABLE facts", db=url)
    assert p.returncode == 1 and p.stderr.strip() == (
        "Error: refused (crosscheck query is read-only): DROP is not a query; a query starts with "
        "SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW or PRAGMA")
    assert snapshot(url) == before


def test_cli_needs_an_existing_sqlite_store(cli, tmp_path):
    missing = tmp_path / "nothing-here.db"
    p = cli("query", "SELECT 1", db=f"sqlite:///{missing}")
    assert p.returncode == 1 and "no store at" in p.stderr
    assert not missing.exists()
    p = cli("query", "SELECT 1", db="sqlite://")
    assert p.returncode == 1 and "no store at" in p.stderr
