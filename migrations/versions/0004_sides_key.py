"""discrepancies.sides_key: which versions and facts the sides point at

The fingerprint reads each version's values, so a re-ingested article that reports the same value
leaves it unchanged, and the discrepancy's sides kept pointing at the old version's fact (and the
report at the old document). `sides_key` digests the (version_id, fact_id) of every side: when it
differs and the fingerprint does not, compare rewrites the sides without re-opening anything.
Null until the next compare fills it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 08:30:00
"""
import importlib
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

views = importlib.import_module("migrations.versions.0002_views")
sides_view = importlib.import_module("migrations.versions.0003_sides_as_json")


def upgrade() -> None:
    op.add_column('discrepancies', sa.Column('sides_key', sa.String(length=32), nullable=True))


def downgrade() -> None:
    # SQLite drops a column by copying the table: the views over it go first and come back after
    views.drop_views()
    op.execute("DROP VIEW IF EXISTS discrepancy_sides")
    with op.batch_alter_table('discrepancies', schema=None) as batch_op:
        batch_op.drop_column('sides_key')
    op.execute(sides_view._sides_view(op.get_bind().dialect.name))
    sides_view.create_views()
