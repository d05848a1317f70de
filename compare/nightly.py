"""`crosscheck nightly`: inbox → ingest → compare → report, recorded as a run, one at a time.

    run_nightly(engine, inbox, out)   # the caller holds compare.lock.nightly_lock(engine)

Each inbox file needs metadata (outlet, proposal, and optionally published, title, url): from a
sidecar next to it (`NAME.meta.json` / `NAME.meta.toml`, NAME with or without the file's suffix) or
from a `manifest.json` / `manifest.toml` in its folder or a folder above, mapping file names
(relative to the manifest) to the same keys; the sidecar wins key by key. JSON records may carry
outlet and proposal themselves. A file without metadata is reported and skipped, never guessed.

Files whose text is stored already are unchanged and cost nothing but a read. The report goes to
OUT/YYYY-MM-DD/ (the run's local date; a second run on the same day replaces it), OUT/latest
points at it (a symlink, or a copy where symlinks fail) and OUT/index.html lists the past runs.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.engine import Engine

from compare import extract
from compare.diff import run_compare
from compare.errors import CrosscheckError, one_line
from compare.config import auto_workers
from compare.ingest import (PARALLEL_FROM_FILES, DocInput, JSON_SUFFIXES, collect_paths, ingest_files, load,
                            parse_date)
from db.models import Run, utcnow
from db.session import read_scope, session_scope
from reports.render import render_runs, render_site

EXIT_OK, EXIT_FAILURES, EXIT_FATAL, EXIT_LOCKED = 0, 1, 2, 3
METADATA_KEYS = ("outlet", "proposal", "published", "title", "url")
MANIFESTS = ("manifest.json", "manifest.toml")
SIDECARS = (".meta.json", ".meta.toml")
MAX_LISTED_FAILURES = 100


def log_line(message: str) -> None:
    """One timestamped line on stderr (through tqdm, so that a progress bar stays intact)."""
    from tqdm import tqdm

    tqdm.write(f"{dt.datetime.now().astimezone().isoformat(timespec='seconds')} nightly: {message}",
               file=sys.stderr)


# ---------------------------------------------------------------- metadata

def _read_mapping(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
        data = json.loads(raw) if path.suffix == ".json" else tomllib.loads(raw)
    except (OSError, UnicodeDecodeError) as exc:
        raise CrosscheckError(f"{path}: cannot read: {exc}") from None
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CrosscheckError(f"{path}: malformed {path.suffix[1:].upper()}: {exc}") from None
    if not isinstance(data, dict):
        raise CrosscheckError(f"{path}: must hold an object of keys")
    return data


def _check_keys(where: str, meta: Any) -> dict[str, Any]:
    if not isinstance(meta, dict):
        raise CrosscheckError(f"{where}: metadata must be an object with keys {', '.join(METADATA_KEYS)}")
    unknown = sorted(set(meta) - set(METADATA_KEYS))
    if unknown:
        raise CrosscheckError(f"{where}: unknown metadata key(s) {', '.join(unknown)} "
                              f"(known: {', '.join(METADATA_KEYS)})")
    return {k: (v if v is None or isinstance(v, str) else str(v)) for k, v in meta.items()}


class Inbox:
    """Metadata lookup for the files of one inbox folder (manifests read once each)."""

    def __init__(self, root: Path):
        self.root = root
        self._manifests: dict[Path, dict[str, Any] | CrosscheckError] = {}

    def files(self) -> list[Path]:
        return [Path(p) for p in collect_paths([str(self.root)]) if Path(p).name not in MANIFESTS]

    def _manifest(self, folder: Path) -> dict[str, Any]:
        if folder not in self._manifests:
            merged: dict[str, Any] = {}
            try:
                for name in MANIFESTS:
                    if (folder / name).is_file():
                        for key, meta in _read_mapping(folder / name).items():
                            merged[key] = {**merged.get(key, {}), **_check_keys(f"{folder / name}: {key}", meta)}
                self._manifests[folder] = merged
            except CrosscheckError as exc:
                self._manifests[folder] = exc
        found = self._manifests[folder]
        if isinstance(found, CrosscheckError):
            raise found
        return found

    def metadata(self, path: Path) -> dict[str, Any] | None:
        """The merged metadata of one file, None when it has none; raises CrosscheckError when a
        sidecar or manifest that applies to it is unreadable or has unknown keys."""
        meta: dict[str, Any] = {}
        found = False
        folders = [path.parent, *path.parent.parents]
        for folder in reversed(folders[:len(path.relative_to(self.root).parents)]):
            entry = self._manifest(folder).get(path.relative_to(folder).as_posix())
            if entry is not None:
                meta.update(entry)
                found = True
        for stem in (path.name, path.stem):  # NAME.txt.meta.json first, else NAME.meta.json
            sidecars = [path.with_name(stem + s) for s in SIDECARS if path.with_name(stem + s).is_file()]
            for sidecar in sidecars:
                meta.update(_check_keys(str(sidecar), _read_mapping(sidecar)))
            if sidecars:
                found = True
                break
        return meta if found else None


def defaults_for(path: Path, meta: dict[str, Any] | None) -> DocInput:
    """The DocInput defaults that `compare.ingest.load` fills in from the file."""
    if meta is None:
        if path.suffix.lower() not in JSON_SUFFIXES:
            raise CrosscheckError(f"{path}: no metadata (add {path.name}.meta.json or an entry in "
                                  f"{MANIFESTS[0]}); skipped")
        meta = {}
    elif path.suffix.lower() not in JSON_SUFFIXES:
        missing = [k for k in ("outlet", "proposal") if not meta.get(k)]
        if missing:
            raise CrosscheckError(f"{path}: metadata lacks {' and '.join(missing)}; skipped")
    return DocInput(locator=str(path), text="", outlet=meta.get("outlet") or "", proposal=meta.get("proposal") or "",
                    title=meta.get("title"), url=meta.get("url"),
                    published=parse_date(meta.get("published"), str(path)))


# ---------------------------------------------------------------- the run

@dataclass
class NightlyResult:
    run_id: int | None = None
    exit_code: int = EXIT_OK
    files: Counter = field(default_factory=Counter)
    documents: int = 0
    facts: int = 0
    new: int = 0
    changed: int = 0
    resolved: int = 0
    failures: list[str] = field(default_factory=list)
    report: Path | None = None


def _ingest(engine: Engine, inbox: Path, max_bytes: int, result: NightlyResult, log: Callable[[str], None],
            progress: bool) -> set[str]:
    """Files in batches, one transaction each; returns the proposals that got a new or changed document."""
    from tqdm import tqdm

    box = Inbox(inbox)
    files = box.files()
    touched: set[str] = set()
    log(f"ingest: {len(files)} file(s) in {inbox}")

    def load_one(path: str) -> list[DocInput]:
        docs = load(path, defaults_for(Path(path), box.metadata(Path(path))), max_bytes)
        if any(not doc.outlet or not doc.proposal for doc in docs):
            raise CrosscheckError(f"{path}: no metadata for outlet and proposal (add {Path(path).name}.meta.json "
                                  f"or an entry in {MANIFESTS[0]}); skipped")
        return docs

    bar = tqdm(total=len(files), unit="file", disable=not progress, file=sys.stderr)
    for done in ingest_files(engine, [str(p) for p in files], load_one, extract.extract,
                             workers=auto_workers(len(files), PARALLEL_FROM_FILES)):
        bar.update()
        if done.error:
            result.failures.append(done.error)
            result.files["failed"] += 1
            log(f"error: {done.error}")
            continue
        for doc, status in zip(done.docs, done.statuses):
            result.files[status] += 1
            if status != "unchanged":
                result.documents += 1
                touched.add(doc.proposal)
        result.facts += done.facts
    bar.close()
    log(f"ingest: {result.files['new']} new, {result.files['updated']} updated, "
        f"{result.files['unchanged']} unchanged, {result.files['failed']} failed; "
        f"{result.documents} document(s), {result.facts} fact(s) stored")
    return touched


def publish(out: Path, name: str, render: Callable[[Path], Any]) -> Path:
    """Render into a temporary folder beside OUT/NAME, then swap it in whole, and point
    OUT/latest at it."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=out))
    try:
        render(tmp)
        os.chmod(tmp, 0o755)
        final = out / name
        if final.exists():
            old = out / f".{name}.{os.getpid()}.old"
            os.rename(final, old)
            os.rename(tmp, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    point_latest(out, name)
    return final


def point_latest(out: Path, name: str) -> str:
    """OUT/latest → NAME as a relative symlink, replaced atomically; a copy where the file system
    has no symlinks. Returns 'symlink' or 'copy'."""
    link = out / "latest"
    tmp = out / f".latest.{os.getpid()}.tmp"
    try:
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(name, tmp, target_is_directory=True)
        if link.is_dir() and not link.is_symlink():  # a copy left by an earlier fallback
            shutil.rmtree(link)
        os.replace(tmp, link)
        return "symlink"
    except OSError:
        if tmp.is_symlink():
            tmp.unlink()
    copy = out / f".latest.{os.getpid()}.copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(out / name, copy)
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.is_dir():
        shutil.rmtree(link)
    os.rename(copy, link)
    return "copy"


def report_hrefs(engine: Engine, out: Path) -> dict[int, str]:
    """Run id → its report folder's index, for the runs whose folder still exists."""
    with read_scope(engine) as session:
        rows = session.execute(select(Run.id, Run.detail).where(Run.kind == "nightly")).all()
    hrefs = {}
    for run_id, detail in rows:
        name = (detail or {}).get("report")
        if name and (out / name / "index.html").is_file():
            hrefs[run_id] = f"{name}/index.html"
    return hrefs


def run_nightly(engine: Engine, inbox: Path, out: Path, max_bytes: int, log: Callable[[str], None] = log_line,
                progress: bool | None = None, now: dt.datetime | None = None) -> NightlyResult:
    """The whole nightly job on a migrated store. The caller holds the nightly lock. Never raises
    for a bad file (counted as a failure) nor for a fatal error (exit_code 2, run marked failed)."""
    progress = sys.stderr.isatty() if progress is None else progress
    now = now or dt.datetime.now(dt.timezone.utc)
    folder = now.astimezone().strftime("%Y-%m-%d")
    result = NightlyResult()
    stage = "start"
    try:
        with session_scope(engine) as session:
            run = Run(kind="nightly", status="running", started_at=now, detail={"report": folder})
            session.add(run)
            session.flush()
            result.run_id = run.id
        log(f"start: run {result.run_id}, inbox {inbox}, report {out / folder}")

        stage = "ingest"
        touched = _ingest(engine, inbox, max_bytes, result, log, progress)

        stage = "compare"
        with session_scope(engine) as session:
            run = session.get(Run, result.run_id)
            run = run_compare(session, proposals=sorted(touched) or None, run=run)
            result.new, result.changed, result.resolved = run.new or 0, run.changed or 0, run.resolved or 0
        scope = ", ".join(sorted(touched)) if touched else "all proposals"
        log(f"compare ({scope}): {result.new} new, {result.changed} changed, {result.resolved} resolved")

        stage = "report"
        with read_scope(engine) as session:
            result.report = publish(out, folder, lambda tmp: render_site(session, tmp, generated_at=now))
        log(f"report: {result.report / 'index.html'} (latest: {out / 'latest'})")
        stage = "finish"
        status = "ok"
    except Exception as exc:  # fatal: record it, say it in one line, exit 2
        log(f"fatal in {stage}: {one_line(exc)}")
        result.exit_code = EXIT_FATAL
        status = "failed"

    if result.exit_code == EXIT_OK and result.failures:
        result.exit_code = EXIT_FAILURES
        status = "partial"
    if result.run_id is not None:
        try:
            with session_scope(engine) as session:
                run = session.get(Run, result.run_id)
                run.status = status
                run.finished_at = utcnow()
                run.documents, run.facts, run.failures = result.documents, result.facts, len(result.failures)
                run.new, run.changed, run.resolved = result.new, result.changed, result.resolved
                run.detail = {"report": folder, "files": dict(sorted(result.files.items())),
                              "failed": result.failures[:MAX_LISTED_FAILURES]}
            render_runs_index(engine, out)
        except Exception as exc:
            log(f"fatal in finish: {one_line(exc)}")
            result.exit_code = EXIT_FATAL
    nothing = not (result.documents or result.new or result.changed or result.resolved)
    log(f"done: status {status}, {len(result.failures)} failure(s)"
        f"{', nothing new' if nothing else ''}; exit {result.exit_code}")
    return result


def render_runs_index(engine: Engine, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    hrefs = report_hrefs(engine, out)
    with read_scope(engine) as session:
        render_runs(session, out / "index.html", hrefs)

