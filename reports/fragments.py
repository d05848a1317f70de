"""The innermost, most repeated loops of the pages, as Python instead of template code: the cells
of a matrix row, the sides of a discrepancy, the pieces of an article's text, the rows of a
document's facts table. A large report has hundreds of thousands of these, and a Jinja loop costs
several attribute look-ups and Markup objects per value; these functions produce the very same
bytes (tests/test_report.py renders both and compares) several times faster.

The templates call them (see render.ENV.globals) where the loop used to be. The escaping rule is
the template's: every value that is not a literal of this module goes through `esc` (markupsafe's
escaping: & < > ' " become entities), and numbers (ids) are formatted as ints (`:d`, which
refuses anything else). Each function returns Markup, so the template's autoescape leaves the
already escaped text alone; no untrusted text is ever marked safe without passing through `esc`.
"""
from __future__ import annotations

from typing import Any, Iterable

from markupsafe import Markup, escape

try:  # the C function behind markupsafe.escape, without wrapping each piece in a Markup object
    from markupsafe import _escape_inner
except ImportError:  # pragma: no cover - other markupsafe versions
    def _escape_inner(s: str, /) -> str:
        return str(escape(s))


def esc(value: Any) -> str:
    """str(markupsafe.escape(value)): what `{{ value }}` prints under autoescape."""
    if type(value) is str:
        return _escape_inner(value)
    return str(escape(value))


# ---------------------------------------------------------------- proposal page

def matrix_cells(cells: Iterable[Any]) -> Markup:
    """The <td> of each cell of a term row (_partials/matrix.html), a line each."""
    out = []
    for c in cells:
        state = esc(c.state)
        if c.value:
            value = esc(c.value)
            if c.href:
                value = f'<a href="{esc(c.href)}">{value}</a>'
            shown = f'<span class="value">{value}</span> '
        else:
            shown = ""
        out.append(f'<td class="cell {state}" data-state="{state}">{shown}<span class="state">'
                   f'<span aria-hidden="true">{esc(c.symbol)}</span> {esc(c.label)}</span></td>\n')
    return Markup("".join(out))


def quote(segments: Iterable[Any]) -> str:
    """A quote with its value marked (what _partials/quote.html was), escaped."""
    segments = tuple(segments)
    if not segments:
        return '<span class="none">(no quote)</span>'
    return "<q>" + "".join(f"<mark>{esc(s.text)}</mark>" if s.mark else esc(s.text) for s in segments) + "</q>"


def side_rows(sides: Iterable[Any]) -> Markup:
    """The <tr> of each side of a discrepancy (_partials/discrepancy.html)."""
    out = []
    for s in sides:
        value = esc(s.value) if s.value else '<span class="none">not reported</span>'
        if s.relation:
            value += f' <span class="muted">({esc(s.relation)})</span>'
        link = f' <a class="doc" href="{esc(s.href)}">in the document: {esc(s.document)}</a>' if s.href else ""
        out.append(f'<tr>\n<th scope="row">{esc(s.source)}<span class="sub">in {esc(s.outlet)}</span></th>\n'
                   f'<td>{value}</td>\n<td>{quote(s.quote)}{link}</td>\n</tr>\n')
    return Markup("".join(out))


# ---------------------------------------------------------------- document page

def article(text: str, spans: Iterable[Any]) -> Markup:
    """The article text with an anchor where each quote starts, the quoted passages, the marked
    values and a label after each value. `spans`: context.Span, in fact-number order. The text is
    cut at every span boundary, so highlights never nest and overlapping quotes stay readable: a
    piece is in a quote (a value) when more quotes (values) have opened than closed at its start."""
    n = len(text)
    # position → [labels, anchors, quotes opened - closed, values opened - closed]
    events: dict[int, list] = {0: ["", "", 0, 0], n: ["", "", 0, 0]}
    for number, fact_id, start, end, value_start, value_end, label in spans:
        e = events.get(start) or events.setdefault(start, ["", "", 0, 0])
        e[1] += f'<span class="anchor" id="fact-{fact_id:d}"></span>'
        e[2] += 1
        e = events.get(end) or events.setdefault(end, ["", "", 0, 0])
        e[2] -= 1
        if value_start is not None:
            e = events.get(value_start) or events.setdefault(value_start, ["", "", 0, 0])
            e[3] += 1
            e = events.get(value_end) or events.setdefault(value_end, ["", "", 0, 0])
            e[3] -= 1
        e[0] += f'<a class="tag" href="#f-{number:d}">[{number:d}] {esc(label)}</a>'  # after the value, else the quote
    points = sorted(events)
    cuts = zip(points, points[1:])
    if "\x00" in text:
        chunks = [esc(text[a:b]) for a, b in cuts]
    else:  # escape every piece in one call: joined by a character the text does not hold
        chunks = _escape_inner("\x00".join([text[a:b] for a, b in cuts])).split("\x00")
    chunks.append("")  # none after the end
    out = []
    quotes = values = 0
    for pos, chunk in zip(points, chunks):
        labels, anchors, dq, dv = events[pos]
        out.append(labels)
        out.append(anchors)
        quotes += dq
        values += dv
        if chunk:
            out.append(f"<mark>{chunk}</mark>" if values > 0
                       else f'<span class="ev">{chunk}</span>' if quotes > 0 else chunk)
    return Markup("".join(out))


def fact_rows(facts: Iterable[Any]) -> Markup:
    """The <tr> of each extracted fact of a document, in text order."""
    out = []
    for f in facts:
        n = f"{f.number:d}"
        if f.in_text:
            where = f'<a href="#fact-{f.id:d}">show</a>'
        else:
            where = '<span class="none">no span</span>'
            if f.quote:
                where += f": <q>{esc(f.quote)}</q>"
        out.append(f'<tr id="f-{n}">\n<td class="num">{n}</td>\n<th scope="row">{esc(f.source)}</th>\n'
                   f'<td>{esc(f.phase)}</td>\n<td>{esc(f.slot)}</td>\n<td>{esc(f.kind)}</td>\n'
                   f'<td>{esc(f.value)}</td>\n<td>{where}</td>\n</tr>\n')
    return Markup("".join(out))


GLOBALS = {"matrix_cells": matrix_cells, "side_rows": side_rows, "article": article, "fact_rows": fact_rows}
