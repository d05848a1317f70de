"""Get-or-create helpers and the batch write of extracted facts."""
from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from compare import extract
from db.models import Document, Fact, Proposal, ReportedVersion, Source, SourceAlias


def get_or_create_proposal(session: Session, slug: str, title: str | None = None) -> Proposal:
    row = session.scalar(select(Proposal).where(Proposal.slug == slug))
    if row is None:
        row = Proposal(slug=slug, title=title)
        session.add(row)
        session.flush()
    return row


def get_or_create_source(session: Session, name: str) -> Source:
    """The source under its canonical name; the name as written is kept as an alias. Looked up
    once per session (a session is one transaction here, so a rollback cannot leave a stale row)."""
    cache = session.info.setdefault("sources", {})
    if name in cache:
        return cache[name]
    cache[name] = row = _get_or_create_source(session, name)
    return row


@event.listens_for(Session, "after_soft_rollback")
def _forget_sources(session: Session, _previous) -> None:
    session.info.pop("sources", None)


def _get_or_create_source(session: Session, name: str) -> Source:
    canonical = extract.aliases().canonical(name)
    row = session.scalar(select(Source).where(Source.name == canonical))
    if row is None:
        row = Source(name=canonical)
        session.add(row)
        session.flush()
    alias = name.strip().lower()
    if alias != canonical.lower() and session.scalar(select(SourceAlias.id).where(SourceAlias.alias == alias)) is None:
        session.add(SourceAlias(source_id=row.id, alias=alias))
    return row


def get_or_create_version(session: Session, document: Document, source: Source) -> ReportedVersion:
    row = session.scalar(select(ReportedVersion).where(
        ReportedVersion.document_id == document.id, ReportedVersion.source_id == source.id))
    if row is None:
        row = ReportedVersion(proposal_id=document.proposal_id, document_id=document.id, source_id=source.id)
        session.add(row)
        session.flush()
    return row


def store_facts(session: Session, document: Document, outlet: str, facts: list[extract.ExtractedFact]) -> int:
    """One reported version per source that has facts (the document is new, so none exists yet);
    the facts in one batched INSERT."""
    new_versions = {}
    for f in facts:
        if f.source not in new_versions:
            source = get_or_create_source(session, f.source)
            new_versions[f.source] = ReportedVersion(proposal_id=document.proposal_id, document_id=document.id,
                                                     source_id=source.id)
    session.add_all(new_versions.values())
    session.flush()
    versions = {name: v.id for name, v in new_versions.items()}
    rows = []
    for f in facts:
        rows.append(dict(
            version_id=versions[f.source], phase=f.phase, slot=f.slot, kind=f.kind, min=f.min, max=f.max,
            unit=f.unit, text=f.text, qualifier=f.qualifier, basis=f.basis, quote=f.quote, start=f.start,
            end=f.end, value_start=f.value_start, value_end=f.value_end, extractor=extract.EXTRACTOR,
            extractor_version=extract.EXTRACTOR_VERSION, confidence=f.confidence, origin="extracted"))
    if rows:
        session.execute(Fact.__table__.insert(), rows)     # Core executemany: no ORM bookkeeping per row
    return len(rows)
