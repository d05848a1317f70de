"""The `crosscheck` command: thin commands over library calls. Domain errors become one-line messages."""
from __future__ import annotations

import sys

import click

from compare import __version__
from compare.errors import CrosscheckError
from compare.output import FORMATS
from db import get_engine, resolve_url, session_scope
from db import migrate

SEVERITIES = ("low", "medium", "high")


class Store:
    """The store named by --db / CROSSCHECK_DB, migrated to head on first use."""

    def __init__(self, url: str | None):
        self.url = resolve_url(url)
        self._engine = None

    @property
    def engine(self):
        if self._engine is None:
            try:
                self._engine = get_engine(self.url)
                migrate.ensure_current(self._engine)
            except CrosscheckError:
                raise
            except Exception as exc:  # a bad URL or an unreachable server: say which, in one line
                raise click.ClickException(f"cannot open store {self.url}: {str(exc).splitlines()[0]}") from None
        return self._engine

    def session(self):
        return session_scope(self.engine)


pass_store = click.make_pass_decorator(Store)


def fmt_option(f):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format.")(f)


class Group(click.Group):
    """Turns domain errors into `Error: ...` and exit code 1, without a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CrosscheckError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_url", envvar="CROSSCHECK_DB", metavar="URL",
              help="SQLAlchemy URL of the store [env CROSSCHECK_DB; default sqlite:///crosscheck.db].")
@click.version_option(__version__, prog_name="crosscheck")
@click.pass_context
def main(ctx, db_url):
    """Compare how sources report the terms of one proposal and flag where they diverge.

    \b
    Example:
      crosscheck ingest samples/ --outlet "Al-Monitor" --proposal egypt-2024
      crosscheck compare && crosscheck report --out report/
    """
    ctx.obj = Store(db_url)


@main.group()
def db():
    """Create, upgrade and inspect the store's schema (Alembic).

    \b
    Example:
      crosscheck --db sqlite:///desk.db db upgrade
    """


@db.command("upgrade")
@click.argument("revision", default="head")
@pass_store
def db_upgrade(store, revision):
    """Upgrade the schema to REVISION (default: head).

    \b
    Example:
      crosscheck db upgrade
    """
    engine = get_engine(store.url)
    migrate.upgrade(engine, revision)
    click.echo(f"at {migrate.current_revision(engine)}")


@db.command("downgrade")
@click.argument("revision")
@pass_store
def db_downgrade(store, revision):
    """Downgrade the schema to REVISION ("base" drops everything).

    \b
    Example:
      crosscheck db downgrade 0001
    """
    engine = get_engine(store.url)
    migrate.downgrade(engine, revision)
    click.echo(f"at {migrate.current_revision(engine) or 'base'}")


@db.command("current")
@pass_store
def db_current(store):
    """Print the schema revision of the store and the newest one this version knows.

    \b
    Example:
      crosscheck db current
    """
    engine = get_engine(store.url)
    click.echo(f"current {migrate.current_revision(engine) or 'base'} (head {migrate.head_revision(engine)})")


from compare import cli_core  # noqa: E402,F401  (registers ingest, facts, compare, discrepancies)
from compare import cli_review  # noqa: E402,F401  (registers review, query)
from compare import cli_report  # noqa: E402,F401  (registers report, nightly)
from compare import cli_bench  # noqa: E402,F401


if __name__ == "__main__":
    sys.exit(main())
