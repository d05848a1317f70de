"""discrepancies.json and discrepancies.csv written row by row into the file, byte for byte what
compare.output.render(rows, "json" | "csv") gives for the whole list at once, without ever holding
that list or the text of the file.

    with RowsFile(path_json, "json") as j, RowsFile(path_csv, "csv", columns=CSV_COLUMNS) as c:
        for row in rows:
            j.write(row); c.write(row)
    # both files appear (atomically) only when the block ends without an exception

or encode the rows elsewhere (json_items, csv_lines) and hand over the text (add, add_file).

json.dumps(..., indent=2) runs the pure-Python encoder; `indented` produces the same text but
hands every flat dict or list (all scalars, the bulk of the rows: the sides) to the C encoder
with the newline-and-indent as its item separator.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
from itertools import chain
from pathlib import Path
from typing import Any, Iterable

from compare.output import cell

INDENT = "  "  # json.dumps(indent=2)
_SCALAR = json.JSONEncoder(ensure_ascii=False, default=str)
_FLAT: dict[int, json.JSONEncoder] = {}


def _flat_encoder(level: int) -> json.JSONEncoder:
    """An encoder (C, no indent) whose item separator is the newline and indent of the items of a
    container at `level`: for a container of scalars only, the same text as indent=2."""
    enc = _FLAT.get(level)
    if enc is None:
        enc = _FLAT[level] = json.JSONEncoder(ensure_ascii=False, default=str,
                                              separators=("," + "\n" + INDENT * (level + 1), ": "))
    return enc


_SCALARS = frozenset({str, int, float, bool, type(None)})   # exactly these types; a subclass takes the long way


def indented(o: Any, level: int = 0) -> str:
    """json.dumps(o, indent=2, ensure_ascii=False, default=str), for `o` standing at indent `level`
    (its closing bracket indented `level` times; its items `level + 1` times)."""
    if isinstance(o, dict):
        if not o:
            return "{}"
        if not set(map(type, o)) == {str}:
            return _fallback(o, level)
        inner = "\n" + INDENT * (level + 1)
        flat = _flat_encoder(level).encode
        if set(map(type, o.values())) <= _SCALARS:
            return "{" + inner + flat(o)[1:-1] + "\n" + INDENT * level + "}"
        parts = []
        run: dict[str, Any] = {}
        for k, v in o.items():  # a run of scalar items: one call of the C encoder
            if type(v) in _SCALARS:
                run[k] = v
            else:
                if run:
                    parts.append(flat(run)[1:-1])
                    run = {}
                parts.append(_SCALAR.encode(k) + ": " + indented(v, level + 1))
        if run:
            parts.append(flat(run)[1:-1])
        return "{" + inner + ("," + inner).join(parts) + "\n" + INDENT * level + "}"
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = "\n" + INDENT * (level + 1)
        types = set(map(type, o))
        if types <= _SCALARS:
            body = _flat_encoder(level).encode(list(o))
            return "[" + inner + body[1:-1] + "\n" + INDENT * level + "]"
        if types == {dict} and all(o) and set(map(type, chain.from_iterable(o))) == {str} \
                and set(map(type, chain.from_iterable(map(dict.values, o)))) <= _SCALARS:
            return _list_of_flat_dicts(o, level)  # non-empty dicts, string keys, scalar values
        return "[" + inner + ("," + inner).join(indented(v, level + 1) for v in o) + "\n" + INDENT * level + "]"
    return _SCALAR.encode(o)


def _list_of_flat_dicts(o: Any, level: int) -> str:
    """A list of non-empty flat dicts (the sides of a discrepancy) in one call of the C encoder,
    whose item separator lays out the items of each dict; the separators between the dicts are
    then the only places where '},' + that separator + '{' occurs (an encoded string holds no raw
    newline, and a dict's items end in a scalar, never in '}'), and are re-laid out."""
    item_sep = "," + "\n" + INDENT * (level + 2)
    body = _flat_encoder(level + 1).encode(list(o))          # [{k: v,<sep>k: v},<sep>{...}]
    pad_list, pad_item, pad_key = INDENT * level, INDENT * (level + 1), INDENT * (level + 2)
    body = body[2:-2].replace("}" + item_sep + "{", "\n" + pad_item + "},\n" + pad_item + "{\n" + pad_key)
    return "[\n" + pad_item + "{\n" + pad_key + body + "\n" + pad_item + "}\n" + pad_list + "]"


def _fallback(o: Any, level: int) -> str:
    """The slow, certain way (non-string keys): the standard encoder, re-indented. Encoded strings
    never hold a raw newline, so every newline is one of the layout's."""
    return json.dumps(o, indent=2, ensure_ascii=False, default=str).replace("\n", "\n" + INDENT * level)


def json_items(rows: Iterable[Any]) -> str:
    """Rows as they stand in the indented JSON array, joined by its separator (",\n"): the text
    between the array's "[\n" and the separator before the next row, or its "\n]"."""
    return ",\n".join(INDENT + indented(row, 1) for row in rows)


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
