"""The static HTML report: one Jinja environment (autoescape, StrictUndefined) over reports/templates,
fed only with the dataclasses of reports/context.py.

    render_site(session, "report/")   →  index.html, proposals/<slug>.html, documents/<id>.html,
                                         discrepancies.json, discrepancies.csv

Pages are self-contained (inline CSS, one small inline filter script, no external resources) and
carry a Content-Security-Policy that allows only that CSS and that script, by hash. The same store
renders the same bytes, except the one generated-at line (`<p id="generated-at">`).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import multiprocessing
import os
import pickle
import shutil
import sys
import tempfile
import traceback
from collections import deque
from pathlib import Path
from functools import lru_cache
from typing import Any, Callable, Iterator

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from sqlalchemy.orm import Session

from compare.collect import fewer_collections
from compare.listing import proposal_discrepancy_rows
from reports import context, fragments
from reports.stream import RowsFile, csv_lines, json_items

TEMPLATES = Path(__file__).resolve().parent / "templates"
GENERATED_ID = "generated-at"

ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, auto_reload=False)

ENV.globals.update(fragments.GLOBALS)

CSV_COLUMNS = ["id", "proposal", "phase", "slot", "kind", "severity", "status", "reviewer", "note", "resolved",
               "summary", "fingerprint", "key", "scores", "sides"]


def _asset(name: str) -> tuple[Markup, str]:
    """A static partial (CSS or JS, no template code) and its CSP hash source."""
    body = ENV.get_template(name).render()
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
    return Markup(body), f"'sha256-{digest}'"


STYLE, STYLE_HASH = _asset("_partials/style.css.html")
SCRIPT, SCRIPT_HASH = _asset("_partials/filter.js.html")
CSP = (f"default-src 'none'; style-src {STYLE_HASH}; script-src {SCRIPT_HASH}; img-src 'none'; "
       "base-uri 'none'; form-action 'none'")


def generated_line(generated_at: dt.datetime, run: Any | None) -> str:
    """The one line of a page that changes from render to render: when, and the latest run."""
    if generated_at.tzinfo is None:
        generated_at = generated_at.replace(tzinfo=dt.timezone.utc)
    line = f"Generated {generated_at.astimezone(dt.timezone.utc):%Y-%m-%d %H:%M:%S} UTC"
    if run is not None:
        info = context.run_info(run)
        line += f" · latest run {info.id} ({info.kind}) started {info.started}"
    return line


@lru_cache(maxsize=None)
def _template(name: str):
    """Each template is compiled once per process (ENV does not re-check files: auto_reload off)."""
    return ENV.get_template(name)


def render_page(template: str, root: str, generated: str, **values: Any) -> str:
    return _template(template).render(root=root, generated=generated, generated_id=GENERATED_ID,
                                      style=STYLE, script=SCRIPT, csp=CSP, **values)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_file(path, text)


def _write_file(path: Path, text: str | bytes, atomic: bool = True) -> None:
    """Atomically: a temporary file beside `path`, renamed over it; or, when nothing can be there
    to replace (`atomic` false: a page new to a fresh folder), straight into `path`. os-level
    calls: a page is written in one go, and a file object per page costs more than the writing."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp") if atomic else path
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    os.close(fd)
    if atomic:
        os.replace(tmp, path)


class _Site:
    """The files of one render: makes the folders, remembers every page (whoever writes it) to
    drop stale pages at the end."""

    def __init__(self, out: Path):
        self.out = out
        self.written: set[str] = set()
        self._dirs: set[str] = set()
        # pages may be replaced (so are written atomically) unless their folder holds none yet
        self.atomic = {sub: any((out / sub).glob("*.html")) for sub in ("proposals", "documents")}

    def claim(self, rel: str) -> None:
        """Page `rel` is part of this render; its folder exists from now on."""
        folder = rel.rpartition("/")[0]
        if folder not in self._dirs:
            (self.out / folder).mkdir(parents=True, exist_ok=True)
            self._dirs.add(folder)
        self.written.add(rel)

    def drop_stale(self) -> None:
        for sub in ("proposals", "documents"):
            for stale in (self.out / sub).glob("*.html"):
                if f"{sub}/{stale.name}" not in self.written:
                    stale.unlink()


# ---------------------------------------------------------------- the pages, from plain data

def _proposal_job(inp: context.ProposalInput, rel: str, atomic: bool, out: Path,
                  generated: str) -> tuple[int, str, str]:
    """Write one proposal page; returns its rows of discrepancies.json and .csv: their number, and
    their text as stream.json_items / csv_lines encode it."""
    inp = context.expanded(inp)
    _write_file(out / rel, render_page("proposal.html", "../", generated, page=context.build_proposal_page(inp)),
                atomic)
    rows = context.report_rows_from(inp.rows, inp.reviews)
    return len(rows), json_items(rows), csv_lines(rows, CSV_COLUMNS)


def _documents_job(inputs: list[context.DocumentInput], atomic: bool, out: Path, generated: str) -> None:
    """Write the pages of a batch of documents."""
    for inp in inputs:
        html = render_page("document.html", "../", generated, page=context.build_document_page(inp))
        _write_file(out / f"documents/{inp.id}.html", html, atomic)


# ---------------------------------------------------------------- one helper process

# Every page is built from plain data (context.ProposalInput, DocumentInput) that this process
# reads, in its one transaction, so the whole report comes from one snapshot of the store. A large
# render hands part of the building, rendering and writing to one forked helper process: each job
# goes to it through a file in a spool folder (a pipe carries only the job's number, so neither
# side ever waits on the other's reading), and it answers with the job's number, its proposal
# rows (as text) in the spool folder too. The jobs this process takes itself run in between.
PARALLEL_MIN_WORK = 1500       # documents + PROPOSAL_WORK per proposal; less than this: one process
PROPOSAL_WORK = 40
HELPER_AHEAD = 3               # jobs handed to the helper and not done yet, at most
HELPER_DOCUMENTS = 40          # documents per job


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _want_helper(workers: int | None, proposals: int, documents: int) -> bool:
    if workers is not None and workers <= 1:
        return False
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return False
    if workers is None:
        return _cpus() >= 2 and documents + PROPOSAL_WORK * proposals >= PARALLEL_MIN_WORK
    return True


class HelperFailed(RuntimeError):
    """The helper process of a render failed or died."""


def _helper_main(conn: Any, spool: Path, out: Path, generated: str) -> None:
    """The helper process: run each job named on `conn`, in order, until told to stop."""
    while True:
        n = conn.recv()
        if n is None:
            return
        try:
            job = spool / f"{n}.job"
            with open(job, "rb") as fh:
                fn, args = pickle.load(fh)
            job.unlink()
            result = fn(*args, out, generated)
            if result is not None:
                count, as_json, as_csv = result
                _write_file(spool / f"{n}.json", as_json)
                _write_file(spool / f"{n}.csv", as_csv)
                result = count
            conn.send(("ok", n, result))
        except BaseException:
            conn.send(("error", n, traceback.format_exc()))
            return


class _Helper:
    """One forked helper process and its spool folder."""

    def __init__(self, spool: Path, out: Path, generated: str):
        self.spool = spool
        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_helper_main, args=(child, spool, out, generated),
                                 name="crosscheck-report-helper", daemon=True)
        self._proc.start()
        child.close()
        self._next = 0
        self.busy = 0          # jobs sent and not answered yet

    def submit(self, fn: Callable[..., Any], args: tuple) -> int:
        n = self._next
        self._next += 1
        with open(self.spool / f"{n}.job", "wb") as fh:
            pickle.dump((fn, args), fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._conn.send(n)
        self.busy += 1
        return n

    def answers(self, wait: bool) -> Iterator[tuple[int, Any]]:
        """(job number, result) of the jobs done; `wait`: wait for one at least, when one is out."""
        while self.busy and (self._conn.poll() or (wait and self._wait())):
            try:
                status, n, result = self._conn.recv()
            except EOFError:
                raise HelperFailed("the report helper process ended without an answer") from None
            self.busy -= 1
            if status != "ok":
                raise HelperFailed(f"the report helper failed:\n{result}")
            wait = False
            yield n, result

    def _wait(self) -> bool:
        while not self._conn.poll(1.0):
            if not self._proc.is_alive():
                raise HelperFailed(f"the report helper process died (exit code {self._proc.exitcode})")
        return True

    def close(self, ok: bool) -> None:
        try:
            if ok:
                self._conn.send(None)
                self._proc.join()
            else:
                self._proc.terminate()
                self._proc.join()
        finally:
            self._conn.close()


class _Jobs:
    """The jobs of a render, in order: each runs in the helper when it has room, else right here.
    The proposal rows of each job go into discrepancies.json/csv in job order, whoever ran it."""

    def __init__(self, out: Path, generated: str, helper: _Helper | None, as_json: RowsFile, as_csv: RowsFile):
        self.out, self.generated, self.helper = out, generated, helper
        self.as_json, self.as_csv = as_json, as_csv
        self.pending: deque[list] = deque()       # [job number or None, done, result]
        self.remote: dict[int, list] = {}

    def run(self, fn: Callable[..., Any], args: tuple) -> None:
        self._collect(wait=False)
        if self.helper is not None and self.helper.busy < HELPER_AHEAD:
            entry = [self.helper.submit(fn, args), False, None]
            self.remote[entry[0]] = entry
        else:
            entry = [None, True, fn(*args, self.out, self.generated)]
        self.pending.append(entry)
        self._deliver()

    def finish(self) -> None:
        while self.pending:
            self._collect(wait=True)
            self._deliver()

    def _collect(self, wait: bool) -> None:
        if self.helper is not None:
            for n, result in self.helper.answers(wait):
                entry = self.remote.pop(n)
                entry[1], entry[2] = True, result

    def _deliver(self) -> None:
        while self.pending and self.pending[0][1]:
            n, _, result = self.pending.popleft()
            if result is None:
                continue
            if n is None:
                count, as_json, as_csv = result
                self.as_json.add(as_json, count)
                self.as_csv.add(as_csv, count)
            else:
                part = self.helper.spool / str(n)
                self.as_json.add_file(part.with_suffix(".json"), result)
                self.as_csv.add_file(part.with_suffix(".csv"), result)
                part.with_suffix(".json").unlink()
                part.with_suffix(".csv").unlink()


def render_site(session: Session, out_dir: str | os.PathLike, proposal: str | None = None,
                generated_at: dt.datetime | None = None, workers: int | None = None) -> Path:
    """Write the report of every proposal (or the one named) into `out_dir`; returns `out_dir`.
    Pages of proposals or documents left from an earlier render into the same folder are removed.

    Memory stays flat as the store grows: the index is built from grouped counts, discrepancies
    are read one proposal at a time, documents a batch at a time, and discrepancies.json/csv are
    written as each proposal is done. `workers`: 1 renders in this process only, 2 hands part of
    the pages to a helper process; by default a large report on two cores or more does."""
    out = Path(out_dir)
    generated = generated_line(generated_at or dt.datetime.now(dt.timezone.utc), context.latest_run(session))
    context.check_proposal(session, proposal)
    proposals = context.proposal_ids(session, proposal)     # (slug, id), in the order of the json rows
    doc_ids = context.document_ids(session, proposal)
    site = _Site(out)
    out.mkdir(parents=True, exist_ok=True)
    helper = spool = None
    ok = False
    try:
        with fewer_collections():             # the helper, forked here, collects as seldom
            if _want_helper(workers, len(proposals), len(doc_ids)):
                spool = Path(tempfile.mkdtemp(prefix=".spool-", dir=out))
                helper = _Helper(spool, out, generated)
            _render_into(site, helper, session, out, proposal, generated, proposals, doc_ids)
        ok = True
    finally:
        try:
            if helper is not None:
                helper.close(ok)
        finally:
            if spool is not None:
                shutil.rmtree(spool, ignore_errors=True)
    site.drop_stale()
    return out


def _render_into(site: _Site, helper: _Helper | None, session: Session, out: Path, proposal: str | None,
                 generated: str, proposals: list[tuple[str, int]], doc_ids: list[int]) -> None:
    site.claim("index.html")
    _write_file(out / "index.html", render_page("index.html", "", generated, page=context.index_page(session, proposal)))
    files = context.proposal_files(session)
    linked = frozenset(doc_ids)
    with RowsFile(out / "discrepancies.json", "json") as as_json, \
            RowsFile(out / "discrepancies.csv", "csv", columns=CSV_COLUMNS) as as_csv:
        jobs = _Jobs(out, generated, helper, as_json, as_csv)
        for slug, pid in proposals:
            spans: dict[int, tuple] = {}
            names: dict[str, dict] = {}    # the sides stay as stored: the job makes their dicts
            rows = proposal_discrepancy_rows(session, pid, spans=spans, names=names)
            rel = f"proposals/{files[slug]}"
            site.claim(rel)
            jobs.run(_proposal_job, (context.proposal_input(session, slug, linked, rows, spans, names), rel,
                                     site.atomic["proposals"]))
            del rows, spans, names
        step = HELPER_DOCUMENTS if helper is not None else context.DOCUMENT_BATCH
        batch = HELPER_DOCUMENTS * 2 if helper is not None else context.DOCUMENT_BATCH
        for inputs in context.document_inputs(session, doc_ids, files=files, batch=batch):
            for i in range(0, len(inputs), step):
                part = inputs[i:i + step]
                for inp in part:
                    site.claim(f"documents/{inp.id}.html")
                jobs.run(_documents_job, (part, site.atomic["documents"]))
        jobs.finish()


def render_runs(session: Session, path: str | os.PathLike, hrefs: dict[int, str],
                generated_at: dt.datetime | None = None) -> Path:
    """The index of past nightly runs (OUT/index.html), each linked to its report folder."""
    generated = generated_line(generated_at or dt.datetime.now(dt.timezone.utc), None)
    page = context.runs_page(session, hrefs)
    _write(Path(path), render_page("runs.html", "", generated, page=page))
    return Path(path)
