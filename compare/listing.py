"""The rows behind `crosscheck facts` and `crosscheck discrepancies` (a documented JSON contract),
shared by the report's discrepancies.json/csv."""
from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, aliased

from db.bulk import fetch_tuples
from db.models import Discrepancy, Document, Fact, Proposal, ReportedVersion, Source

SEVERITY_NAMES = {0: "none", 1: "low", 2: "medium", 3: "high"}
SEVERITY_LEVELS = {v: k for k, v in SEVERITY_NAMES.items()}

FACT_COLUMNS = ["id", "proposal", "source", "outlet", "document", "phase", "slot", "kind", "min", "max", "unit",
                "qualifier", "text", "quote", "start", "end"]
DISCREPANCY_COLUMNS = ["id", "proposal", "phase", "slot", "kind", "severity", "status", "summary"]


def _num(v: float | None) -> float | int | None:
    return int(v) if v is not None and float(v).is_integer() else v


def fact_rows(session: Session, proposal: str | None = None, source: str | None = None,
              sources: set[str] | None = None) -> list[dict[str, Any]]:
    """Active facts of current documents: a corrected fact is replaced by its correction. `sources`:
    only facts of these sources (a side's members)."""
    outlet = aliased(Source)
    corrected = select(Fact.corrects_id).where(Fact.corrects_id.is_not(None))
    q = (select(Fact, Proposal.slug, Source.name, outlet.name, Document.locator, Document.id)
         .join(ReportedVersion, Fact.version_id == ReportedVersion.id)
         .join(Source, ReportedVersion.source_id == Source.id)
         .join(Document, ReportedVersion.document_id == Document.id)
         .join(outlet, Document.outlet_id == outlet.id)
         .join(Proposal, ReportedVersion.proposal_id == Proposal.id)
         .where(Document.is_current, Fact.id.not_in(corrected))
         .order_by(Proposal.slug, Document.id, Fact.start, Fact.id))
    if proposal:
        q = q.where(Proposal.slug == proposal)
    if source:
        q = q.where(Source.name == source)
    if sources is not None:
        q = q.where(Source.name.in_(sorted(sources)))
    rows = []
    for f, slug, src, out, locator, doc_id in session.execute(q):
        rows.append({"id": f.id, "proposal": slug, "source": src, "outlet": out, "document": locator,
                     "document_id": doc_id, "phase": f.phase, "slot": f.slot, "kind": f.kind, "min": _num(f.min),
                     "max": _num(f.max), "unit": f.unit, "qualifier": f.qualifier, "basis": f.basis,
                     "text": f.text, "quote": f.quote, "start": f.start, "end": f.end,
                     "value_start": f.value_start, "value_end": f.value_end, "origin": f.origin,
                     "corrects": f.corrects_id, "extractor": f"{f.extractor} {f.extractor_version}",
                     "confidence": f.confidence})
    return rows


def discrepancy_rows(session: Session, proposal: str | None = None, status: str | None = None,
                     kind: str | None = None, min_severity: str | None = None, source: str | None = None,
                     include_agreements: bool = False, include_resolved: bool = False,
                     ids: list[int] | None = None, sources: set[str] | None = None) -> list[dict[str, Any]]:
    """Discrepancies most severe first, each with one side per reported version. `sources`: only those
    where one of these sources (a side's members) reports."""
    q = _discrepancy_select()
    if proposal:
        q = q.where(Proposal.slug == proposal)
    if status:
        q = q.where(Discrepancy.status == status)
    if kind:
        q = q.where(Discrepancy.kind == kind)
    if min_severity:
        q = q.where(Discrepancy.severity >= SEVERITY_LEVELS[min_severity])
    if not include_agreements:
        q = q.where(Discrepancy.kind != "agreement")
    if not include_resolved:
        q = q.where(Discrepancy.resolved_run_id.is_(None))
    if ids:
        q = q.where(Discrepancy.id.in_(ids))
    return _discrepancy_dicts(session, q, source, sources=sources)


def proposal_discrepancy_rows(session: Session, proposal_id: int, include_agreements: bool = True,
                              spans: dict[int, tuple] | None = None,
                              names: dict[str, dict] | None = None) -> list[dict[str, Any]]:
    """discrepancy_rows of one proposal, named by id: its unresolved discrepancies (agreements
    too unless told), in the same order and shape. The report reads the store this way, one
    proposal at a time. `spans`: filled with fact id → (quote, start, value_start, value_end) of
    every fact that a side names, read with the sides. `names`: when given, each row's sides stay
    as stored (arrays of db.models.SIDE_FIELDS) and `names` gets the "versions" and "quotes" that
    expand_sides turns them into dicts with (the report does that in its jobs, half of them in
    another process)."""
    q = _discrepancy_select().where(Discrepancy.proposal_id == proposal_id, Discrepancy.resolved_run_id.is_(None))
    if not include_agreements:
        q = q.where(Discrepancy.kind != "agreement")
    return _discrepancy_dicts(session, q, None, spans, names, proposal_id)


def _discrepancy_select():
    return (select(Discrepancy.id, Discrepancy.fingerprint, Discrepancy.key, Proposal.slug, Discrepancy.slot,
                   Discrepancy.phase, Discrepancy.kind, Discrepancy.severity, Discrepancy.status,
                   Discrepancy.resolved_run_id, Discrepancy.summary, Discrepancy.scores, Discrepancy.sides)
            .join(Proposal, Discrepancy.proposal_id == Proposal.id)
            .order_by(Discrepancy.severity.desc(), Proposal.slug, Discrepancy.phase.is_not(None),
                      Discrepancy.phase, Discrepancy.slot, Discrepancy.id))


def _discrepancy_dicts(session: Session, q, source: str | None, spans: dict[int, tuple] | None = None,
                       names: dict[str, dict] | None = None, proposal_id: int | None = None,
                       sources: set[str] | None = None) -> list[dict[str, Any]]:
    heads = session.execute(q).all()
    stored = {h[0]: h[-1] for h in heads}
    versions, quotes = side_names(session, stored, spans, proposal_id)
    if names is None:
        sides = expand_sides(stored, versions, quotes)
    else:
        names.update(versions=versions, quotes=quotes)
        sides = stored
    rows = []
    for did, fingerprint, key, slug, slot, phase, kind, severity, status, resolved, summary, scores, _ in heads:
        these = sides[did]
        if source and not any(source in (s["source"], s["outlet"]) for s in these):
            continue
        if sources is not None and not any(s["source"] in sources and s["fact_id"] is not None for s in these):
            continue                         # a side's: one of its members reports
        rows.append({"id": did, "fingerprint": fingerprint, "key": key, "proposal": slug, "slot": slot,
                     "phase": phase, "kind": kind, "severity": SEVERITY_NAMES[severity],
                     "status": status, "resolved": resolved is not None, "summary": summary,
                     "scores": scores, "sides": these})
    return rows


BATCH = 500
_outlet = aliased(Source)
_NAMES = (select(ReportedVersion.id, Source.name, _outlet.name, Document.locator, ReportedVersion.document_id)
          .join(Source, ReportedVersion.source_id == Source.id)
          .join(Document, ReportedVersion.document_id == Document.id)
          .join(_outlet, Document.outlet_id == _outlet.id))
_SPANS = select(Fact.id, Fact.quote, Fact.start, Fact.value_start, Fact.value_end)
_VERSIONS = _NAMES.where(ReportedVersion.id.in_(bindparam("ids", expanding=True)))
_QUOTES = _SPANS.where(Fact.id.in_(bindparam("ids", expanding=True)))
# the same for the sides of one proposal's discrepancies, which name only its versions and their
# facts: no list of ids to bind
_VERSIONS_OF = _NAMES.where(ReportedVersion.proposal_id == bindparam("proposal"))
_QUOTES_OF = (_SPANS.join(ReportedVersion, Fact.version_id == ReportedVersion.id)
              .where(ReportedVersion.proposal_id == bindparam("proposal")))


def version_names(session: Session, version_ids) -> dict[int, tuple]:
    """Reported version id → (source, outlet, document locator, document id), read in batches."""
    ids, conn, versions = sorted(version_ids), session.connection(), {}
    for i in range(0, len(ids), BATCH):
        versions.update((vid, rest) for vid, *rest in conn.execute(_VERSIONS, {"ids": ids[i:i + BATCH]}))
    return versions


def side_names(session: Session, stored: dict[int, list[list]], spans: dict[int, tuple] | None = None,
               proposal_id: int | None = None) -> tuple[dict[int, tuple], dict[int, str]]:
    """What the stored sides (discrepancy id → `Discrepancy.sides`) name: version id → (source,
    outlet, document locator, document id), and fact id → its quote; read in batches of ids, or,
    when they are all of `proposal_id`, with that proposal's versions and facts. `spans`: see
    proposal_discrepancy_rows."""
    version_ids = sorted({side[0] for sides in stored.values() for side in sides})
    fact_ids = sorted({side[1] for sides in stored.values() for side in sides if side[1] is not None})
    if not version_ids:
        return {}, {}
    if session.autoflush:  # as session.execute would; then rows straight off the connection, no ORM layer
        session.flush()
    conn = session.connection()
    if proposal_id is not None:
        named = set(fact_ids)
        versions = {vid: rest for vid, *rest in fetch_tuples(conn, _VERSIONS_OF, proposal=proposal_id)}
        rows = [r for r in fetch_tuples(conn, _QUOTES_OF, proposal=proposal_id) if r[0] in named]
    else:
        versions, rows = version_names(session, version_ids), []
        for i in range(0, len(fact_ids), BATCH):
            rows += conn.execute(_QUOTES, {"ids": fact_ids[i:i + BATCH]}).all()
    quotes: dict[int, str] = {}
    for fid, quote, start, value_start, value_end in rows:
        quotes[fid] = quote
        if spans is not None:
            spans[fid] = (quote, start, value_start, value_end)
    return versions, quotes


def expand_sides(stored: dict[int, list[list]], versions: dict[int, tuple],
                 quotes: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """Discrepancy id → its sides as dicts (the `sides` of discrepancy_rows), from the stored ones
    and what side_names read for them."""
    out: dict[int, list[dict[str, Any]]] = {}
    for did, sides in stored.items():
        out[did] = these = []
        for version_id, fact_id, relation, vmin, vmax, unit, text, qualifier in sides:
            src, out_name, locator, doc_id = versions[version_id]
            these.append({"source": src, "outlet": out_name, "document": locator, "document_id": doc_id,
                          "version_id": version_id, "fact_id": fact_id, "relation": relation,
                          "min": vmin if vmin is None else _num(vmin), "max": vmax if vmax is None else _num(vmax),
                          "unit": unit, "text": text, "qualifier": qualifier,
                          "quote": None if fact_id is None else quotes.get(fact_id)})
    return out
