"""Aligned terms → discrepancies and agreements, fingerprints, and what each run changed.

A discrepancy is one term of one proposal with one side per reported version (a silent version is
an explicit missing side). Its kind and severity are those of the strongest pairwise relation;
the pairwise relations are kept in `scores`. `key` names the term and survives value changes;
`fingerprint` adds the values, so a changed value re-opens a reviewed discrepancy.
"""
from __future__ import annotations

import hashlib
from array import array
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from operator import itemgetter

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased, defer

from compare import dates
from compare.align import Term, align
from compare.collect import fewer_collections
from compare.config import load_settings
from compare.extract import lexicon
from compare.levels import Context, FactView, Relation, compare_facts
from compare.listing import version_names
from db.bulk import fetch_tuples, insert_many
from db.models import Discrepancy, Document, Fact, Proposal, ReportedVersion, Run, Source, utcnow

# a commitment read from any obligation clause ("would be dismantled") is listed, not compared: the
# versions word such clauses too differently for one's absence from another to mean anything
UNCOMPARED_KIND = "commitment"
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
    named: str = field(init=False, compare=False)

    def __post_init__(self) -> None:       # both read for every side of every term: computed once
        label = self.source if self.source == self.outlet else f"{self.source} (via {self.outlet})"
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "named", f"({self.source!r}, {self.document!r}, ")


@dataclass
class Finding:
    key: str
    fingerprint: str
    slot: str
    phase: int | None
    kind: str
    severity: int
    summary: str
    sides: list[list]                   # as stored: db.models.SIDE_FIELDS per version, reporting ones first
    scores: dict = field(default_factory=dict)
    versions: list[VersionView] = field(default_factory=list)     # in the order of `sides`
    cells: dict[int, FactView] = field(default_factory=dict)      # version id → its fact
    sides_key: str = ""                 # digest of the sides' (version_id, fact_id)


def _digest(*parts) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:40]


def sides_key(sides: list[list]) -> str:
    """Which versions and facts the sides point at: it changes when an article is re-ingested or a
    fact corrected, even where the values, and so the fingerprint, stay the same."""
    ids = array("q", [side[0] for side in sides])              # the versions, then the facts of those
    ids.extend([side[1] for side in sides if side[1] is not None])     # that report (they come first)
    return hashlib.blake2b(ids.tobytes(), digest_size=16).hexdigest()


def value_text(f: FactView | None) -> str:
    if f is None:
        return "nothing"
    if not f.numeric:
        return f"“{f.text}”"
    fmt = lambda v: f"{v:g}" if v == int(v) or abs(v) >= 1 else f"{v:.2g}"
    if f.kind == "phase_count":
        return f"{fmt(f.min)} phases ({f.basis or 'explicit'})"
    qual = f"{f.qualifier} " if f.qualifier and f.qualifier not in ("gradually", "at once", "within") else ""
    if f.unit == "date":
        return f"{qual}{dates.text(f.min, f.max)}"
    unit = " days" if f.unit == "day" else ("%" if f.unit == "percent" else "")
    value = fmt(f.min) if f.min == f.max else f"{fmt(f.min)}–{fmt(f.max)}"
    tail = f" ({f.qualifier})" if f.qualifier in ("gradually", "at once") else ""
    return f"{qual}{value}{unit}{tail}"


def _summary(term: Term, kind: str, level_name: str, classes: dict, silent: list[VersionView]) -> str:
    """"Phase 1 truce duration: A and B give 42 days; C gives 40 days; not reported by D (conflict)."
    Versions that give the same value (`classes`: value key → fact, versions, in the order of
    their first version) are named together."""
    where = f"Phase {term.phase} {term.slot}" if term.phase else term.slot[:1].upper() + term.slot[1:]
    said: dict[str, list[str]] = {}
    for fact, group in classes.values():
        if fact is not None:
            said.setdefault(value_text(fact), []).extend(w.label for w in group)
    text = f"{where}: " + "; ".join(f"{_names(labels)} give{'s' if len(labels) == 1 else ''} {value}"
                                    for value, labels in said.items())
    if silent:
        text += f"; not reported by {', '.join(v.label for v in silent)}"
    return f"{text} ({level_name})."


def _names(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"


_VALUE = itemgetter(3, 5, 6, 7, 8, 9, 10)       # kind, min, max, unit, text, qualifier, basis
_VERSION_ID = itemgetter(1)


def _strength(r: Relation) -> tuple[int, int]:
    return r.level.severity, -KIND_ORDER.index(r.level.kind)


def compare_term(proposal: str, term: Term, versions: list[VersionView], ctx: Context) -> Finding:
    """One term across every version: the strongest pairwise relation, sides and fingerprints.

    Versions that give the same value agree by definition, so relations are computed between
    classes of equal values (silent versions form one class): fifty versions that mostly agree
    cost a handful of comparisons, not 1,225. `versions` come sorted by (source, document, id)."""
    cells = term.cells
    present: list[VersionView] = []
    silent: list[VersionView] = []
    classes: dict = {}                      # value key (None: silent) → (fact, versions)
    for v in versions:
        fact = cells.get(v.id)
        if fact is None:
            silent.append(v)
            if v.n_facts < MIN_FACTS_FOR_OMISSION:
                continue                    # too little reported to be charged with leaving it out
            value = None
        else:
            present.append(v)
            value = _VALUE(fact)
        entry = classes.get(value)
        if entry is None:
            classes[value] = (fact, [v])
        else:
            entry[1].append(v)
    groups = list(classes.values())
    pairs: list[tuple[int, int, Relation]] = [
        (i, j, compare_facts(groups[i][0], groups[j][0], ctx))
        for i, j in combinations(range(len(groups)), 2) if groups[i][0] is not None or groups[j][0] is not None]
    strongest = max((r for _, _, r in pairs), default=None, key=_strength)
    if strongest is None or strongest.level.severity == 0:
        kind, severity, level_name = "agreement", 0, strongest.level.name if strongest else "single source"
    else:
        kind, severity, level_name = strongest.level.kind, strongest.level.severity, strongest.level.name
    relation_of: dict[int, str] = {}        # version id → the name of its strongest relation
    strongest_of: dict[int, Relation] = {}  # class → the first of its strongest relations
    for i, j, r in pairs:
        for c in (i, j):
            if c not in strongest_of or r.level.severity > strongest_of[c].level.severity:
                strongest_of[c] = r
    for c, r in strongest_of.items():
        for v in groups[c][1]:
            relation_of[v.id] = r.level.name
    default = "exact" if len(present) > 1 else "only source"
    ordered = present + silent              # the reporting ones first, then the silent
    sides = [[v.id, f.id, relation_of.get(v.id, default), f.min, f.max, f.unit, f.text, f.qualifier]
             for v in present for f in (cells[v.id],)]
    sides += [[v.id, None, relation_of.get(v.id, "silent"), None, None, None, None, None] for v in silent]
    key = _digest(proposal, term.slot, term.phase, term.label)
    # the fingerprint reads each version's (source, document, min, max, text) in `versions` order,
    # which sorts them ((source, document) is unique among current documents), as str() shows them
    fingerprint = _digest(key, kind, *[f"{v.named}{f.min!r}, {f.max!r}, {f.text!r})" if (f := cells.get(v.id))
                                       else f"{v.named}None, None, None)" for v in versions])
    position = {v.id: i for i, v in enumerate(ordered)}      # a class's versions: in order already
    scores = {"pairs": [{"a": [position[v.id] for v in groups[i][1]], "b": [position[v.id] for v in groups[j][1]],
                         "level": r.level.name, "score": r.score} for i, j, r in pairs],
              "text_threshold": ctx.text_threshold, "tolerance": ctx.tolerance, "sources_reporting": len(present)}
    summary = _summary(term, kind, level_name, classes, silent)
    return Finding(key, fingerprint, term.slot, term.phase, kind, severity, summary, sides, scores, ordered, cells,
                   sides_key(sides))


_outlet = aliased(Source)
_VERSIONS = (select(ReportedVersion.id, Source.name, Document.locator, _outlet.name)
             .join(Source, ReportedVersion.source_id == Source.id)
             .join(Document, ReportedVersion.document_id == Document.id)
             .join(_outlet, Document.outlet_id == _outlet.id)
             .where(ReportedVersion.proposal_id == bindparam("proposal"), Document.is_current)
             .order_by(ReportedVersion.id))
_FACTS = (select(Fact.id, Fact.version_id, Fact.slot, Fact.kind, Fact.phase, Fact.min, Fact.max, Fact.unit,
                 func.coalesce(Fact.text, ""), Fact.qualifier, Fact.basis)
          .join(ReportedVersion, Fact.version_id == ReportedVersion.id)
          .join(Document, ReportedVersion.document_id == Document.id)
          .where(ReportedVersion.proposal_id == bindparam("proposal"), Document.is_current,
                 Fact.kind != UNCOMPARED_KIND,
                 Fact.id.not_in(select(Fact.corrects_id).where(Fact.corrects_id.is_not(None))))
          .order_by(Fact.id))


def load_proposal(session: Session, proposal_id: int) -> tuple[list[VersionView], list[FactView]]:
    """Reported versions of current documents and their active facts (corrections applied)."""
    if session.autoflush:
        session.flush()
    conn = session.connection()
    rows = fetch_tuples(conn, _VERSIONS, proposal=proposal_id)
    facts = list(map(FactView._make, fetch_tuples(conn, _FACTS, proposal=proposal_id)))
    counts = Counter(map(_VERSION_ID, facts))
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


def _changes(old: Discrepancy, old_sides: list[list], new: Finding, renamed: dict[int, int]) -> str:
    """`renamed`: an old version's id → the id of the current version of its (source, document)."""
    before = {renamed.get(s[0], s[0]): (s[3], s[4], s[6]) for s in old_sides}     # version_id: min, max, text
    parts = []
    for v in new.versions:
        f = new.cells.get(v.id)
        now = (f.min, f.max, f.text) if f else (None, None, None)
        if before.get(v.id) != now:
            parts.append(f"{v.label}: {value_text(f)}")
    if old.kind != new.kind:
        parts.insert(0, f"kind {old.kind} → {new.kind}")
    return "values changed: " + ("; ".join(parts) if parts else "sides changed")


def _renamed(session: Session, old_sides: dict[int, list[list]], current: list[VersionView]) -> dict[int, int]:
    """Old versions named by stored sides → the current version of the same (source, document)."""
    now = {(v.source, v.document): v.id for v in current}
    gone = {side[0] for sides in old_sides.values() for side in sides} - set(now.values())
    names = version_names(session, gone) if gone else {}
    return {vid: now[(src, loc)] for vid, (src, _outlet, loc, _doc) in names.items() if (src, loc) in now}


def store_findings(session: Session, proposal: Proposal, findings: list[Finding], run: Run) -> dict[str, int]:
    """Insert new, update changed (re-opening reviewed ones), resolve the ones that no longer hold.
    New discrepancies, sides and all, are written in one batch (Core executemany), not object by object."""
    from compare.review import reopen

    counts = {"new": 0, "changed": 0, "resolved": 0}
    existing = {d.key: d for d in session.scalars(_EXISTING, {"proposal": proposal.id})}
    # the stored sides of those whose values changed, for the re-open message: one select
    changed = [d.id for f in findings if (d := existing.get(f.key)) is not None and d.fingerprint != f.fingerprint]
    old_sides: dict[int, list[list]] = {}
    for i in range(0, len(changed), 500):
        old_sides.update(session.execute(select(Discrepancy.id, Discrepancy.sides)
                                         .where(Discrepancy.id.in_(changed[i:i + 500]))).tuples().all())
    renamed = _renamed(session, old_sides, findings[0].versions) if old_sides else {}
    new: list[Finding] = []
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
            reopen(session, d, _changes(d, old_sides[d.id], f, renamed))     # only a reviewed one goes back to open
            d.fingerprint, d.kind, d.severity, d.summary, d.scores = f.fingerprint, f.kind, f.severity, f.summary, f.scores
            d.sides, d.sides_key = f.sides, f.sides_key
            d.changed_run_id = run.id
            counts["changed"] += counted
        elif d.sides_key != f.sides_key:        # the same values from a re-ingested article or a corrected
            d.sides, d.sides_key = f.sides, f.sides_key      # fact: the sides follow, nothing re-opens
    for d in existing.values():
        if d.resolved_run_id is None:
            d.resolved_run_id = run.id
            counts["resolved"] += d.kind != "agreement"
    insert_many(session, Discrepancy.__table__, NEW_COLUMNS,
                [(f.key, f.fingerprint, f.slot, f.phase, f.kind, f.severity, f.summary, f.scores, f.sides, f.sides_key)
                 for f in new],
                constants={"proposal_id": proposal.id, "status": "open", "first_run_id": run.id, "updated_at": utcnow()})
    return counts


NEW_COLUMNS = ("key", "fingerprint", "slot", "phase", "kind", "severity", "summary", "scores", "sides", "sides_key")
_EXISTING = (select(Discrepancy).options(defer(Discrepancy.sides))
             .where(Discrepancy.proposal_id == bindparam("proposal")))


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
