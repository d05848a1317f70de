"""SQL views for reading the store: v_facts, v_discrepancies, v_review_queue

Plain SQL that runs on SQLite and PostgreSQL alike; only the aggregation of a discrepancy's sides
into one string differs (group_concat over an ordered subquery vs string_agg ... ORDER BY).
Numbers are rendered by SQL that gives the same text on both backends (33, not 33.0).

A later migration that alters a table these views read (batch mode on SQLite copies the table,
drops it and renames the copy) must drop the views first and create them again afterwards, or
SQLite refuses the rename ("error in view v_facts: no such table: main.facts"):

    views = importlib.import_module("migrations.versions.0002_views")
    views.drop_views(); ...alter...; views.create_views()   # or recreate changed view SQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 20:00:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

VIEWS = ("v_facts", "v_discrepancies", "v_review_queue")  # created in this order, dropped in reverse


def _num(col: str) -> str:
    """A float column as text, identical on both backends: integers without '.0'."""
    return (f"CASE WHEN ABS({col}) >= 1e15 THEN CAST({col} AS VARCHAR) "
            f"WHEN {col} = CAST({col} AS BIGINT) THEN CAST(CAST({col} AS BIGINT) AS VARCHAR) "
            f"ELSE CAST({col} AS VARCHAR) END")


# "Source (outlet): at least 33-40 hostages" for one row `s` of discrepancy_sides
SIDE_LABEL = f"""
    src.name
    || CASE WHEN o.name <> src.name THEN ' (' || o.name || ')' ELSE '' END
    || ': '
    || COALESCE(s.qualifier || ' ', '')
    || CASE
         WHEN s.min IS NULL AND s.max IS NULL THEN COALESCE(NULLIF(s.text, ''), 'not reported')
         WHEN s.max IS NULL OR s.min = s.max THEN {_num('s.min')}
         WHEN s.min IS NULL THEN 'up to ' || {_num('s.max')}
         ELSE {_num('s.min')} || '-' || {_num('s.max')}
       END
    || CASE WHEN s.min IS NULL AND s.max IS NULL THEN '' ELSE COALESCE(' ' || s.unit, '') END"""

SIDES_FROM = """
    FROM discrepancy_sides s
    JOIN reported_versions rv ON rv.id = s.version_id
    JOIN sources src ON src.id = rv.source_id
    JOIN documents doc ON doc.id = rv.document_id
    JOIN sources o ON o.id = doc.outlet_id
    WHERE s.discrepancy_id = d.id"""


def _sides_sql(dialect: str) -> str:
    if dialect == "postgresql":
        return f"(SELECT string_agg({SIDE_LABEL}, '; ' ORDER BY s.position, s.id) {SIDES_FROM})"
    # SQLite (and anything else with group_concat): the ordered subquery fixes the order
    return (f"(SELECT group_concat(label, '; ') FROM (SELECT {SIDE_LABEL} AS label {SIDES_FROM} "
            f"ORDER BY s.position, s.id) AS ordered_sides)")


V_FACTS = """
CREATE VIEW v_facts AS
SELECT f.id AS id,
       p.slug AS proposal,
       src.name AS source,
       o.name AS outlet,
       doc.locator AS document,
       doc.id AS document_id,
       doc.version AS document_version,
       doc.published AS published,
       f.phase AS phase,
       f.slot AS slot,
       f.kind AS kind,
       f.min AS min,
       f.max AS max,
       f.unit AS unit,
       f.qualifier AS qualifier,
       f.basis AS basis,
       f.text AS text,
       f.quote AS quote,
       f.start AS start,
       f."end" AS "end",
       f.origin AS origin,
       f.corrects_id AS corrects,
       f.confidence AS confidence
FROM facts f
JOIN reported_versions rv ON rv.id = f.version_id
JOIN sources src ON src.id = rv.source_id
JOIN documents doc ON doc.id = rv.document_id
JOIN sources o ON o.id = doc.outlet_id
JOIN proposals p ON p.id = rv.proposal_id
WHERE doc.is_current
  AND NOT EXISTS (SELECT 1 FROM facts c WHERE c.corrects_id = f.id)
"""


def _v_discrepancies(dialect: str) -> str:
    return f"""
CREATE VIEW v_discrepancies AS
SELECT d.id AS id,
       d.key AS key,
       d.fingerprint AS fingerprint,
       p.slug AS proposal,
       d.phase AS phase,
       d.slot AS slot,
       d.kind AS kind,
       d.severity AS severity,
       CASE d.severity WHEN 3 THEN 'high' WHEN 2 THEN 'medium' WHEN 1 THEN 'low' ELSE 'none' END
           AS severity_name,
       d.status AS status,
       CASE WHEN d.resolved_run_id IS NULL THEN 0 ELSE 1 END AS resolved,
       d.summary AS summary,
       {_sides_sql(dialect)} AS sides,
       (SELECT COUNT(*) FROM discrepancy_sides n WHERE n.discrepancy_id = d.id) AS n_sides,
       d.first_run_id AS first_run_id,
       d.changed_run_id AS changed_run_id,
       d.resolved_run_id AS resolved_run_id,
       d.updated_at AS updated_at
FROM discrepancies d
JOIN proposals p ON p.id = d.proposal_id
"""


V_REVIEW_QUEUE = """
CREATE VIEW v_review_queue AS
SELECT v.id AS id,
       v.proposal AS proposal,
       v.phase AS phase,
       v.slot AS slot,
       v.kind AS kind,
       v.severity AS severity,
       v.severity_name AS severity_name,
       v.status AS status,
       v.summary AS summary,
       v.sides AS sides,
       (SELECT e.note FROM review_events e
         WHERE e.discrepancy_id = v.id AND e.note IS NOT NULL AND e.note <> ''
         ORDER BY e.id DESC LIMIT 1) AS note,
       (SELECT e.reviewer FROM review_events e
         WHERE e.discrepancy_id = v.id ORDER BY e.id DESC LIMIT 1) AS last_reviewer,
       (SELECT e.at FROM review_events e
         WHERE e.discrepancy_id = v.id ORDER BY e.id DESC LIMIT 1) AS last_event_at
FROM v_discrepancies v
WHERE v.status = 'open' AND v.resolved_run_id IS NULL AND v.kind <> 'agreement'
ORDER BY v.severity DESC, v.proposal, CASE WHEN v.phase IS NULL THEN 0 ELSE 1 END, v.phase, v.slot, v.id
"""


def create_views() -> None:
    op.execute(V_FACTS)
    op.execute(_v_discrepancies(op.get_bind().dialect.name))
    op.execute(V_REVIEW_QUEUE)


def drop_views() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def upgrade() -> None:
    create_views()


def downgrade() -> None:
    drop_views()
