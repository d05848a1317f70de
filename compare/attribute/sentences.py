"""A document cut into sentences, with their paragraphs, headings and tokens."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from compare.lexicon import lower_tokens, word_pieces
from compare.normalize import fold_lower, has_folded

ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "st", "no", "gen", "lt", "col", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "vs", "sen", "rep", "gov", "prof", "e.g", "i.e",
                 "brig", "maj", "capt", "sgt", "adm", "cmdr"}
CLOCK_FOLLOWERS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday ET EST EDT GMT UTC BST CET "
                            "PT PST".split())
SENT_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(*]*[A-Z0-9])|;\s+")
# The same, written to begin with one character class: Python's re then skips to those characters
# instead of trying the pattern at every position.
SENT_END_FAST = re.compile(r"[.!?;](?:(?<=;)\s+|(?<!;)[\"”’)]*\s+(?=[\"“‘(*]*[A-Z0-9]))")
UP_TO_LAST_NON_WORD = re.compile(r"(?s:.*)[^\w.]")      # ends after the last character outside [\w.]
HEADING_END = frozenset('.!?:;"”')
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:GMT|UTC|[A-Z]{2,4})(?:[+-]\d{1,2})?)?"
_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+"      # "24 May, ", "Nov. 21 "
ENTRY_TIME = re.compile(rf"(?:UPDATE(?:\s+\d+)?,?\s+)?(?:{_DAY})?{_CLOCK}\s*[-–—|:]\s+", re.I)   # "UPDATE 2, 16:05 GMT — ",
                                                                                            # "24 May, 20:05 - "
ENTRY_TIME_ALONE = re.compile(rf"{_CLOCK}\s*")             # "08:02" on its own line: a new entry starts
# a link to another story, whose title's figures are that story's: "Read more: Why 40 hostages are still held"
TEASER = re.compile(r"(?:read\s+(?:more|also)|also\s+read|related|see\s+also|more\s+on\s+this|watch|listen)\s*:", re.I)
ENTRY_TIME_LEAD = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\s+(?=[A-Z\"“])")   # "15:45 The White House fact sheet is out"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool
    source: str | None = None       # None: the document's outlet
    clause: bool = False            # the second clause of a contrast ("..., while Hamas says 60")
    entry: bool = False             # its paragraph is a live blog's timed entry ("16:55 - ...")
    also: tuple[str, ...] = ()      # other sources that state the same ("Ynet and the Times of Israel put ...")
    cited: bool = False             # it names a speaker, even one whose words are the outlet's ("the official said")
    link: bool = False              # its paragraph links to another story ("Read more: ..."): no terms of this one
    # computed once by `prepare` for the rules' fast paths
    low: str = field(default="", repr=False, compare=False)      # fold_lower(text)
    toks: frozenset[str] = field(default=frozenset(), repr=False, compare=False)   # tokens(text)
    pieces: frozenset[str] = field(default=frozenset(), repr=False, compare=False)  # word_pieces of low


def _word_before(body: str, lo: int, end: int) -> str | None:
    """The run of word characters and dots that ends at `end` (not before `lo`); None if there is none."""
    m = UP_TO_LAST_NON_WORD.match(body, lo, end)
    start = m.end() if m else lo
    return body[start:end] if start < end else None


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for p_index, para in enumerate(text.split("\n")):
        p_start = pos
        pos += len(para) + 1
        body = para.strip()
        if not body:
            continue
        link = body[:1] in "RrSsAaMmWwLl" and TEASER.match(body) is not None
        lead = p_start + len(para) - len(para.lstrip())
        heading = body[-1] not in HEADING_END and len(body.split()) <= 12
        stamp = ENTRY_TIME.match(body) or ENTRY_TIME_ALONE.fullmatch(body) or ENTRY_TIME_LEAD.match(body)   # "16:55 - ": a live blog's entry,
                                                    # the time no part of a sentence
        last = stamp.end() if stamp and stamp.re is not ENTRY_TIME_ALONE else 0     # a time alone stays, as the entry's mark
        after_semicolon = False          # a sentence cut at ";" continues the one before it
        for m in SENT_END_FAST.finditer(body, last):
            end = m.start()
            if body[end] == ".":
                w = _word_before(body, max(0, end - 24), end)
                if w and ((w.lower() in ABBREVIATIONS and (w.lower() != "no" or body[m.end():m.end() + 1].isdigit()))
                          or (len(w) == 1 and w.isalpha()) or body[last:end].strip().isdigit()):   # "1. The ...";
                    continue                                          # "No. 5", but "Hamas said no. Once ..."
                if w in ("a.m", "p.m") and body[m.end():].split(None, 1)[:1] and \
                        body[m.end():].split(None, 1)[0].strip(",.") in CLOCK_FOLLOWERS:
                    continue                                          # "at 7 a.m. Thursday": one sentence
            seg = body[last:end + 1 if body[end] in ".!?;" else end]
            if seg.strip():
                out.append(Sentence(lead + last, lead + last + len(seg), seg, p_index, heading, clause=after_semicolon,
                                    entry=stamp is not None, link=link))
            after_semicolon = body[end] == ";"
            last = m.end()
        if body[last:].strip():
            out.append(Sentence(lead + last, lead + len(body), body[last:], p_index, heading, clause=after_semicolon,
                                entry=stamp is not None, link=link))
    return out


def prepare(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Give each sentence its lower-case text and token set, computed once for all the rules."""
    folds = has_folded(text)                  # rare: a letter of FOLD in the text
    for s in sentences:
        low = s.text.lower()
        s.toks = lower_tokens(low)
        s.low = fold_lower(s.text) if folds else low
        s.pieces = word_pieces(lower_tokens(s.low) if folds else s.toks, s.low)
    return sentences
