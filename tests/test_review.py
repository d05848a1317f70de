"""Manual review: the queue and its filters, decisions and their history, bulk decisions, reopening
when the facts change, persistence across compare runs, and export/import (all or nothing).
The store is built from rows (build_store, shared with test_query and test_views), on SQLite and
PostgreSQL."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from compare import review as rv
from compare.cli import main
from compare.errors import CrosscheckError
from db.models import (Discrepancy, Document, Fact, Proposal, ReportedVersion, ReviewEvent, Run,
                       Source, SourceAlias)
from db.session import get_engine, session_scope

DATA = Path(__file__).resolve().parent / "data" / "review"

REUTERS_TEXT = ("CAIRO (Reuters) - Under the Egyptian proposal, 33 hostages would be released in the first "
                "phase, according to a draft seen by Reuters. The ceasefire would last 42 days. A Hamas "
                "official said about 600 to 900 prisoners would be freed in exchange.")
REUTERS_OLD_TEXT = "CAIRO (Reuters) - Under the proposal, 30 hostages would be released."
AP_TEXT = ("CAIRO (AP) - The plan would see 40 hostages released during the first phase. The truce would "
           "hold for 42 days, and 600 aid trucks would enter each day.")
LEBANON_TEXT = ("BEIRUT (AP) - Israeli troops would withdraw within 60 days. An Israeli official said "
                "30 days.")


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def build_store(session) -> dict[str, int]:
    """A small store: two proposals, four sources, three current documents and one old version,
    facts (one corrected), two compare runs and six discrepancies (one agreement, one resolved).
    Returns the ids by name. Ids are 1, 2, ... in insertion order on a fresh store."""
    ids: dict[str, int] = {}

    def add(name, obj):
        session.add(obj)
        session.flush()
        ids[name] = obj.id
        return obj

    egypt = add("egypt", Proposal(slug="egypt-2024", title="Egyptian proposal"))
    lebanon = add("lebanon", Proposal(slug="lebanon-2024"))
    reuters = add("Reuters", Source(name="Reuters"))
    ap = add("AP", Source(name="AP"))
    hamas = add("Hamas", Source(name="Hamas"))
    israel = add("Israel", Source(name="Israel"))
    session.add(SourceAlias(source_id=ap.id, alias="associated press"))

    def doc(name, locator, version, current, outlet, proposal, text):
        return add(name, Document(locator=locator, version=version, is_current=current, outlet_id=outlet.id,
                                  proposal_id=proposal.id, content_hash=f"hash-{name}", text=text))

    d_old = doc("d_old", "reuters/1.txt", 1, False, reuters, egypt, REUTERS_OLD_TEXT)
    d1 = doc("d1", "reuters/1.txt", 2, True, reuters, egypt, REUTERS_TEXT)
    d2 = doc("d2", "ap/1.txt", 1, True, ap, egypt, AP_TEXT)
    d3 = doc("d3", "ap/2.txt", 1, True, ap, lebanon, LEBANON_TEXT)

    def version(name, document, source):
        return add(name, ReportedVersion(proposal_id=document.proposal_id, document_id=document.id,
                                         source_id=source.id))

    rv_old = version("rv_old", d_old, reuters)
    rv1 = version("rv1", d1, reuters)
    rv2 = version("rv2", d1, hamas)
    rv3 = version("rv3", d2, ap)
    rv4 = version("rv4", d3, ap)
    rv5 = version("rv5", d3, israel)

    def fact(name, ver, document, slot, quote, phase=1, kind="count", lo=None, hi=None, unit=None,
             qualifier=None, corrects=None, origin="extracted"):
        start, end = _span(document.text, quote)
        return add(name, Fact(version_id=ver.id, phase=phase, slot=slot, kind=kind, min=lo,
                              max=hi if hi is not None else lo, unit=unit, text=quote, qualifier=qualifier,
                              quote=quote, start=start, end=end, extractor="test", extractor_version="1",
                              origin=origin, corrects_id=corrects))

    fact("f_old", rv_old, d_old, "hostages released", "30 hostages would be released", lo=30, unit="hostages")
    f1 = fact("f1", rv1, d1, "hostages released", "33 hostages would be released", lo=33, unit="hostages")
    f3 = fact("f3", rv1, d1, "ceasefire duration", "The ceasefire would last 42 days", kind="duration", lo=42,
              unit="days")
    f5 = fact("f5", rv2, d1, "prisoners released", "about 600 to 900 prisoners would be freed", phase=None,
              lo=600, hi=900, unit="prisoners", qualifier="about")
    f2 = fact("f2", rv3, d2, "hostages released", "40 hostages released", lo=40, unit="hostages")
    f4 = fact("f4", rv3, d2, "ceasefire duration", "hold for 42 days", kind="duration", lo=42, unit="days")
    f7 = fact("f7", rv3, d2, "aid trucks", "600 aid trucks", lo=500, unit="trucks")  # misread, corrected by f8
    f8 = fact("f8", rv3, d2, "aid trucks", "600 aid trucks", lo=600, unit="trucks", corrects=f7.id,
              origin="manual")
    f9 = fact("f9", rv4, d3, "troop withdrawal", "withdraw within 60 days", kind="duration", lo=60, unit="days")
    f10 = fact("f10", rv5, d3, "troop withdrawal", "30 days", kind="duration", lo=30, unit="days")

    run1 = add("run1", Run(kind="compare", status="ok"))
    run2 = add("run2", Run(kind="compare", status="ok"))
    add("ingest_run", Run(kind="ingest", status="ok"))  # a later run that is not a compare

    def disc(name, key, proposal, slot, kind, severity, sides, phase=1, first=None, changed=None,
             resolved=None, status="open", summary=None):
        d = add(name, Discrepancy(key=key, fingerprint=f"fp-{key}", proposal_id=proposal.id, slot=slot,
                                  phase=phase, kind=kind, severity=severity, status=status,
                                  summary=summary or f"{slot}: sources differ", first_run_id=first,
                                  changed_run_id=changed, resolved_run_id=resolved))
        d.sides = [[ver.id, f.id, None, f.min, f.max, f.unit, f.text, f.qualifier] if f else
                   [ver.id, None, None, None, None, None, None, None] for ver, f in sides]
        session.flush()
        return d

    disc("D1", "k-hostages", egypt, "hostages released", "numeric", 3, [(rv1, f1), (rv3, f2)],
         first=run1.id, changed=run2.id, summary="33 vs 40 hostages in phase 1")
    disc("D2", "k-ceasefire", egypt, "ceasefire duration", "agreement", 0, [(rv1, f3), (rv3, f4)],
         first=run1.id, summary="42 days")
    disc("D3", "k-prisoners", egypt, "prisoners released", "missing", 1, [(rv2, f5), (rv3, None)],
         phase=None, first=run2.id, summary="only Hamas gives prisoner numbers")
    disc("D4", "k-trucks", egypt, "aid trucks", "missing", 2, [(rv1, None), (rv3, f8)],
         first=run1.id, summary="only AP reports aid trucks")
    disc("D5", "k-old", egypt, "hostages released", "numeric", 3, [(rv1, f1), (rv3, f2)], phase=2,
         first=run1.id, resolved=run2.id, summary="phase 2 hostages (no longer reported)")
    disc("D6", "k-withdrawal", lebanon, "troop withdrawal", "numeric", 2, [(rv4, f9), (rv5, f10)],
         first=run1.id, summary="60 vs 30 days")
    return ids


@pytest.fixture
def cli():
    """`crosscheck ARGS` in this process (fast); like run_cli, returns returncode, stdout, stderr."""
    class Result:
        def __init__(self, r):
            self.returncode, self.stdout, self.stderr = r.exit_code, r.stdout, r.stderr

    def run(*args, db: str, input: str | None = None, env: dict | None = None, check: bool = False):
        r = CliRunner().invoke(main, ["--db", db, *map(str, args)], input=input, env=env, prog_name="crosscheck")
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            raise r.exception
        if check and r.exit_code != 0:
            raise AssertionError(f"crosscheck {' '.join(map(str, args))} exited {r.exit_code}: {r.stderr}")
        return Result(r)
    return run


@pytest.fixture
def store(store_url):
    """(url, ids) of a committed small store."""
    with session_scope(get_engine(store_url)) as s:
        ids = build_store(s)
    return store_url, ids


def events(session, discrepancy_id):
    return session.scalars(select(ReviewEvent).where(ReviewEvent.discrepancy_id == discrepancy_id)
                           .order_by(ReviewEvent.id)).all()


# --- the queue ---------------------------------------------------------------------------------

def test_queue_most_severe_first_without_agreements_or_resolved(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        rows = rv.queue_rows(s)
        assert [r["id"] for r in rows] == [ids["D1"], ids["D4"], ids["D6"], ids["D3"]]
        d1 = rows[0]
        assert d1["severity"] == "high" and d1["status"] == "open"
        assert d1["reported"] == "Reuters: 33 hostages; AP: 40 hostages"
        assert rows[-1]["reported"] == "Hamas (Reuters): about 600-900 prisoners; AP: not reported"
        assert [r["id"] for r in rv.queue_rows(s, rv.Filters(include_resolved=True))][:2] == [ids["D1"], ids["D5"]]
        assert [r["id"] for r in rv.queue_rows(s, rv.Filters(kind="agreement"))] == [ids["D2"]]


def test_queue_filters(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        def sel(**kw):
            return [r["id"] for r in rv.queue_rows(s, rv.Filters(**kw))]
        assert sel(proposal="lebanon-2024") == [ids["D6"]]
        assert sel(min_severity="medium") == [ids["D1"], ids["D4"], ids["D6"]]
        assert sel(kind="missing") == [ids["D4"], ids["D3"]]
        assert sel(source="Hamas") == [ids["D3"]]
        assert sel(source="Israel", proposal="egypt-2024") == []
        assert sel(source="associated press") == sel(source="AP")  # an alias names the same source
        assert sel(status="confirmed") == []
        rv.set_status(s, s.get(Discrepancy, ids["D4"]), "confirmed", "seen", "alice")
        assert sel(status="confirmed") == [ids["D4"]]
        assert sel(status="open") == [ids["D1"], ids["D6"], ids["D3"]]
        with pytest.raises(CrosscheckError, match="bad status"):
            sel(status="done")


def test_show_has_quotes_in_context_and_history(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        rv.set_status(s, s.get(Discrepancy, ids["D1"]), "needs-info", "ask the Cairo desk", "alice")
        d = rv.show(s, ids["D1"], context=30)
        reuters, ap = d["sides"]
        assert reuters["context"]["quote"] == "33 hostages would be released"
        assert reuters["context"]["before"].endswith("proposal, ")
        assert reuters["context"]["before"].startswith("…")
        assert reuters["context"]["after"].startswith(" in the first")
        assert ap["context"]["quote"] == "40 hostages released"
        assert ap["value"] == "40 hostages"
        assert [(e["reviewer"], e["from_status"], e["to_status"], e["note"]) for e in d["history"]] == [
            ("alice", "open", "needs-info", "ask the Cairo desk")]
        assert d["note"] == "ask the Cairo desk"
        # a silent side has no quote; it still shows
        d4 = rv.show(s, ids["D4"])
        assert d4["sides"][0]["value"] == "not reported" and d4["sides"][0]["context"]["quote"] == ""
        with pytest.raises(CrosscheckError, match="no discrepancy with id 999"):
            rv.show(s, 999)


def test_quote_in_context_falls_back_to_finding_the_quote():
    text = "alpha beta gamma delta epsilon zeta eta theta"
    c = rv.quote_in_context(text, 0, 3, "delta", context=8)  # stale offsets
    assert c == {"before": "…gamma ", "quote": "delta", "after": " epsilon…", "found": True}
    assert rv.quote_in_context(text, None, None, "omega")["found"] is False
    whole = rv.quote_in_context(text, 6, 10, "beta", context=100)
    assert (whole["before"], whole["after"]) == ("alpha ", " gamma delta epsilon zeta eta theta")


# --- decisions and history -----------------------------------------------------------------------

def test_every_change_is_a_history_row(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        d = s.get(Discrepancy, ids["D1"])
        assert rv.set_status(s, d, "confirmed", "checked the draft", "alice") is not None
        assert rv.set_status(s, d, "dismissed", "the draft was superseded", "bob") is not None
        assert rv.set_status(s, d, "dismissed", "the draft was superseded", "bob") is None  # no-op
        assert rv.set_status(s, d, "dismissed", None, "bob") is None  # same status, no note: no-op
        assert rv.set_status(s, d, "dismissed", "also AP corrected itself", "carol") is not None  # a note
        assert d.status == "dismissed"
        rows = [(e.reviewer, e.from_status, e.to_status, e.note, e.automatic) for e in events(s, d.id)]
        assert rows == [("alice", "open", "confirmed", "checked the draft", False),
                        ("bob", "confirmed", "dismissed", "the draft was superseded", False),
                        ("carol", "dismissed", "dismissed", "also AP corrected itself", False)]
        assert all(e.at is not None for e in events(s, d.id))
        assert rv.current_note(s, d.id) == "also AP corrected itself"
        with pytest.raises(CrosscheckError, match="bad status"):
            rv.set_status(s, d, "closed", "x", "alice")


def test_reviewer_defaults_to_the_login_name(store, monkeypatch):
    url, ids = store
    monkeypatch.setattr(rv.getpass, "getuser", lambda: "deskuser")
    with session_scope(get_engine(url)) as s:
        rv.set_status(s, s.get(Discrepancy, ids["D1"]), "confirmed", "ok")
        assert events(s, ids["D1"])[0].reviewer == "deskuser"


def test_reopen(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        d1, d4, d6 = (s.get(Discrepancy, ids[k]) for k in ("D1", "D4", "D6"))
        rv.set_status(s, d1, "confirmed", "checked", "alice")
        rv.set_status(s, d4, "needs-info", "ask", "alice")
        rv.reopen(s, d1, "AP now reports 35 hostages (was 40)")
        rv.reopen(s, d4, "Reuters now reports 600 trucks")
        rv.reopen(s, d6, "anything")  # open: left alone, no history row
        assert (d1.status, d4.status, d6.status) == ("open", "open", "open")
        auto = events(s, d1.id)[-1]
        assert (auto.reviewer, auto.automatic, auto.from_status, auto.to_status, auto.note) == (
            "crosscheck", True, "confirmed", "open", "AP now reports 35 hostages (was 40)")
        assert events(s, d4.id)[-1].from_status == "needs-info"
        assert events(s, d6.id) == []


def _simulated_compare(session, run: Run, key: str, fingerprint: str, what_changed: str) -> Discrepancy:
    """What the diff engine does for one term: keep the row by key; a new fingerprint reopens a
    reviewed discrepancy (through review.reopen)."""
    d = session.scalar(select(Discrepancy).where(Discrepancy.key == key))
    if d.fingerprint != fingerprint:
        d.fingerprint = fingerprint
        d.changed_run_id = run.id
        rv.reopen(session, d, what_changed)
    return d


def test_decisions_survive_runs_until_the_facts_change(store):
    url, ids = store
    engine = get_engine(url)
    with session_scope(engine) as s:
        rv.set_status(s, s.get(Discrepancy, ids["D1"]), "dismissed", "rounding in the draft", "alice")
        rv.set_status(s, s.get(Discrepancy, ids["D6"]), "confirmed", "real difference", "alice")
    # a re-run with the same values: decisions kept, no history added
    with session_scope(engine) as s:
        run = Run(kind="compare")
        s.add(run)
        s.flush()
        _simulated_compare(s, run, "k-hostages", "fp-k-hostages", "unused")
        _simulated_compare(s, run, "k-withdrawal", "fp-k-withdrawal", "unused")
    with session_scope(engine) as s:
        assert s.get(Discrepancy, ids["D1"]).status == "dismissed"
        assert len(events(s, ids["D1"])) == 1
    # the next run: AP changed its figure, so D1 is open again; D6 is unchanged
    with session_scope(engine) as s:
        run = Run(kind="nightly")
        s.add(run)
        s.flush()
        _simulated_compare(s, run, "k-hostages", "fp-new", "AP: 40 → 35 hostages")
        _simulated_compare(s, run, "k-withdrawal", "fp-k-withdrawal", "unused")
    with session_scope(engine) as s:
        d1, d6 = s.get(Discrepancy, ids["D1"]), s.get(Discrepancy, ids["D6"])
        assert (d1.status, d6.status) == ("open", "confirmed")
        assert [(e.reviewer, e.to_status, e.note) for e in events(s, d1.id)] == [
            ("alice", "dismissed", "rounding in the draft"), ("crosscheck", "open", "AP: 40 → 35 hostages")]
        assert [r["id"] for r in rv.queue_rows(s, rv.Filters(status="open"))][0] == d1.id


def test_select_ids(store):
    url, ids = store
    with session_scope(get_engine(url)) as s:
        assert rv.select_ids(s, rv.Filters(), [ids["D6"], ids["D1"]]) == [ids["D6"], ids["D1"]]
        assert rv.select_ids(s, rv.Filters(proposal="egypt-2024"), [ids["D6"], ids["D1"]]) == [ids["D1"]]
        assert rv.select_ids(s, rv.Filters(min_severity="high")) == [ids["D1"]]
        with pytest.raises(CrosscheckError, match="no discrepancy with id 998, 999"):
            rv.select_ids(s, rv.Filters(), [ids["D1"], 998, 999])


# --- the commands --------------------------------------------------------------------------------

def test_cli_bulk_set_with_filters(store, cli):
    url, ids = store
    p = cli("review", "set", "--proposal", "egypt-2024", "--min-severity", "medium", "--status", "dismissed",
                "--note", "known draft differences", "--reviewer", "alice", "--yes", db=url, check=True)
    assert p.stdout.strip() == "dismissed: 2 changed, 0 unchanged"
    with session_scope(get_engine(url)) as s:
        status = dict(s.execute(select(Discrepancy.id, Discrepancy.status)).all())
        assert status == {ids["D1"]: "dismissed", ids["D2"]: "open", ids["D3"]: "open", ids["D4"]: "dismissed",
                          ids["D5"]: "open", ids["D6"]: "open"}
        for did in (ids["D1"], ids["D4"]):
            [e] = events(s, did)
            assert (e.reviewer, e.from_status, e.to_status, e.note) == (
                "alice", "open", "dismissed", "known draft differences")
    # again: nothing changes, the count says so
    p = cli("review", "set", "--proposal", "egypt-2024", "--from-status", "dismissed", "--status", "dismissed",
                "--note", "known draft differences", "--reviewer", "alice", "--yes", db=url, check=True)
    assert p.stdout.strip() == "dismissed: 0 changed, 2 unchanged"


def test_cli_bulk_set_asks_first(store, run_cli):
    url, ids = store
    args = ("review", "set", "--kind", "missing", "--status", "needs-info", "--note", "ask the desk")
    p = run_cli(*args, db=url, input="n\n")
    assert p.returncode == 1
    assert "set 2 discrepancies to needs-info?" in p.stderr
    with session_scope(get_engine(url)) as s:
        assert s.scalar(select(func.count()).select_from(ReviewEvent)) == 0
    p = run_cli(*args, db=url, input="y\n")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().endswith("needs-info: 2 changed, 0 unchanged")
    with session_scope(get_engine(url)) as s:
        assert s.get(Discrepancy, ids["D3"]).status == "needs-info"


def test_cli_set_by_id_and_errors(store, cli):
    url, ids = store
    p = cli("review", "set", str(ids["D6"]), "--status", "confirmed", "--note", "real", db=url,
                env={"CROSSCHECK_REVIEWER": "bob"}, check=True)
    assert p.stdout.strip() == "confirmed: 1 changed, 0 unchanged"
    p = cli("review", "set", str(ids["D1"]), "999", "--status", "confirmed", "--note", "x", db=url)
    assert p.returncode == 1 and p.stderr.strip() == "Error: no discrepancy with id 999"
    p = cli("review", "set", "--status", "confirmed", "--note", "x", db=url)
    assert p.returncode == 2 and "name discrepancy IDs" in p.stderr
    with session_scope(get_engine(url)) as s:
        assert s.get(Discrepancy, ids["D1"]).status == "open"
        assert [e.reviewer for e in events(s, ids["D6"])] == ["bob"]


def test_cli_list_and_show(store, cli):
    url, ids = store
    cli("review", "set", str(ids["D1"]), "--status", "needs-info", "--note", "ask the Cairo desk",
            "--reviewer", "alice", db=url, check=True)
    p = cli("review", "list", "--format", "json", db=url, check=True)
    rows = json.loads(p.stdout)
    assert [r["id"] for r in rows] == [ids["D1"], ids["D4"], ids["D6"], ids["D3"]]
    assert rows[0]["note"] == "ask the Cairo desk" and rows[0]["status"] == "needs-info"
    p = cli("review", "list", "--status", "open", "--source", "Hamas", "--format", "csv", db=url, check=True)
    [row] = list(csv.DictReader(io.StringIO(p.stdout)))
    assert list(row) == rv.LIST_COLUMNS and row["id"] == str(ids["D3"]) and row["severity"] == "low"
    p = cli("review", "list", db=url, check=True)
    assert p.stdout.splitlines()[0].split() == rv.LIST_COLUMNS
    p = cli("review", "show", str(ids["D1"]), db=url, check=True)
    out = p.stdout
    assert ">>33 hostages would be released<<" in out and ">>40 hostages released<<" in out
    assert "alice: open -> needs-info  ask the Cairo desk" in out
    p = cli("review", "show", str(ids["D1"]), "--format", "json", db=url, check=True)
    assert json.loads(p.stdout)["history"][0]["to_status"] == "needs-info"
    p = cli("review", "show", "999", db=url)
    assert p.returncode == 1 and p.stderr.strip() == "Error: no discrepancy with id 999"


# --- export and import ---------------------------------------------------------------------------

def _export(cli, url, fmt, path, *filters):
    cli("review", "export", "--format", fmt, "-o", path, *filters, db=url, check=True)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_edit_import_roundtrip(store, cli, tmp_path, fmt):
    url, ids = store
    path = tmp_path / f"decisions.{fmt}"
    text = _export(cli, url, fmt, path)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert list(rows[0]) == rv.EXPORT_COLUMNS
    else:
        rows = json.loads(text)
    assert [int(r["id"]) for r in rows] == [ids["D1"], ids["D4"], ids["D6"], ids["D3"]]
    assert rows[0]["fingerprint"] == "fp-k-hostages" and rows[0]["summary"] == "33 vs 40 hostages in phase 1"
    # the desk decides two rows in the spreadsheet
    rows[0].update(status="confirmed", note="checked, AP is wrong", reviewer="alice")
    rows[2].update(status="dismissed", note="different baselines")
    rows[1]["summary"] = "edited context is ignored"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=rv.EXPORT_COLUMNS)
        w.writeheader()
        w.writerows(rows)
        path.write_text(buf.getvalue(), encoding="utf-8")
    else:
        path.write_text(json.dumps(rows), encoding="utf-8")
    p = cli("review", "import", path, "--reviewer", "bob", db=url, check=True)
    assert p.stdout.strip() == "imported: 2 changed, 2 unchanged"
    with session_scope(get_engine(url)) as s:
        assert s.get(Discrepancy, ids["D1"]).status == "confirmed"
        assert s.get(Discrepancy, ids["D6"]).status == "dismissed"
        assert s.get(Discrepancy, ids["D4"]).summary == "only AP reports aid trucks"
        assert [(e.reviewer, e.note) for e in events(s, ids["D1"])] == [("alice", "checked, AP is wrong")]
        assert [(e.reviewer, e.note) for e in events(s, ids["D6"])] == [("bob", "different baselines")]
    # the same file again: every row equals the current status and note
    p = cli("review", "import", path, db=url, check=True)
    assert p.stdout.strip() == "imported: 0 changed, 4 unchanged"
    with session_scope(get_engine(url)) as s:
        assert s.scalar(select(func.count()).select_from(ReviewEvent)) == 2
    # and an export now carries the decisions
    again = _export(cli, url, "json", tmp_path / "again.json", "--status", "confirmed")
    assert [(r["id"], r["note"], r["reviewer"]) for r in json.loads(again)] == [
        (ids["D1"], "checked, AP is wrong", "alice")]


def test_import_is_all_or_nothing(store, run_cli, tmp_path):
    url, ids = store
    path = tmp_path / "bad.csv"
    path.write_text(
        "id,fingerprint,status,note,reviewer\n"
        f"{ids['D1']},fp-k-hostages,confirmed,fine,alice\n"        # row 2: good
        "999,fp-x,confirmed,,\n"                                     # row 3: unknown id
        f"{ids['D4']},fp-k-trucks,closed,,\n"                        # row 4: bad status
        f"{ids['D6']},fp-stale,dismissed,,\n"                        # row 5: stale fingerprint
        f"{ids['D1']},fp-k-hostages,dismissed,,\n", encoding="utf-8")  # row 6: the same id again
    with session_scope(get_engine(url)) as s:
        with pytest.raises(rv.ImportRejected) as err:
            rv.import_decisions(s, path, "bob")
    problems = err.value.problems
    assert len(problems) == 4
    assert problems[0] == f"{path}: row 3: unknown id 999"
    assert problems[1].startswith(f"{path}: row 4: bad status 'closed'")
    assert problems[2].startswith(f"{path}: row 5: stale fingerprint")
    assert problems[3] == f"{path}: row 6: id {ids['D1']} appears again (first at row 2)"

    p = run_cli("review", "import", path, db=url)
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert lines[:4] == [f"error: {m}" for m in problems]
    assert lines[4] == f"Error: {path}: 4 bad rows; nothing imported"
    with session_scope(get_engine(url)) as s:
        assert s.scalar(select(func.count()).select_from(ReviewEvent)) == 0
        assert s.get(Discrepancy, ids["D1"]).status == "open"


def test_import_json_problems_and_dry_run(store, cli, tmp_path):
    url, ids = store
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"id": ids["D1"], "fingerprint": "fp-k-hostages", "status": "confirmed"},
                               {"id": "x", "status": "open"}, "not an object"]), encoding="utf-8")
    p = cli("review", "import", bad, db=url)
    assert p.returncode == 1
    assert p.stderr.splitlines()[:2] == [f"error: {bad}: row 2: bad id 'x'",
                                         f"error: {bad}: row 3: expected an object with id, fingerprint, status, note"]
    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"id": ids["D1"], "fingerprint": "fp-k-hostages", "status": "Needs info",
                                 "note": "ask"}]), encoding="utf-8")
    p = cli("review", "import", good, "--dry-run", db=url, check=True)
    assert p.stdout.strip() == "dry run, nothing applied: 1 changed, 0 unchanged"
    with session_scope(get_engine(url)) as s:
        assert s.get(Discrepancy, ids["D1"]).status == "open"
    cli("review", "import", good, db=url, check=True)
    with session_scope(get_engine(url)) as s:
        assert s.get(Discrepancy, ids["D1"]).status == "needs-info"


def test_import_spreadsheet_csv(store, tmp_path):
    """A file as a spreadsheet saves it: BOM, semicolons, CRLF, capitalised headers and statuses,
    blank lines, ids as 1.0, the automatic reviewer's name left in a cell."""
    url, ids = store
    assert (ids["D1"], ids["D4"]) == (1, 4)  # the ids the data file uses
    path = tmp_path / "desk.csv"
    shutil.copy(DATA / "desk_export.csv", path)
    with session_scope(get_engine(url)) as s:
        result = rv.import_decisions(s, path, "desk")
        assert (result.changed, result.unchanged) == (2, 0)
        e1, e4 = events(s, ids["D1"]), events(s, ids["D4"])
        assert [(e.reviewer, e.to_status, e.note) for e in e1] == [("maria", "dismissed", "rounding;\nsee thread")]
        assert [(e.reviewer, e.to_status, e.note) for e in e4] == [("desk", "needs-info", None)]


def test_import_unreadable_files(store, tmp_path):
    url, _ = store
    no_columns = tmp_path / "x.csv"
    no_columns.write_text("a,b\n1,2\n", encoding="utf-8")
    broken = tmp_path / "x.json"
    broken.write_text("[{", encoding="utf-8")
    with session_scope(get_engine(url)) as s:
        with pytest.raises(CrosscheckError, match="row 1: missing columns id, fingerprint, status"):
            rv.import_decisions(s, no_columns)
        with pytest.raises(CrosscheckError, match="not valid JSON"):
            rv.import_decisions(s, broken)


def test_decisions_survive_real_compare_runs(store_url):
    """With the diff engine: a decision holds over a re-run; a corrected value reopens it."""
    diff = pytest.importorskip("compare.diff")
    engine = get_engine(store_url)
    with session_scope(engine) as s:
        ids = build_store(s)
        for d in s.scalars(select(Discrepancy)):  # let the engine find its own
            s.delete(d)
    with session_scope(engine) as s:
        diff.run_compare(s)

    def hostages(s):
        return s.scalar(select(Discrepancy).where(Discrepancy.slot == "hostages released",
                                                  Discrepancy.resolved_run_id.is_(None)))

    with session_scope(engine) as s:
        d = hostages(s)
        if d is None or d.kind == "agreement":
            pytest.skip("the diff engine does not flag 33 vs 40 hostages yet")
        did, key = d.id, d.key
        rv.set_status(s, d, "confirmed", "the draft changed between the reports", "alice")
    with session_scope(engine) as s:
        diff.run_compare(s)
    with session_scope(engine) as s:
        d = hostages(s)
        assert (d.id, d.key, d.status) == (did, key, "confirmed")
        assert len(events(s, did)) == 1
    with session_scope(engine) as s:  # the desk corrects AP's figure
        f2 = s.get(Fact, ids["f2"])
        s.add(Fact(version_id=f2.version_id, phase=1, slot=f2.slot, kind=f2.kind, min=35, max=35, unit="hostages",
                   text="35 hostages released", quote=f2.quote, start=f2.start, end=f2.end, extractor="manual",
                   extractor_version="1", origin="manual", corrects_id=f2.id))
    with session_scope(engine) as s:
        diff.run_compare(s)
    with session_scope(engine) as s:
        d = s.get(Discrepancy, did)
        assert d.status == "open"
        auto = events(s, did)[-1]
        assert (auto.reviewer, auto.automatic, auto.from_status, auto.to_status) == (
            "crosscheck", True, "confirmed", "open")
        assert auto.note
