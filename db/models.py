"""Typed models of the store. Alembic owns the schema; these describe it."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base


SIDE_FIELDS = ("version_id", "fact_id", "relation", "min", "max", "unit", "text", "qualifier")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Source(Base):
    """An outlet or a reporting source (a paper, an agency, a government, a person)."""
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    aliases: Mapped[list["SourceAlias"]] = relationship(back_populates="source", cascade="all, delete-orphan")


class SourceAlias(Base):
    __tablename__ = "source_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200), unique=True)
    source: Mapped[Source] = relationship(back_populates="aliases")


class Proposal(Base):
    __tablename__ = "proposals"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[Optional[str]] = mapped_column(String(500))


class Document(Base):
    """One version of an article. The same locator with changed text gets a new row (version + 1)."""
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("locator", "content_hash", name="uq_documents_locator_hash"),
        UniqueConstraint("locator", "version", name="uq_documents_locator_version"),
        Index("ix_documents_proposal_current", "proposal_id", "is_current"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    locator: Mapped[str] = mapped_column(String(1000))
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id"), index=True)
    title: Mapped[Optional[str]] = mapped_column(String(1000))
    url: Mapped[Optional[str]] = mapped_column(String(1000))
    published: Mapped[Optional[dt.date]] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    outlet: Mapped[Source] = relationship()
    proposal: Mapped[Proposal] = relationship()


class ReportedVersion(Base):
    """A proposal as one source reported it in one document."""
    __tablename__ = "reported_versions"
    __table_args__ = (UniqueConstraint("document_id", "source_id", name="uq_reported_versions_doc_source"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    document: Mapped[Document] = relationship()
    source: Mapped[Source] = relationship()
    proposal: Mapped[Proposal] = relationship()


class Fact(Base):
    """A term that a source reported. start/end are offsets of `quote` in the document text;
    value_start/value_end those of the value itself. A correction is a manual fact with
    `corrects_id` set; the original stays."""
    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_slot_phase", "slot", "phase"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("reported_versions.id", ondelete="CASCADE"), index=True)
    phase: Mapped[Optional[int]] = mapped_column(Integer)
    slot: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    min: Mapped[Optional[float]] = mapped_column(Float)
    max: Mapped[Optional[float]] = mapped_column(Float)
    unit: Mapped[Optional[str]] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    qualifier: Mapped[Optional[str]] = mapped_column(String(40))
    basis: Mapped[Optional[str]] = mapped_column(String(40))
    quote: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[Optional[int]] = mapped_column(Integer)
    end: Mapped[Optional[int]] = mapped_column(Integer)
    value_start: Mapped[Optional[int]] = mapped_column(Integer)
    value_end: Mapped[Optional[int]] = mapped_column(Integer)
    extractor: Mapped[str] = mapped_column(String(80))
    extractor_version: Mapped[str] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    origin: Mapped[str] = mapped_column(String(20), default="extracted")
    corrects_id: Mapped[Optional[int]] = mapped_column(ForeignKey("facts.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version: Mapped[ReportedVersion] = relationship()


class Run(Base):
    """One ingest, compare or nightly run, with what it did."""
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), default="running")
    documents: Mapped[int] = mapped_column(Integer, default=0)
    facts: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    resolved: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)


class Discrepancy(Base):
    """One term of one proposal, compared across every reported version. `key` names the term
    (stable across runs); `fingerprint` adds the values compared, so it changes when they do.
    Agreements are stored too (kind 'agreement'). `resolved_run_id` is set when it no longer holds.
    `sides`: one per reported version, in position order, each a list of SIDE_FIELDS (fact_id and
    the values null where that version is silent; the values are copied so that history stays
    readable). The view `discrepancy_sides` has a row per side. `sides_key` digests the sides'
    (version_id, fact_id): it tells a re-ingested article or a corrected fact that keeps the values."""
    __tablename__ = "discrepancies"
    __table_args__ = (Index("ix_discrepancies_proposal_status", "proposal_id", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id"), index=True)
    slot: Mapped[str] = mapped_column(String(200), index=True)
    phase: Mapped[Optional[int]] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    severity: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    summary: Mapped[str] = mapped_column(Text)
    scores: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    first_run_id: Mapped[Optional[int]] = mapped_column(ForeignKey("runs.id"))
    changed_run_id: Mapped[Optional[int]] = mapped_column(ForeignKey("runs.id"))
    resolved_run_id: Mapped[Optional[int]] = mapped_column(ForeignKey("runs.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    sides: Mapped[list[list[Any]]] = mapped_column(JSON, server_default="[]")
    sides_key: Mapped[Optional[str]] = mapped_column(String(32))
    proposal: Mapped[Proposal] = relationship()


class ReviewEvent(Base):
    """A row per status change of a discrepancy; nothing is overwritten."""
    __tablename__ = "review_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    discrepancy_id: Mapped[int] = mapped_column(ForeignKey("discrepancies.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reviewer: Mapped[str] = mapped_column(String(200))
    from_status: Mapped[Optional[str]] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[Optional[str]] = mapped_column(Text)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
