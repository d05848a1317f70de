"""Rows (a list of dicts) printed as a table, JSON or CSV: one formatter for every command."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable, Sequence

import orjson

FORMATS = ("table", "json", "csv")
# dates and anything else orjson does not write itself go through str(), as json.dumps(default=str)
_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def to_json(value: Any, indent: bool = False) -> str:
    """JSON text, UTF-8 characters unescaped; indented by two spaces, or compact. NaN and the
    infinities are written as null (JSON has no such numbers)."""
    return orjson.dumps(value, default=str, option=_OPTIONS | orjson.OPT_INDENT_2 if indent else _OPTIONS).decode()


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        return to_json(value)
    return str(value)


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Iterable[str] | None = None,
           max_width: int = 60) -> str:
    if fmt == "json":
        return to_json(list(rows), indent=True) + "\n"
    cols = list(columns) if columns is not None else (list(rows[0].keys()) if rows else [])
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in cols])
        return buf.getvalue()
    if not rows:
        return "(no rows)\n"
    cells = [[cell(row.get(c)).replace("\n", " ")[:max_width] for c in cols] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"
