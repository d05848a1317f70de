"""review and query commands."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from sqlalchemy.engine import make_url

from compare import query as q
from compare import review as rv
from compare.cli import SEVERITIES, fmt_option, main, pass_store
from compare.config import load_settings
from compare.errors import CrosscheckError
from compare.output import render, to_json


def filter_options(status_option: str = "--status"):
    """--proposal, --status (or --from-status), --kind, --min-severity, --source, --include-resolved."""
    def deco(f):
        for opt in reversed([
            click.option("--proposal", metavar="SLUG", help="Only this proposal."),
            click.option(status_option, "status", type=click.Choice(rv.STATUSES),
                         help="Only discrepancies with this review status."),
            click.option("--kind", help="Only this kind of discrepancy (numeric, missing, ...; 'agreement' lists "
                                        "agreements)."),
            click.option("--min-severity", type=click.Choice(SEVERITIES), help="Only this severity or higher."),
            click.option("--source", help="Only discrepancies with a side from this source or outlet."),
            click.option("--include-resolved", is_flag=True,
                         help="Also discrepancies that no longer hold (resolved by a later run)."),
        ]):
            f = opt(f)
        return f
    return deco


def _filters(proposal, status, kind, min_severity, source, include_resolved) -> rv.Filters:
    return rv.Filters(proposal=proposal, status=status, kind=kind, min_severity=min_severity, source=source,
                      include_resolved=include_resolved)


@main.group()
def review():
    """Review flagged discrepancies: the queue, decisions with their history, export and import.

    \b
    Example:
      crosscheck review list --status open --min-severity medium
      crosscheck review set 12 --status confirmed --note "checked against the official text"
    """


@review.command("list")
@filter_options()
@fmt_option
@pass_store
def review_list(store, proposal, status, kind, min_severity, source, include_resolved, fmt):
    """The review queue, most severe first, with the latest note.

    \b
    Example:
      crosscheck review list --status open --proposal egypt-2024 --source Reuters
    """
    with store.session() as session:
        rows = rv.queue_rows(session, _filters(proposal, status, kind, min_severity, source, include_resolved))
    click.echo(render(rows, fmt, None if fmt == "json" else rv.LIST_COLUMNS), nl=False)


def _show_text(d: dict) -> str:
    phase = f" phase {d['phase']}" if d["phase"] is not None else ""
    lines = [f"#{d['id']}  {d['severity']}  {d['kind']}  {d['proposal']}{phase}  {d['slot']}",
             f"status: {d['status']}" + ("  (resolved: no longer holds)" if d["resolved"] else ""),
             f"summary: {d['summary']}",
             f"fingerprint: {d['fingerprint']}", "", "sides:"]
    for n, s in enumerate(d["sides"], 1):
        who = s["source"] + (f" (in {s['outlet']})" if s["outlet"] != s["source"] else "")
        lines.append(f"  {n}. {who}: {s['value']}" + (f"  [{s['relation']}]" if s.get("relation") else ""))
        lines.append(f"     {s['document']}")
        c = s["context"]
        if c["quote"]:
            lines.append(f"     {c['before']}>>{c['quote']}<<{c['after']}" if c["found"]
                         else f"     quote (not found in the document text): {c['quote']}")
    lines += ["", "history:"]
    if not d["history"]:
        lines.append("  (no review yet)")
    for e in d["history"]:
        at = e["at"].strftime("%Y-%m-%d %H:%M") if hasattr(e["at"], "strftime") else str(e["at"])
        auto = " (automatic)" if e["automatic"] else ""
        lines.append(f"  {at}  {e['reviewer']}{auto}: {e['from_status'] or '-'} -> {e['to_status']}"
                     + (f"  {e['note']}" if e["note"] else ""))
    return "\n".join(lines) + "\n"


@review.command("show")
@click.argument("discrepancy_id", metavar="ID", type=int)
@click.option("--context", "context", type=click.IntRange(0), default=120, show_default=True,
              help="Characters of document text shown either side of each quote.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@pass_store
def review_show(store, discrepancy_id, context, fmt):
    """A discrepancy with each side's quote in its document context, and its review history.

    \b
    Example:
      crosscheck review show 12
    """
    with store.session() as session:
        d = rv.show(session, discrepancy_id, context)
    if fmt == "json":
        click.echo(to_json(d, indent=True))
    else:
        click.echo(_show_text(d), nl=False)


@review.command("set")
@click.argument("ids", metavar="[ID]...", nargs=-1, type=int)
@click.option("--status", "new_status", required=True, type=click.Choice(rv.STATUSES), help="The decision.")
@click.option("--note", required=True, help="Why (kept in the history).")
@click.option("--reviewer", envvar="CROSSCHECK_REVIEWER", metavar="NAME",
              help="Who decides [env CROSSCHECK_REVIEWER; default: the login name].")
@filter_options("--from-status")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation of a bulk decision.")
@pass_store
def review_set(store, ids, new_status, note, reviewer, proposal, status, kind, min_severity, source,
               include_resolved, yes):
    """Record a decision for discrepancies named by ID and/or selected by filters.

    A selection by filters is a bulk decision: the count is shown and confirmed unless --yes.
    Every change is a row in the history; the same status and note again change nothing.

    \b
    Example:
      crosscheck review set 12 14 --status dismissed --note "same figure, rounded"
      crosscheck review set --proposal egypt-2024 --kind unit --from-status open \\
          --status needs-info --note "ask the desk" --yes
    """
    filters = _filters(proposal, status, kind, min_severity, source, include_resolved)
    if not ids and not filters.any():
        raise click.UsageError("name discrepancy IDs or select them with --proposal, --from-status, --kind, "
                               "--min-severity or --source")
    with store.session() as session:
        selected = rv.select_ids(session, filters, ids)
        if not selected:
            click.echo("no discrepancy matches")
            return
        if filters.any() and not yes:
            click.confirm(f"set {len(selected)} discrepanc{'y' if len(selected) == 1 else 'ies'} to "
                          f"{new_status}?", abort=True, err=True)
        counts = rv.set_many(session, selected, new_status, note, reviewer)
    click.echo(f"{new_status}: {counts['changed']} changed, {counts['unchanged']} unchanged")


@review.command("export")
@filter_options()
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here, not stdout.")
@pass_store
def review_export(store, proposal, status, kind, min_severity, source, include_resolved, fmt, output):
    """Decisions as CSV or JSON, to review in a spreadsheet and load back with `review import`.

    Columns id, fingerprint, status, note and reviewer are read back; proposal, slot, phase,
    kind, severity and summary are context.

    \b
    Example:
      crosscheck review export --status open -o queue.csv
    """
    with store.session() as session:
        rows = rv.export_rows(session, _filters(proposal, status, kind, min_severity, source, include_resolved))
    out = render(rows, fmt, rv.EXPORT_COLUMNS)
    if output:
        try:
            Path(output).write_text(out, encoding="utf-8", newline="")
        except OSError as exc:
            raise CrosscheckError(f"{output}: cannot write: {exc.strerror or exc}") from None
        click.echo(f"exported {len(rows)} decision{'s' if len(rows) != 1 else ''} to {output}", err=True)
    else:
        click.echo(out, nl=False)


@review.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--reviewer", envvar="CROSSCHECK_REVIEWER", metavar="NAME",
              help="Reviewer for rows with an empty reviewer cell [env CROSSCHECK_REVIEWER; default: login name].")
@click.option("--dry-run", is_flag=True, help="Check the file and count the changes; apply nothing.")
@pass_store
def review_import(store, file, reviewer, dry_run):
    """Load decisions from a CSV or JSON file made by `review export`, all or nothing.

    Unknown ids, bad statuses and stale fingerprints (the discrepancy changed since the export)
    are each reported, and then nothing is applied. Rows with the current status and note are no-ops.

    \b
    Example:
      crosscheck review import queue.csv
    """
    with store.session() as session:
        try:
            result = rv.import_decisions(session, file, reviewer)
        except rv.ImportRejected as exc:
            for line in exc.problems:
                click.echo(f"error: {line}", err=True)
            raise
        if dry_run:
            session.rollback()
    prefix = "dry run, nothing applied: " if dry_run else "imported: "
    click.echo(f"{prefix}{result.changed} changed, {result.unchanged} unchanged")


def _query_engine(store):
    """The store's engine; a missing SQLite file is an error rather than a new empty store."""
    url = make_url(store.url)
    if url.get_backend_name() == "sqlite":
        database = url.database
        if not database or database == ":memory:" or not Path(database).expanduser().is_file():
            raise CrosscheckError(f"no store at {database or store.url} (crosscheck query reads an existing store)")
    return store.engine


@main.command("query")
@click.argument("sql", required=False)
@click.option("--saved", metavar="NAME", help="Run a saved query shipped with crosscheck (see --list-saved).")
@click.option("--list-saved", is_flag=True, help="List the saved queries.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind :NAME in the SQL to VALUE (repeatable).")
@click.option("--timeout", type=click.FloatRange(0), metavar="SECONDS",
              help="Stop the query after this long, 0 for no limit [config query_timeout; default 10].")
@fmt_option
@pass_store
def query_cmd(store, sql, saved, list_saved, params, timeout, fmt):
    """Run read-only SQL against the store (SQL '-' reads it from stdin).

    Writes are refused; the views v_facts, v_discrepancies and v_review_queue make
    most questions one SELECT.

    \b
    Example:
      crosscheck query "SELECT source, slot, min, unit FROM v_facts WHERE proposal = :p" -p p=egypt-2024
      crosscheck query --saved disagreeing-sources --format csv
    """
    if list_saved:
        rows = [{"name": s.name, "description": s.description} for s in q.SAVED_QUERIES.values()]
        if fmt == "json":
            rows = [{**r, "sql": q.SAVED_QUERIES[r["name"]].sql.strip()} for r in rows]
        click.echo(render(rows, fmt, None if fmt == "json" else ["name", "description"], max_width=100), nl=False)
        return
    if saved and sql:
        raise click.UsageError("give SQL or --saved NAME, not both")
    if saved:
        sql = q.saved_query(saved).sql
    elif sql == "-":
        sql = sys.stdin.read()
    elif not sql:
        raise click.UsageError("give SQL to run, --saved NAME or --list-saved")
    bound = q.parse_params(params)
    q.check_read_only(sql)
    if timeout is None:
        timeout = load_settings().query_timeout
    result = q.run_query(_query_engine(store), sql, bound, timeout)
    click.echo(render(result.rows, fmt, result.columns), nl=False)
