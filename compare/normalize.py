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
SCALE_VALUES = {"hundred": 100.0, "thousand": 1000.0, "million": 1e6, "billion": 1e9}
_WORD = r"(?:%s)" % "|".join(sorted(_UNITS + _SCALES, key=len, reverse=True))
# "and" joins number words only after a scale ("one hundred and five"); "three and five" is two numbers
_AND = "|".join(rf"(?<={w})\s+and\s+" for w in _SCALES)
WORDS_RE = rf"(?:\b{_WORD}(?:(?:{_AND}|[\s-]+){_WORD})*\b|\ba\s+(?:dozen|hundred|thousand|million)\b(?![\s-]+(?:and\s+)?{_WORD}\b))"
DIGIT_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}     # "2.5 million", "$1.5 trillion"
_DIGIT_SCALE = "(?:%s)" % "|".join(DIGIT_SCALES)
# abbreviated scales: "$6bn", "1.5m barrels" ("m" is a million after a currency symbol or before a plural
# noun, else it may be metres: "a 700m buffer")
SHORT_SCALES = {"bn": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "trn": 1e12}
DIGITS_RE = (rf"(?:(?<=[$€£])\d+(?:\.\d+)?\s?(?:bn|mn|m|tn|trn)\b"
             rf"|(?:(?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?)"
             rf"(?:(?:\s+|-){_DIGIT_SCALE}\b|\s?(?:bn|mn|tn|trn)\b|m\b(?=\s+(?:[a-z]+s|people)\b))?)")
NUMBER_RE = rf"(?:{DIGITS_RE}|{WORDS_RE})"

ORDINALS = {"first": 1, "1st": 1, "initial": 1, "opening": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}

DAYS_PER_UNIT = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
UNIT_RE = r"(?:hours?|(?:business\s+|working\s+|calendar\s+)?days?|weeks?|months?|years?|decades?)"
# a word between a number and its unit: "three consecutive years", "two fiscal years", "for six full months"
UNIT_ADJ_RE = r"(?:additional|extra|more|further|consecutive|straight|successive|full|fiscal|financial|calendar)"

VAGUE = {  # approximate ranges for vague amounts
    "a few": (2, 5), "several": (3, 9), "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
    "thousands": (2000, 9999), "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
    "millions": (2_000_000, 9_999_999), "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999), "billions": (2e9, 9_999_999_999),
    "tens of billions": (2e10, 99_999_999_999), "hundreds of billions": (2e11, 999_999_999_999),
    "a few dozen": (24, 60), "several dozen": (24, 99), "a few hundred": (200, 500), "several hundred": (200, 999),
    "a few thousand": (2000, 5000), "several thousand": (2000, 9999), "a few hundred thousand": (200_000, 500_000),
    "several hundred thousand": (200_000, 999_999), "a couple of": (2, 3),
}
VAGUE_RE = (r"(?:(?:(?:tens|hundreds) of (?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions|scores)"
            r"(?=\s+of\b)"
            r"|(?:a\s+few|several)\s+(?:hundred\s+thousand|dozen|hundred|thousand)\b(?!\s+(?:and|thousand|million)\b)"
            # a vague span of time: "several weeks", "a few days", "a couple of months"
            r"|(?:a\s+few|several|a\s+couple\s+of)(?=\s+(?:hours|days|weeks|months|years)\b))")
VAGUE_UNIT = re.compile(r"\s+(hours|days|weeks|months|years)\b")
# a bare plural unit after "within" is a few of them: "within days", "within hours"
WITHIN_UNITS = re.compile(r"(?<=\bwithin\s)(hours|days|weeks|months)\b(?!\s+of\b)")    # not "within hours of the
                                                                                          # vote": after an event

QUALIFIERS = {
    "approximately": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "some": "approximately", "nearly": "approximately", "almost": "approximately",
    "an estimated": "approximately", "up to": "up to", "at most": "up to", "no more than": "up to",
    "a maximum of": "up to", "maximum": "up to", "a maximum": "up to", "at least": "at least",
    "no fewer than": "at least", "a minimum of": "at least", "more than": "more than", "over": "more than",
    "well over": "more than", "just over": "more than", "well under": "fewer than", "just under": "fewer than",
    "fewer than": "fewer than", "less than": "fewer than", "exactly": "exactly", "only": "exactly",
    "as many as": "up to", "as long as": "up to", "as much as": "up to", "not exceeding": "up to",
    "not to exceed": "up to", "not more than": "up to", "no longer than": "up to", "not longer than": "up to",
    "no wider than": "up to", "not wider than": "up to", "no deeper than": "up to", "not deeper than": "up to",
}
QUAL_RE = r"(?:%s)" % "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

# One quantity: [qualifier] [between] N [(-|to|and) N] [-unit|unit] ; or a vague amount.
# "a week", "an hour": one unit, as a number only when a unit follows ("a week-long truce", "up to a week")
ONE_UNIT_RE = (r"\b(?:an?|(?<=the\s)(?:next|coming))"
               r"(?=(?:\s+(?:further|additional|extra|full))?(?:\s+|-)(?:hour|day|week|month|year|decade)\b)")
ONE_WORDS = ("a", "an", "next", "coming")        # one unit: "a week", "over the next decade"
HALF_RE = r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half"           # "two and a half years", "a month and a half"
# the letters before a dollar sign that say whose dollar: "C$150", "US$32.4 billion", "A$2 billion"
DOLLAR_PREFIXES = {"us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD",
                   "r": "BRL", "mx": "MXN", "mex": "MXN"}
_PREFIXES = "(?:%s)" % "|".join(DOLLAR_PREFIXES)
CURRENCY_PREFIX_RE = rf"(?:(?=[a-z]{{1,3}}\$)\b{_PREFIXES})"     # (the look-ahead fails fast where there is none)
CURRENCY_PREFIX = re.compile(rf"\b{_PREFIXES}$", re.I)
QUANTITY_RE = re.compile(
    rf"(?:(?P<qual>\b{QUAL_RE})\s+)?(?P<between>\bbetween\s+)?(?P<cur>{CURRENCY_PREFIX_RE}?[$€£](?=\d))?"
    rf"(?P<a>{NUMBER_RE}|{ONE_UNIT_RE})"
    rf"(?P<half>{HALF_RE})?"
    rf"(?:(?:-to-|\s*(?:-|–|—)\s*|\s+to\s+|\s+or\s+(?=\S+\s+(?:[a-z]+\s+)?(?:a|per|each|every)\b)"
    rf"|(?(between)\s+and\s+|(?!)))(?(cur){CURRENCY_PREFIX_RE}?[$€£]?|)(?P<b>{NUMBER_RE})(?P<halfb>{HALF_RE})?)?"
    rf"(?P<unit>(?:\s*-\s*|\s+)(?:{UNIT_ADJ_RE}\s+)?(?P<u>{UNIT_RE})\b(?P<half2>{HALF_RE})?"
    rf"(?P<long>-long)?)?"
    rf"|(?P<vague>\b{VAGUE_RE})",
    re.IGNORECASE)


# Lower-case matching. re.IGNORECASE matches an ASCII letter to its other case and to four more
# letters (Python's docs list them: İ ı ſ K). Text lowered after folding those four to their ASCII
# letter matches a pattern of lower-case ASCII letters without re.I exactly where the text matches it
# with re.I, at the same offsets (folding keeps the length), and several times faster.
FOLDED = "İıſK"
FOLD = str.maketrans(dict(zip(FOLDED, "iisk")))


def has_folded(text: str) -> bool:
    return FOLDED[0] in text or FOLDED[1] in text or FOLDED[2] in text or FOLDED[3] in text


def fold_lower(text: str) -> str:
    """`text` in lower case, the four letters of FOLD folded: same length, same offsets."""
    return text.translate(FOLD).lower() if has_folded(text) else text.lower()


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
    currency: str | None = None   # the symbol before the number when the quantity holds it: "about $200 billion"


@lru_cache(maxsize=4096)
def parse_number(token: str) -> float | None:
    """'33', '6,104', '2.5 million', 'Thirty-three', 'forty two', 'a dozen' → float; None if not a number."""
    t = token.strip().lower().replace("\u2011", "-")
    if not t:
        return None
    if t == "a dozen":
        return 12.0
    if t.startswith("a ") and t[2:] in SCALE_VALUES:
        return SCALE_VALUES[t[2:]]                       # "well over a thousand"
    m = re.fullmatch(rf"([\d,]*\d(?:\.\d+)?)(?:(?:\s+|-)({_DIGIT_SCALE})|\s?(bn|mn|m|tn|trn))?", t)   # "750-billion"
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = DIGIT_SCALES.get(m.group(2) or "", 1) * SHORT_SCALES.get(m.group(3) or "", 1)
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
    return value * DAYS_PER_UNIT[unit.lower().split()[-1].rstrip("s")]     # "15 business days": days


HAS_NUMBER = re.compile(rf"\d|\b(?:{_WORD}|dozens?|scores|hundreds|thousands|millions|billions|few|several|couple)\b|{ONE_UNIT_RE}",
                        re.IGNORECASE)
# the same two, for fold_lower() text (see FOLD)
HAS_NUMBER_LOW = re.compile(HAS_NUMBER.pattern)
QUANTITY_LOW = re.compile(QUANTITY_RE.pattern)
SPACES = re.compile(r"\s+")


# Words that can come before the number inside a quantity: qualifiers ("no more than"), "between",
# "a" (a dozen) and "tens of" (tens of thousands); each is followed by white space.
LEAD_WORDS = frozenset(w for q in QUALIFIERS for w in q.split()) | {"between", "a", "tens", "of", "few", "several"}
LEAD_ENDS = tuple(sorted(LEAD_WORDS))


def _earliest_start(low: str, n: int) -> int:
    """The earliest offset where a quantity can start whose number (or vague amount) begins at `n`:
    only lead words, each ending in white space, can come before it ("(no more than 40"), and a
    currency symbol right before a digit ("about $200 billion")."""
    if low[n - 1:n] in ("$", "€", "£") and n > 0:
        n -= 1
        if low[n - 1:n].isalpha() and (prefix := CURRENCY_PREFIX.search(low, max(0, n - 3), n)):
            n = prefix.start()                   # "C$150", "US$32.4 billion"
    if not low[n - 1:n].isspace():
        return n
    start, t = n, low[:n].rstrip()
    while t:
        word = t.rsplit(None, 1)[-1]
        if word not in LEAD_WORDS:
            return len(t) - len(word) if word.endswith(LEAD_ENDS) else start
        start = len(t) - len(word)
        t = t[:start].rstrip()
    return start


def _quantity_matches(low: str):
    """QUANTITY_LOW.finditer(low), without trying the pattern at every offset: HAS_NUMBER finds where
    each number or vague amount begins, the pattern is searched from the earliest start of a quantity
    around it, and the search stops after the last number."""
    pos = 0
    for number in HAS_NUMBER_LOW.finditer(low):
        if number.start() < pos:
            continue
        m = QUANTITY_LOW.search(low, max(pos, _earliest_start(low, number.start())))
        if m is None:
            return
        yield m
        pos = m.end()


# a bound said after the number: "three months at most", "30 days or more"
TRAILING_QUALIFIER = re.compile(r"[\"”]?\s+(at most|at the most|or less|or fewer|at least|at the least|or more)\b")
# "over" after these verbs is their particle ("hand over 23 soldiers"), not "more than"
OVER_AS_PARTICLE = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing)\s+$")
# "up to" after these verbs is where they go ("aid would be scaled up to 600 trucks a day"), not a ceiling
UP_AS_PARTICLE = re.compile(r"\b(?:scal|ramp|step|ratchet|gear|boost)\w*\s+$")
NOT_HEAD = frozenset("later ago after before earlier from of into in on at and or to for with by since until each per a "
                     "an the".split())
NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")


SCALE_END = re.compile(r"\s*(?:%s)$" % "|".join(["hundred", *DIGIT_SCALES, *SHORT_SCALES]), re.I)   # "6 million", "6bn"


def _singular_before_noun(unit: str | None, low: str, end: int) -> bool:
    """"a 30 to 40 day truce": a singular unit before a noun is an adjective, as "40-day" is."""
    if not unit or unit.lower().endswith("s"):
        return False
    m = NEXT_WORD.match(low, end)
    return bool(m) and m.group(1) not in NOT_HEAD


def find_quantities(text: str, low: str | None = None) -> list[Quantity]:
    """Every quantity in a piece of text, in order, with offsets. `low`: fold_lower(text), if the
    caller has it already."""
    out: list[Quantity] = []
    if low is None:
        low = fold_lower(text)
    for m in _quantity_matches(low):
        # matched in lower case; every group's text is taken from the original
        raw, vague, a, b, u, qual, unit_text = (text[i:j] if i >= 0 else None for i, j in (
            m.span(), m.span("vague"), m.span("a"), m.span("b"), m.span("u"), m.span("qual"), m.span("unit")))
        if not u and a and a.lower() in ONE_WORDS:
            continue                                     # "a" alone is no number
        if vague:
            lo, hi = VAGUE[SPACES.sub(" ", vague.lower())]
            if span := VAGUE_UNIT.match(low, m.end()):   # "several weeks": 21 to 63 days, about
                out.append(Quantity(to_days(lo, span.group(1)), to_days(hi, span.group(1)), "day", "approximately",
                                    m.start(), span.end(), raw=text[m.start():span.end()]))
                continue
            out.append(Quantity(lo, hi, None, "approximately", m.start(), m.end(), raw=raw))
            continue
        a_text = a
        a = 1.0 if a_text.lower() in ONE_WORDS else parse_number(a_text)
        if a is None:
            continue
        b_text, b = b, parse_number(b) if b else None
        if b is not None and (scale := SCALE_END.search(b_text)) and not SCALE_END.search(a_text) \
                and (bare := parse_number(b_text[:scale.start()])) and a <= bare:
            a *= b / bare                                # "5-6 million", "between 195 and 205 trillion": both ends
        half = 0.5 if m.start("half") >= 0 or m.start("half2") >= 0 else 0.0
        if b is not None:        # "one to one-and-a-half kilometres": the half is the second number's
            lo, hi = a + half, b + (0.5 if m.start("half2") >= 0 or m.start("halfb") >= 0 else 0.0)
        else:
            lo = hi = a + half
        if lo > hi:
            lo, hi = hi, lo
        unit = None
        if u:
            lo, hi, unit = to_days(lo, u), to_days(hi, u), "day"
        qual = QUALIFIERS.get(SPACES.sub(" ", qual.lower())) if qual else None
        if qual is None and (after := TRAILING_QUALIFIER.match(low, m.end())):
            qual = "up to" if after.group(1) in ("at most", "at the most", "or less", "or fewer") else "at least"
        start = m.start()
        if (qual == "more than" and OVER_AS_PARTICLE.search(low, max(0, start - 12), start)) \
                or (qual == "up to" and UP_AS_PARTICLE.search(low, max(0, start - 16), start)):
            qual, start, raw = None, m.start("a"), text[m.start("a"):m.end()]    # "hand over 23", "scaled up to 600"
        compound = bool(unit_text) and ("-" in unit_text or m.span("long")[0] >= 0
                                        or (a_text.lower() not in ONE_WORDS and _singular_before_noun(u, low, m.end())))
        out.append(Quantity(lo, hi, unit, qual, start, m.end(), compound, raw,
                            text[m.start("cur"):m.end("cur")].upper() if m.start("cur") >= 0 else None))
    if "within" in low and (bare := list(WITHIN_UNITS.finditer(low))):
        lo, hi = VAGUE["a few"]
        out += [Quantity(to_days(lo, m.group(1)), to_days(hi, m.group(1)), "day", "approximately", m.start(), m.end(),
                         raw=text[m.start():m.end()]) for m in bare]
        out.sort(key=lambda q: q.start)
    return out


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in `text`, or None."""
    found = find_quantities(text)
    return found[0] if found else None
