"""Comparisons as data: an ordered list of levels, the first that matches a pair of facts wins.

Each level names the relation between two versions' values of one term, the discrepancy kind it
stands for ('agreement' when they agree) and a severity (0 none, 1 low, 2 medium, 3 high).
Numbers are compared as intervals, never by string similarity; free text by RapidFuzz.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from rapidfuzz import fuzz, utils

TEXT_THRESHOLD = 60.0       # token_set_ratio at or above which two phrasings name the same term
DEFAULT_TOLERANCE = 0.0     # relative; per slot in the config file's [tolerance] table
OPPOSED_QUALIFIERS = [{"gradually", "at once"}, {"at least", "exactly"}, {"up to", "exactly"},
                      {"at least", "up to"}, {"more than", "fewer than"}, {"more than", "up to"},
                      {"at least", "fewer than"}, {"no later than", "not before"}]


class FactView(NamedTuple):
    """The part of a fact that comparisons read (a tuple: tens of thousands are built per proposal,
    straight from the rows)."""
    id: int | None
    version_id: int
    slot: str
    kind: str
    phase: int | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    text: str = ""
    qualifier: str | None = None
    basis: str | None = None

    @property
    def numeric(self) -> bool:
        return self.min is not None and self.max is not None

    def interval(self) -> tuple[float, float]:
        """The values the fact allows: "up to 42" and "no later than day 42" are [0, 42], "at least 10"
        and "not before day 10" are [10, inf)."""
        lo, hi = self.min, self.max
        if self.qualifier in ("up to", "no later than"):
            lo = 0.0
        elif self.qualifier in ("at least", "more than", "not before"):
            hi = math.inf
        return lo, hi


@dataclass(frozen=True)
class Context:
    tolerance: float = DEFAULT_TOLERANCE       # relative tolerance for this slot
    text_threshold: float = TEXT_THRESHOLD
    concept: bool = False                      # the slot names one term however it is worded


def text_score(a: FactView, b: FactView) -> float:
    return fuzz.token_set_ratio(a.text, b.text, processor=utils.default_process)


def _both(a, b) -> bool:
    return a is not None and b is not None


def _equal(a: FactView, b: FactView, c: Context) -> bool:
    return a.numeric and b.numeric and a.min == b.min and a.max == b.max


def _within(a: FactView, b: FactView, c: Context) -> bool:
    if not (a.numeric and b.numeric and c.tolerance > 0):
        return False
    scale = max(abs(a.max), abs(b.max), 1e-9)
    return abs(a.min - b.min) <= c.tolerance * scale and abs(a.max - b.max) <= c.tolerance * scale


def _qualifiers_opposed(a: FactView, b: FactView, c: Context) -> bool:
    return bool(a.qualifier and b.qualifier and {a.qualifier, b.qualifier} in OPPOSED_QUALIFIERS)


def _contains(a: FactView, b: FactView, c: Context) -> bool:
    if not (a.numeric and b.numeric):
        return False
    (alo, ahi), (blo, bhi) = a.interval(), b.interval()
    return (alo <= blo and bhi <= ahi) or (blo <= alo and ahi <= bhi)


def _overlap(a: FactView, b: FactView, c: Context) -> bool:
    if not (a.numeric and b.numeric):
        return False
    (alo, ahi), (blo, bhi) = a.interval(), b.interval()
    return alo <= bhi and blo <= ahi


def _one_numeric(a: FactView, b: FactView, c: Context) -> bool:
    return a.numeric != b.numeric


def _timing_one_side(a: FactView, b: FactView, c: Context) -> bool:
    return _one_numeric(a, b, c) and "timing" in (a.kind, b.kind)


def _similar_text(a: FactView, b: FactView, c: Context) -> bool:
    return not a.numeric and not b.numeric and (a.text == b.text or text_score(a, b) >= c.text_threshold)


@dataclass(frozen=True)
class Level:
    name: str
    kind: str
    severity: int
    test: Callable[[FactView, FactView, Context], bool] = field(compare=False)


# First match wins. `null` (one side silent) is handled before the list: it is an omission.
LEVELS: tuple[Level, ...] = (
    Level("structure", "structure", 3, lambda a, b, c: a.kind == b.kind == "phase_count" and not _equal(a, b, c)),
    Level("opposed qualifiers", "qualifier", 1, lambda a, b, c: (_equal(a, b, c) or _within(a, b, c) or not (a.numeric or b.numeric)) and _qualifiers_opposed(a, b, c)),
    Level("exact", "agreement", 0, _equal),
    Level("within tolerance", "agreement", 0, _within),
    Level("narrower", "interval", 1, _contains),
    Level("overlapping", "interval", 2, _overlap),
    Level("disjoint", "interval", 3, lambda a, b, c: a.numeric and b.numeric),
    Level("timing detail", "timing", 1, _timing_one_side),
    Level("number on one side", "detail", 1, _one_numeric),
    Level("same text", "agreement", 0, _similar_text),
    Level("same concept", "agreement", 0, lambda a, b, c: c.concept and not a.numeric and not b.numeric),
    Level("conflicting text", "conflict", 3, lambda a, b, c: True),
)
OMISSION = Level("null", "omission", 2, lambda a, b, c: True)


@dataclass(frozen=True)
class Relation:
    level: Level
    score: float | None


def compare_facts(a: FactView | None, b: FactView | None, ctx: Context = Context()) -> Relation:
    """The relation between two versions' facts for one term (None: that version is silent)."""
    if a is None or b is None:
        return Relation(OMISSION, None)
    for level in LEVELS:
        if level.test(a, b, ctx):
            score = None if (a.numeric and b.numeric) else round(text_score(a, b), 1)
            return Relation(level, score)
    raise AssertionError("the last level always matches")
