"""Files, folders, stdin and JSON records → documents (with versions), then extraction and storage."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from compare.errors import CrosscheckError
from compare.store import get_or_create_proposal, get_or_create_source, store_facts
from db.models import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
SIDECAR_SUFFIXES = (".meta.json", ".meta.toml")
MANIFESTS = {"manifest.json", "manifest.toml"}


@dataclass(frozen=True)
class DocInput:
    locator: str
    text: str
    outlet: str
    proposal: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None


def parse_date(value: str | None, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        text = str(value)
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise CrosscheckError(f"{where}: published date {value!r} is not YYYY-MM-DD") from None


def _logical(p: str) -> str:
    """A relative path that is not found from the process's folder is tried from the shell's ($PWD):
    a caller that starts us with another working folder (a script's temporary folder) still gets
    the file its user named."""
    pwd = os.environ.get("PWD")
    if not os.path.isabs(p) and not os.path.exists(p) and pwd and os.path.exists(os.path.join(pwd, p)):
        return os.path.join(pwd, p)
    return p


def collect_paths(paths: Iterable[str]) -> Iterator[str]:
    """Each path as given; folders recursively (sorted), keeping files with a known suffix."""
    for p in paths:
        if p == "-":
            yield p
            continue
        p = _logical(p)
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and child.suffix.lower() in SUFFIXES
                        and not child.name.endswith(SIDECAR_SUFFIXES) and child.name not in MANIFESTS
                        and not child.name.startswith(".")):
                    yield str(child)
        else:
            yield p


def read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if Path(path).stat().st_size > max_bytes:
                raise CrosscheckError(f"{path}: larger than the limit of {max_bytes} bytes")
            data = Path(path).read_bytes()
    except OSError as exc:
        raise CrosscheckError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise CrosscheckError(f"{path}: larger than the limit of {max_bytes} bytes")
    return data


def decode(path: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise CrosscheckError(f"{path}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CrosscheckError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise CrosscheckError(f"{path}: empty file")
    return text


def html_main_text(path: str, html: str) -> tuple[str, str | None]:
    """Main text of an HTML page, navigation and boilerplate dropped (trafilatura)."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(html, favor_recall=True, include_comments=False, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise CrosscheckError(f"{path}: no main text found in the HTML")
    return text, getattr(doc, "title", None)


def _record(path: str, i: int | None, rec: object, defaults: DocInput) -> DocInput:
    where = path if i is None else f"{path}:{i}"
    if not isinstance(rec, dict):
        raise CrosscheckError(f"{where}: a JSON record must be an object")
    text = rec.get("text") or rec.get("body") or rec.get("content")
    if not isinstance(text, str) or not text.strip():
        raise CrosscheckError(f"{where}: JSON record has no text")
    locator = rec.get("url") or rec.get("id") or (where if i is not None else path)
    return replace(defaults, locator=str(locator), text=text,
                   outlet=rec.get("outlet") or defaults.outlet, proposal=rec.get("proposal") or defaults.proposal,
                   title=rec.get("title") or defaults.title, url=rec.get("url") or defaults.url,
                   published=parse_date(rec.get("published"), where) or defaults.published)


def load(path: str, defaults: DocInput, max_bytes: int) -> list[DocInput]:
    """Read one input path into documents, or raise a one-line CrosscheckError naming it."""
    text = decode(path, read_bytes(path, max_bytes))
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if suffix == ".jsonl":
        docs = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    docs.append(_record(path, n, json.loads(line), defaults))
                except json.JSONDecodeError as exc:
                    raise CrosscheckError(f"{path}:{n}: malformed JSON: {exc.msg}") from None
        if not docs:
            raise CrosscheckError(f"{path}: no records")
        return docs
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CrosscheckError(f"{path}: malformed JSON: {exc.msg} at line {exc.lineno}") from None
        if isinstance(data, list):
            return [_record(path, n, rec, defaults) for n, rec in enumerate(data, 1)]
        return [_record(path, None, data, defaults)]
    title = defaults.title
    if suffix in HTML_SUFFIXES or (suffix == "" and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        text, html_title = html_main_text(path, text)
        title = title or html_title
    locator = defaults.url or (defaults.locator if path == "-" else str(Path(path).resolve()))
    if path == "-" and not defaults.url:
        locator = "stdin:" + content_hash(text)[:16]
    return [replace(defaults, locator=locator, text=text, title=title)]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def store_document(session: Session, doc: DocInput, extract) -> str:
    """Store one document and its facts; returns 'new', 'updated' or 'unchanged'.
    `extract(text, outlet) -> list[ExtractedFact]`."""
    if not doc.outlet or not doc.proposal:
        raise CrosscheckError(f"{doc.locator}: needs an outlet and a proposal")
    digest = content_hash(doc.text)
    proposal = get_or_create_proposal(session, doc.proposal)
    outlet = get_or_create_source(session, doc.outlet)
    same = session.scalar(select(Document.id).where(
        ((Document.locator == doc.locator) | ((Document.proposal_id == proposal.id) & (Document.outlet_id == outlet.id)))
        & (Document.content_hash == digest)).limit(1))
    if same is not None:
        return "unchanged"
    previous = session.scalars(select(Document).where(Document.locator == doc.locator, Document.is_current)).all()
    version = 1 + max((d.version for d in session.scalars(
        select(Document).where(Document.locator == doc.locator))), default=0)
    for old in previous:
        old.is_current = False
    row = Document(locator=doc.locator, version=version, is_current=True, outlet_id=outlet.id,
                   proposal_id=proposal.id, title=doc.title, url=doc.url, published=doc.published,
                   content_hash=digest, text=doc.text)
    session.add(row)
    session.flush()
    store_facts(session, row, outlet.name, extract(doc.text, outlet.name))
    return "updated" if previous else "new"


def store_with_retry(engine, docs: list[DocInput], extract, attempts: int = 3) -> list[str]:
    """One transaction for a file's documents. Another process storing the same document, outlet or
    proposal at the same moment makes a unique constraint fail; the retry then finds its rows."""
    from db.session import session_scope

    for attempt in range(attempts):
        try:
            with session_scope(engine) as session:
                return [store_document(session, doc, extract) for doc in docs]
        except IntegrityError:
            if attempt == attempts - 1:
                raise CrosscheckError(f"{docs[0].locator}: could not be stored (concurrent writers)") from None
    return []
