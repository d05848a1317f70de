"""Bulk writes: many rows in one statement, with as little per-row work as the driver allows."""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import Table
from sqlalchemy.orm import Session


def insert_many(session: Session, table: Table, names: Sequence[str], rows: list[tuple]) -> None:
    """Insert rows (tuples of the named columns) in one executemany. On SQLite they go to the
    driver as they are, each column through its type's bind processor if it has one (dates): the
    per-row parameter handling of a Core insert costs more than SQLite's insert itself. Elsewhere a
    Core insert, which SQLAlchemy batches into multi-row VALUES. Columns left out get their
    Python-side defaults on both paths."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), [dict(zip(names, r)) for r in rows])
        return
    defaults = [c for c in table.columns if c.name not in names and c.default is not None and not c.primary_key]
    if defaults:        # a Core insert fills these in: so do we (a callable is called once per statement)
        names = [*names, *(c.name for c in defaults)]
        extra = tuple(c.default.arg(None) if c.default.is_callable else c.default.arg for c in defaults)
        rows = [r + extra for r in rows]
    columns = None
    for i, name in enumerate(names):
        process = table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        if process:
            columns = columns or list(zip(*rows))
            try:        # most such values repeat (one time stamp per batch): convert each once
                done = {v: process(v) for v in set(columns[i]) if v is not None}
                columns[i] = [done.get(v) for v in columns[i]]
            except TypeError:                           # unhashable (JSON)
                columns[i] = [None if v is None else process(v) for v in columns[i]]
    if columns:
        rows = list(zip(*columns))
    quote = conn.dialect.identifier_preparer
    columns_sql = ", ".join(quote.quote(n) for n in names)
    conn.exec_driver_sql(f"INSERT INTO {quote.format_table(table)} ({columns_sql}) "
                         f"VALUES ({', '.join('?' * len(names))})", rows)
