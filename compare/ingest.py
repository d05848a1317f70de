"""Files, folders, stdin and JSON records → documents (with versions), then extraction and storage."""
from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import pickle
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from compare.collect import fewer_collections
from compare.errors import CrosscheckError, one_line
from compare.extract import aliases
from compare.store import already_stored, content_hash, fact_rows, store_documents
from db.session import forget_engines, read_scope, session_scope

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


def store_document(session: Session, doc: DocInput, extract) -> str:
    """Store one document and its facts in the session's transaction; returns 'new', 'updated' or
    'unchanged'. `extract(text, outlet, published=) -> list[ExtractedFact]` runs only for a new text."""
    return store_documents(session, [(doc, None)], extract)[0]


PARALLEL_FROM_FILES = 100      # inputs this large are extracted by one process per core by default
STORE_FAULTS = (OperationalError, InterfaceError)   # locked, gone, disk full: not a file's fault


@dataclass
class FileResult:
    """What became of one input file: a status per document, or the one-line error."""
    path: str
    docs: list[DocInput] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    facts: int = 0
    error: str | None = None


def ingest_files(engine, paths: Iterable[str], load_one: Callable[[str], list[DocInput]], extract,
                 batch_docs: int = 200, attempts: int = 3, workers: int = 1, timings: dict | None = None
                 ) -> Iterator[FileResult]:
    """Load, extract and store files, in batches of about `batch_docs` documents: one transaction
    per batch, one INSERT per table. A file that cannot be read, parsed or extracted is reported
    and left out; the others still land. A file is never stored in part (its documents share a
    transaction). With `workers` > 1, batches are extracted by that many processes while the
    previous batch is written. `timings`, if given, adds up the seconds spent waiting for
    extraction ('extract') and writing ('write')."""
    timings = {} if timings is None else timings
    batch: list[tuple[str, list[DocInput]]] = []
    size = 0
    pending = None
    with fewer_collections(), extraction_pool(workers, extract) as pool:
        for path in paths:
            try:
                batch.append((path, load_one(path)))
            except Exception as exc:      # noqa: BLE001  (one odd file must not stop the others)
                yield FileResult(path, error=_message(path, exc))
                continue
            size += len(batch[-1][1])
            if size >= batch_docs:
                started = _Batch(engine, batch, extract, pool, timings)
                if pending:
                    yield from pending.store(engine, attempts, timings)
                pending, batch, size = started, [], 0
        started = _Batch(engine, batch, extract, pool, timings) if batch else None
        for each in (pending, started):
            if each:
                yield from each.store(engine, attempts, timings)


@contextmanager
def extraction_pool(workers: int, extract):
    """A pool of `workers` processes for `extract`, or None when one is enough or `extract` cannot
    be sent to another process (a closure)."""
    if workers <= 1:
        yield None
        return
    try:
        pickle.dumps(extract)
    except (pickle.PicklingError, AttributeError, TypeError):
        yield None
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = multiprocessing.get_context(method).Pool(workers, initializer=forget_engines)
    try:
        yield pool
    finally:
        pool.terminate()
        pool.join()


def _extract_one(job: tuple) -> tuple[list | None, str | None]:
    extract, text, outlet, where, published = job
    try:
        return fact_rows(extract(text, outlet, published=published)), None
    except Exception as exc:          # noqa: BLE001  (reported as that file's error)
        return None, f"{where}: {one_line(exc)}"


def _message(path: str, exc: Exception) -> str:
    return str(exc) if isinstance(exc, CrosscheckError) else f"{path}: {one_line(exc)}"


class _Batch:
    """Files whose documents are being extracted (in the pool, if any), then are stored together."""

    def __init__(self, engine, batch: list[tuple[str, list[DocInput]]], extract, pool, timings: dict):
        with read_scope(engine) as session:     # what the store holds already is not extracted again
            known = iter(already_stored(session, [d for _, docs in batch for d in docs]))
        self.batch, self.extract = batch, extract
        self.jobs = [[None if next(known) else (extract, d.text, aliases().canonical(d.outlet), path, d.published) for d in docs]
                     for path, docs in batch]
        todo = [job for file_jobs in self.jobs for job in file_jobs if job]
        t0 = time.perf_counter()
        self.outcomes = pool.map_async(_extract_one, todo, chunksize=4) if pool else list(map(_extract_one, todo))
        timings["extract"] = timings.get("extract", 0.0) + time.perf_counter() - t0

    def store(self, engine, attempts: int, timings: dict) -> list[FileResult]:
        """Write the batch in one transaction. When it cannot be written, each file is tried alone,
        so that only the file at fault fails."""
        t0 = time.perf_counter()
        done = iter(self.outcomes if isinstance(self.outcomes, list) else self.outcomes.get())
        t1 = time.perf_counter()
        results, items = [], []
        for (path, docs), file_jobs in zip(self.batch, self.jobs):
            outcomes = [next(done) if job else (None, None) for job in file_jobs]
            error = next((e for _, e in outcomes if e), None)
            results.append(FileResult(path, docs, error=error))
            if error is None:
                items.append(list(zip(docs, (facts for facts, _ in outcomes))))
        good = [r for r in results if r.error is None]
        try:
            statuses = _write(engine, [item for file_items in items for item in file_items], self.extract, attempts)
        except STORE_FAULTS:
            raise                          # the store itself is in trouble: no file is to blame
        except Exception:                  # noqa: BLE001  find the file at fault
            for result, file_items in zip(good, items):
                try:
                    result.statuses = _write(engine, file_items, self.extract, attempts)
                except STORE_FAULTS:
                    raise
                except Exception as exc:   # noqa: BLE001
                    result.error = _message(result.path, exc)
            return results
        for result in good:
            result.statuses, statuses = statuses[:len(result.docs)], statuses[len(result.docs):]
        for result, file_items in zip(good, items):
            result.facts = sum(len(facts or ()) for (_, facts), status in zip(file_items, result.statuses)
                               if status != "unchanged")
        timings["extract"] = timings.get("extract", 0.0) + t1 - t0
        timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t1
        return results


def _write(engine, items, extract, attempts: int) -> list[str]:
    """One transaction. Another process storing the same document, outlet or proposal at the same
    moment makes a unique constraint fail; the retry then finds its rows."""
    for attempt in range(attempts):
        try:
            with session_scope(engine) as session:
                return store_documents(session, items, extract)
        except IntegrityError as exc:
            if attempt == attempts - 1:
                reason = str(exc.orig).splitlines()[0] if exc.orig is not None else "constraint failed"
                raise CrosscheckError(f"{items[0][0].locator}: could not be stored ({reason})") from None
    return []
