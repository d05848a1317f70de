"""Attributed sentences → typed facts with phase scope and evidence spans.

Per sentence: phase markers ("the first 40-day phase", "stage two", "this phase", "the next phase"),
the explicit number of phases, quantities classified as durations, timings and counts (with the
group counted, ratios and rates), and terms named by a phrase (withdrawal, return of displaced
people, handover, ...) from the lexicon. A quantity that no lexicon entry names still becomes a fact
when it is tied to a noun in a sentence about the terms. Phase scope carries across sentences and
paragraphs until another phase or another source is named.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from compare.attribute import BULLET, AliasTable, Sentence, attribute, opens_with_speaker
from compare.attribute.names import PRESS_REVIEW
from compare.extract.document import _Doc
from compare.extract.fact import ExtractedFact
from compare.extract.patterns import (DEAL_LEAD, DEAL_SUBJECT, DEAL_WORDS, IT_DOES, ITEM_NOUNS, ITEMS_COUNTED,
                                      ORDINAL_ITEM)
from compare.lexicon import Lexicon, load_lexicon

__all__ = ["ExtractedFact", "aliases", "extract", "lexicon", "EXTRACTOR", "EXTRACTOR_VERSION"]

EXTRACTOR = "crosscheck-rules"
EXTRACTOR_VERSION = "3.21"


# an explainer's question on a line of its own, and one on the deal's terms (not on what happened: "did", "was"),
# or one that goes on from the question before ("And the unspent COVID money?")
LONE_QUESTION = re.compile(r"^[ \t]*[A-Z][^\n]{0,150}\?[ \t]*$", re.M)
TERMS_QUESTION = re.compile(r"\W*(?:What|How|When|Which|Does|Do|Is|Are|Will|Would|Can|Where|And)\b"
                            r"(?![^?]*\b(?:did|was|were|had|happened|went)\b)[^?]*\?\s*$")
NEW_YORK_TIMES = re.compile(r"\bNew\s+York\s+Times\b|\bNYT\b|\bNY\s+Times\b")
PAPER_HEADING = re.compile(r"^The\s+([A-Z][a-z]+)[ \t]*$", re.M)     # a review's heading: "The Australian"
# what a paragraph opens on is to be done: "An independent commission will be appointed", "Britain is to
# repeal ..." (not a condition, a quotation or a time clause: "If talks fail, ...", "When it meets, ...")
MODAL_AHEAD = re.compile(r"(?![\"“‘']|(?:If|Unless|Without|Should|When|Once|While|Whether)\b)[^\"“”,;:?]{0,80}?"
                         r"\b(?:will|shall|(?:is|are)\s+to)\s+(?:also\s+|then\s+|first\s+|now\s+)?[a-z]")


@lru_cache(maxsize=1)
def aliases() -> AliasTable:
    from compare.config import load_settings
    return AliasTable.load(load_settings().aliases_file)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from compare.config import load_settings
    return load_lexicon(load_settings().lexicon_file)


def _papers_by_their_own_names(text: str, table: AliasTable) -> AliasTable:
    """The alias table for a review of the papers: a paper that heads its part under a name the table reads as
    another source keeps its own ("The Australian", not Australia), and so does "The Times" in a review that
    never names the New York Times in full (London's, not the New York Times)."""
    drop = {m.group(1) for m in PAPER_HEADING.finditer(text) if (known := table.lookup(m.group(1)))
            and known.lower() != m.group(1).lower() and m.group(1).lower() != "times"}
    if NEW_YORK_TIMES.search(text) is None:
        drop.add("times")
    return table.without(*drop)


def _deal_paragraphs(sentences) -> frozenset[int]:
    """The paragraphs that name the deal anywhere ("A council will bring ministers together. The agreement
    names 12 areas ...": the first sentence too), the paragraph after each ("The deal ends the strike.
    / Workers will not receive back pay"), and the paragraphs after those that go on to state what is to
    be done, over the titles of their sections ("ASSEMBLY / A 108-member assembly will be elected ...").
    Not after a paragraph that leaves the subject ("The deal was signed. / Talks ran late. / A commission
    is to oversee ..."): what is to be done there may be anything."""
    first: dict[int, Sentence] = {}
    named = set()
    for s in sentences:
        first.setdefault(s.paragraph, s)
        if not s.toks.isdisjoint(DEAL_WORDS):
            named.add(s.paragraph)
    found, going, before = set(), set(named), None       # (going: the deal's paragraphs and those that go on)
    for p, s in first.items():
        if p in named or before in named:
            found.add(p)
        if s.heading and p not in named:
            continue                             # a section's title, between the points of the text: no break
        if before in going and _goes_on(s):
            found.add(p)
            going.add(p)
        before = p
    return frozenset(found)


def _goes_on(s: Sentence) -> bool:
    """A paragraph after the deal's that opens on what is to be done, the outlet's own words: the terms go
    on ("An independent commission on policing will be appointed ...")."""
    return s.source is None and not s.heading and MODAL_AHEAD.match(s.text) is not None


# a schedule's next period: "- For the following six months, ...", "For a further 12 months, ..."
FOLLOWING_PERIOD = re.compile(r"\W*(?:For|Over|During)\s+(?:the\s+)?(?:following|next|subsequent|further|"
                              r"a\s+further)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s*,", re.I)


def _next_tranche(doc: _Doc, source: str, scope: int | None, at: int) -> int:
    """The phase a schedule's next period is, right after a sentence that gave a period: after the first ("Output falls
    by 8 million barrels a day from 1 June, lasting three months"), whose facts become the first phase's,
    the second; after the second, the third."""
    if scope is not None:
        return scope + 1
    for i in range(at, len(doc.facts)):
        if doc.facts[i].source == source and doc.facts[i].phase is None:
            doc.facts[i] = replace(doc.facts[i], phase=1)
    return 2


def extract(text: str, outlet: str, lex: Lexicon | None = None, alias_table: AliasTable | None = None,
            published: dt.date | None = None) -> list[ExtractedFact]:
    """Every fact in a document, each attributed to the source that reported it. `published`, the
    document's date, gives a date without its year ("by March 10") its year."""
    lex = lex or lexicon()
    table = alias_table or aliases()
    if PRESS_REVIEW.search(text, 0, 300):
        table = _papers_by_their_own_names(text, table)
    doc = _Doc(lex, published, text)
    scope: dict[str, int | None] = {}
    last_source = None
    own = table.canonical(outlet)
    last_paragraph: dict[str, int] = {}
    stages: dict[str, set[int]] = {}             # the stages each source's current paragraph went through
    named: dict[str, str] = {}                   # a source as named → its canonical name ("Osama Hamdan": Hamas)
    list_open = False                            # a sentence ended with a colon, and bullets follow it
    listed_at = -1                               # the paragraph of the item of such a list read last
    items_counted = -1                           # the paragraph that counted the text's points, pillars ...
    explainer = len(LONE_QUESTION.findall(text)) >= 2     # a Q&A: questions on lines of their own
    answering = False                            # in the answer to an explainer's question on the terms
    tranche_at: dict[str, tuple[int, int]] = {}  # each source's facts from its last sentence that gave a period,
                                                 # and its paragraph
    tranche_phase: dict[str, tuple[int, int]] = {}   # and the phase of the schedule's period it gave last, and where
    sentences = list(attribute(text, table, lex.mentions_terms, outlet))
    doc.deal_paragraphs = _deal_paragraphs(sentences)
    for s in sentences:
        bullet = BULLET.match(s.text) is not None
        item = items_counted == s.paragraph and ORDINAL_ITEM.match(s.text) is not None
        if explainer and (s.heading or s.text.rstrip().endswith("?")):
            answering = not s.heading and TERMS_QUESTION.match(s.text) is not None     # "What do workers get?"
        doc.answer = answering                   # (not "What did the union give up?")
        if s.link:
            continue                             # "Read more: Why 40 hostages are still held"
        # an item of a list: "The headline terms, as the ministry describes them:" / "- a haircut of 18 percent on
        # principal;"; "The text has five points. The first ..."; and what follows an item's ";" ("- A military
        # member chairs it for the first 21 months; a civilian chairs it for the remaining 18 months.")
        doc.listed = bullet and list_open or item or (doc.listed and s.paragraph == listed_at)
        listed_at = s.paragraph if doc.listed else -1
        list_open = s.text.rstrip().endswith(":") or doc.listed
        if not s.toks.isdisjoint(ITEM_NOUNS) and ITEMS_COUNTED.search(s.text):
            items_counted = s.paragraph
        if s.source is None:
            source = own
        elif (source := named.get(s.source)) is None:
            source = named[s.source] = table.canonical(s.source)
        if source != last_source:
            # back to a source within its paragraph ("In the first phase, ... Israel said. ..., Hamas said. 600
            # trucks would enter, Israel added"): its phase holds; after a paragraph, its account starts over
            if last_paragraph.get(source) != s.paragraph:
                scope[source] = None
            last_source = source
        if last_paragraph.get(source) != s.paragraph and (DEAL_LEAD.match(s.text) or opens_with_speaker(s)
                                                          or len(stages.get(source, ())) >= 2):
            scope[source] = None                 # a paragraph that opens "Under the same arrangement, ...", or
                                                 # with its speaker ("X told reporters"), or after one that went
                                                 # through the stages one by one: the whole deal again, not the
        if last_paragraph.get(source) != s.paragraph:                  # stage the paragraph before was in
            stages[source] = set()
            if s.entry and doc.staged == (s.paragraph, own) and source != own:
                scope[source] = scope.get(own)   # a live blog's entry that names a stage: "The second stage is
                                                 # done. The ministry says 307 servicemen were returned": that stage
        last_paragraph[source] = s.paragraph
        prior, tranche = scope.get(source), None
        if FOLLOWING_PERIOD.match(s.text) and s.paragraph - tranche_at.get(source, (0, -9))[1] <= 1:
            last = tranche_phase.get(source, (None, -9))       # the schedule's period before, if it was just before
            tranche = _next_tranche(doc, source, last[0] if s.paragraph - last[1] <= 1 else prior,
                                    tranche_at[source][0])
            scope[source] = tranche              # "- For the following six months, members hold back 6 million
                                                 # barrels a day": the schedule's next period is its next phase
        first = len(doc.facts)
        scope[source] = doc.sentence(s, source, scope.get(source))
        if tranche:
            tranche_phase[source] = (tranche, s.paragraph)
            if prior is None:
                scope[source] = None             # a period's phase is its own sentence's, not what follows it
        if any(f.source == source and f.kind in ("duration", "timing", "date") for f in doc.facts[first:]):
            tranche_at[source] = (first, s.paragraph)    # the last sentence that gave a period of this source's
        doc.deal_subject = s.paragraph if DEAL_SUBJECT.match(s.text) or (doc.deal_subject == s.paragraph
                                                                         and IT_DOES.match(s.text)) else -1
        if scope[source] is not None:
            stages[source].add(scope[source])
        for other in s.also:                     # "Ynet and the Times of Israel put ... at 1,000": theirs too
            for f in doc.facts[first:]:
                if f.source == source:
                    doc.add(replace(f, source=other))
        if "same" in s.toks or "both" in s.toks or "those" in s.toks:
            doc.same_figures(s, source, first, table)   # "Qatar's foreign ministry used the same numbers"
    doc.timings_in_the_first_phase()
    doc.in_the_stage_reported()
    doc.implied_phase_counts()
    return doc.without_redundant_releases()
