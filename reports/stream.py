"""discrepancies.json and discrepancies.csv written row by row into the file, byte for byte what
compare.output.render(rows, "json" | "csv") gives for the whole list at once, without ever holding
that list or the text of the file.

    with RowsFile(path_json, "json") as j, RowsFile(path_csv, "csv", columns=CSV_COLUMNS) as c:
        for row in rows:
            j.write(row); c.write(row)
    # both files appear (atomically) only when the block ends without an exception

or encode the rows elsewhere (json_items, csv_lines) and hand over the text (add, add_file).
"""
from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path
from typing import Any, Iterable

from compare.output import cell, to_json


def json_items(rows: Iterable[Any]) -> str:
    """Rows as they stand in the indented JSON array, joined by its separator (",\n"): the text
    between the array's "[\n" and the separator before the next row, or its "\n]"."""
    rows = list(rows)
    return to_json(rows, indent=True)[2:-2] if rows else ""


def csv_lines(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    """The CSV lines of `rows` (no header), as csv.writer writes [cell(row.get(c)) for c in columns]
    with lineterminator "\n". The csv module scans a field a character at a time, slow for the
    long JSON of the sides; so when the JSON cells (lists, dicts) of a row all come after the
    others, only the others go through csv.writer and the JSON cells are quoted here: JSON text
    holds no raw line break, so the only characters that make csv quote it are the delimiter and
    the quote character, and quoting doubles the quote character."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        values = [row.get(c) for c in columns]
        n = len(values)
        split = n
        while split > 0 and isinstance(values[split - 1], (list, dict)):
            split -= 1
        if split == n or split < 2 or any(isinstance(v, (list, dict)) for v in values[:split]):
            writer.writerow([cell(v) for v in values])
            continue
        writer.writerow([cell(v) for v in values[:split]])
        buf.seek(buf.tell() - 1)  # back over the "\n" just written
        for v in values[split:]:
            text = cell(v)
            buf.write("," + ('"' + text.replace('"', '""') + '"' if ("," in text or '"' in text) else text))
        buf.write("\n")
    return buf.getvalue()


class RowsFile:
    """One file of rows, JSON (an indented array) or CSV (a header, then a line per row), written
    through a temporary file that replaces `path` on a clean exit and is removed otherwise. Rows
    come one at a time (write), or already encoded by json_items / csv_lines (add), or as such a
    text in a UTF-8 file (add_file), so that they can be encoded elsewhere."""

    def __init__(self, path: str | os.PathLike, fmt: str, columns: Iterable[str] | None = None):
        if fmt not in ("json", "csv"):
            raise ValueError(f"unknown format {fmt!r}")
        if fmt == "csv" and columns is None:
            raise ValueError("CSV needs its columns")
        self.path = Path(path)
        self.fmt = fmt
        self.columns = list(columns) if columns is not None else []
        self.count = 0
        self._tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self._fh: Any = None

    def __enter__(self) -> "RowsFile":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self._tmp, "wb")
        if self.fmt == "csv":
            self._fh.write(csv_lines([dict(zip(self.columns, self.columns))], self.columns).encode("utf-8"))
        return self

    def write(self, row: dict[str, Any]) -> None:
        self.write_all([row])

    def write_all(self, rows: Iterable[dict[str, Any]]) -> None:
        rows = list(rows)
        self.add(json_items(rows) if self.fmt == "json" else csv_lines(rows, self.columns), len(rows))

    def _lead(self, count: int) -> None:
        if self.fmt == "json" and count:
            self._fh.write(b"[\n" if self.count == 0 else b",\n")
        self.count += count

    def add(self, text: str, count: int) -> None:
        """`count` rows encoded by json_items (JSON) or csv_lines (CSV)."""
        self._lead(count)
        self._fh.write(text.encode("utf-8"))

    def add_file(self, path: str | os.PathLike, count: int) -> None:
        """The same, from a UTF-8 file."""
        self._lead(count)
        with open(path, "rb") as src:
            shutil.copyfileobj(src, self._fh, 1 << 20)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None and self.fmt == "json":
                self._fh.write(b"[]\n" if self.count == 0 else b"\n]\n")
            self._fh.close()
        except BaseException:
            self._tmp.unlink(missing_ok=True)
            raise
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)
