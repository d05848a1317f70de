"""The SQL views of migration 0002 (v_facts, v_discrepancies, v_review_queue) return the right rows on
a small store, the same on SQLite and PostgreSQL, and come and go with the migration."""
from __future__ import annotations

import sqlite3

from sqlalchemy import inspect, text

from compare import review as rv
from db import migrate
from db.models import Discrepancy, ReviewEvent
from db.session import get_engine, session_scope
from tests.test_review import REUTERS_TEXT, build_store, store  # noqa: F401  (fixture)

VIEWS = {"v_facts", "v_discrepancies", "v_review_queue"}


def rows(url, sql):
    with get_engine(url).connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql))]


def test_v_facts_current_documents_without_corrected_facts(store):
    url, ids = store
    got = rows(url, "SELECT * FROM v_facts ORDER BY id")
    assert [r["id"] for r in got] == [ids[f] for f in ("f1", "f3", "f5", "f2", "f4", "f8", "f9", "f10")]
    by_id = {r["id"]: r for r in got}
    f5 = by_id[ids["f5"]]
    assert {k: f5[k] for k in ("proposal", "source", "outlet", "document", "document_version", "phase", "slot",
                               "kind", "min", "max", "unit", "qualifier", "text", "quote")} == {
        "proposal": "egypt-2024", "source": "Hamas", "outlet": "Reuters", "document": "reuters/1.txt",
        "document_version": 2, "phase": None, "slot": "prisoners released", "kind": "count", "min": 600.0,
        "max": 900.0, "unit": "prisoners", "qualifier": "about",
        "text": "about 600 to 900 prisoners would be freed", "quote": "about 600 to 900 prisoners would be freed"}
    f8 = by_id[ids["f8"]]
    assert (f8["min"], f8["origin"], f8["corrects"]) == (600.0, "manual", ids["f7"])
    f1 = by_id[ids["f1"]]
    assert REUTERS_TEXT[f1["start"]:f1["end"]] == f1["quote"] == "33 hostages would be released"


def test_v_discrepancies_sides_side_by_side(store):
    url, ids = store
    got = {r["id"]: r for r in rows(url, "SELECT * FROM v_discrepancies")}
    assert len(got) == 6
    assert {k: got[ids[k]]["sides"] for k in ("D1", "D2", "D3", "D4", "D5", "D6")} == {
        "D1": "Reuters: 33 hostages; AP: 40 hostages",
        "D2": "Reuters: 42 days; AP: 42 days",
        "D3": "Hamas (Reuters): about 600-900 prisoners; AP: not reported",
        "D4": "Reuters: not reported; AP: 600 trucks",
        "D5": "Reuters: 33 hostages; AP: 40 hostages",
        "D6": "AP: 60 days; Israel (AP): 30 days",
    }
    d5 = got[ids["D5"]]
    assert (d5["proposal"], d5["severity"], d5["severity_name"], d5["resolved"], d5["n_sides"]) == (
        "egypt-2024", 3, "high", 1, 2)
    assert (got[ids["D2"]]["kind"], got[ids["D2"]]["severity_name"], got[ids["D2"]]["resolved"]) == (
        "agreement", "none", 0)


def test_v_discrepancies_numbers_match_the_python_rendering(store):
    """Fractions, open ranges and big numbers render the same in SQL (both backends) and in Python."""
    url, ids = store
    with session_scope(get_engine(url)) as s:
        d = s.get(Discrepancy, ids["D6"])
        d.sides = d.sides + [[ids["rv4"], None, None, lo, hi, unit, None, q] for lo, hi, unit, q in [
            (2.5, 3.75, "km", None), (0.1, None, None, "at least"), (None, 12.0, "weeks", None),
            (1234567.0, 1234567.0, None, None), (-3.0, 4.5, "%", "about")]]
    [view] = rows(url, f"SELECT sides FROM v_discrepancies WHERE id = {ids['D6']}")
    with session_scope(get_engine(url)) as s:
        [python] = rv.queue_rows(s, ids=[ids["D6"]])
    assert view["sides"] == python["reported"] == (
        "AP: 60 days; Israel (AP): 30 days; AP: 2.5-3.75 km; AP: at least 0.1; AP: up to 12 weeks; "
        "AP: 1234567; AP: about -3-4.5 %")


def test_v_review_queue(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        d1, d4 = s.get(Discrepancy, ids["D1"]), s.get(Discrepancy, ids["D4"])
        rv.set_status(s, d1, "needs-info", "ask the Cairo desk", "alice")
        rv.set_status(s, d1, "open", None, "bob")  # back in the queue, without a note
        rv.set_status(s, d4, "confirmed", "real", "alice")  # out of the queue
    got = rows(url, "SELECT * FROM v_review_queue")
    assert [r["id"] for r in got] == [ids["D1"], ids["D6"], ids["D3"]]  # most severe first
    first = got[0]
    assert (first["status"], first["note"], first["last_reviewer"], first["severity_name"]) == (
        "open", "ask the Cairo desk", "bob", "high")
    assert first["sides"] == "Reuters: 33 hostages; AP: 40 hostages"
    assert got[1]["note"] is None and got[1]["last_reviewer"] is None
    # an automatic reopen puts its note first
    with session_scope(get_engine(url)) as s:
        d4 = s.get(Discrepancy, ids["D4"])
        rv.reopen(s, d4, "Reuters now reports 550 trucks")
    got = rows(url, "SELECT id, note, last_reviewer FROM v_review_queue WHERE id = %d" % ids["D4"])
    assert got == [{"id": ids["D4"], "note": "Reuters now reports 550 trucks", "last_reviewer": "crosscheck"}]


def test_views_are_views_and_follow_the_migration(store_url):
    engine = get_engine(store_url)
    insp = inspect(engine)
    assert VIEWS <= set(insp.get_view_names())
    assert not VIEWS & set(insp.get_table_names())  # so the drift check (compare_metadata) ignores them
    migrate.downgrade(engine, "0001")
    assert not VIEWS & set(inspect(engine).get_view_names())
    migrate.upgrade(engine)
    assert VIEWS <= set(inspect(engine).get_view_names())
    assert rows(store_url, "SELECT COUNT(*) AS n FROM v_review_queue") == [{"n": 0}]


def test_the_sqlite_store_opens_in_plain_sqlite3(sqlite_url):
    with session_scope(get_engine(sqlite_url)) as s:
        ids = build_store(s)
    path = sqlite_url.removeprefix("sqlite:///")
    conn = sqlite3.connect(path)
    try:
        got = conn.execute("SELECT id, sides FROM v_review_queue LIMIT 1").fetchall()
    finally:
        conn.close()
    assert got == [(ids["D1"], "Reuters: 33 hostages; AP: 40 hostages")]
    with session_scope(get_engine(sqlite_url)) as s:
        assert s.query(ReviewEvent).count() == 0
