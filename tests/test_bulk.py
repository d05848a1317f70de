"""db.bulk.insert_many writes what an ORM insert would, on both backends: dates and times, booleans,
JSON, NULLs, and a column named by a reserved word."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db.bulk import insert_many
from db.models import Document, Fact, Proposal, ReportedVersion, Run, Source
from db.session import session_scope


def test_insert_many_round_trips_every_kind_of_value(engine):
    when = dt.datetime(2024, 5, 2, 14, 30, 5, 123456, tzinfo=dt.timezone.utc)
    with session_scope(engine) as s:
        s.add_all([Proposal(id=1, slug="p"), Source(id=1, name="Outlet")])
        s.flush()
        names = ("locator", "version", "is_current", "outlet_id", "proposal_id", "title", "published",
                 "content_hash", "text", "ingested_at")
        insert_many(s, Document.__table__, names, [
            ("a", 1, True, 1, 1, None, dt.date(2024, 5, 1), "h1", "first ‘text’", when),
            ("a", 2, False, 1, 1, "T", None, "h2", "second", when),
        ])
        insert_many(s, Run.__table__, ("kind", "status", "detail", "started_at"),
                    [("compare", "ok", {"report": "2024-05-02", "n": [1, 2]}, when), ("compare", "ok", None, when)])
        insert_many(s, Run.__table__, ("kind",), [])                       # nothing to insert: no statement
        insert_many(s, Run.__table__, ("kind", "detail"), [("ingest", [1]), ("ingest", None)],
                    {"status": "ok", "started_at": when, "finished_at": None})  # the same in every row
        doc_id = s.scalar(select(Document.id).where(Document.version == 1))
        insert_many(s, ReportedVersion.__table__, ("proposal_id", "document_id", "source_id"), [(1, doc_id, 1)])
        version_id = s.scalar(select(ReportedVersion.id))
        insert_many(s, Fact.__table__, ("version_id", "slot", "kind", "start", "end", "extractor",
                                        "extractor_version", "created_at"),
                    [(version_id, "truce", "duration", 3, 9, "x", "1", when)])
    with session_scope(engine) as s:
        docs = s.scalars(select(Document).order_by(Document.version)).all()
        assert [(d.locator, d.version, d.is_current, d.title, d.published, d.text) for d in docs] == [
            ("a", 1, True, None, dt.date(2024, 5, 1), "first ‘text’"), ("a", 2, False, "T", None, "second")]
        assert all(d.ingested_at.replace(tzinfo=dt.timezone.utc) == when for d in docs)
        runs = s.scalars(select(Run).order_by(Run.id)).all()
        assert [r.detail for r in runs] == [{"report": "2024-05-02", "n": [1, 2]}, None, [1], None]
        assert [(r.kind, r.status, r.documents, r.finished_at) for r in runs[2:]] == [("ingest", "ok", 0, None)] * 2
        assert all(r.started_at.replace(tzinfo=dt.timezone.utc) == when for r in runs)
        fact = s.scalar(select(Fact))
        assert (fact.start, fact.end, fact.slot) == (3, 9, "truce")


def test_insert_many_numbers_in_float_columns(engine):
    """Ints, floats and Decimals in FLOAT columns come back as the floats an ORM insert stores
    (ints and floats skip the float conversion on SQLite; a Decimal still goes through it)."""
    from decimal import Decimal

    with session_scope(engine) as s:
        s.add_all([Proposal(id=1, slug="p"), Source(id=1, name="Outlet")])
        s.flush()
        insert_many(s, Document.__table__, ("locator", "version", "is_current", "outlet_id", "proposal_id",
                                            "content_hash", "text"), [("a", 1, True, 1, 1, "h", "t")])
        doc_id = s.scalar(select(Document.id))
        insert_many(s, ReportedVersion.__table__, ("proposal_id", "document_id", "source_id"), [(1, doc_id, 1)])
        version_id = s.scalar(select(ReportedVersion.id))
        names = ("version_id", "slot", "kind", "min", "max", "confidence", "start", "end", "extractor",
                 "extractor_version")
        insert_many(s, Fact.__table__, names, [(version_id, "a", "count", 40, 40.5, 0, 0, 1, "x", "1"),
                                               (version_id, "b", "count", None, 7, 1, 0, 1, "x", "1")])
        insert_many(s, Fact.__table__, names, [(version_id, "c", "count", Decimal("2.5"), 3, 0.5, 0, 1, "x", "1")])
    with session_scope(engine) as s:
        got = [(f.slot, f.min, f.max, f.confidence) for f in s.scalars(select(Fact).order_by(Fact.slot))]
    assert got == [("a", 40.0, 40.5, 0.0), ("b", None, 7.0, 1.0), ("c", 2.5, 3.0, 0.5)]
    assert all(type(v) is float for _, *values in got for v in values if v is not None)
