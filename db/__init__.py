"""The store: SQLAlchemy models, the engine and session scope, and Alembic migrations."""
from db.session import DEFAULT_URL, get_engine, resolve_url, session_scope

__all__ = ["DEFAULT_URL", "get_engine", "resolve_url", "session_scope"]
