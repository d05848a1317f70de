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
import os
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Iterator

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from compare.output import render as render_rows
from compare.listing import discrepancy_rows
from reports import context

TEMPLATES = Path(__file__).resolve().parent / "templates"
GENERATED_ID = "generated-at"

ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)

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


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for reading only: on SQLite it starts a plain (deferred) transaction, so that
    rendering a large report does not hold the write lock that session_scope takes up front."""
    with engine.connect() as conn:
        conn.info["write"] = False  # read by db.session's BEGIN hook
        try:
            with Session(bind=conn) as session:
                yield session
        finally:
            conn.info.pop("write", None)


def generated_line(generated_at: dt.datetime, run: Any | None) -> str:
    """The one line of a page that changes from render to render: when, and the latest run."""
    if generated_at.tzinfo is None:
        generated_at = generated_at.replace(tzinfo=dt.timezone.utc)
    line = f"Generated {generated_at.astimezone(dt.timezone.utc):%Y-%m-%d %H:%M:%S} UTC"
    if run is not None:
        info = context.run_info(run)
        line += f" · latest run {info.id} ({info.kind}) started {info.started}"
    return line


def render_page(template: str, root: str, generated: str, **values: Any) -> str:
    return ENV.get_template(template).render(root=root, generated=generated, generated_id=GENERATED_ID,
                                             style=STYLE, script=SCRIPT, csp=CSP, **values)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)


def render_site(session: Session, out_dir: str | os.PathLike, proposal: str | None = None,
                generated_at: dt.datetime | None = None) -> Path:
    """Write the report of every proposal (or the one named) into `out_dir`; returns `out_dir`.
    Pages of proposals or documents left from an earlier render into the same folder are removed."""
    out = Path(out_dir)
    generated = generated_line(generated_at or dt.datetime.now(dt.timezone.utc), context.latest_run(session))
    context.check_proposal(session, proposal)
    rows = discrepancy_rows(session, proposal=proposal, include_agreements=True)     # read once
    by_slug: dict[str, list] = {}
    for r in rows:
        by_slug.setdefault(r["proposal"], []).append(r)
    index = context.index_page(session, proposal, rows=rows)
    slugs = [p.slug for p in index.proposals]
    files = context.proposal_files(session, slugs)
    doc_ids = context.document_ids(session, proposal, rows=rows)
    written: set[Path] = set()

    def write(rel: str, text: str) -> None:
        _write(out / rel, text)
        written.add(out / rel)

    write("index.html", render_page("index.html", "", generated, page=index))
    for slug in slugs:
        page = context.proposal_page(session, slug, documents=set(doc_ids), rows=by_slug.get(slug, []))
        write(f"proposals/{files[slug]}", render_page("proposal.html", "../", generated, page=page))
    for doc_id in doc_ids:
        page = context.document_page(session, doc_id, files=files)
        write(f"documents/{doc_id}.html", render_page("document.html", "../", generated, page=page))

    report = context.report_rows(session, proposal, rows=rows)
    write("discrepancies.json", render_rows(report, "json"))
    write("discrepancies.csv", render_rows(report, "csv", columns=CSV_COLUMNS))

    for sub in ("proposals", "documents"):
        for stale in (out / sub).glob("*.html"):
            if stale not in written:
                stale.unlink()
    return out


def render_runs(session: Session, path: str | os.PathLike, hrefs: dict[int, str],
                generated_at: dt.datetime | None = None) -> Path:
    """The index of past nightly runs (OUT/index.html), each linked to its report folder."""
    generated = generated_line(generated_at or dt.datetime.now(dt.timezone.utc), None)
    page = context.runs_page(session, hrefs)
    _write(Path(path), render_page("runs.html", "", generated, page=page))
    return Path(path)
