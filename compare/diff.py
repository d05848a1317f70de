"""Aligned terms → discrepancies and agreements, fingerprints, and what each run changed.

A discrepancy is one term of one proposal with one side per reported version (a silent version is
an explicit missing side). Its kind and severity are those of the strongest pairwise relation;
the pairwise relations are kept in `scores`. `key` names the term and survives value changes;
`fingerprint` adds the values, so a changed value re-opens a reviewed discrepancy.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from itertools import combinations
from operator import itemgetter

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from compare.align import Term, align
from compare.collect import fewer_collections
from compare.config import load_settings
from compare.extract import lexicon
from compare.levels import Context, FactView, Relation, compare_facts
from db.bulk import insert_many
from db.models import (Discrepancy, DiscrepancySide, Document, Fact, Proposal, ReportedVersion, Run, Source,
                       utcnow)

MIN_FACTS_FOR_OMISSION = 3     # a version reporting fewer terms is not charged with leaving others out
KIND_ORDER = ["structure", "interval", "conflict", "omission", "timing", "qualifier", "detail", "agreement"]


@dataclass(frozen=True)
class VersionView:
    id: int
    source: str
    outlet: str
    document: str
    n_facts: int
    label: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        label = self.source if self.source == self.outlet else f"{self.source} (via {self.outlet})"
        object.__setattr__(self, "label", label)       # read for every side: computed once


@dataclass
class Finding:
    key: str
    fingerprint: str
    slot: str
    phase: int | None
    kind: str
    severity: int
    summary: str
    sides: list[tuple[VersionView, FactView | None, str]]      # version, fact, relation
    scores: dict = field(default_factory=dict)


def _digest(*parts) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:40]


def value_text(f: FactView | None) -> str:
    if f is None:
        return "nothing"
    if not f.numeric:
        return f"“{f.text}”"
    fmt = lambda v: f"{v:g}" if v == int(v) or abs(v) >= 1 else f"{v:.2g}"
    if f.kind == "phase_count":
        return f"{fmt(f.min)} phases ({f.basis or 'explicit'})"
    unit = " days" if f.unit == "day" else ("%" if f.unit == "percent" else "")
    value = fmt(f.min) if f.min == f.max else f"{fmt(f.min)}–{fmt(f.max)}"
    qual = f"{f.qualifier} " if f.qualifier and f.qualifier not in ("gradually", "at once", "within") else ""
    tail = f" ({f.qualifier})" if f.qualifier in ("gradually", "at once") else ""
    return f"{qual}{value}{unit}{tail}"


def _summary(term: Term, kind: str, level_name: str, sides, classes) -> str:
    """"Phase 1 truce duration: A and B give 42 days; C gives 40 days; not reported by D (conflict)."
    Versions that give the same value (`classes`: value key → fact, versions) are named together,
    in the order of `sides`."""
    where = f"Phase {term.phase} {term.slot}" if term.phase else term.slot[:1].upper() + term.slot[1:]
    said: dict[str, list[str]] = {}
    for v, f, _ in sides:
        if f is not None:
            key = _VALUE(f)
            if key in classes:
                fact, group = classes.pop(key)
                said.setdefault(value_text(fact), []).extend(w.label for w in group)
    silent = [v.label for v, f, _ in sides if f is None]
    text = f"{where}: " + "; ".join(f"{_names(labels)} give{'s' if len(labels) == 1 else ''} {value}"
                                    for value, labels in said.items())
    if silent:
        text += f"; not reported by {', '.join(silent)}"
    return f"{text} ({level_name})."


def _names(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"


_VALUE = itemgetter(3, 5, 6, 7, 8, 9, 10)       # kind, min, max, unit, text, qualifier, basis


def _value_key(f: FactView | None):
    return None if f is None else _VALUE(f)


def compare_term(proposal: str, term: Term, versions: list[VersionView], ctx: Context) -> Finding:
    """One term across every version: the strongest pairwise relation, sides and fingerprints.

    Versions that give the same value agree by definition, so relations are computed between
    classes of equal values (silent versions form one class): fifty versions that mostly agree
    cost a handful of comparisons, not 1,225."""
    present = [v for v in versions if v.id in term.cells]
    charged = [v for v in versions if v.id in term.cells or v.n_facts >= MIN_FACTS_FOR_OMISSION]
    classes: dict = {}
    for v in charged:
        fact = term.cells.get(v.id)
        classes.setdefault(_value_key(fact), (fact, []))[1].append(v)
    pairs: list[tuple[list[VersionView], list[VersionView], Relation]] = [
        (va, vb, compare_facts(fa, fb, ctx))
        for (fa, va), (fb, vb) in combinations(classes.values(), 2) if fa is not None or fb is not None]
    strongest = max((r for _, _, r in pairs), default=None,
                    key=lambda r: (r.level.severity, -KIND_ORDER.index(r.level.kind)))
    if strongest is None or strongest.level.severity == 0:
        kind, severity, level_name = "agreement", 0, strongest.level.name if strongest else "single source"
    else:
        kind, severity, level_name = strongest.level.kind, strongest.level.severity, strongest.level.name
    relation_of: dict[int, Relation] = {}
    for va, vb, r in pairs:
        for v in (*va, *vb):
            if v.id not in relation_of or r.level.severity > relation_of[v.id].level.severity:
                relation_of[v.id] = r
    default = "exact" if len(present) > 1 else "only source"
    # `versions` come sorted by (source, document, id): the reporting ones first, then the silent.
    ordered = present + [v for v in versions if v.id not in term.cells]
    sides = [(v, term.cells.get(v.id), relation_of[v.id].level.name if v.id in relation_of
              else ("silent" if v.id not in term.cells else default)) for v in ordered]
    key = _digest(proposal, term.slot, term.phase, term.label)
    values = sorted((v.source, v.document, f.min if f else None, f.max if f else None, f.text if f else None)
                    for v, f, _ in sides)
    fingerprint = _digest(key, kind, *values)
    scores = {"pairs": [{"a": [v.label for v in va], "b": [v.label for v in vb], "level": r.level.name,
                         "score": r.score} for va, vb, r in pairs],
              "text_threshold": ctx.text_threshold, "tolerance": ctx.tolerance, "sources_reporting": len(present)}
    summary = _summary(term, kind, level_name, sides, dict(classes))
    return Finding(key, fingerprint, term.slot, term.phase, kind, severity, summary, sides, scores)


def load_proposal(session: Session, proposal_id: int) -> tuple[list[VersionView], list[FactView]]:
    """Reported versions of current documents and their active facts (corrections applied)."""
    outlet = aliased(Source)
    rows = session.execute(
        select(ReportedVersion.id, Source.name, Document.locator, outlet.name)
        .join(Source, ReportedVersion.source_id == Source.id)
        .join(Document, ReportedVersion.document_id == Document.id)
        .join(outlet, Document.outlet_id == outlet.id)
        .where(ReportedVersion.proposal_id == proposal_id, Document.is_current)
        .order_by(ReportedVersion.id)).all()
    corrected = select(Fact.corrects_id).where(Fact.corrects_id.is_not(None))
    facts = list(map(FactView._make, session.connection().execute(
        select(Fact.id, Fact.version_id, Fact.slot, Fact.kind, Fact.phase, Fact.min, Fact.max, Fact.unit,
               func.coalesce(Fact.text, ""), Fact.qualifier, Fact.basis, func.coalesce(Fact.quote, ""))
        .where(Fact.version_id.in_([r[0] for r in rows]), Fact.id.not_in(corrected)).order_by(Fact.id)).all()))
    counts: dict[int, int] = {}
    for f in facts:
        counts[f.version_id] = counts.get(f.version_id, 0) + 1
    versions = [VersionView(vid, src, out, loc, counts.get(vid, 0)) for vid, src, loc, out in rows
                if counts.get(vid)]
    return versions, facts


def compare_proposal(session: Session, proposal_id: int, slug: str) -> list[Finding]:
    versions, facts = load_proposal(session, proposal_id)
    if len(versions) < 2:
        return []
    versions.sort(key=lambda v: (v.source, v.document, v.id))
    tolerance = load_settings().tolerance
    concepts = lexicon().concept_slots
    return [compare_term(slug, t, versions,
                         Context(tolerance=tolerance.get(t.slot, 0.0), concept=t.slot in concepts))
            for t in align(facts)]


def _changes(old: Discrepancy, new: Finding) -> str:
    before = {(s.version_id): (s.min, s.max, s.text) for s in old.sides}
    parts = []
    for v, f, _ in new.sides:
        now = (f.min, f.max, f.text) if f else (None, None, None)
        if before.get(v.id) != now:
            parts.append(f"{v.label}: {value_text(f)}")
    if old.kind != new.kind:
        parts.insert(0, f"kind {old.kind} → {new.kind}")
    return "values changed: " + ("; ".join(parts) if parts else "sides changed")


SIDE_COLUMNS = ("discrepancy_id", "position", "version_id", "fact_id", "relation", "min", "max", "unit", "text",
                "qualifier", "quote")


def _side_rows(discrepancy_id: int, finding: Finding) -> list[tuple]:
    return [(discrepancy_id, i, v.id, f.id, rel, f.min, f.max, f.unit, f.text, f.qualifier, f.quote) if f else
            (discrepancy_id, i, v.id, None, rel, None, None, None, None, None, None)
            for i, (v, f, rel) in enumerate(finding.sides)]


def store_findings(session: Session, proposal: Proposal, findings: list[Finding], run: Run) -> dict[str, int]:
    """Insert new, update changed (re-opening reviewed ones), resolve the ones that no longer hold.
    New discrepancies and all sides are written in batches (Core executemany), not object by object."""
    from compare.review import reopen

    counts = {"new": 0, "changed": 0, "resolved": 0}
    existing = {d.key: d for d in session.scalars(select(Discrepancy).where(Discrepancy.proposal_id == proposal.id))}
    new: list[Finding] = []
    rewritten: list[tuple[Discrepancy, Finding]] = []
    for f in findings:
        d = existing.pop(f.key, None)
        counted = f.kind != "agreement"
        if d is None:
            new.append(f)
            counts["new"] += counted
            continue
        if d.resolved_run_id is not None:           # it holds again: a change of this run
            d.resolved_run_id = None
            d.changed_run_id = run.id
            counts["changed"] += counted and d.fingerprint == f.fingerprint
        if d.fingerprint != f.fingerprint:
            reopen(session, d, _changes(d, f))         # only a reviewed one goes back to open
            d.fingerprint, d.kind, d.severity, d.summary, d.scores = f.fingerprint, f.kind, f.severity, f.summary, f.scores
            d.changed_run_id = run.id
            rewritten.append((d, f))
            counts["changed"] += counted
    for d in existing.values():
        if d.resolved_run_id is None:
            d.resolved_run_id = run.id
            counts["resolved"] += d.kind != "agreement"
    session.flush()
    sides: list[tuple] = []
    if rewritten:
        session.execute(delete(DiscrepancySide).where(DiscrepancySide.discrepancy_id.in_([d.id for d, _ in rewritten])))
        for d, f in rewritten:
            sides += _side_rows(d.id, f)
            session.expire(d, ["sides"])
    if new:
        now = utcnow()
        ids = dict(session.execute(insert(Discrepancy.__table__).returning(Discrepancy.__table__.c.key,
                                                                         Discrepancy.__table__.c.id),
                                   [dict(key=f.key, fingerprint=f.fingerprint, proposal_id=proposal.id, slot=f.slot,
                                         phase=f.phase, kind=f.kind, severity=f.severity, status="open",
                                         summary=f.summary, scores=f.scores, first_run_id=run.id, updated_at=now)
                                    for f in new]).all())
        for f in new:
            sides += _side_rows(ids[f.key], f)
    insert_many(session, DiscrepancySide.__table__, SIDE_COLUMNS, sides)
    return counts


def run_compare(session: Session, proposals: list[str] | None = None, run: Run | None = None) -> Run:
    """Compare every reported version of each proposal (or those named); store discrepancies and
    agreements; return the Run with counts of new, changed and resolved discrepancies."""
    run = run or Run(kind="compare")
    session.add(run)
    session.flush()
    q = select(Proposal).order_by(Proposal.slug)
    if proposals:
        q = q.where(Proposal.slug.in_(proposals))
    totals = {"new": 0, "changed": 0, "resolved": 0}
    with fewer_collections():
        for proposal in session.scalars(q).all():
            counts = store_findings(session, proposal, compare_proposal(session, proposal.id, proposal.slug), run)
            for k in totals:
                totals[k] += counts[k]
            session.flush()
    run.new, run.changed, run.resolved = totals["new"], totals["changed"], totals["resolved"]
    if run.kind == "compare":
        run.finished_at = utcnow()
        run.status = "ok"
    return run
