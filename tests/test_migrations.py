"""Alembic: one head, upgrade from empty, no drift from the models, stepwise down and up; the CLI
upgrades an empty store on first use. Each test that touches a store runs on SQLite and PostgreSQL."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect, select, text

from db import migrate
from db.base import Base
from db.models import SIDE_FIELDS, Discrepancy  # (also registers the tables on Base.metadata)
from db.session import get_engine

CORE_TABLES = {"sources", "source_aliases", "proposals", "documents", "reported_versions", "facts", "runs",
               "discrepancies", "review_events"}
VIEWS = {"discrepancy_sides", "v_facts", "v_discrepancies", "v_review_queue"}


def script_directory(engine) -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config(engine))


def revisions_base_first(engine) -> list:
    return list(reversed(list(script_directory(engine).walk_revisions("base", "heads"))))


def not_in_metadata(conn) -> set[str]:
    """Schema objects a migration may add that the models cannot describe: views, and on SQLite
    virtual tables (full-text indexes) with their shadow tables."""
    insp = inspect(conn)
    names = set(insp.get_view_names())
    if conn.dialect.name == "postgresql":
        names |= set(insp.get_materialized_view_names())
    if conn.dialect.name == "sqlite":
        virtual = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"))]
        names |= set(virtual)
        names |= {t for t in insp.get_table_names() if any(t.startswith(v + "_") for v in virtual)}
    return names


def schema_drift(engine, metadata=Base.metadata) -> list:
    with engine.connect() as conn:
        skip = not_in_metadata(conn)

        def include_object(obj, name, type_, reflected, compare_to):
            table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
            return not (reflected and compare_to is None and table in skip)

        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        return compare_metadata(ctx, metadata)


def test_single_head():
    heads = script_directory(get_engine("sqlite://")).get_heads()
    assert len(heads) == 1, f"migrations have several heads, merge them: {heads}"
    assert heads[0] == migrate.HEAD_REVISION, "a new migration: set db.migrate.HEAD_REVISION to its id"


def test_upgrade_from_empty_to_head(empty_url):
    engine = get_engine(empty_url)
    assert migrate.current_revision(engine) is None
    assert not CORE_TABLES & set(inspect(engine).get_table_names())
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    tables = set(inspect(engine).get_table_names())
    assert CORE_TABLES <= tables
    assert set(Base.metadata.tables) <= tables
    assert VIEWS <= set(inspect(engine).get_view_names())


def test_no_drift_between_models_and_migrations(store_url):
    engine = get_engine(store_url)
    assert schema_drift(engine) == []


def test_drift_check_sees_differences(store_url):
    """Guards the check above: against empty models every migrated table shows up as drift."""
    drift = schema_drift(get_engine(store_url), MetaData())
    removed = {d[1].name for d in drift if d[0] == "remove_table"}
    assert CORE_TABLES <= removed


def test_stepwise_downgrade_and_upgrade(empty_url):
    engine = get_engine(empty_url)
    migrate.upgrade(engine)
    revisions = revisions_base_first(engine)
    assert revisions and revisions[-1].revision == migrate.head_revision(engine)

    for rev in reversed(revisions):
        target = rev.down_revision or "base"
        migrate.downgrade(engine, target)
        assert migrate.current_revision(engine) == rev.down_revision
    assert not CORE_TABLES & set(inspect(engine).get_table_names())

    for rev in revisions:
        migrate.upgrade(engine, rev.revision)
        assert migrate.current_revision(engine) == rev.revision
    assert CORE_TABLES <= set(inspect(engine).get_table_names())
    assert schema_drift(engine) == []


def test_first_command_upgrades_an_empty_store(empty_url, run_cli, tmp_path):
    head = migrate.head_revision(get_engine(empty_url))
    # `db current` reports the schema as it is; it does not upgrade
    assert run_cli("db", "current", db=empty_url, check=True).stdout.split() == ["current", "base", "(head", f"{head})"]
    article = tmp_path / "a.txt"
    article.write_text("The first phase would last 42 days.\n", encoding="utf-8")
    run_cli("ingest", article, "--outlet", "Example Wire", "--proposal", "p", db=empty_url, check=True)
    assert run_cli("db", "current", db=empty_url, check=True).stdout.split() == ["current", head, "(head", f"{head})"]


def test_cli_downgrade_to_base_and_upgrade(store_url, run_cli):
    engine = get_engine(store_url)
    head = migrate.head_revision(engine)
    engine.dispose()  # no pooled connection of ours in the way of DROP TABLE

    p = run_cli("db", "downgrade", "base", db=store_url, check=True)
    assert p.stdout.strip() == "at base"
    assert not CORE_TABLES & set(inspect(engine).get_table_names())
    assert run_cli("db", "current", db=store_url, check=True).stdout.startswith("current base")
    engine.dispose()

    p = run_cli("db", "upgrade", db=store_url, check=True)
    assert p.stdout.strip() == f"at {head}"
    assert CORE_TABLES <= set(inspect(engine).get_table_names())
    assert migrate.current_revision(engine) == head


SIDES_0002 = [  # discrepancy_sides rows as 0002 stored them: position, version, fact, relation, values, quote
    (0, 1, 1, "disjoint", 33.0, 33.0, None, "hostages", None, "33 hostages would go free"),
    (1, 2, None, "silent", None, None, None, None, None, None),
    (2, 3, 2, "disjoint", 18.0, 20.0, None, "hostages", "at least", "at least 18 to 20 hostages"),
]


def _seed_0002(conn) -> None:
    conn.execute(text("INSERT INTO sources (id, name) VALUES (1, 'Example Wire'), (2, 'Hamas')"))
    conn.execute(text("INSERT INTO proposals (id, slug) VALUES (1, 'p')"))
    conn.execute(text(
        "INSERT INTO documents (id, locator, version, is_current, outlet_id, proposal_id, content_hash, text, "
        "ingested_at) VALUES (1, 'a.txt', 1, TRUE, 1, 1, 'h', 'body', CURRENT_TIMESTAMP)"))
    conn.execute(text("INSERT INTO reported_versions (id, proposal_id, document_id, source_id) "
                      "VALUES (1, 1, 1, 1), (2, 1, 1, 2)"))
    conn.execute(text("INSERT INTO documents (id, locator, version, is_current, outlet_id, proposal_id, "
                      "content_hash, text, ingested_at) VALUES (2, 'b.txt', 1, TRUE, 2, 1, 'h2', 'b', CURRENT_TIMESTAMP)"))
    conn.execute(text("INSERT INTO reported_versions (id, proposal_id, document_id, source_id) VALUES (3, 1, 2, 2)"))
    for fid, vid, quote in [(1, 1, SIDES_0002[0][-1]), (2, 3, SIDES_0002[2][-1])]:
        conn.execute(text(
            "INSERT INTO facts (id, version_id, slot, kind, min, max, text, quote, extractor, extractor_version, "
            "confidence, origin, created_at) VALUES (:id, :v, 'hostages released', 'count', 1, 1, '', :q, 'x', '1', "
            "1, 'extracted', CURRENT_TIMESTAMP)"), {"id": fid, "v": vid, "q": quote})
    conn.execute(text(
        "INSERT INTO discrepancies (id, key, fingerprint, proposal_id, slot, phase, kind, severity, status, summary, "
        "updated_at) VALUES (1, 'k', 'f', 1, 'hostages released', 1, 'interval', 3, 'open', 's', CURRENT_TIMESTAMP)"))
    for pos, vid, fid, rel, lo, hi, unit, txt, qual, quote in SIDES_0002:
        conn.execute(text(
            "INSERT INTO discrepancy_sides (discrepancy_id, position, version_id, fact_id, relation, min, max, unit, "
            "text, qualifier, quote) VALUES (1, :p, :v, :f, :r, :lo, :hi, :u, :t, :q, :quote)"),
            dict(p=pos, v=vid, f=fid, r=rel, lo=lo, hi=hi, u=unit, t=txt, q=qual, quote=quote))


def test_0003_moves_sides_into_json_and_back(empty_url):
    """Sides stored as rows by 0002 become the discrepancy's JSON (in position order) and read back
    through the discrepancy_sides view with the same values; downgrading restores the rows."""
    engine = get_engine(empty_url)
    migrate.upgrade(engine, "0002")
    with engine.begin() as conn:
        _seed_0002(conn)
    migrate.upgrade(engine, "0003")
    columns = ", ".join(("position", *SIDE_FIELDS, "quote"))     # the view: a side's fields, as stored
    with engine.connect() as conn:
        [stored] = conn.execute(select(Discrepancy.sides)).scalars().all()
        viewed = [tuple(r) for r in conn.execute(text(
            f"SELECT {columns} FROM discrepancy_sides WHERE discrepancy_id = 1 ORDER BY position"))]
        [label] = conn.execute(text("SELECT sides FROM v_discrepancies WHERE id = 1")).scalars().all()
    assert stored == [[vid, fid, rel, lo, hi, unit, txt, qual] for _, vid, fid, rel, lo, hi, unit, txt, qual, _
                      in SIDES_0002]
    assert viewed == SIDES_0002
    assert label == "Example Wire: 33; Hamas (Example Wire): not reported; Hamas: at least 18-20"
    migrate.downgrade(engine, "0002")
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(
            f"SELECT {columns} FROM discrepancy_sides WHERE discrepancy_id = 1 ORDER BY position"))]
    assert rows == SIDES_0002
    assert "discrepancy_sides" in inspect(engine).get_table_names()
