"""Numbers, number words, ranges and durations → (min, max, unit, qualifier).

Durations and timings are always in days. Vague amounts ("hundreds of") become a range marked
approximate, never a made-up point. Word numbers are evaluated by text2num.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_SCALES = ["hundred", "thousand", "million", "billion"]
NUMBER_WORDS = frozenset(_UNITS + _SCALES)
_WORD = r"(?:%s)" % "|".join(sorted(_UNITS + _SCALES, key=len, reverse=True))
WORDS_RE = rf"(?:\b{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*\b|\ba\s+dozen\b)"
DIGITS_RE = r"(?:(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand)\b)?"
NUMBER_RE = rf"(?:{DIGITS_RE}|{WORDS_RE})"

ORDINALS = {"first": 1, "1st": 1, "initial": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}

DAYS_PER_UNIT = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
UNIT_RE = r"(?:hours?|days?|weeks?|months?|years?)"

VAGUE = {  # approximate ranges for vague amounts
    "a few": (2, 5), "several": (3, 9), "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
    "thousands": (2000, 9999), "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
    "millions": (2_000_000, 9_999_999),
}
VAGUE_RE = r"(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions|scores)(?=\s+of\b)"

QUALIFIERS = {
    "approximately": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "some": "approximately", "nearly": "approximately", "almost": "approximately",
    "an estimated": "approximately", "up to": "up to", "at most": "up to", "no more than": "up to",
    "a maximum of": "up to", "maximum": "up to", "a maximum": "up to", "at least": "at least",
    "no fewer than": "at least", "a minimum of": "at least", "more than": "more than", "over": "more than",
    "fewer than": "fewer than", "less than": "fewer than", "exactly": "exactly", "only": "exactly",
}
QUAL_RE = r"(?:%s)" % "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

# One quantity: [qualifier] [between] N [(-|to|and) N] [-unit|unit] ; or a vague amount.
QUANTITY_RE = re.compile(
    rf"(?:(?P<qual>\b{QUAL_RE})\s+)?(?P<between>\bbetween\s+)?(?P<a>{NUMBER_RE})"
    rf"(?:(?:\s*(?:-|–|—)\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))(?P<b>{NUMBER_RE}))?"
    rf"(?P<unit>(?:\s*-\s*|\s+)(?P<u>{UNIT_RE})\b(?P<long>-long)?)?"
    rf"|(?P<vague>\b{VAGUE_RE})",
    re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    min: float
    max: float
    unit: str | None          # "day" for durations, None for plain counts
    qualifier: str | None
    start: int                # offsets in the string searched
    end: int
    compound: bool = False    # written as an adjective: "a 40-day phase", "three-week"
    raw: str = ""


@lru_cache(maxsize=4096)
def parse_number(token: str) -> float | None:
    """'33', '6,104', '2.5 million', 'Thirty-three', 'forty two', 'a dozen' → float; None if not a number."""
    t = token.strip().lower().replace("\u2011", "-")
    if not t:
        return None
    if t == "a dozen":
        return 12.0
    m = re.fullmatch(r"([\d,]*\d(?:\.\d+)?)(?:\s+(million|billion|thousand))?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}.get(m.group(2) or "", 1)
        return value * scale
    words = re.sub(r"\s+", " ", t.replace("-", " "))
    try:
        return float(text2num(words, "en"))
    except ValueError:
        first = words.split(" ")[0]
        try:
            return float(text2num(first, "en"))
        except ValueError:
            return None


def to_days(value: float, unit: str) -> float:
    return value * DAYS_PER_UNIT[unit.lower().rstrip("s")]


HAS_NUMBER = re.compile(rf"\d|\b(?:{_WORD}|dozens?|scores|hundreds|thousands|millions)\b", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in a piece of text, in order, with offsets."""
    out: list[Quantity] = []
    if not HAS_NUMBER.search(text):
        return out
    for m in QUANTITY_RE.finditer(text):
        if m.group("vague"):
            lo, hi = VAGUE[m.group("vague").lower()]
            out.append(Quantity(lo, hi, None, "approximately", m.start(), m.end(), raw=m.group(0)))
            continue
        a = parse_number(m.group("a"))
        if a is None:
            continue
        b = parse_number(m.group("b")) if m.group("b") else None
        lo, hi = (a, b) if b is not None else (a, a)
        if lo > hi:
            lo, hi = hi, lo
        unit = None
        if m.group("u"):
            lo, hi, unit = to_days(lo, m.group("u")), to_days(hi, m.group("u")), "day"
        qual = QUALIFIERS.get(re.sub(r"\s+", " ", m.group("qual").lower())) if m.group("qual") else None
        compound = bool(m.group("unit")) and ("-" in m.group("unit") or bool(m.group("long")))
        out.append(Quantity(lo, hi, unit, qual, m.start(), m.end(), compound, m.group(0)))
    return out


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in `text`, or None."""
    found = find_quantities(text)
    return found[0] if found else None
