"""What each report page shows, as frozen dataclasses built from the store: one function per page.

Templates see only these (plain strings, numbers and tuples), never ORM objects. What a large page
holds by the thousand (a matrix cell, a side, a piece of article text, a fact row) is a NamedTuple:
as immutable, and much cheaper to make. Everything is in a
deterministic order (names, then ids), and no page carries a date except the generated-at line
that render.py adds, so the same store gives the same pages.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from functools import lru_cache
from typing import Any, Container, Iterable, Iterator, NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from compare import dates
from compare.errors import CrosscheckError
from compare.listing import SEVERITY_LEVELS, SEVERITY_NAMES, discrepancy_rows, expand_sides
from db.models import (Discrepancy, Document, Fact, Proposal, ReportedVersion, ReviewEvent, Run, Source)

SEVERITY_ORDER = ("high", "medium", "low", "none")
STATE_LABELS = {"agree": ("✓", "agrees"), "differ": ("≠", "differs"), "missing": ("–", "not reported")}
PLURAL_UNITS = {"day", "week", "month", "year", "hour", "minute"}


# ---------------------------------------------------------------- shared pieces

class Segment(NamedTuple):
    """A run of text; `mark` when it is the extracted value."""
    text: str
    mark: bool = False


@dataclass(frozen=True)
class SeverityCount:
    severity: str
    count: int


@dataclass(frozen=True)
class RunInfo:
    id: int
    kind: str
    status: str
    started: str
    finished: str
    documents: int
    facts: int
    new: int
    changed: int
    resolved: int
    failures: int
    href: str | None = None


def fmt_number(v: float | int) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _unit(unit: str, amount: float) -> str:
    if unit in PLURAL_UNITS and amount != 1:
        return unit + "s"
    return unit


def display_value(vmin: float | None, vmax: float | None, unit: str | None, text: str | None,
                  qualifier: str | None = None) -> str:
    """33 · 30–40 · 40 days · the text of a text fact; a qualifier ('at least') goes in front."""
    if vmin is None and vmax is None:
        body = (text or "").strip()
    elif unit == "date" and vmin is not None and vmax is not None:
        body = dates.text(vmin, vmax)                    # 20231001–20231031: "October 2023"
    else:
        if vmin is None:
            body, amount = fmt_number(vmax), vmax
            qualifier = qualifier or "up to"
        elif vmax is None:
            body, amount = fmt_number(vmin), vmin
            qualifier = qualifier or "at least"
        elif vmin == vmax:
            body, amount = fmt_number(vmin), vmin
        else:
            body, amount = f"{fmt_number(vmin)}–{fmt_number(vmax)}", vmax
        if unit == "%":
            body += "%"
        elif unit:
            body += " " + _unit(unit, amount)
    if qualifier and body:
        body = f"{qualifier} {body}"
    return body


def phase_label(phase: int | None) -> str:
    return f"Phase {phase}" if phase is not None else "Not tied to a phase"


def quote_segments(quote: str | None, start: int | None, value_start: int | None,
                   value_end: int | None) -> tuple[Segment, ...]:
    """The quote split at the value's offsets (relative to the quote's own start). The raw text
    is only split, never joined with markup: the template escapes each piece."""
    if not quote:
        return ()
    if start is not None and value_start is not None and value_end is not None:
        a, b = value_start - start, value_end - start
        if 0 <= a < b <= len(quote):
            if a == 0:
                if b == len(quote):
                    return (Segment(quote, True),)
                return (Segment(quote[:b], True), Segment(quote[b:], False))
            if b == len(quote):
                return (Segment(quote[:a], False), Segment(quote[a:], True))
            return (Segment(quote[:a], False), Segment(quote[a:b], True), Segment(quote[b:], False))
    return (Segment(quote, False),)


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is shown as text."""
    if url and re.match(r"^https?://[^\s]+$", url, re.IGNORECASE):
        return url
    return None


def slug_filename(slug: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", slug).strip(".-") or "proposal"


def proposal_files(session: Session, slugs: Iterable[str] | None = None) -> dict[str, str]:
    """Slug → file name under proposals/, unique even when two slugs clean up the same way."""
    rows = session.execute(select(Proposal.id, Proposal.slug).order_by(Proposal.id)).all()
    wanted = set(slugs) if slugs is not None else None
    names: dict[str, str] = {}
    taken: set[str] = set()
    for pid, slug in rows:
        base = slug_filename(slug)
        name = base if base not in taken else f"{base}-{pid}"
        taken.add(name)
        if wanted is None or slug in wanted:
            names[slug] = name + ".html"
    return names


def document_label(title: str | None, locator: str, version: int) -> str:
    label = (title or "").strip() or PurePath(locator).name or locator
    return f"{label} (version {version})" if version > 1 else label


def _fmt_time(t: dt.datetime | None) -> str:
    if t is None:
        return ""
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def run_info(run: Run, href: str | None = None) -> RunInfo:
    return RunInfo(id=run.id, kind=run.kind, status=run.status, started=_fmt_time(run.started_at),
                   finished=_fmt_time(run.finished_at), documents=run.documents or 0, facts=run.facts or 0,
                   new=run.new or 0, changed=run.changed or 0, resolved=run.resolved or 0,
                   failures=run.failures or 0, href=href)


def latest_run(session: Session) -> Run | None:
    return session.scalar(select(Run).order_by(Run.id.desc()).limit(1))


def proposal_ids(session: Session, proposal: str | None = None) -> list[tuple[str, int]]:
    """(slug, id) of every proposal (or the one named), in the order of the report's json rows:
    slugs sorted as Python sorts them, whatever the database's collation."""
    q = select(Proposal.slug, Proposal.id)
    if proposal:
        q = q.where(Proposal.slug == proposal)
    return sorted(tuple(r) for r in session.execute(q))


def check_proposal(session: Session, slug: str | None) -> None:
    if slug is not None and session.scalar(select(Proposal.id).where(Proposal.slug == slug)) is None:
        raise CrosscheckError(f"no proposal {slug!r} in the store")


def latest_reviews(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Discrepancy id → (reviewer, note) of its newest review event."""
    ids = sorted(set(ids))
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        q = (select(ReviewEvent.discrepancy_id, ReviewEvent.reviewer, ReviewEvent.note)
             .where(ReviewEvent.discrepancy_id.in_(ids[i:i + 500]))
             .order_by(ReviewEvent.discrepancy_id, ReviewEvent.at.desc(), ReviewEvent.id.desc()))
        for did, reviewer, note in session.execute(q):
            out.setdefault(did, (reviewer or "", note or ""))
    return out


def page_order(row: dict[str, Any]) -> tuple:
    """Open first, then most severe, then by id."""
    return (row["status"] != "open", -SEVERITY_LEVELS.get(row["severity"], 0), row["id"])


def report_rows(session: Session, proposal: str | None = None,
                rows: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The rows of discrepancies.json/csv: the `discrepancies` contract rows (no agreements, none
    resolved) in page order, each with its latest review note. `rows`: discrepancy_rows already
    read (agreements included), so that a whole render queries them once."""
    if rows is None:
        rows = discrepancy_rows(session, proposal=proposal, include_agreements=False)
    else:
        rows = [r for r in rows if r["kind"] != "agreement"]
    return report_rows_from(rows, latest_reviews(session, (r["id"] for r in rows)))


def report_rows_from(rows: Iterable[dict[str, Any]], reviews: dict[int, tuple[str, str]]) -> list[dict[str, Any]]:
    """report_rows from rows already read and their latest reviews (agreements are left out)."""
    rows = [r for r in rows if r["kind"] != "agreement"]
    out = []
    for r in sorted(rows, key=lambda r: (r["proposal"], *page_order(r))):
        reviewer, note = reviews.get(r["id"], ("", ""))
        row: dict[str, Any] = {}
        for k, v in r.items():
            row[k] = v
            if k == "status":
                row["reviewer"], row["note"] = reviewer, note
        out.append(row)
    return out


# ---------------------------------------------------------------- index page

@dataclass(frozen=True)
class DeltaItem:
    id: int
    proposal: str
    phase: str
    slot: str
    kind: str
    severity: str
    summary: str
    href: str | None


@dataclass(frozen=True)
class ProposalSummary:
    slug: str
    title: str
    href: str
    sources: tuple[str, ...]
    outlets: tuple[str, ...]
    documents: int
    open_counts: tuple[SeverityCount, ...]
    open_total: int
    reviewed: int
    agreements: int
    new: int
    changed: int
    resolved: int


@dataclass(frozen=True)
class IndexPage:
    title: str
    proposals: tuple[ProposalSummary, ...]
    delta_run: int | None
    new: tuple[DeltaItem, ...]
    changed: tuple[DeltaItem, ...]
    resolved: tuple[DeltaItem, ...]
    open_total: int


def _where_proposal(col, proposal_ids: list[int] | None):
    """`col` in these proposals; no condition at all for every proposal (None)."""
    return [] if proposal_ids is None else [col.in_(proposal_ids)]


def _current_names(session: Session, proposal_ids: list[int] | None) -> tuple[dict[int, set[str]],
                                                                             dict[int, set[str]]]:
    """proposal id → the sources, and the outlets, of its current documents' reported versions."""
    outlet = aliased(Source)
    base = (select(ReportedVersion.proposal_id).join(Document, ReportedVersion.document_id == Document.id)
            .where(Document.is_current, *_where_proposal(ReportedVersion.proposal_id, proposal_ids)))
    sources: dict[int, set[str]] = defaultdict(set)
    outlets: dict[int, set[str]] = defaultdict(set)
    for pid, name in session.execute(base.add_columns(Source.name)
                                     .join(Source, ReportedVersion.source_id == Source.id).distinct()):
        sources[pid].add(name)
    for pid, name in session.execute(base.add_columns(outlet.name)
                                     .join(outlet, Document.outlet_id == outlet.id).distinct()):
        outlets[pid].add(name)
    return sources, outlets


def _delta_run(session: Session, proposal_ids: list[int] | None) -> int | None:
    """The newest run that added, changed or resolved a discrepancy of these proposals (None: of
    every proposal). A run that changed nothing leaves it where it was, so an idle nightly renders
    the same report."""
    base = [Discrepancy.kind != "agreement", *_where_proposal(Discrepancy.proposal_id, proposal_ids)]
    found = [session.scalar(select(func.max(col)).where(*base))
             for col in (Discrepancy.first_run_id, Discrepancy.changed_run_id, Discrepancy.resolved_run_id)]
    found = [r for r in found if r is not None]
    return max(found) if found else None


@dataclass
class _Tally:
    """What the index counts of one proposal's unresolved discrepancies."""
    open_by: dict[str, int]
    open_total: int = 0
    real: int = 0
    agreements: int = 0

    def add(self, kind: str, status: str, severity: str, n: int = 1) -> None:
        if kind == "agreement":
            self.agreements += n
            return
        self.real += n
        if status == "open":
            self.open_total += n
            self.open_by[severity] = self.open_by.get(severity, 0) + n

    def counts(self) -> tuple[SeverityCount, ...]:
        return tuple(SeverityCount(s, self.open_by.get(s, 0))
                     for s in SEVERITY_ORDER if s != "none" or self.open_by.get(s, 0))


def _tallies(session: Session, proposal_ids: list[int] | None) -> dict[int, _Tally]:
    """proposal id → counts of its unresolved discrepancies (agreements included), by one grouped
    select instead of reading every row."""
    q = (select(Discrepancy.proposal_id, Discrepancy.kind, Discrepancy.status, Discrepancy.severity, func.count())
         .where(Discrepancy.resolved_run_id.is_(None), *_where_proposal(Discrepancy.proposal_id, proposal_ids))
         .group_by(Discrepancy.proposal_id, Discrepancy.kind, Discrepancy.status, Discrepancy.severity))
    out: dict[int, _Tally] = {}
    for pid, kind, status, severity, n in session.execute(q):
        out.setdefault(pid, _Tally({})).add(kind, status, SEVERITY_NAMES[severity], n)
    return out


def index_page(session: Session, proposal: str | None = None,
               rows: list[dict[str, Any]] | None = None) -> IndexPage:
    """`rows`: discrepancy_rows already read (agreements included); without them the counts come
    from grouped selects, so the index never holds the discrepancies of the whole store."""
    check_proposal(session, proposal)
    q = select(Proposal.id, Proposal.slug, Proposal.title).order_by(Proposal.slug)
    if proposal:
        q = q.where(Proposal.slug == proposal)
    proposals = session.execute(q).all()
    ids = [p.id for p in proposals]
    scope = ids if proposal else None
    files = proposal_files(session, [p.slug for p in proposals])
    sources, outlets = _current_names(session, scope)
    docs = dict(session.execute(select(Document.proposal_id, func.count(Document.id))
                                .where(Document.is_current, *_where_proposal(Document.proposal_id, scope))
                                .group_by(Document.proposal_id)).all())
    if rows is None:
        tallies = _tallies(session, scope)
    else:
        pid_of = {p.slug: p.id for p in proposals}
        tallies = {}
        for r in rows:
            if r["proposal"] in pid_of:
                tallies.setdefault(pid_of[r["proposal"]], _Tally({})).add(r["kind"], r["status"], r["severity"])

    delta = _delta_run(session, scope)
    new: list[DeltaItem] = []
    changed: list[DeltaItem] = []
    resolved: list[DeltaItem] = []
    if delta is not None:
        q = (select(Discrepancy.id, Proposal.slug, Discrepancy.phase, Discrepancy.slot, Discrepancy.kind,
                    Discrepancy.severity, Discrepancy.summary, Discrepancy.first_run_id, Discrepancy.changed_run_id,
                    Discrepancy.resolved_run_id)
             .join(Proposal, Discrepancy.proposal_id == Proposal.id)
             .where(Discrepancy.kind != "agreement", *_where_proposal(Discrepancy.proposal_id, scope),
                    or_(Discrepancy.first_run_id == delta, Discrepancy.changed_run_id == delta,
                        Discrepancy.resolved_run_id == delta))
             .order_by(Proposal.slug, Discrepancy.severity.desc(), Discrepancy.id))
        for did, slug, phase, slot, kind, severity, summary, first, changed_run, resolved_run in session.execute(q):
            is_resolved = resolved_run is not None
            item = DeltaItem(id=did, proposal=slug, phase=phase_label(phase), slot=slot, kind=kind,
                             severity=_severity_name(severity), summary=summary,
                             href=None if is_resolved else f"proposals/{files[slug]}#d-{did}")
            if resolved_run == delta:
                resolved.append(item)
            elif first == delta and not is_resolved:
                new.append(item)
            elif changed_run == delta and not is_resolved:
                changed.append(item)
    n_new = Counter(i.proposal for i in new)
    n_changed = Counter(i.proposal for i in changed)
    n_resolved = Counter(i.proposal for i in resolved)

    summaries = []
    for p in proposals:
        t = tallies.get(p.id) or _Tally({})
        summaries.append(ProposalSummary(
            slug=p.slug, title=p.title or p.slug, href=f"proposals/{files[p.slug]}",
            sources=tuple(sorted(sources.get(p.id, ()))), outlets=tuple(sorted(outlets.get(p.id, ()))),
            documents=docs.get(p.id, 0), open_counts=t.counts(), open_total=t.open_total,
            reviewed=t.real - t.open_total, agreements=t.agreements,
            new=n_new[p.slug], changed=n_changed[p.slug], resolved=n_resolved[p.slug]))
    return IndexPage(title="Discrepancy report", proposals=tuple(summaries), delta_run=delta, new=tuple(new),
                     changed=tuple(changed), resolved=tuple(resolved),
                     open_total=sum(s.open_total for s in summaries))


def _severity_name(level: int) -> str:
    return SEVERITY_NAMES.get(level, str(level))


# ---------------------------------------------------------------- proposal page

@dataclass(frozen=True)
class Column:
    version_id: int
    source: str
    outlet: str
    document_id: int
    document: str
    href: str | None


class Cell(NamedTuple):
    state: str          # agree | differ | missing
    symbol: str
    label: str
    value: str
    href: str | None    # the quote in the document


@dataclass(frozen=True)
class TermRow:
    slot: str
    discrepancy_id: int | None   # None for an agreement
    kind: str
    severity: str
    status: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class PhaseGroup:
    label: str
    rows: tuple[TermRow, ...]


class SideView(NamedTuple):
    source: str
    outlet: str
    document: str
    value: str
    relation: str
    quote: tuple[Segment, ...]
    href: str | None


@dataclass(frozen=True)
class DiscrepancyView:
    id: int
    phase: str
    slot: str
    kind: str
    severity: str
    status: str
    is_open: bool
    reviewer: str
    note: str
    summary: str
    sides: tuple[SideView, ...]


@dataclass(frozen=True)
class ProposalPage:
    slug: str
    title: str
    sources: tuple[str, ...]
    columns: tuple[Column, ...]
    groups: tuple[PhaseGroup, ...]
    agreements: int
    discrepancies: tuple[DiscrepancyView, ...]
    open_counts: tuple[SeverityCount, ...]
    open_total: int


def _has_value(side: dict[str, Any]) -> bool:
    return side["fact_id"] is not None or side["min"] is not None or side["max"] is not None or bool(side["text"])


def _side_value(side: dict[str, Any]) -> str:
    return _display_cached(side["min"], side["max"], side["unit"], side["text"], side["qualifier"])


@lru_cache(maxsize=8192)
def _display_cached(vmin: Any, vmax: Any, unit: str | None, text: str | None, qualifier: str | None) -> str:
    return display_value(vmin, vmax, unit, text, qualifier)


class ProposalInput(NamedTuple):
    """Everything a proposal page (and its rows of discrepancies.json/csv) is made of, as read
    from the store: plain data, so that the page can be built anywhere (build_proposal_page)."""
    slug: str
    title: str
    columns: tuple[Column, ...]
    rows: list[dict[str, Any]]            # discrepancy_rows of the proposal, agreements included
    spans: dict[int, tuple]               # fact id → (quote, start, value_start, value_end)
    reviews: dict[int, tuple[str, str]]   # discrepancy id → latest (reviewer, note)
    linked: frozenset[int]                # the documents its sides name that get a page
    names: dict[str, dict] | None = None  # rows' sides as stored: see compare.listing.proposal_discrepancy_rows


def expanded(inp: ProposalInput) -> ProposalInput:
    """`inp` with its rows' sides as dicts (built here, not where the rows were read)."""
    if inp.names is None:
        return inp
    sides = expand_sides({r["id"]: r["sides"] for r in inp.rows}, inp.names["versions"], inp.names["quotes"])
    return inp._replace(rows=[{**r, "sides": sides[r["id"]]} for r in inp.rows], names=None)


def proposal_page(session: Session, slug: str, documents: Container[int] | None = None,
                  rows: list[dict[str, Any]] | None = None, spans: dict[int, tuple] | None = None) -> ProposalPage:
    """`documents`: ids of the documents that get a page, so that only those are linked. `rows`:
    this proposal's discrepancy_rows (agreements included) when already read; `spans`: the
    quote spans of their facts, as compare.listing.proposal_discrepancy_rows gives them."""
    return build_proposal_page(proposal_input(session, slug, documents, rows, spans))


def proposal_input(session: Session, slug: str, documents: Container[int] | None = None,
                   rows: list[dict[str, Any]] | None = None, spans: dict[int, tuple] | None = None,
                   names: dict[str, dict] | None = None) -> ProposalInput:
    """What proposal_page reads from the store (see there for the arguments). `names`: the rows'
    sides are as stored, with what names them (compare.listing.proposal_discrepancy_rows)."""
    found = session.execute(select(Proposal.id, Proposal.slug, Proposal.title).where(Proposal.slug == slug)).first()
    if found is None:
        raise CrosscheckError(f"no proposal {slug!r} in the store")
    pid, p_slug, p_title = found
    if rows is None:
        rows = discrepancy_rows(session, proposal=slug, include_agreements=True)
    linked = documents if documents is not None else set()

    # (version id, fact id, document id) of each side
    if names is None:
        sides = [(s["version_id"], s["fact_id"], s["document_id"]) for r in rows for s in r["sides"]]
    else:
        versions = names["versions"]
        sides = [(s[0], s[1], versions[s[0]][3]) for r in rows for s in r["sides"]]

    # columns: every reported version of a current document, and any other that a side names
    outlet = aliased(Source)
    named = sorted({v for v, _, _ in sides})
    q = (select(ReportedVersion.id, Source.name, outlet.name, Document.id, Document.title, Document.locator,
                Document.version)
         .join(Document, ReportedVersion.document_id == Document.id)
         .join(Source, ReportedVersion.source_id == Source.id)
         .join(outlet, Document.outlet_id == outlet.id)
         .where(ReportedVersion.proposal_id == pid, or_(Document.is_current, ReportedVersion.id.in_(named)))
         .order_by(Source.name, outlet.name, Document.id, ReportedVersion.id))
    columns = tuple(Column(version_id=vid, source=src, outlet=out, document_id=did,
                           document=document_label(title, loc, ver),
                           href=f"../documents/{did}.html" if did in linked else None)
                    for vid, src, out, did, title, loc, ver in session.execute(q))

    # the quote and offsets of each fact that a side names, to mark the value in the quote
    fact_ids = sorted({f for _, f, _ in sides if f is not None} - (spans.keys() if spans is not None else set()))
    spans = dict(spans) if spans is not None else {}
    for i in range(0, len(fact_ids), 500):
        for fid, quote, start, vs, ve in session.execute(
                select(Fact.id, Fact.quote, Fact.start, Fact.value_start, Fact.value_end)
                .where(Fact.id.in_(fact_ids[i:i + 500]))):
            spans[fid] = (quote, start, vs, ve)

    reviews = latest_reviews(session, (r["id"] for r in rows if r["kind"] != "agreement"))
    named_docs = frozenset(x for x in {d for _, _, d in sides} if x in linked)
    return ProposalInput(p_slug, p_title or p_slug, columns, rows, spans, reviews, named_docs, names)


def build_proposal_page(inp: ProposalInput) -> ProposalPage:
    """The proposal page from what proposal_input read; no store needed."""
    inp = expanded(inp)
    rows, spans, linked, columns = inp.rows, inp.spans, inp.linked, inp.columns
    column_document: dict[int, str] = {}
    for c in columns:
        column_document.setdefault(c.version_id, c.document)

    # per side, once: whether it reports a value, the value shown, the link to its quote
    shown: dict[int, list[tuple[dict[str, Any], bool, str, str | None]]] = {}
    for r in rows:
        these = []
        for side in r["sides"]:
            has = _has_value(side)
            doc_id = side["document_id"]
            if doc_id in linked:
                href = (f"../documents/{doc_id}.html#fact-{side['fact_id']}" if side["fact_id"] is not None
                        else f"../documents/{doc_id}.html")
            else:
                href = None
            these.append((side, has, _side_value(side) if has else "", href))
        shown[r["id"]] = these

    # the matrix: a row per term, grouped by phase; a cell per column
    missing = Cell("missing", *STATE_LABELS["missing"], "", None)
    by_phase: dict[int | None, list[TermRow]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r["phase"] is not None, r["phase"] or 0, r["slot"], r["id"])):
        present = {side["version_id"]: (value, href) for side, has, value, href in shown[r["id"]] if has}
        agree = r["kind"] == "agreement" or len({v for v, _ in present.values()}) <= 1
        state = "agree" if agree else "differ"
        symbol, label = STATE_LABELS[state]
        cells = []
        for c in columns:
            side = present.get(c.version_id)
            cells.append(missing if side is None else Cell(state, symbol, label, side[0], side[1]))
        is_agreement = r["kind"] == "agreement"
        by_phase[r["phase"]].append(TermRow(
            slot=r["slot"], discrepancy_id=None if is_agreement else r["id"], kind=r["kind"],
            severity="" if is_agreement else r["severity"], status="" if is_agreement else r["status"],
            cells=tuple(cells)))
    groups = tuple(PhaseGroup(label=phase_label(ph), rows=tuple(trs)) for ph, trs in by_phase.items())

    real = sorted((r for r in rows if r["kind"] != "agreement"), key=page_order)
    reviews = inp.reviews
    views = []
    for r in real:
        sides = []
        for s, has, value, href in shown[r["id"]]:
            quote = s["quote"] or ""
            span = spans.get(s["fact_id"]) if s["fact_id"] is not None else None
            if span and span[0] == quote:
                segments = quote_segments(quote, span[1], span[2], span[3])
            else:
                segments = quote_segments(quote, None, None, None)
            sides.append(SideView(s["source"], s["outlet"], column_document.get(s["version_id"], ""), value,
                                  s["relation"] or "", segments, href if (has or quote) else None))
        reviewer, note = reviews.get(r["id"], ("", ""))
        views.append(DiscrepancyView(
            id=r["id"], phase=phase_label(r["phase"]), slot=r["slot"], kind=r["kind"], severity=r["severity"],
            status=r["status"], is_open=r["status"] == "open", reviewer=reviewer, note=note,
            summary=r["summary"], sides=tuple(sides)))
    open_rows = [v for v in views if v.is_open]
    counts = tuple(SeverityCount(s, sum(1 for v in open_rows if v.severity == s))
                   for s in SEVERITY_ORDER if s != "none" or any(v.severity == s for v in open_rows))
    return ProposalPage(slug=inp.slug, title=inp.title, sources=tuple(sorted({c.source for c in columns})),
                        columns=columns, groups=groups, agreements=len(rows) - len(real),
                        discrepancies=tuple(views), open_counts=counts, open_total=len(open_rows))


# ---------------------------------------------------------------- document page

class Span(NamedTuple):
    """Where a fact sits in the article text: its quote (`start`-`end`), its value when that is a
    valid span of the text (else None), and the label shown right after the value."""
    number: int
    fact_id: int
    start: int
    end: int
    value_start: int | None
    value_end: int | None
    label: str


class FactView(NamedTuple):
    id: int
    number: int
    source: str
    phase: str
    slot: str
    kind: str
    value: str
    quote: str
    in_text: bool


@dataclass(frozen=True)
class DocumentPage:
    id: int
    title: str
    outlet: str
    proposal: str
    proposal_href: str
    url: str | None
    url_text: str
    version: int
    is_current: bool
    text: str
    spans: tuple[Span, ...]     # the facts with a valid quote span, in fact-number order
    facts: tuple[FactView, ...]


def document_ids(session: Session, proposal: str | None = None,
                 rows: list[dict[str, Any]] | None = None) -> list[int]:
    """The documents that get a page: the current ones of the proposal(s), and any other that an
    unresolved discrepancy still quotes. `rows`: discrepancy_rows already read (agreements
    included); without them one select finds the quoted documents."""
    q = select(Document.id).join(Proposal, Document.proposal_id == Proposal.id).where(Document.is_current)
    if proposal:
        q = q.where(Proposal.slug == proposal)
    ids = set(session.scalars(q))
    if rows is not None:
        for r in rows:
            ids.update(s["document_id"] for s in r["sides"])
    else:       # the documents no longer current that a side still names: only those need the sides
        q = (select(ReportedVersion.id, ReportedVersion.document_id)
             .join(Document, ReportedVersion.document_id == Document.id).where(~Document.is_current))
        if proposal:
            q = q.join(Proposal, Document.proposal_id == Proposal.id).where(Proposal.slug == proposal)
        stale = dict(session.execute(q).all())
        if stale:
            q = select(Discrepancy.sides).where(Discrepancy.resolved_run_id.is_(None))
            if proposal:
                q = q.join(Proposal, Discrepancy.proposal_id == Proposal.id).where(Proposal.slug == proposal)
            for sides in session.scalars(q):
                ids.update(stale[side[0]] for side in sides if side[0] in stale)
    return sorted(ids)


DOCUMENT_BATCH = 200

# a fact of a document page, as read: (id, source, phase, slot, kind, min, max, unit, text, qualifier,
# quote, start, end, value_start, value_end)
FACT_FIELDS = ("id", "source", "phase", "slot", "kind", "min", "max", "unit", "text", "qualifier", "quote",
               "start", "end", "value_start", "value_end")


class DocumentInput(NamedTuple):
    """Everything a document page is made of, as read from the store: plain data, so that the page
    can be built anywhere (build_document_page)."""
    id: int
    title: str | None
    locator: str
    url: str | None
    version: int
    is_current: bool
    text: str
    outlet: str | None
    proposal: str
    proposal_href: str
    facts: tuple[tuple, ...]      # FACT_FIELDS, in id order


def document_page(session: Session, doc_id: int, files: dict[str, str] | None = None) -> DocumentPage:
    """`files`: proposal_files() when the caller has it already."""
    return next(document_pages(session, [doc_id], files=files))


def document_pages(session: Session, doc_ids: Iterable[int], files: dict[str, str] | None = None,
                   batch: int = DOCUMENT_BATCH) -> Iterator[DocumentPage]:
    """The page of each document in `doc_ids`, in that order, read `batch` documents at a time."""
    for inputs in document_inputs(session, doc_ids, files=files, batch=batch):
        for inp in inputs:
            yield build_document_page(inp)


def document_inputs(session: Session, doc_ids: Iterable[int], files: dict[str, str] | None = None,
                    batch: int = DOCUMENT_BATCH) -> Iterator[list[DocumentInput]]:
    """What the pages of `doc_ids` are made of, a list per `batch` documents, in that order: two
    selects per batch (the documents, their facts), so that only one batch is held at once."""
    files = dict(files) if files else {}
    every: dict[str, str] | None = None
    outlet = aliased(Source)
    sources: dict[int, str] | None = None
    ids = list(doc_ids)
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        q = (select(Document.id, Document.title, Document.locator, Document.url, Document.version,
                    Document.is_current, Document.text, outlet.name, Proposal.slug)
             .outerjoin(outlet, Document.outlet_id == outlet.id)
             .outerjoin(Proposal, Document.proposal_id == Proposal.id)
             .where(Document.id.in_(chunk)))
        docs = {row[0]: row for row in session.execute(q).all()}
        if sources is None:
            sources = dict(session.connection().execute(select(Source.id, Source.name)).all())
        facts = _document_facts(session, chunk, sources)
        out = []
        for doc_id in chunk:
            row = docs.get(doc_id)
            if row is None:
                raise CrosscheckError(f"no document {doc_id} in the store")
            slug = row[8]
            if slug not in files:
                if every is None:
                    every = proposal_files(session)
                files[slug] = every[slug]
            out.append(DocumentInput(*row, f"../proposals/{files[slug]}", tuple(facts.get(doc_id, ()))))
        del docs, facts
        yield out


def build_document_page(inp: DocumentInput) -> DocumentPage:
    """The document page from what document_inputs read; no store needed."""
    text = inp.text
    n = len(text)
    # text order: by where the quote starts (no span last); the facts come in id order, and the
    # sort keeps that order among equals
    ordered = sorted(inp.facts, key=lambda f: n + 1 if f[11] is None else f[11])
    facts, spanned = [], []
    for number, (fid, source, phase, slot, kind, vmin, vmax, unit, ftext, qualifier, quote, start, end, vs,
                 ve) in enumerate(ordered, 1):
        in_text = start is not None and end is not None and 0 <= start < end <= n
        if in_text:
            valid = vs is not None and ve is not None and 0 <= vs < ve <= n
            spanned.append(Span(number, fid, start, end, vs if valid else None, ve if valid else None,
                                f"{source} · {slot}"))
        facts.append(FactView(fid, number, source, phase_label(phase), slot, kind,
                              _display_cached(vmin, vmax, unit, ftext, qualifier), quote or "", in_text))
    return DocumentPage(
        id=inp.id, title=document_label(inp.title, inp.locator, 1), outlet=inp.outlet or "", proposal=inp.proposal,
        proposal_href=inp.proposal_href, url=safe_url(inp.url),
        url_text=inp.url or PurePath(inp.locator).name or inp.locator, version=inp.version,
        is_current=bool(inp.is_current), text=text, spans=tuple(spanned), facts=tuple(facts))


def document_facts(session: Session, doc_id: int) -> list[dict[str, Any]]:
    """The active facts of one document (a corrected fact gives way to its correction), as in
    compare.listing.fact_rows but for any version of a document."""
    sources = dict(session.execute(select(Source.id, Source.name)).all())
    return [dict(zip(FACT_FIELDS, f)) for f in _document_facts(session, [doc_id], sources).get(doc_id, [])]


def _document_facts(session: Session, doc_ids: list[int], sources: dict[int, str]) -> dict[int, list[tuple]]:
    """document id → its active facts (FACT_FIELDS) in id order, for a batch of documents in one
    select. `sources`: source id → name."""
    corrected = select(Fact.corrects_id).where(Fact.corrects_id.is_not(None))
    q = (select(ReportedVersion.document_id, Fact.id, ReportedVersion.source_id, Fact.phase, Fact.slot, Fact.kind,
                Fact.min, Fact.max, Fact.unit, Fact.text, Fact.qualifier, Fact.quote, Fact.start, Fact.end,
                Fact.value_start, Fact.value_end)
         .join(ReportedVersion, Fact.version_id == ReportedVersion.id)
         .where(ReportedVersion.document_id.in_(doc_ids), Fact.id.not_in(corrected))
         .order_by(ReportedVersion.document_id, Fact.id))
    out: dict[int, list[tuple]] = defaultdict(list)
    if session.autoflush:  # as session.execute would; then rows straight off the connection, no ORM layer
        session.flush()
    for doc_id, fid, source_id, *rest in session.connection().execute(q).all():
        out[doc_id].append((fid, sources[source_id], *rest))
    return out


# ---------------------------------------------------------------- the nightly runs page

@dataclass(frozen=True)
class RunsPage:
    title: str
    runs: tuple[RunInfo, ...]


def runs_page(session: Session, hrefs: dict[int, str] | None = None, kind: str = "nightly") -> RunsPage:
    """Past runs of `kind`, newest first; `hrefs` maps a run id to its report folder."""
    hrefs = hrefs or {}
    runs = session.scalars(select(Run).where(Run.kind == kind).order_by(Run.id.desc())).all()
    return RunsPage(title="Nightly runs", runs=tuple(run_info(r, hrefs.get(r.id)) for r in runs))
