"""ingest, facts, compare and discrepancies commands."""
from __future__ import annotations

import sys

import click

from compare import extract
from compare.cli import SEVERITIES, fmt_option, main, pass_store
from compare.config import auto_workers, load_settings
from compare.ingest import PARALLEL_FROM_FILES, DocInput, collect_paths, ingest_files, load, parse_date
from compare.manual import KINDS
from compare.output import render


def ingest_paths(store, paths, defaults: DocInput, max_bytes: int, echo_err=None, workers: int | None = None
                 ) -> dict[str, int]:
    """Files in batches of documents, one transaction each; a bad file is reported and the rest
    still land."""
    from tqdm import tqdm

    echo_err = echo_err or (lambda m: click.echo(m, err=True))
    counts = {"new": 0, "unchanged": 0, "updated": 0, "failed": 0}
    files = list(collect_paths(paths))
    bar = tqdm(total=len(files), unit="file", disable=not sys.stderr.isatty() or len(files) < 20, file=sys.stderr)
    workers = workers or auto_workers(len(files), PARALLEL_FROM_FILES)
    for result in ingest_files(store.engine, files, lambda path: load(path, defaults, max_bytes), extract.extract,
                               workers=workers):
        bar.update()
        if result.error:
            counts["failed"] += 1
            echo_err(f"error: {result.error}")
        for status in result.statuses:
            counts[status] += 1
    bar.close()
    return counts


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", required=True, help="Outlet that published the documents (JSON records may override).")
@click.option("--proposal", required=True, help="Slug of the proposal the documents report on.")
@click.option("--published", help="Publication date, YYYY-MM-DD.")
@click.option("--title", help="Document title.")
@click.option("--url", help="Document URL (used as its identity instead of the path).")
@click.option("--max-bytes", type=int, help="Largest file accepted [config max_file_bytes; default 5 MB].")
@click.option("--workers", type=click.IntRange(min=1),
              help="Processes that extract facts [default: one per core, up to 4, from 100 files on].")
@pass_store
def ingest(store, paths, outlet, proposal, published, title, url, max_bytes, workers):
    """Store articles (.txt .md .html .json .jsonl, folders, - for stdin) and extract their facts.

    The same text again is reported unchanged; changed text at the same path or URL becomes a new
    version. A bad file is reported and skipped; the exit code is then 1.

    \b
    Example:
      crosscheck ingest articles/ --outlet "Al-Monitor" --proposal egypt-2024 --published 2024-05-01
    """
    defaults = DocInput(locator="-", text="", outlet=outlet, proposal=proposal, title=title, url=url,
                        published=parse_date(published, "--published"))
    counts = ingest_paths(store, paths, defaults, max_bytes or load_settings().max_file_bytes, workers=workers)
    click.echo(f"ingested: {counts['new']} new, {counts['unchanged']} unchanged, "
               f"{counts['updated']} updated, {counts['failed']} failed")
    if counts["failed"]:
        sys.exit(1)


@main.command("compare")
@click.option("--proposal", "proposals", multiple=True, help="Only this proposal (repeatable).")
@pass_store
def compare_cmd(store, proposals):
    """Align the facts of every reported version of each proposal and store discrepancies.

    Re-running creates no duplicates: unchanged discrepancies keep their review status, changed
    ones are re-opened, ones that no longer hold are marked resolved.

    \b
    Example:
      crosscheck compare --proposal egypt-2024
    """
    from compare.diff import run_compare

    with store.session() as session:
        run = run_compare(session, list(proposals) or None)
        click.echo(f"compared: {run.new} new, {run.changed} changed, {run.resolved} resolved discrepancies")


SIDE_HELP = ("Only this side: the source of that name and the leaders and offices that speak for it "
             "(the alias table's [speaks_for]).")


def _side_members(side: str | None) -> set[str] | None:
    from compare.extract import aliases
    return aliases().members(side) if side else None


@main.command()
@click.option("--proposal", help="Only this proposal.")
@click.option("--status", type=click.Choice(["open", "confirmed", "dismissed", "needs-info"]), help="Review status.")
@click.option("--kind", help="Discrepancy kind (structure, interval, omission, timing, conflict, qualifier, detail).")
@click.option("--min-severity", type=click.Choice(SEVERITIES), help="At least this severe.")
@click.option("--source", help="Only discrepancies with a side from this source or outlet.")
@click.option("--side", help=SIDE_HELP)
@click.option("--agreements", is_flag=True, help="Include agreements (kind 'agreement').")
@click.option("--resolved", is_flag=True, help="Include discrepancies that no longer hold.")
@fmt_option
@pass_store
def discrepancies(store, proposal, status, kind, min_severity, source, side, agreements, resolved, fmt):
    """List discrepancies, most severe first (JSON: one object per discrepancy with its sides).

    \b
    Example:
      crosscheck discrepancies --proposal egypt-2024 --min-severity medium --format json
    """
    from compare.listing import DISCREPANCY_COLUMNS, discrepancy_rows

    with store.session() as session:
        rows = discrepancy_rows(session, proposal, status, kind, min_severity, source, agreements, resolved,
                                sources=_side_members(side))
    if fmt == "table":
        click.echo(render(rows, fmt, DISCREPANCY_COLUMNS, max_width=110), nl=False)
    elif fmt == "csv":
        flat = [{**{k: r[k] for k in DISCREPANCY_COLUMNS}, "fingerprint": r["fingerprint"],
                 "sides": "; ".join(f"{s['source']} ({s['outlet']}): {s['text'] or ''} {s['min'] if s['min'] is not None else ''}"
                                    f"{'–' + str(s['max']) if s['max'] != s['min'] else ''}".strip() for s in r["sides"])}
                for r in rows]
        click.echo(render(flat, fmt, [*DISCREPANCY_COLUMNS, "fingerprint", "sides"]), nl=False)
    else:
        click.echo(render(rows, fmt), nl=False)


@main.group(invoke_without_command=True)
@click.option("--proposal", help="Only this proposal.")
@click.option("--source", help="Only this reporting source (canonical name).")
@click.option("--side", help=SIDE_HELP)
@fmt_option
@click.pass_context
def facts(ctx, proposal, source, side, fmt):
    """List extracted and manual facts; `facts add`, `facts import` and `facts correct` edit them.

    \b
    Example:
      crosscheck facts --proposal egypt-2024 --source "Al-Akhbar" --format json
      crosscheck facts --side "United States"     # also the White House, Trump ... ([speaks_for])
    """
    if ctx.invoked_subcommand is not None:
        return
    from compare.listing import FACT_COLUMNS, fact_rows

    store = ctx.find_object(type(ctx.obj))
    with store.session() as session:
        rows = fact_rows(session, proposal, source, sources=_side_members(side))
    click.echo(render(rows, fmt, FACT_COLUMNS if fmt != "json" else None), nl=False)


def _fact_options(f):
    for opt in reversed([
        click.option("--phase", type=int, help="Phase number (omit for the whole deal)."),
        click.option("--kind", type=click.Choice(sorted(KINDS)),
                     help="Kind of term."),
        click.option("--min", "min_", help="Lowest value (durations in days; a date as YYYY-MM-DD)."),
        click.option("--max", "max_", help="Highest value (defaults to --min)."),
        click.option("--unit", help="Unit: day for durations and timings, date for dates."),
        click.option("--text", "text_", help="The term in words."),
        click.option("--qualifier", help="approximately, at least, up to, gradually, at once ..."),
        click.option("--quote", help="The evidence, as written in the source."),
    ]):
        f = opt(f)
    return f


@facts.command("add")
@click.option("--proposal", required=True, help="Proposal slug.")
@click.option("--source", required=True, help="Reporting source.")
@click.option("--document", "document", type=int, help="Document id the fact comes from (default: a manual record).")
@click.option("--outlet", help="Outlet for a new manual record (default: the source).")
@click.option("--slot", required=True, help="What the term is about, e.g. 'hostages released'.")
@_fact_options
@click.option("--reviewer", help="Who adds it [default: login name].")
@pass_store
def facts_add(store, proposal, source, document, outlet, slot, phase, kind, min_, max_, unit, text_, qualifier,
              quote, reviewer):
    """Add a fact by hand, for a source the extractor cannot read (another language, a PDF).

    \b
    Example:
      crosscheck facts add --proposal egypt-2024 --source "Al-Qahera News" --slot "hostages released" \\
        --phase 1 --kind count --min 33 --quote "33 captives in the first stage"
    """
    from compare.manual import add_fact

    with store.session() as session:
        fid = add_fact(session, dict(proposal=proposal, source=source, document=document, outlet=outlet, slot=slot,
                                     phase=phase, kind=kind, min=min_, max=max_, unit=unit, text=text_,
                                     qualifier=qualifier, quote=quote, reviewer=reviewer))
    click.echo(f"added fact {fid}")


@facts.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@pass_store
def facts_import(store, path):
    """Import manual facts from a YAML or JSON file (a list of objects with the `facts add` fields).

    All or nothing: a bad record is reported with its number and nothing is stored.

    \b
    Example:
      crosscheck facts import desk-facts.yaml
    """
    from compare.manual import add_fact, read_fact_file

    records = read_fact_file(path)
    with store.session() as session:
        ids = [add_fact(session, rec, where=f"{path}:{i}") for i, rec in enumerate(records, 1)]
    click.echo(f"imported {len(ids)} facts")


@facts.command("correct")
@click.argument("fact_id", type=int)
@_fact_options
@click.option("--reviewer", help="Who corrects it [default: login name].")
@pass_store
def facts_correct(store, fact_id, phase, kind, min_, max_, unit, text_, qualifier, quote, reviewer):
    """Correct a fact: a manual copy with the changes replaces it; the original is kept.

    \b
    Example:
      crosscheck facts correct 42 --phase 1 --min 40
    """
    from compare.manual import correct_fact

    changes = {k: v for k, v in dict(phase=phase, kind=kind, min=min_, max=max_, unit=unit, text=text_,
                                     qualifier=qualifier, quote=quote).items() if v is not None}
    with store.session() as session:
        new_id = correct_fact(session, fact_id, changes, reviewer)
    click.echo(f"fact {fact_id} corrected by fact {new_id}")
