"""Alembic from code: the CLI and the tests upgrade, downgrade and inspect the store through here.

Alembic is imported only when a migration runs: an up-to-date store is recognised by reading its
`alembic_version` row against HEAD_REVISION (a test keeps that constant equal to the scripts' head).
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

import migrations

SCRIPT_LOCATION = str(Path(migrations.__file__).parent)
HEAD_REVISION = "0004"


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    # configparser treats % as interpolation: a URL-escaped socket path or password has them
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def ensure_current(engine: Engine) -> None:
    """The first command on an empty (or older) store upgrades it to head."""
    if current_revision(engine) != HEAD_REVISION:
        upgrade(engine)
