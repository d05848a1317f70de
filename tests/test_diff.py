"""Comparison levels (table-driven), symmetry properties, alignment, and stability across runs."""
import json

import pytest
from hypothesis import given, strategies as st
from sqlalchemy import func, select

from compare.align import align
from compare.diff import run_compare, sides_key
from compare.ingest import DocInput, store_document
from compare.extract import extract
from compare.levels import Context, FactView, compare_facts
from db.models import Discrepancy, Document, Fact, ReportedVersion, ReviewEvent, Source
from db.session import session_scope


def fv(vid=1, kind="count", lo=None, hi=None, text="", qualifier=None, slot="s", phase=None, basis=None):
    hi = lo if hi is None else hi
    return FactView(None, vid, slot, kind, phase, lo, hi, "day" if kind in ("duration", "timing") else None, text,
                    qualifier, basis)


@pytest.mark.parametrize("a, b, level, kind, severity", [
    (fv(1, lo=33), None, "null", "omission", 2),
    (fv(1, "phase_count", 2, basis="implied"), fv(2, "phase_count", 3), "structure", "structure", 3),
    (fv(1, "phase_count", 3), fv(2, "phase_count", 3), "exact", "agreement", 0),
    (fv(1, lo=33), fv(2, lo=33), "exact", "agreement", 0),
    (fv(1, lo=33, qualifier="approximately"), fv(2, lo=33), "exact", "agreement", 0),
    (fv(1, lo=33, qualifier="at least"), fv(2, lo=33, qualifier="exactly"), "opposed qualifiers", "qualifier", 1),
    (fv(1, lo=33, qualifier="gradually"), fv(2, lo=33, qualifier="at once"), "opposed qualifiers", "qualifier", 1),
    # a deadline and a start on the same day are opposed; a deadline holds a day before it
    (fv(1, "timing", 16, qualifier="no later than"), fv(2, "timing", 16, qualifier="not before"), "opposed qualifiers",
     "qualifier", 1),
    (fv(1, "timing", 16, qualifier="no later than"), fv(2, "timing", 10), "narrower", "interval", 1),
    (fv(1, "duration", 30, 40), fv(2, "duration", 40), "narrower", "interval", 1),
    (fv(1, "duration", 30, 40), fv(2, "duration", 35, 45), "overlapping", "interval", 2),
    (fv(1, lo=20), fv(2, lo=33), "disjoint", "interval", 3),
    (fv(1, "timing", 21, text="return north"), fv(2, "text", text="return north"), "timing detail", "timing", 1),
    (fv(1, lo=200, hi=999), fv(2, "text", text="release of prisoners"), "number on one side", "detail", 1),
    (fv(1, "text", text="withdraw from urban centres"), fv(2, "text", text="withdrawal from the urban centres"),
     "same text", "agreement", 0),
    (fv(1, "text", text="redeploy east of the Salah al-Din axis"),
     fv(2, "text", text="hand the Nezarim corridor to Egyptian authorities"), "conflicting text", "conflict", 3),
])
def test_levels(a, b, level, kind, severity):
    rel = compare_facts(a, b)
    assert (rel.level.name, rel.level.kind, rel.level.severity) == (level, kind, severity)


def test_tolerance_is_a_level():
    a, b = fv(1, lo=100), fv(2, lo=104)
    assert compare_facts(a, b).level.name == "disjoint"
    assert compare_facts(a, b, Context(tolerance=0.05)).level.name == "within tolerance"


values = st.floats(min_value=0, max_value=1e6, allow_nan=False)
facts = st.builds(lambda vid, kind, lo, width, text, q: fv(vid, kind, lo, lo + width if kind != "text" else None,
                                                              text, q) if kind != "text" else fv(vid, "text", text=text, qualifier=q),
                  st.integers(1, 5), st.sampled_from(["count", "duration", "text"]), values, values,
                  st.text(max_size=30), st.sampled_from([None, "approximately", "at least", "up to", "gradually"]))


@given(facts, facts | st.none())
def test_comparison_is_symmetric(a, b):
    ab, ba = compare_facts(a, b), compare_facts(b, a)
    assert (ab.level.kind, ab.level.severity) == (ba.level.kind, ba.level.severity)


@given(facts)
def test_identical_facts_never_disagree(a):
    assert compare_facts(a, a).level.kind == "agreement"


def test_unphased_fact_aligns_with_first_phase_and_text_is_blocked_by_slot():
    nyt = [fv(1, "duration", 30, 40, slot="truce duration"), fv(1, "text", text="return to the north", slot="return")]
    akh = [fv(2, "duration", 40, slot="truce duration", phase=1), fv(2, "duration", 42, slot="truce duration", phase=2),
           fv(2, "timing", 21, text="return to the north", slot="return", phase=1)]
    terms = align(nyt + akh)
    by = {(t.slot, t.phase): t for t in terms}
    assert set(by[("truce duration", 1)].cells) == {1, 2}
    assert set(by[("truce duration", 2)].cells) == {2}
    assert set(by[("return", 1)].cells) == {1, 2}


THREE = {
    "Desk A": "According to Reuters, the plan frees 33 hostages in a first phase lasting 42 days. "
              "The second phase will see talks on a permanent ceasefire.",
    "Desk B": "According to Al-Akhbar, the plan frees 33 hostages in a first phase lasting 40 days. "
              "The second phase will see talks on a permanent ceasefire.",
    "Desk C": "According to Axios, the plan frees 20 hostages in a first phase lasting 42 days. "
              "The second phase will see talks on a permanent ceasefire. The third phase covers the return of bodies.",
}


def _ingest(engine, docs):
    for outlet, text in docs.items():
        with session_scope(engine) as s:
            store_document(s, DocInput(f"mem:{outlet}", text, outlet, "p"), extract)


def _compare(engine):
    with session_scope(engine) as s:
        run = run_compare(s)
        return run.new, run.changed, run.resolved


def test_three_sources_one_discrepancy_per_term(engine):
    _ingest(engine, THREE)
    _compare(engine)
    with session_scope(engine) as s:
        rows = {(d.slot, d.phase): d for d in s.scalars(select(Discrepancy))}
        hostages = rows[("hostages released", 1)]
        assert hostages.kind == "interval" and hostages.severity == 3
        assert len(hostages.sides) == 3                    # one side per version, not pairwise items
        [pair] = hostages.scores["pairs"]                  # the two that agree form one class
        assert {len(pair["a"]), len(pair["b"])} == {1, 2} and pair["level"] == "disjoint"
        assert "Axios" in hostages.summary and "20" in hostages.summary
        bodies = rows[("return of bodies", 3)]
        assert bodies.kind == "omission"
        assert sum(side[1] is None for side in bodies.sides) == 2      # fact_id: SIDE_FIELDS[1]
        assert rows[("long-term calm", 2)].kind == "agreement"


def test_rerun_is_idempotent_keeps_review_and_reopens_on_change(engine):
    _ingest(engine, THREE)
    assert _compare(engine)[0] > 0
    with session_scope(engine) as s:
        count = s.scalar(select(func.count(Discrepancy.id)))
        d = s.scalar(select(Discrepancy).where(Discrepancy.slot == "hostages released"))
        d.status = "confirmed"
        did = d.id
    assert _compare(engine) == (0, 0, 0)
    with session_scope(engine) as s:
        assert s.scalar(select(func.count(Discrepancy.id))) == count
        assert s.get(Discrepancy, did).status == "confirmed"
    changed = dict(THREE, **{"Desk C": THREE["Desk C"].replace("20 hostages", "25 hostages")})
    _ingest(engine, {"Desk C": changed["Desk C"]})          # same locator, new text: a new version
    new, n_changed, resolved = _compare(engine)
    assert n_changed >= 1
    with session_scope(engine) as s:
        d = s.get(Discrepancy, did)
        assert d.status == "open"
        event = s.scalars(select(ReviewEvent).where(ReviewEvent.discrepancy_id == did)).all()[-1]
        assert event.automatic and event.from_status == "confirmed"
        # only the version whose value changed is named: the others' stored sides were read back
        assert event.note == "values changed: Axios (via Desk C): 25"


def _sides_by_source(s, d):
    names = dict(s.execute(select(ReportedVersion.id, Source.name).join(Source)).tuples().all())
    return {names[side[0]]: (side[0], side[1]) for side in d.sides}


def _compared_with_hostages_confirmed(engine) -> int:
    """THREE ingested and compared, its hostages discrepancy confirmed by a reviewer; its id."""
    _ingest(engine, THREE)
    _compare(engine)
    with session_scope(engine) as s:
        d = s.scalar(select(Discrepancy).where(Discrepancy.slot == "hostages released"))
        d.status = "confirmed"
        return d.id


def test_a_reingested_article_with_the_same_values_moves_the_sides_without_reopening(engine):
    did = _compared_with_hostages_confirmed(engine)
    with session_scope(engine) as s:
        d = s.get(Discrepancy, did)
        fingerprint, before = d.fingerprint, _sides_by_source(s, d)
    # Desk C again with a new sentence that changes none of the values compared: a new version
    _ingest(engine, {"Desk C": THREE["Desk C"] + " Talks resumed on Monday."})
    assert _compare(engine) == (0, 0, 0)
    with session_scope(engine) as s:
        d = s.get(Discrepancy, did)
        assert d.status == "confirmed" and d.fingerprint == fingerprint
        after = _sides_by_source(s, d)
        current = set(s.scalars(select(ReportedVersion.id).join(Document).where(Document.is_current)))
        assert {vid for vid, _ in after.values()} <= current          # no side names the old version
        assert after["Axios"] != before["Axios"] and after["Reuters"] == before["Reuters"]
        assert s.get(Fact, after["Axios"][1]).version_id == after["Axios"][0]
        assert d.sides_key == sides_key(d.sides)
        assert not s.scalars(select(ReviewEvent).where(ReviewEvent.discrepancy_id == did)).all()


def test_a_reingested_article_with_the_same_value_is_not_named_as_changed(engine):
    did = _compared_with_hostages_confirmed(engine)
    # Desk A re-ingested with its 33 unchanged, Desk C with 25 instead of 20, in one run
    _ingest(engine, {"Desk A": THREE["Desk A"] + " Talks resumed on Monday.",
                     "Desk C": THREE["Desk C"].replace("20 hostages", "25 hostages")})
    _compare(engine)
    with session_scope(engine) as s:
        event = s.scalars(select(ReviewEvent).where(ReviewEvent.discrepancy_id == did)).all()[-1]
        assert event.note == "values changed: Axios (via Desk C): 25"


def test_a_term_that_no_longer_holds_is_resolved_not_deleted(engine):
    _ingest(engine, THREE)
    _compare(engine)
    _ingest(engine, {"Desk C": THREE["Desk C"].replace(" The third phase covers the return of bodies.", "")})
    new, changed, resolved = _compare(engine)
    assert resolved >= 1
    with session_scope(engine) as s:
        d = s.scalar(select(Discrepancy).where(Discrepancy.slot == "return of bodies"))
        assert d is not None and d.resolved_run_id is not None


@pytest.mark.parametrize("a, b, same", [
    # rephrasings of one term score at or above the threshold ...
    ("discuss measures for long-term quiet", "discussions for long-term quiet", True),
    ("withdraw from gaza's urban centers", "withdrawal of israeli forces from the urban centers of gaza", True),
    ("return to northern gaza", "returning to the north of gaza", True),
    ("release of soldiers", "release of soldiers", True),
    # ... and alternatives stay below it
    ("redeploy east of the salah al-din axis", "hand control of the nezarim corridor to egyptian authorities", False),
    ("withdraw from parts of gaza", "reconstruction of gaza over five years", False),
    ("permanent ceasefire", "partial withdrawal", False),
])
def test_text_threshold(a, b, same):
    from compare.levels import TEXT_THRESHOLD, text_score
    score = text_score(fv(1, "text", text=a), fv(2, "text", text=b))
    assert (score >= TEXT_THRESHOLD) == same, score


def test_blocks_with_several_facts_per_version_are_aligned_with_cdist():
    a = [fv(1, "text", text="withdraw from the urban centres", slot="withdrawal", phase=1),
         fv(1, "text", text="withdraw from the rafah crossing", slot="withdrawal", phase=1)]
    b = [fv(2, "text", text="rafah crossing withdrawal", slot="withdrawal", phase=1),
         fv(2, "text", text="withdrawal from urban centres", slot="withdrawal", phase=1)]
    terms = align(a + b)
    pairs = {frozenset(f.text for f in t.cells.values()) for t in terms}
    assert frozenset({"withdraw from the rafah crossing", "rafah crossing withdrawal"}) in pairs
    assert frozenset({"withdraw from the urban centres", "withdrawal from urban centres"}) in pairs


def test_concept_slots_do_not_conflict_on_wording():
    a, b = fv(1, "text", text="sustainable calm"), fv(2, "text", text="long-term quiet")
    assert compare_facts(a, b).level.kind == "conflict"
    assert compare_facts(a, b, Context(concept=True)).level.name == "same concept"



def test_commitments_are_stored_but_never_compared(engine):
    one = ("According to the Ledger, the truce would last 42 days and 33 hostages would be freed. Some 600 trucks "
           "would enter each day. The militia would be dismantled under international supervision.")
    other = ("According to the Courier, the truce would last 42 days and 33 hostages would be freed. Some 600 trucks "
             "would enter each day.")
    _ingest(engine, {"Ledger": one, "Courier": other, "Herald": "The Herald said the truce would last 60 days."})
    _compare(engine)
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Fact).where(Fact.kind == "commitment")) == 1
        slots = {d.slot for d in s.scalars(select(Discrepancy))}
        assert "truce duration" in slots and "commitment" not in slots     # one version's commitment: no omission


def test_a_leader_and_his_governments_text_in_one_article_are_compared(engine):
    """What a leader claims and what his government's fact sheet says are two versions, so a gap
    between them is flagged (folded into one side's version, the two figures would never meet)."""
    _ingest(engine, {"Desk": "President Donald Trump said China would buy 25 million tons of soybeans a year under "
                             "the deal. The White House fact sheet says China will buy 12 million tons a year."})
    _compare(engine)
    with session_scope(engine) as s:
        [tons] = [d for d in s.scalars(select(Discrepancy)) if d.slot == "tons"]
        assert tons.kind == "interval" and "Donald Trump" in tons.summary and "White House" in tons.summary


def test_a_side_lists_the_facts_and_discrepancies_of_the_sources_that_speak_for_it(store_url, run_cli, tmp_path):
    """`--side "US"`: the United States and those its [speaks_for] names (the White House, Trump), not
    another source; `--source` stays one source."""
    article = tmp_path / "desk.txt"
    article.write_text("President Donald Trump said China would buy 25 million tons of soybeans a year under the "
                       "deal. The White House fact sheet says China will buy 12 million tons a year. Reuters "
                       "reported that 30 ships would sail in the first month.", "utf-8")
    run_cli("ingest", article, "--outlet", "Desk", "--proposal", "soy", db=store_url, check=True)
    run_cli("compare", db=store_url, check=True)

    def listed(*args):
        return json.loads(run_cli(*args, "--format", "json", db=store_url, check=True).stdout)
    assert {f["source"] for f in listed("facts", "--side", "US")} == {"Donald Trump", "White House"}
    assert {f["source"] for f in listed("facts", "--source", "White House")} == {"White House"}
    [tons] = [d for d in listed("discrepancies", "--side", "United States") if d["slot"] == "tons"]
    assert {s["source"] for s in tons["sides"] if s["min"] is not None} == {"Donald Trump", "White House"}
    assert not listed("discrepancies", "--side", "Reuters")       # Reuters reports no term in conflict
