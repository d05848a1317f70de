"""A discrepancy's sides as one JSON value; discrepancy_sides becomes a view of it

A discrepancy has a side per reported version: fifty versions make fifty rows per term, and
writing them (three indexes, three foreign keys) was most of what `compare` cost. Now each
discrepancy holds its sides as one JSON array of arrays, in position order:

    [version_id, fact_id, relation, min, max, unit, text, qualifier]

(fact_id and the values null where that version is silent). The view `discrepancy_sides` reads
them back with the columns the table had (`id` is gone: `discrepancy_id, position` is the key),
so SQL over it, and the views of 0002, keep working; its `quote` is the fact's.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 06:00:00
"""
import importlib
import json
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

views = importlib.import_module("migrations.versions.0002_views")

FIELDS = ("version_id", "fact_id", "relation", "min", "max", "unit", "text", "qualifier")   # db.models.SIDE_FIELDS
TYPES = {"version_id": "INTEGER", "fact_id": "INTEGER", "min": "DOUBLE PRECISION", "max": "DOUBLE PRECISION"}


def _sides_view(dialect: str) -> str:
    if dialect == "postgresql":
        cols = ",\n       ".join(
            f"CAST(j.value->>{i} AS {TYPES[n]}) AS {n}" if n in TYPES else f"j.value->>{i} AS {n}"
            for i, n in enumerate(FIELDS))
        source = ("discrepancies d\nCROSS JOIN LATERAL json_array_elements(d.sides) WITH ORDINALITY AS j(value, n)"
                  "\nLEFT JOIN facts f ON f.id = CAST(j.value->>1 AS INTEGER)")
        position = "CAST(j.n - 1 AS INTEGER)"
    else:
        cols = ",\n       ".join(f"json_extract(j.value, '$[{i}]') AS {n}" for i, n in enumerate(FIELDS))
        source = "discrepancies d\nJOIN json_each(d.sides) j\nLEFT JOIN facts f ON f.id = json_extract(j.value, '$[1]')"
        position = "j.key"
    return (f"CREATE VIEW discrepancy_sides AS\nSELECT d.id AS discrepancy_id,\n       {position} AS position,\n"
            f"       {cols},\n       f.quote AS quote\nFROM {source}")


def create_views() -> None:
    """The views of 0002, ordering sides by position alone (the view has no `id`)."""
    op.execute(views.V_FACTS)
    op.execute(views._v_discrepancies(op.get_bind().dialect.name).replace("s.position, s.id", "s.position"))
    op.execute(views.V_REVIEW_QUEUE)


def _table(name: str, *columns) -> sa.Table:
    return sa.Table(name, sa.MetaData(), *columns)


def upgrade() -> None:
    views.drop_views()
    # a plain ALTER TABLE ADD COLUMN: a batch copy of the table would cascade-delete the sides' rows
    op.add_column('discrepancies', sa.Column('sides', sa.JSON(), nullable=False, server_default='[]'))
    conn = op.get_bind()
    grouped: dict[int, list] = {}
    for row in conn.execute(sa.text(
            f"SELECT discrepancy_id, {', '.join(FIELDS)} FROM discrepancy_sides ORDER BY discrepancy_id, position, id")):
        grouped.setdefault(row[0], []).append(list(row[1:]))
    if grouped:
        d = _table('discrepancies', sa.Column('id', sa.Integer), sa.Column('sides', sa.JSON))
        conn.execute(sa.update(d).where(d.c.id == sa.bindparam('b_id')).values(sides=sa.bindparam('b_sides')),
                     [{"b_id": k, "b_sides": v} for k, v in grouped.items()])
    with op.batch_alter_table('discrepancy_sides', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_discrepancy_sides_version_id'))
        batch_op.drop_index(batch_op.f('ix_discrepancy_sides_fact_id'))
        batch_op.drop_index(batch_op.f('ix_discrepancy_sides_discrepancy_id'))
    op.drop_table('discrepancy_sides')
    op.execute(_sides_view(conn.dialect.name))
    create_views()


def downgrade() -> None:
    views.drop_views()
    op.execute("DROP VIEW IF EXISTS discrepancy_sides")
    op.create_table('discrepancy_sides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('discrepancy_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('fact_id', sa.Integer(), nullable=True),
    sa.Column('relation', sa.String(length=40), nullable=True),
    sa.Column('min', sa.Float(), nullable=True),
    sa.Column('max', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=40), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('qualifier', sa.String(length=40), nullable=True),
    sa.Column('quote', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['discrepancy_id'], ['discrepancies.id'], name=op.f('fk_discrepancy_sides_discrepancy_id_discrepancies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fact_id'], ['facts.id'], name=op.f('fk_discrepancy_sides_fact_id_facts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['reported_versions.id'], name=op.f('fk_discrepancy_sides_version_id_reported_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discrepancy_sides'))
    )
    with op.batch_alter_table('discrepancy_sides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_discrepancy_sides_discrepancy_id'), ['discrepancy_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_discrepancy_sides_fact_id'), ['fact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_discrepancy_sides_version_id'), ['version_id'], unique=False)
    conn = op.get_bind()
    d = _table('discrepancies', sa.Column('id', sa.Integer), sa.Column('sides', sa.JSON))
    f = _table('facts', sa.Column('id', sa.Integer), sa.Column('quote', sa.Text))
    rows = []
    for did, sides in conn.execute(sa.select(d.c.id, d.c.sides).order_by(d.c.id)):
        sides = json.loads(sides) if isinstance(sides, str) else sides
        rows += [dict(zip(("discrepancy_id", "position", *FIELDS), (did, i, *side))) for i, side in enumerate(sides)]
    if rows:
        quotes = dict(conn.execute(sa.select(f.c.id, f.c.quote)).all())
        for r in rows:
            r["quote"] = quotes.get(r["fact_id"])
        s = _table('discrepancy_sides', *(sa.Column(n) for n in ("discrepancy_id", "position", *FIELDS, "quote")))
        conn.execute(sa.insert(s), rows)
    with op.batch_alter_table('discrepancies', schema=None) as batch_op:
        batch_op.drop_column('sides')
    views.create_views()
