"""Document text → sentences, each attributed to the source it reports.

"according to X", "X reported/published/revealed", "a draft published by X", "sources told X" and
back-references ("the newspaper", "the paper") set the source that carries over following sentences
and paragraphs, until another source is named or a paragraph leaves the proposal's subject.
"X said" attributes only its own sentence. Anonymous sources ("officials", "a source familiar with
the talks") are the outlet's own reporting. Names go through the alias table.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from compare.errors import CrosscheckError
from compare.lexicon import tokens

# ---------------------------------------------------------------- aliases


def _norm_name(name: str) -> str:
    n = name.strip().strip("\"'“”‘’").lower().replace("’", "'").replace("–", "-").replace("—", "-")
    n = re.sub(r"^the\s+", "", n)
    n = re.sub(r"'s$", "", n)
    return re.sub(r"\s+", " ", n).strip(" ,.;:")


class AliasTable:
    """Canonical source names by alias (shipped defaults, extended by a TOML file)."""

    def __init__(self, mapping: dict[str, list[str]]):
        self._by_alias: dict[str, str] = {}
        for canonical, names in mapping.items():
            for a in [canonical, *names]:
                self._by_alias[_norm_name(a)] = canonical

    @classmethod
    def load(cls, extra: str | None = None) -> "AliasTable":
        data = tomllib.loads(resources.files("compare.lexicon").joinpath("aliases.toml").read_text("utf-8"))
        mapping = dict(data["aliases"])
        if extra:
            try:
                more = tomllib.loads(Path(extra).read_text("utf-8")).get("aliases", {})
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise CrosscheckError(f"{extra}: cannot read aliases: {exc}") from None
            for canonical, names in more.items():
                mapping[canonical] = [*mapping.get(canonical, []), *names]
        return cls(mapping)

    def lookup(self, name: str) -> str | None:
        return self._by_alias.get(_norm_name(name))

    def canonical(self, name: str) -> str:
        found = self.lookup(name)
        if found:
            return found
        n = re.sub(r"^(?:the)\s+", "", name.strip().strip(" ,.;:\"'“”"), flags=re.I)
        return re.sub(r"['’]s$", "", n)


# ---------------------------------------------------------------- sentences

ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "st", "no", "gen", "lt", "col", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "vs", "sen", "rep", "gov", "prof", "e.g", "i.e"}
SENT_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(*]*[A-Z0-9])|;\s+")
WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool
    source: str | None = None       # None: the document's outlet


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for p_index, para in enumerate(re.split(r"\n", text)):
        p_start = pos
        pos += len(para) + 1
        stripped = para.strip()
        if not stripped:
            continue
        lead = p_start + len(para) - len(para.lstrip())
        heading = len(stripped.split()) <= 12 and not re.search(r"[.!?:;\"”]$", stripped)
        last = 0
        body = para[lead - p_start:].rstrip()
        for m in SENT_END.finditer(body):
            w = WORD_BEFORE.search(body, max(0, m.start() - 24), m.start())
            if body[m.start()] == "." and w and (w.group(1).lower() in ABBREVIATIONS
                                                 or (len(w.group(1)) == 1 and w.group(1).isalpha())
                                                 or body[last:m.start()].strip().isdigit()):   # "1. The ..."
                continue
            seg = body[last:m.start() + 1 if body[m.start()] in ".!?;" else m.start()]
            if seg.strip():
                out.append(Sentence(lead + last, lead + last + len(seg), seg, p_index, heading))
            last = m.end()
        if body[last:].strip():
            out.append(Sentence(lead + last, lead + len(body), body[last:], p_index, heading))
    return out


# ---------------------------------------------------------------- attribution patterns

CAP = r"(?:[A-Z][\w'’&.-]*|al-[A-Z][\w'’-]*)"
NAME = rf"{CAP}(?:\s+(?:(?:of|for|al|de|and)\s+)?{CAP}){{0,5}}"
BACKREF_NOUNS = {"newspaper", "paper", "daily", "outlet", "report", "document", "draft", "text", "agency",
                 "network", "channel", "broadcaster", "website", "site", "publication", "weekly", "magazine",
                 "station", "report's", "copy", "same report", "same source"}
DOC_NOUNS = r"(?:version|document|fact\s+sheet|draft|text|side|proposal|government|delegation|account|summary|paper|statement|plan)"
ANON = re.compile(r"\b(?:sources?|officials?|diplomats?|people|persons?|mediators?|negotiators?|insiders?|"
                  r"spokes(?:man|woman|person)|analysts?|observers?|someone)\b")      # lower case: "Observer" may be a paper
CARRY_VERBS = r"(?:reported|reports|published|publishes|revealed|reveals|released|releases|obtained|disclosed|wrote|writes|cited|detailed|described|outlined|leaked|broadcast|aired)"
SPEECH_VERBS = r"(?:said|says|told|stated|states|added|claimed|claims|insisted|insists|noted|notes|confirmed|confirms|announced|announces|explained|argued)"
BACKREF_SUBJECT = re.compile(rf"\b[Tt]he\s+(?:same\s+)?(?:newspaper|paper|daily|outlet|agency|network|channel|broadcaster|"
                             rf"website|publication|report|document|draft)\s+(?:also\s+|later\s+)?(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
ADVERB = r"(?:\s+(?:also|later|earlier|previously|first|further|then|had|has|have))*"

ACCORDING = re.compile(r"\b(?i:according)\s+to\s+(?P<ref>[^,.;:()“”\"]{1,80}?)(?=\s*[,.;:()“”\"]|\s+(?:and|which|that|who|on|in|as)\b|$)")
BY_NAME = re.compile(rf"\b(?:published|reported|obtained|seen|released|revealed|cited|quoted|leaked|broadcast)\s+by\s+(?P<ref>(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{NAME})")
VERB = re.compile(rf"\b(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
SUBJECT_BEFORE = re.compile(rf"(?P<subj>(?:\b[Tt]he\s+)?(?:{NAME}|[A-Z][a-z]+\s+{DOC_NOUNS}|[A-Z][a-z]+['’]s\s+[\w\s]{{0,30}}?{DOC_NOUNS})){ADVERB}\s+$")
GATE_WORDS = frozenset(re.sub(r"[()?:]", " ", f"{CARRY_VERBS} {SPEECH_VERBS}").replace("|", " ").split()) | {"according", "by"}
KNOWN_VERBS = frozenset("has have say says put puts give gives want wants insist insists offer offers propose proposes "
                        "demand demands define defines describe describes call calls refer refers".split())
VERB_SUBJECT = re.compile(rf"[,”\"]\s*(?:{CARRY_VERBS}|{SPEECH_VERBS})\s+(?P<subj>(?:the\s+)?{NAME})\s*[.,]?\s*$")
TRAILING = re.compile(rf"[,”\"]\s*(?P<subj>(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+{DOC_NOUNS}|{NAME}))(?:\s+also)?\s+(?:{CARRY_VERBS}|{SPEECH_VERBS})\s*[.]?\s*$")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "here", "his", "her"}
ANON_TOLD = re.compile(rf"\b(?:sources?|officials?|diplomats?|people|person|mediators?|negotiators?)\b[^.;]{{0,60}}?\btold\s+(?P<subj>(?:the\s+)?{NAME})")
KNOWN_SUBJECT = re.compile(r"(?:^\W*(?:\d+\.\s*)?|[—:]\s*)(?:[Tt]he\s+)?(?P<subj>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:has|have|say|says|puts?|gives?|wants?|insists?|offers?|proposes?|demands?|defines?|describes?|calls?|refers?)\b")
LEAD_DEMONYM = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<subj>[A-Z][a-z]+)\s+(?:[a-z’'-]+\s+){0,4}$")
POSSESSIVE_DOC = re.compile(rf"\b(?P<subj>{NAME})['’]s\s+(?:\w+\s+){{0,2}}{DOC_NOUNS}\b")
PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from|to|with|for|on|at|by|into|near|over|about|against|between)\s*$", re.I)

SUBJECT_CUES = re.compile(
    r"\b(?:proposal|deal|draft|agreement|framework|truce|cease-?fire|phases?|stages?|hostages?|prisoners?|"
    r"releas\w*|withdraw\w*|exchange|terms|plan|document|fact sheet|accord|negotiat\w*|talks|treaty|"
    r"concession\w*|provision\w*|clause\w*)\b", re.I)


@dataclass
class Attribution:
    source: str | None      # canonical name; None = the outlet (anonymous or unattributed)
    carries: bool           # sets the source for following sentences
    backref: bool = False


def _resolve(ref: str, aliases: AliasTable) -> Attribution | None:
    """A phrase naming a source → its canonical name; None when it names nothing usable."""
    ref = re.split(r"\s+and\s+", ref.strip())[0].strip(" ,")
    words = ref.split()
    if not words or _norm_name(ref) in PRONOUNS:
        return None
    if ANON.search(ref[:1].lower() + ref[1:]):
        return Attribution(None, True)
    low = re.sub(r"^(?:the|this|that|a|an)\s+", "", ref.lower())
    if low in BACKREF_NOUNS or (low.split()[-1] in BACKREF_NOUNS and not re.search(r"[A-Z]", ref[1:] if ref[:1].isupper() else ref)):
        return Attribution(None, True, backref=True)
    known = aliases.lookup(ref)
    if known:
        return Attribution(known, True)
    m = re.match(rf"^(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+{DOC_NOUNS}\b", ref)
    if m and aliases.lookup(m.group(1)):
        return Attribution(aliases.lookup(m.group(1)), True)
    caps = re.findall(NAME, ref)
    if not caps:
        return None
    name = caps[-1]
    return Attribution(aliases.lookup(name) or aliases.canonical(name), True)


def _early(m: re.Match, group: str, sentence: str) -> bool:
    """An attribution that opens its sentence (or introduces what follows with a colon) carries over."""
    return m.start(group) <= max(12, len(sentence) * 0.3) or sentence.rstrip().endswith(":")


def find_attribution(sentence: str, aliases: AliasTable) -> Attribution | None:
    """The source a sentence cites, if any, and whether it carries over to what follows."""
    toks = tokens(sentence)
    if not toks.isdisjoint(GATE_WORDS):
        att = _cited(sentence, aliases)
        if att:
            return att
    if "'s" in sentence or "’s" in sentence:
        m = POSSESSIVE_DOC.search(sentence)
        if m and (att := _resolve(m.group("subj"), aliases)):
            return att
    m = KNOWN_SUBJECT.search(sentence) if not toks.isdisjoint(KNOWN_VERBS) else None
    if m and aliases.lookup(m.group("subj")):
        return Attribution(aliases.lookup(m.group("subj")), False)
    return None


def _cited(sentence: str, aliases: AliasTable) -> Attribution | None:
    """Attributions that hang on 'according to', 'by' or a reporting verb."""
    m = ACCORDING.search(sentence)
    if m and (att := _resolve(m.group("ref"), aliases)):
        att.carries = att.carries and _early(m, "ref", sentence)
        return att
    m = BACKREF_SUBJECT.search(sentence)
    if m:                                       # "The newspaper reported that ..."
        return Attribution(None, bool(re.fullmatch(CARRY_VERBS, m.group("verb"))) and _early(m, "verb", sentence),
                           backref=True)
    for pattern in (ANON_TOLD, BY_NAME):
        m = pattern.search(sentence)
        if m and (att := _resolve(m.groupdict().get("subj") or m.group("ref"), aliases)):
            return att
    for pattern in (TRAILING, VERB_SUBJECT):
        m = pattern.search(sentence)
        if m and (att := _resolve(m.group("subj"), aliases)):
            att.carries = False
            return att
    for v in VERB.finditer(sentence):
        offset = max(0, v.start() - 100)
        m = SUBJECT_BEFORE.search(sentence, offset, v.start())
        if m is None:
            continue
        pre = sentence[:m.start("subj")]
        if ANON.search(pre) and not re.search(r"[.;:]", pre):
            return Attribution(None, True)      # "A source familiar with the talks revealed ..."
        if PREPOSITION_BEFORE.search(pre):
            continue                            # "... in Gaza revealed": a place, not a source
        att = _resolve(m.group("subj"), aliases)
        if att:
            att.carries = bool(re.fullmatch(CARRY_VERBS, v.group("verb"))) and _early(m, "subj", sentence)
            return att
    m = re.search(rf"\s(?P<verb>{CARRY_VERBS})\b", sentence)
    if m and (lead := LEAD_DEMONYM.match(sentence[:m.start() + 1])) and aliases.lookup(lead.group("subj")):
        return Attribution(aliases.lookup(lead.group("subj")), True)   # "The Iranian parliament's committee released"
    return None


def attribute(text: str, aliases: AliasTable, mentions_terms=None) -> list[Sentence]:
    """Sentences with their reporting source (None = the document's outlet). `mentions_terms`
    (from the lexicon, on a paragraph's words) tells whether it still speaks of the proposal's terms."""
    def speaks_of_terms(body: str) -> bool:
        return bool((mentions_terms and mentions_terms(tokens(body))) or SUBJECT_CUES.search(body))
    sentences = split_sentences(text)
    carry: str | None = None
    last_named: str | None = None
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    for _, group in sorted(paragraphs.items()):
        body = " ".join(s.text for s in group)
        found = [find_attribution(s.text, aliases) for s in group]
        if not group[0].heading and not any(found) and not speaks_of_terms(body):
            carry = None                        # the text left the proposal's subject
        for s, att in zip(group, found):
            if att is None:
                s.source = carry
                continue
            source = (last_named if att.backref else att.source)
            if att.source is not None:
                last_named = att.source
            s.source = source
            if att.carries:
                carry = source
    return sentences
