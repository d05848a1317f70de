"""ingest, facts, compare and discrepancies commands."""
from __future__ import annotations

import sys

import click
from sqlalchemy.exc import IntegrityError

from compare import extract
from compare.cli import SEVERITIES, fmt_option, main, pass_store
from compare.config import load_settings
from compare.errors import CrosscheckError
from compare.ingest import DocInput, collect_paths, load, parse_date, store_document
from compare.output import render


def ingest_paths(store, paths, defaults: DocInput, max_bytes: int, echo_err=None) -> dict[str, int]:
    """Each input file in its own transaction; a bad file is reported and the rest still land."""
    from tqdm import tqdm

    echo_err = echo_err or (lambda m: click.echo(m, err=True))
    counts = {"new": 0, "unchanged": 0, "updated": 0, "failed": 0}
    files = list(collect_paths(paths))
    bar = tqdm(files, unit="file", disable=not sys.stderr.isatty() or len(files) < 20, file=sys.stderr)
    for path in bar:
        try:
            docs = load(path, defaults, max_bytes)
            with store.session() as session:
                statuses = [store_document(session, doc, extract.extract) for doc in docs]
        except CrosscheckError as exc:
            counts["failed"] += 1
            echo_err(f"error: {exc}")
            continue
        except IntegrityError:
            # another process stored the same document at the same moment: it is there once
            statuses = ["unchanged"] * len(docs)
        for status in statuses:
            counts[status] += 1
    return counts


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", required=True, help="Outlet that published the documents (JSON records may override).")
@click.option("--proposal", required=True, help="Slug of the proposal the documents report on.")
@click.option("--published", help="Publication date, YYYY-MM-DD.")
@click.option("--title", help="Document title.")
@click.option("--url", help="Document URL (used as its identity instead of the path).")
@click.option("--max-bytes", type=int, help="Largest file accepted [config max_file_bytes; default 5 MB].")
@pass_store
def ingest(store, paths, outlet, proposal, published, title, url, max_bytes):
    """Store articles (.txt .md .html .json .jsonl, folders, - for stdin) and extract their facts.

    The same text again is reported unchanged; changed text at the same path or URL becomes a new
    version. A bad file is reported and skipped; the exit code is then 1.

    \b
    Example:
      crosscheck ingest articles/ --outlet "Al-Monitor" --proposal egypt-2024 --published 2024-05-01
    """
    defaults = DocInput(locator="-", text="", outlet=outlet, proposal=proposal, title=title, url=url,
                        published=parse_date(published, "--published"))
    counts = ingest_paths(store, paths, defaults, max_bytes or load_settings().max_file_bytes)
    click.echo(f"ingested: {counts['new']} new, {counts['unchanged']} unchanged, "
               f"{counts['updated']} updated, {counts['failed']} failed")
    if counts["failed"]:
        sys.exit(1)
