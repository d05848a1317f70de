"""report and nightly commands."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from compare.cli import main, pass_store
from compare.config import load_settings
from compare.lock import LockHeld, nightly_lock
from compare.errors import one_line
from compare.nightly import EXIT_FATAL, EXIT_LOCKED, log_line, run_nightly
from db import get_engine
from db.session import read_scope
from reports.render import render_site


@main.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the report into (created if missing).")
@click.option("--proposal", metavar="SLUG", help="Only this proposal.")
@pass_store
def report(store, out, proposal):
    """Render the static HTML report: index, a page per proposal and per document, and
    discrepancies.json / discrepancies.csv beside them.

    Pages are self-contained (open them from disk, print them). The same store renders the same
    bytes except the one "Generated ..." line.

    \b
    Example:
      crosscheck report --out report/
      crosscheck report --out report/ --proposal egypt-2024
    """
    with read_scope(store.engine) as session:
        render_site(session, out, proposal=proposal)
    click.echo(f"report: {out / 'index.html'}")


@main.command()
@click.option("--inbox", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of articles, each with NAME.meta.json/.toml or an entry in manifest.json/.toml.")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Reports go to OUT/YYYY-MM-DD/, OUT/latest points at the newest, OUT/index.html lists runs.")
@click.option("--max-bytes", type=int, help="Largest file accepted [config max_file_bytes; default 5 MB].")
@pass_store
def nightly(store, inbox, out, max_bytes):
    """Ingest what is new or changed in INBOX, compare, and render the report: the job for cron.

    One run at a time per store: a second one exits at once with code 3 and changes nothing.
    Exit codes: 0 all good, 1 some files failed (the rest landed), 2 fatal, 3 another run holds
    the lock. A log line per stage goes to stderr.

    \b
    Example:
      crosscheck --db sqlite:////srv/desk/crosscheck.db nightly --inbox /srv/desk/inbox --out /srv/desk/reports
    """
    def fatal(message: str):
        log_line(f"fatal: {message}")
        sys.exit(EXIT_FATAL)

    if not inbox.is_dir():
        fatal(f"inbox {inbox} is not a folder")
    try:
        engine = get_engine(store.url)  # not migrated yet: nothing changes before the lock is held
        with nightly_lock(engine):
            try:
                engine = store.engine  # migrates an older store to head
                limit = max_bytes or load_settings().max_file_bytes
            except click.ClickException as exc:
                fatal(exc.format_message())
            except Exception as exc:
                fatal(one_line(exc))
            result = run_nightly(engine, inbox, out, limit)
    except LockHeld as exc:
        log_line(f"locked: {exc}; exiting without changes")
        sys.exit(EXIT_LOCKED)
    except Exception as exc:
        fatal(f"cannot take the nightly lock: {one_line(exc)}")
    sys.exit(result.exit_code)
