"""The rows behind `crosscheck facts` and `crosscheck discrepancies` (a documented JSON contract),
shared by the report's discrepancies.json/csv."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from db.models import Discrepancy, DiscrepancySide, Document, Fact, Proposal, ReportedVersion, Source

SEVERITY_NAMES = {0: "none", 1: "low", 2: "medium", 3: "high"}
SEVERITY_LEVELS = {v: k for k, v in SEVERITY_NAMES.items()}

FACT_COLUMNS = ["id", "proposal", "source", "outlet", "document", "phase", "slot", "kind", "min", "max", "unit",
                "qualifier", "text", "quote", "start", "end"]
DISCREPANCY_COLUMNS = ["id", "proposal", "phase", "slot", "kind", "severity", "status", "summary"]


def _num(v: float | None) -> float | int | None:
    return int(v) if v is not None and float(v).is_integer() else v


def fact_rows(session: Session, proposal: str | None = None, source: str | None = None) -> list[dict[str, Any]]:
    """Active facts of current documents: a corrected fact is replaced by its correction."""
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
                     ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Discrepancies most severe first, each with one side per reported version."""
    q = (select(Discrepancy, Proposal.slug).join(Proposal, Discrepancy.proposal_id == Proposal.id)
         .options(selectinload(Discrepancy.sides).selectinload(DiscrepancySide.version)
                  .selectinload(ReportedVersion.source),
                  selectinload(Discrepancy.sides).selectinload(DiscrepancySide.version)
                  .selectinload(ReportedVersion.document).selectinload(Document.outlet))
         .order_by(Discrepancy.severity.desc(), Proposal.slug, Discrepancy.phase.is_not(None), Discrepancy.phase,
                   Discrepancy.slot, Discrepancy.id))
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
    rows = []
    for d, slug in session.execute(q):
        sides = [{"source": s.version.source.name, "outlet": s.version.document.outlet.name,
                  "document": s.version.document.locator, "document_id": s.version.document_id,
                  "version_id": s.version_id, "fact_id": s.fact_id, "relation": s.relation,
                  "min": _num(s.min), "max": _num(s.max), "unit": s.unit, "text": s.text,
                  "qualifier": s.qualifier, "quote": s.quote} for s in d.sides]
        if source and not any(source in (s["source"], s["outlet"]) for s in sides):
            continue
        rows.append({"id": d.id, "fingerprint": d.fingerprint, "key": d.key, "proposal": slug, "slot": d.slot,
                     "phase": d.phase, "kind": d.kind, "severity": SEVERITY_NAMES[d.severity],
                     "status": d.status, "resolved": d.resolved_run_id is not None, "summary": d.summary,
                     "scores": d.scores, "sides": sides})
    return rows
