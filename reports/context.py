"""What each report page shows, as frozen dataclasses built from the store: one function per page.

Templates see only these (plain strings, numbers and tuples), never ORM objects. Everything is in a
deterministic order (names, then ids), and no page carries a date except the generated-at line
that render.py adds, so the same store gives the same pages.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from compare.errors import CrosscheckError
from compare.listing import SEVERITY_LEVELS, SEVERITY_NAMES, discrepancy_rows
from db.models import (Discrepancy, Document, Fact, Proposal, ReportedVersion, ReviewEvent, Run, Source)

SEVERITY_ORDER = ("high", "medium", "low", "none")
STATE_LABELS = {"agree": ("✓", "agrees"), "differ": ("≠", "differs"), "missing": ("–", "not reported")}
PLURAL_UNITS = {"day", "week", "month", "year", "hour", "minute"}


# ---------------------------------------------------------------- shared pieces

@dataclass(frozen=True)
class Segment:
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
            parts = (Segment(quote[:a]), Segment(quote[a:b], True), Segment(quote[b:]))
            return tuple(p for p in parts if p.text)
    return (Segment(quote),)


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
    reviews = latest_reviews(session, (r["id"] for r in rows))
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


def _current_versions(session: Session, proposal_ids: list[int]) -> dict[int, list[tuple[str, str, int]]]:
    """proposal id → [(source, outlet, document id)] of its current documents' reported versions."""
    outlet = aliased(Source)
    q = (select(ReportedVersion.proposal_id, Source.name, outlet.name, Document.id)
         .join(Document, ReportedVersion.document_id == Document.id)
         .join(Source, ReportedVersion.source_id == Source.id)
         .join(outlet, Document.outlet_id == outlet.id)
         .where(Document.is_current, ReportedVersion.proposal_id.in_(proposal_ids))
         .order_by(Source.name, outlet.name, Document.id))
    out: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    for pid, src, out_name, doc_id in session.execute(q):
        out[pid].append((src, out_name, doc_id))
    return out


def _delta_run(session: Session, proposal_ids: list[int]) -> int | None:
    """The newest run that added, changed or resolved a discrepancy of these proposals. A run that
    changed nothing leaves it where it was, so an idle nightly renders the same report."""
    base = [Discrepancy.kind != "agreement", Discrepancy.proposal_id.in_(proposal_ids)]
    found = [session.scalar(select(func.max(col)).where(*base))
             for col in (Discrepancy.first_run_id, Discrepancy.changed_run_id, Discrepancy.resolved_run_id)]
    found = [r for r in found if r is not None]
    return max(found) if found else None


def index_page(session: Session, proposal: str | None = None,
               rows: list[dict[str, Any]] | None = None) -> IndexPage:
    check_proposal(session, proposal)
    q = select(Proposal).order_by(Proposal.slug)
    if proposal:
        q = q.where(Proposal.slug == proposal)
    proposals = session.scalars(q).all()
    ids = [p.id for p in proposals]
    files = proposal_files(session, [p.slug for p in proposals])
    versions = _current_versions(session, ids)
    docs = dict(session.execute(select(Document.proposal_id, func.count(Document.id))
                                .where(Document.is_current, Document.proposal_id.in_(ids))
                                .group_by(Document.proposal_id)).all())
    rows_by = defaultdict(list)
    for r in rows if rows is not None else discrepancy_rows(session, proposal=proposal, include_agreements=True):
        rows_by[r["proposal"]].append(r)

    delta = _delta_run(session, ids)
    new: list[DeltaItem] = []
    changed: list[DeltaItem] = []
    resolved: list[DeltaItem] = []
    if delta is not None:
        q = (select(Discrepancy, Proposal.slug).join(Proposal, Discrepancy.proposal_id == Proposal.id)
             .where(Discrepancy.kind != "agreement", Discrepancy.proposal_id.in_(ids),
                    or_(Discrepancy.first_run_id == delta, Discrepancy.changed_run_id == delta,
                        Discrepancy.resolved_run_id == delta))
             .order_by(Proposal.slug, Discrepancy.severity.desc(), Discrepancy.id))
        for d, slug in session.execute(q):
            is_resolved = d.resolved_run_id is not None
            item = DeltaItem(id=d.id, proposal=slug, phase=phase_label(d.phase), slot=d.slot, kind=d.kind,
                             severity=_severity_name(d.severity), summary=d.summary,
                             href=None if is_resolved else f"proposals/{files[slug]}#d-{d.id}")
            if d.resolved_run_id == delta:
                resolved.append(item)
            elif d.first_run_id == delta and not is_resolved:
                new.append(item)
            elif d.changed_run_id == delta and not is_resolved:
                changed.append(item)

    summaries = []
    for p in proposals:
        rows = rows_by.get(p.slug, [])
        real = [r for r in rows if r["kind"] != "agreement"]
        open_rows = [r for r in real if r["status"] == "open"]
        counts = tuple(SeverityCount(s, sum(1 for r in open_rows if r["severity"] == s))
                       for s in SEVERITY_ORDER if s != "none" or any(r["severity"] == s for r in open_rows))
        vs = versions.get(p.id, [])
        summaries.append(ProposalSummary(
            slug=p.slug, title=p.title or p.slug, href=f"proposals/{files[p.slug]}",
            sources=tuple(sorted({v[0] for v in vs})), outlets=tuple(sorted({v[1] for v in vs})),
            documents=docs.get(p.id, 0), open_counts=counts, open_total=len(open_rows),
            reviewed=len(real) - len(open_rows), agreements=len(rows) - len(real),
            new=sum(1 for i in new if i.proposal == p.slug),
            changed=sum(1 for i in changed if i.proposal == p.slug),
            resolved=sum(1 for i in resolved if i.proposal == p.slug)))
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


@dataclass(frozen=True)
class Cell:
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


@dataclass(frozen=True)
class SideView:
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
    return display_value(side["min"], side["max"], side["unit"], side["text"], side["qualifier"])


def proposal_page(session: Session, slug: str, documents: set[int] | None = None,
                  rows: list[dict[str, Any]] | None = None) -> ProposalPage:
    """`documents`: ids of the documents that get a page, so that only those are linked. `rows`:
    this proposal's discrepancy_rows (agreements included) when already read."""
    check_proposal(session, slug)
    p = session.scalar(select(Proposal).where(Proposal.slug == slug))
    if rows is None:
        rows = discrepancy_rows(session, proposal=slug, include_agreements=True)
    linked = documents if documents is not None else set()

    # columns: every reported version of a current document, and any other that a side names
    outlet = aliased(Source)
    q = (select(ReportedVersion.id, Source.name, outlet.name, Document.id, Document.title, Document.locator,
                Document.version)
         .join(Document, ReportedVersion.document_id == Document.id)
         .join(Source, ReportedVersion.source_id == Source.id)
         .join(outlet, Document.outlet_id == outlet.id)
         .where(ReportedVersion.proposal_id == p.id,
                or_(Document.is_current,
                    ReportedVersion.id.in_(sorted({s["version_id"] for r in rows for s in r["sides"]}))))
         .order_by(Source.name, outlet.name, Document.id, ReportedVersion.id))
    columns = tuple(Column(version_id=vid, source=src, outlet=out, document_id=did,
                           document=document_label(title, loc, ver),
                           href=f"../documents/{did}.html" if did in linked else None)
                    for vid, src, out, did, title, loc, ver in session.execute(q))

    fact_ids = sorted({s["fact_id"] for r in rows for s in r["sides"] if s["fact_id"] is not None})
    spans: dict[int, tuple] = {}
    for i in range(0, len(fact_ids), 500):
        for fid, quote, start, vs, ve in session.execute(
                select(Fact.id, Fact.quote, Fact.start, Fact.value_start, Fact.value_end)
                .where(Fact.id.in_(fact_ids[i:i + 500]))):
            spans[fid] = (quote, start, vs, ve)

    def quote_href(side: dict[str, Any]) -> str | None:
        if side["document_id"] not in linked:
            return None
        anchor = f"#fact-{side['fact_id']}" if side["fact_id"] is not None else ""
        return f"../documents/{side['document_id']}.html{anchor}"

    # the matrix: a row per term, grouped by phase; a cell per column
    by_phase: dict[int | None, list[TermRow]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r["phase"] is not None, r["phase"] or 0, r["slot"], r["id"])):
        present = {s["version_id"]: s for s in r["sides"] if _has_value(s)}
        values = {_side_value(s) for s in present.values()}
        agree = r["kind"] == "agreement" or len(values) <= 1
        cells = []
        for c in columns:
            side = present.get(c.version_id)
            state = "missing" if side is None else ("agree" if agree else "differ")
            symbol, label = STATE_LABELS[state]
            cells.append(Cell(state=state, symbol=symbol, label=label,
                              value=_side_value(side) if side is not None else "",
                              href=quote_href(side) if side is not None else None))
        is_agreement = r["kind"] == "agreement"
        by_phase[r["phase"]].append(TermRow(
            slot=r["slot"], discrepancy_id=None if is_agreement else r["id"], kind=r["kind"],
            severity="" if is_agreement else r["severity"], status="" if is_agreement else r["status"],
            cells=tuple(cells)))
    groups = tuple(PhaseGroup(label=phase_label(ph), rows=tuple(trs)) for ph, trs in by_phase.items())

    real = sorted((r for r in rows if r["kind"] != "agreement"), key=page_order)
    reviews = latest_reviews(session, (r["id"] for r in real))
    views = []
    for r in real:
        sides = []
        for s in r["sides"]:
            quote = s["quote"] or ""
            span = spans.get(s["fact_id"]) if s["fact_id"] is not None else None
            if span and span[0] == quote:
                segments = quote_segments(quote, span[1], span[2], span[3])
            else:
                segments = quote_segments(quote, None, None, None)
            has = _has_value(s)
            sides.append(SideView(
                source=s["source"], outlet=s["outlet"],
                document=next((c.document for c in columns if c.version_id == s["version_id"]), ""),
                value=_side_value(s) if has else "", relation=s["relation"] or "", quote=segments,
                href=quote_href(s) if (has or quote) else None))
        reviewer, note = reviews.get(r["id"], ("", ""))
        views.append(DiscrepancyView(
            id=r["id"], phase=phase_label(r["phase"]), slot=r["slot"], kind=r["kind"], severity=r["severity"],
            status=r["status"], is_open=r["status"] == "open", reviewer=reviewer, note=note,
            summary=r["summary"], sides=tuple(sides)))
    open_rows = [v for v in views if v.is_open]
    counts = tuple(SeverityCount(s, sum(1 for v in open_rows if v.severity == s))
                   for s in SEVERITY_ORDER if s != "none" or any(v.severity == s for v in open_rows))
    return ProposalPage(slug=p.slug, title=p.title or p.slug, sources=tuple(sorted({c.source for c in columns})),
                        columns=columns, groups=groups, agreements=len(rows) - len(real),
                        discrepancies=tuple(views), open_counts=counts, open_total=len(open_rows))


# ---------------------------------------------------------------- document page

@dataclass(frozen=True)
class Piece:
    """One step through the article text: `text` (plain, in a quote, or the value itself), an
    `anchor` where a fact's quote starts, or a `label` naming the fact right after its value."""
    kind: str
    text: str = ""
    quote: bool = False
    value: bool = False
    number: int = 0
    fact_id: int = 0


@dataclass(frozen=True)
class FactView:
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
    pieces: tuple[Piece, ...]
    facts: tuple[FactView, ...]


def document_ids(session: Session, proposal: str | None = None,
                 rows: list[dict[str, Any]] | None = None) -> list[int]:
    """The documents that get a page: the current ones of the proposal(s), and any other that an
    unresolved discrepancy still quotes."""
    q = select(Document.id).join(Proposal, Document.proposal_id == Proposal.id).where(Document.is_current)
    if proposal:
        q = q.where(Proposal.slug == proposal)
    ids = set(session.scalars(q))
    for r in rows if rows is not None else discrepancy_rows(session, proposal=proposal, include_agreements=True):
        ids.update(s["document_id"] for s in r["sides"])
    return sorted(ids)


def _pieces(text: str, facts: list[tuple[int, int, dict[str, Any]]]) -> tuple[Piece, ...]:
    """`facts`: (number, id, fact row) with a valid quote span. Splits the text at every span
    boundary, so highlights never nest and overlapping quotes stay readable."""
    quotes = [(f["start"], f["end"]) for _, _, f in facts]
    values = [(f["value_start"], f["value_end"]) for _, _, f in facts if _valid_value(f, len(text))]
    cuts = {0, len(text)}
    anchors: dict[int, list[tuple[int, int]]] = defaultdict(list)
    labels: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for number, fid, f in facts:
        cuts.update((f["start"], f["end"]))
        anchors[f["start"]].append((number, fid))
        at = f["value_end"] if _valid_value(f, len(text)) else f["end"]
        cuts.add(at)
        labels[at].append((number, f"{f['source']} · {f['slot']}", fid))
    for a, b in values:
        cuts.update((a, b))
    points = sorted(cuts)
    out: list[Piece] = []
    for i, pos in enumerate(points):
        for number, label, fid in labels.get(pos, []):
            out.append(Piece(kind="label", text=label, number=number, fact_id=fid))
        for number, fid in anchors.get(pos, []):
            out.append(Piece(kind="anchor", number=number, fact_id=fid))
        if i + 1 < len(points):
            nxt = points[i + 1]
            chunk = text[pos:nxt]
            if chunk:
                out.append(Piece(kind="text", text=chunk,
                                 quote=any(a <= pos and nxt <= b for a, b in quotes),
                                 value=any(a <= pos and nxt <= b for a, b in values)))
    return tuple(out)


def _valid_value(f: dict[str, Any], n: int) -> bool:
    a, b = f["value_start"], f["value_end"]
    return a is not None and b is not None and 0 <= a < b <= n


def document_page(session: Session, doc_id: int, files: dict[str, str] | None = None) -> DocumentPage:
    """`files`: proposal_files() when the caller has it already."""
    doc = session.get(Document, doc_id)
    if doc is None:
        raise CrosscheckError(f"no document {doc_id} in the store")
    outlet = session.scalar(select(Source.name).where(Source.id == doc.outlet_id))
    slug = session.scalar(select(Proposal.slug).where(Proposal.id == doc.proposal_id))
    files = files if files and slug in files else proposal_files(session, [slug])
    href = f"../proposals/{files[slug]}"
    rows = document_facts(session, doc_id)
    text = doc.text
    n = len(text)
    ordered = sorted(rows, key=lambda f: (f["start"] if f["start"] is not None else n + 1, f["id"]))
    facts, spanned = [], []
    for number, f in enumerate(ordered, 1):
        in_text = f["start"] is not None and f["end"] is not None and 0 <= f["start"] < f["end"] <= n
        if in_text:
            spanned.append((number, f["id"], f))
        facts.append(FactView(id=f["id"], number=number, source=f["source"], phase=phase_label(f["phase"]),
                              slot=f["slot"], kind=f["kind"],
                              value=display_value(f["min"], f["max"], f["unit"], f["text"], f["qualifier"]),
                              quote=f["quote"] or "", in_text=in_text))
    url = safe_url(doc.url)
    return DocumentPage(
        id=doc.id, title=document_label(doc.title, doc.locator, 1), outlet=outlet or "", proposal=slug,
        proposal_href=href, url=url, url_text=doc.url or PurePath(doc.locator).name or doc.locator,
        version=doc.version, is_current=bool(doc.is_current), pieces=_pieces(text, spanned), facts=tuple(facts))


def document_facts(session: Session, doc_id: int) -> list[dict[str, Any]]:
    """The active facts of one document (a corrected fact gives way to its correction), as in
    compare.listing.fact_rows but for any version of a document."""
    corrected = select(Fact.corrects_id).where(Fact.corrects_id.is_not(None))
    q = (select(Fact, Source.name).join(ReportedVersion, Fact.version_id == ReportedVersion.id)
         .join(Source, ReportedVersion.source_id == Source.id)
         .where(ReportedVersion.document_id == doc_id, Fact.id.not_in(corrected)).order_by(Fact.id))
    return [{"id": f.id, "source": src, "phase": f.phase, "slot": f.slot, "kind": f.kind, "min": f.min,
             "max": f.max, "unit": f.unit, "text": f.text, "qualifier": f.qualifier, "quote": f.quote,
             "start": f.start, "end": f.end, "value_start": f.value_start, "value_end": f.value_end}
            for f, src in session.execute(q)]


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
