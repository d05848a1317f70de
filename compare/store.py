"""Writing documents and their facts. A batch of documents is written in one transaction with one
Core statement per table (RETURNING the new ids), and proposal and source ids are looked up once
per session. The ORM get-or-create helpers serve the one-row writers (manual facts)."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from compare import extract
from compare.errors import CrosscheckError
from db.bulk import insert_many
from db.models import Document, Fact, Proposal, ReportedVersion, Source, SourceAlias

if TYPE_CHECKING:
    from compare.ingest import DocInput

DOCS, VERSIONS, FACTS = Document.__table__, ReportedVersion.__table__, Fact.__table__


@lru_cache(maxsize=512)      # a batch's texts are hashed to skip known ones, then again when stored
def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- one row at a time (ORM)

def get_or_create_proposal(session: Session, slug: str, title: str | None = None) -> Proposal:
    row = session.scalar(select(Proposal).where(Proposal.slug == slug))
    if row is None:
        row = Proposal(slug=slug, title=title)
        session.add(row)
        session.flush()
    return row


def get_or_create_source(session: Session, name: str) -> Source:
    """The source under its canonical name; the name as written is kept as an alias."""
    return session.get(Source, source_ids(session, [name])[name])


def get_or_create_version(session: Session, document: Document, source: Source) -> ReportedVersion:
    row = session.scalar(select(ReportedVersion).where(
        ReportedVersion.document_id == document.id, ReportedVersion.source_id == source.id))
    if row is None:
        row = ReportedVersion(proposal_id=document.proposal_id, document_id=document.id, source_id=source.id)
        session.add(row)
        session.flush()
    return row


# ---------------------------------------------------------------- ids, cached per session

@event.listens_for(Session, "after_soft_rollback")
def _forget_ids(session: Session, _previous) -> None:
    # A session is one transaction here: after a rollback, ids it created no longer exist.
    session.info.pop("proposal_ids", None)
    session.info.pop("source_ids", None)


def proposal_ids(session: Session, slugs: Iterable[str]) -> dict[str, int]:
    cache: dict[str, int] = session.info.setdefault("proposal_ids", {})
    missing = sorted(set(slugs) - cache.keys())
    if missing:
        cache.update(session.execute(select(Proposal.slug, Proposal.id).where(Proposal.slug.in_(missing))).tuples().all())
        for slug in missing:
            if slug not in cache:
                row = Proposal(slug=slug)
                session.add(row)
                session.flush()
                cache[slug] = row.id
    return cache


def source_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Names as written → ids of their canonical sources (created when new, with the name as
    written kept as an alias)."""
    cache: dict[str, int] = session.info.setdefault("source_ids", {})
    missing = sorted(set(names) - cache.keys())
    if not missing:
        return cache
    table = extract.aliases()
    canonical = {name: table.canonical(name) for name in missing}
    known = dict(session.execute(select(Source.name, Source.id).where(
        Source.name.in_(sorted(set(canonical.values()))))).tuples().all())
    for name in missing:
        if canonical[name] not in known:
            row = Source(name=canonical[name])
            session.add(row)
            session.flush()
            known[canonical[name]] = row.id
        cache[name] = known[canonical[name]]
    aliases = {name.strip().lower(): cache[name] for name in missing
               if name.strip().lower() != canonical[name].lower()}
    if aliases:
        have = set(session.scalars(select(SourceAlias.alias).where(SourceAlias.alias.in_(sorted(aliases)))))
        for alias in sorted(aliases.keys() - have):
            session.add(SourceAlias(source_id=aliases[alias], alias=alias))
        session.flush()
    return cache


# ---------------------------------------------------------------- documents in batches (Core)

@dataclass
class _Known:
    """A stored (or, within the batch, about to be stored) version of a locator."""
    version: int
    current: bool
    id: int | None = None            # None: new in this batch
    row: dict | None = None          # its row to insert, while new


def already_stored(session: Session, docs: Sequence[DocInput]) -> list[bool]:
    """For each document: does the store already hold this text under its locator, or under its
    proposal and outlet? Only reads; used to skip extracting documents that will not be stored."""
    if not docs:
        return []
    hashes = [content_hash(d.text) for d in docs]
    rows = session.execute(
        select(DOCS.c.locator, DOCS.c.content_hash, Proposal.slug, Source.name)
        .join(Proposal, Proposal.id == DOCS.c.proposal_id).join(Source, Source.id == DOCS.c.outlet_id)
        .where(DOCS.c.content_hash.in_(sorted(set(hashes))))).all()
    same_locator = {(r.locator, r.content_hash) for r in rows}
    same_outlet = {(r.slug, r.name, r.content_hash) for r in rows}
    canonical = extract.aliases().canonical
    return [(d.locator, h) in same_locator or (d.proposal, canonical(d.outlet or ""), h) in same_outlet
            for d, h in zip(docs, hashes)]


FACT_FIELDS = ("phase", "slot", "kind", "min", "max", "unit", "text", "qualifier", "basis", "quote", "start", "end",
               "value_start", "value_end", "confidence")


def fact_rows(facts: list[extract.ExtractedFact]) -> list[tuple]:
    """Facts as the tuples store_documents takes: the source, then the FACT_FIELDS (cheap to send
    from an extraction process, and ready to insert)."""
    return [(f.source, f.phase, f.slot, f.kind, f.min, f.max, f.unit, f.text, f.qualifier, f.basis, f.quote,
             f.start, f.end, f.value_start, f.value_end, f.confidence) for f in facts]


def store_documents(session: Session, items: Sequence[tuple[DocInput, list[tuple] | None]],
                    extract_fn=None) -> list[str]:
    """Store documents with their facts (as fact_rows) in the session's transaction; returns 'new',
    'updated' or 'unchanged' for each. The same text under the same locator (or proposal and
    outlet) is unchanged; changed text under a known locator becomes its next version. Facts given
    as None are extracted here, with `extract_fn(text, outlet, published=)`, when the document turns out to be
    new."""
    for doc, _ in items:
        if not doc.outlet or not doc.proposal:
            raise CrosscheckError(f"{doc.locator}: needs an outlet and a proposal")
    props = proposal_ids(session, {d.proposal for d, _ in items})
    outlets = source_ids(session, {d.outlet for d, _ in items})
    hashes = [content_hash(d.text) for d, _ in items]
    rows = session.execute(select(DOCS.c.id, DOCS.c.locator, DOCS.c.version, DOCS.c.is_current,
                                  DOCS.c.content_hash, DOCS.c.proposal_id, DOCS.c.outlet_id).where(
        DOCS.c.locator.in_(sorted({d.locator for d, _ in items})) | DOCS.c.content_hash.in_(sorted(set(hashes))))
    ).all()
    same_locator = {(r.locator, r.content_hash) for r in rows}
    same_outlet = {(r.proposal_id, r.outlet_id, r.content_hash) for r in rows}
    versions: dict[str, list[_Known]] = {}
    for r in rows:
        versions.setdefault(r.locator, []).append(_Known(r.version, r.is_current, r.id))

    now = dt.datetime.now(dt.timezone.utc)
    statuses, new, retire = [], [], []
    for (doc, facts), digest in zip(items, hashes):
        pid, oid = props[doc.proposal], outlets[doc.outlet]
        if (doc.locator, digest) in same_locator or (pid, oid, digest) in same_outlet:
            statuses.append("unchanged")
            continue
        known = versions.setdefault(doc.locator, [])
        previous = [k for k in known if k.current]
        for k in previous:
            k.current = False
            if k.row is not None:
                k.row["is_current"] = False
            else:
                retire.append(k.id)
        row = dict(locator=doc.locator, version=1 + max((k.version for k in known), default=0), is_current=True,
                   outlet_id=oid, proposal_id=pid, title=doc.title, url=doc.url, published=doc.published,
                   content_hash=digest, text=doc.text)
        known.append(_Known(row["version"], True, row=row))
        same_locator.add((doc.locator, digest))
        same_outlet.add((pid, oid, digest))
        if facts is None:
            facts = fact_rows(extract_fn(doc.text, extract.aliases().canonical(doc.outlet), published=doc.published))
        new.append((row, facts))
        statuses.append("updated" if previous else "new")
    if retire:
        session.execute(update(DOCS).where(DOCS.c.id.in_(retire)).values(is_current=False))
    if new:
        rows = [row for row, _ in new]
        insert_many(session, DOCS, list(rows[0]), [tuple(r.values()) for r in rows], {"ingested_at": now})
        found = dict(((r.locator, r.version), r.id) for r in session.execute(
            select(DOCS.c.locator, DOCS.c.version, DOCS.c.id).where(DOCS.c.locator.in_({r["locator"] for r in rows}))))
        ids = [found[r["locator"], r["version"]] for r in rows]
        write_facts(session, [(doc_id, row["proposal_id"], facts) for doc_id, (row, facts) in zip(ids, new)])
    return statuses


def write_facts(session: Session, documents: list[tuple[int, int, list[tuple]]]) -> int:
    """For each new (document id, proposal id, fact rows): a reported version per source that has
    facts, then every fact; one INSERT for the versions and one for the facts."""
    sources = source_ids(session, {f[0] for _, _, facts in documents for f in facts})
    version_rows = [(proposal_id, doc_id, source_id) for doc_id, proposal_id, facts in documents   # two names of
                    for source_id in dict.fromkeys(sources[f[0]] for f in facts)]                 # one source: one
    if not version_rows:
        return 0
    insert_many(session, VERSIONS, ("proposal_id", "document_id", "source_id"), version_rows)
    by_source = dict(((r.document_id, r.source_id), r.id) for r in session.execute(
        select(VERSIONS.c.document_id, VERSIONS.c.source_id, VERSIONS.c.id).where(
            VERSIONS.c.document_id.in_({doc_id for doc_id, _, _ in documents}))))
    rows = [(by_source[doc_id, sources[f[0]]], *f[1:]) for doc_id, _, facts in documents for f in facts]
    insert_many(session, FACTS, ("version_id", *FACT_FIELDS), rows, {
        "extractor": extract.EXTRACTOR, "extractor_version": extract.EXTRACTOR_VERSION, "origin": "extracted",
        "corrects_id": None, "created_at": dt.datetime.now(dt.timezone.utc)})
    return len(rows)
