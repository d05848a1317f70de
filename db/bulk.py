"""Bulk reads and writes: many rows in one statement, with as little per-row work as the driver allows."""
from __future__ import annotations

from typing import Any, Sequence

from sqlalchemy import Float, Table
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select


_NUMBERS = {int, float, type(None)}
_COMPILED: dict[tuple[str, int], tuple[Select, str, tuple[str, ...] | None, dict[str, Any]]] = {}


def fetch_tuples(conn: Connection, stmt: Select, **params: Any) -> list[tuple]:
    """The rows of a select as the driver returns them (plain tuples, no Row objects), in the
    connection's transaction. The statement is compiled once per dialect: keep it in a module-level
    constant with named bindparams. Only for columns whose types need no result processing (numbers,
    strings), as the driver's values are not converted."""
    key = (conn.dialect.name, id(stmt))
    entry = _COMPILED.get(key)
    if entry is None or entry[0] is not stmt:
        compiled = stmt.compile(dialect=conn.dialect)
        entry = _COMPILED[key] = (stmt, compiled.string, tuple(compiled.positiontup) if compiled.positional else None,
                                  compiled.params)        # the statement's own literals ("" of a coalesce)
    _, sql, positions, values = entry
    values = {**values, **params}
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql, tuple(values[n] for n in positions) if positions is not None else values)
        return cursor.fetchall()
    finally:
        cursor.close()


def insert_many(session: Session, table: Table, names: Sequence[str], rows: list[tuple],
                constants: dict[str, Any] | None = None) -> None:
    """Insert rows (tuples of the named columns) in one executemany; `constants` are columns with
    the same value in every row. On SQLite the rows go to the driver as they are, a column with a
    bind processor (dates, JSON) through it (a constant once): the per-row parameter handling of a
    Core insert costs more than SQLite's insert itself. Elsewhere a Core insert, which SQLAlchemy
    batches into multi-row VALUES. Columns left out get their Python-side defaults on both paths."""
    if not rows:
        return
    constants = dict(constants or {})
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), [{**dict(zip(names, r)), **constants} for r in rows])
        return
    for c in table.columns:       # as a Core insert does (a callable default is called once here)
        if c.name not in names and c.name not in constants and c.default is not None and not c.primary_key:
            constants[c.name] = c.default.arg(None) if c.default.is_callable else c.default.arg
    processors = {n: table.c[n].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
                  for n in [*names, *constants]}
    columns = None
    for i, name in enumerate(names):
        process = processors[name]
        if process and isinstance(table.c[name].type, Float) and {type(r[i]) for r in rows} <= _NUMBERS:
            continue        # a REAL column stores ints and floats as the processor would: skip the pass
        if process:
            columns = columns or list(zip(*rows))
            try:        # most such values repeat (a date per batch): convert each once
                done = {v: process(v) for v in set(columns[i]) if v is not None}
                columns[i] = [done.get(v) for v in columns[i]]
            except TypeError:                           # unhashable (JSON)
                columns[i] = [None if v is None else process(v) for v in columns[i]]
    if columns:
        rows = list(zip(*columns))
    if constants:
        extra = tuple(v if v is None or processors[n] is None else processors[n](v) for n, v in constants.items())
        rows = [r + extra for r in rows]
        names = [*names, *constants]
    quote = conn.dialect.identifier_preparer
    columns_sql = ", ".join(quote.quote(n) for n in names)
    conn.exec_driver_sql(f"INSERT INTO {quote.format_table(table)} ({columns_sql}) "
                         f"VALUES ({', '.join('?' * len(names))})", rows)
