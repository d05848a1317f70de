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
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from compare.errors import CrosscheckError
from compare.lexicon import Anchored, lower_tokens, word_pieces
from compare.normalize import fold_lower, has_folded

# ---------------------------------------------------------------- aliases


# "the London-based Al-Quds", "Saudi-owned Al Arabiya": a description before the name
_DESCRIBED = r"[\w.-]+-(?:based|owned|run|affiliated|backed|funded|linked|controlled|language)\s+"
LEADING_THE = re.compile(rf"^the\s+(?:{_DESCRIBED})?|^{_DESCRIBED}")
POSSESSIVE_END = re.compile(r"'s$")
SPACES = re.compile(r"\s+")
LEADING_THE_ANY_CASE = re.compile(rf"^(?:the\s+)?{_DESCRIBED}|^the\s+", re.I)
ANY_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=8192)                  # a pure function of a short name; names recur
def _norm_name(name: str) -> str:
    n = name.strip().strip("\"'“”‘’").lower().replace("’", "'").replace("–", "-").replace("—", "-")
    n = LEADING_THE.sub("", n)
    n = POSSESSIVE_END.sub("", n)
    return SPACES.sub(" ", n).strip(" ,.;:")


DEMONYM_END = re.compile(r"(?:i|an|ese|ish|ch)$")


class AliasTable:
    """Canonical source names by alias (shipped defaults, extended by a TOML file)."""

    def __init__(self, mapping: dict[str, list[str]]):
        self._by_alias: dict[str, str] = {}
        for canonical, names in mapping.items():
            for a in [canonical, *names]:
                self._by_alias[_norm_name(a)] = canonical
        # states: the names listed with a demonym ("Argentina": "argentine"), whose other names are places
        self.states = frozenset(c for c, names in mapping.items()
                                if any(a != c.lower() and DEMONYM_END.search(a)
                                       and (" " not in a or a.split()[0] == c.lower().split()[0]) for a in names))

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
        n = _norm_name(name)
        found = self._by_alias.get(n)
        if found is None and "'s " in n:        # "Israel's Channel 12": the name after the possessive
            found = self._by_alias.get(n.split("'s ", 1)[1])
        return found

    def canonical(self, name: str) -> str:
        found = self.lookup(name)
        if found:
            return found
        n = LEADING_THE_ANY_CASE.sub("", name.strip().strip(" ,.;:\"'“”"))
        return ANY_POSSESSIVE_END.sub("", n)


# ---------------------------------------------------------------- sentences

ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "st", "no", "gen", "lt", "col", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "vs", "sen", "rep", "gov", "prof", "e.g", "i.e"}
CLOCK_FOLLOWERS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday ET EST EDT GMT UTC BST CET "
                            "PT PST".split())
SENT_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(*]*[A-Z0-9])|;\s+")
# The same, written to begin with one character class: Python's re then skips to those characters
# instead of trying the pattern at every position.
SENT_END_FAST = re.compile(r"[.!?;](?:(?<=;)\s+|(?<!;)[\"”’)]*\s+(?=[\"“‘(*]*[A-Z0-9]))")
UP_TO_LAST_NON_WORD = re.compile(r"(?s:.*)[^\w.]")      # ends after the last character outside [\w.]
HEADING_END = frozenset('.!?:;"”')
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:GMT|UTC|[A-Z]{2,4})(?:[+-]\d{1,2})?)?"
ENTRY_TIME = re.compile(rf"(?:UPDATE(?:\s+\d+)?,?\s+)?{_CLOCK}\s*[-–—|:]\s+", re.I)   # "UPDATE 2, 16:05 GMT — "
ENTRY_TIME_ALONE = re.compile(rf"{_CLOCK}\s*")             # "08:02" on its own line: a new entry starts
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
                if w and (w.lower() in ABBREVIATIONS or (len(w) == 1 and w.isalpha())
                          or body[last:end].strip().isdigit()):       # "1. The ..."
                    continue
                if w in ("a.m", "p.m") and body[m.end():].split(None, 1)[:1] and \
                        body[m.end():].split(None, 1)[0].strip(",.") in CLOCK_FOLLOWERS:
                    continue                                          # "at 7 a.m. Thursday": one sentence
            seg = body[last:end + 1 if body[end] in ".!?;" else end]
            if seg.strip():
                out.append(Sentence(lead + last, lead + last + len(seg), seg, p_index, heading, clause=after_semicolon,
                                    entry=stamp is not None))
            after_semicolon = body[end] == ";"
            last = m.end()
        if body[last:].strip():
            out.append(Sentence(lead + last, lead + len(body), body[last:], p_index, heading, clause=after_semicolon,
                                entry=stamp is not None))
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


# ---------------------------------------------------------------- attribution patterns

CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’&.-]*|al-[A-Z][\w'’-]*)"
NAME = rf"{CAP}(?:\s+(?:(?:of|for|al|de|and|bin|ibn|bint|abu|dei|del|della|di|du|des|da|do)\s+(?:the\s+|l['’](?=[A-ZÀ-Þ]))?)?{CAP}){{0,7}}(?:\s+\d{{1,3}}(?![\w,.]\w)(?:\s+News\b)?)?"
BACKREF_NOUNS = {"newspaper", "paper", "daily", "outlet", "report", "document", "draft", "text", "agency",
                 "network", "channel", "broadcaster", "website", "site", "publication", "weekly", "magazine",
                 "station", "report's", "copy", "same report", "same source", "ministry", "office", "department",
                 "group", "movement", "statement", "fact sheet", "summary", "readout", "mission", "delegation",
                 # a side named by its office: the source last named so ("President Biden" → "the president")
                 "president", "prime minister", "premier", "government", "cabinet", "administration", "presidency",
                 "official", "spokesman", "spokeswoman", "spokesperson", "army", "military"}
PEOPLE_KINDS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "diplomat"})   # unnamed: the outlet's own
KIND_WORDS = frozenset({"president", "minister", "premier", "government", "cabinet", "administration", "presidency",
                        "official", "spokesman", "spokeswoman", "spokesperson"})
DOC_NOUN_WORDS = ("version", "document", r"fact\s+sheet", "factsheet", "maps", "draft", "text", "side", "proposal", "government", "delegation", "report",
                  "account", "summary", "paper", "statement", "readout", "plan", "ministry", "office", "cabinet",
                  "presidency", "military", "army")
DOC_NOUNS = "(?:%s)" % "|".join(DOC_NOUN_WORDS)
# people who speak without a name: the outlet's own reporting, or what they told another outlet
ANON_WHO = r"sources?|officials?|diplomats?|people|persons?|mediators?|negotiators?"
ANON = re.compile(rf"\b(?:{ANON_WHO}|insiders?|spokes(?:man|woman|person)|analysts?|observers?|someone)\b")  # lower case: "Observer" may be a paper
CARRY_WORDS = frozenset(CARRY_LIST := ("reported reports reporting published publishes revealed reveals released releases obtained "
                                        "disclosed wrote writes cited detailed described outlined leaked broadcast aired "
                                        "issued issues printed prints learned learnt learns understands").split())
SPEECH_LIST = ("said says say told tells stated states added claimed claims insisted insists insist noted notes confirmed confirms "
               "confirm announced announces announce explained explain argued argue estimated estimates projected "
               "projects calculated calculates quoted briefed describe describes").split()
CARRY_VERBS = "(?:%s)" % "|".join(CARRY_LIST)
SPEECH_VERBS = "(?:%s)" % "|".join(SPEECH_LIST)
VERB_WORDS = CARRY_WORDS | frozenset(SPEECH_LIST)
BACKREF_WORDS = frozenset(BACKREF_LIST := ("newspaper", "paper", "daily", "outlet", "agency", "network", "channel",
                                           "broadcaster", "website", "site", "station", "magazine", "weekly",
                                           "publication", "report", "document", "draft", "ministry", "office",
                                           "department", "group", "movement", "government", "cabinet",
                                           "president", "presidency", "administration", "summary", "memo",
                                           "readout", "company", "union", "headquarters", "commission", "statement",
                                           "sheet", "army", "military"))
BACKREF_SUBJECT = re.compile(rf"\b[Tt]he\s+(?:same\s+)?(?:(?:news|state|wire|official|public|fact|foreign|finance|defen[cs]e|interior|economy|trade|commerce|energy|"
                             rf"health|justice|information|treasury)\s+)?(?P<noun>{'|'.join(BACKREF_LIST)})"
                             rf"(?:,\s+(?:for\s+its\s+part|in\s+(?:a|its)\s+[\w\s-]{{1,30}}?|meanwhile|however|though|too),)?"   # "The
                             rf"\s+(?:also\s+|later\s+)?"                                              # union, for its part, says"
                             rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}|adds(?=\s*[.]?\s*$|\s+that\b))\b(?!\s+by\b)")   # not "the
                                                      # document obtained by X"; "..., the union adds.", "The paper adds that"
ADVERB_WORDS = frozenset(ADVERB_LIST := "also later earlier previously first further then now just had has have".split())
ADVERB = r"(?:\s+(?:%s|(?:is|are)(?=\s+reporting\b)))*" % "|".join(ADVERB_LIST)     # "Axios is reporting"
# when a subject spoke, between it and its verb: "Al-Akhbar on Tuesday published", "Reuters earlier this week reported"
WHEN = (r"(?:(?:(?:on|late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|evening|afternoon))?"
        r"|(?:earlier\s+|late\s+)?(?:this|last)\s+(?:week|month|weekend)|yesterday|today)")
WHEN_WORDS = frozenset("is are on late early earlier this last week month weekend yesterday today night morning evening "
                       "afternoon".split())

# "the Asharq Al-Awsat newspaper reported": the name, then what kind of outlet it is
OUTLET_KIND_WORDS = ("newspaper", "daily", "paper", "channel", "network", "website", "site", "agency",
                     "broadcaster", "magazine", "outlet", "weekly", "station", "television")
OUTLET_KINDS = "(?:%s)" % "|".join(OUTLET_KIND_WORDS)
_REF = r"\s+(?P<ref>(?:[^,.;:()“”\"]|(?<=\b[A-Z])\.){1,80}?)(?=\s*(?:[,;:()“”\"]|\.(?<!\b[A-Z]\.))|\s+(?:and|which|that|who|on|in|as)\b|$)"
ACCORDING = re.compile(r"\b(?i:according)\s+to" + _REF)
PER_SOURCE = re.compile(r"(?:^|,\s)\W*[Pp]er" + _REF)          # "Per the Wall Street Journal, ..."
BY_NAME = re.compile(rf"\b(?:published|reported|obtained|seen|released|revealed|cited|quoted|leaked|broadcast|"
                     rf"summari[sz]ed|described|relayed|carried|outlined|reviewed|viewed|examined|circulated)"
                     rf"(?:\s+(?:on|late|early|last|this)\s+[A-Z]?[a-z]+)?\s+by\s+(?P<ref>(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{NAME}"
                     rf"(?:\s+(?:public\s+|state\s+)?{OUTLET_KINDS}\s+{NAME})?)")      # "Israeli broadcaster Kan"
SAID_IN_DOC = re.compile(r"\b(?:said|says|announced|stated|declared)\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?"
                         r"(?:statement|post|message|communiqu[eé]|interview|letter|video)\s+$")
VERB = re.compile(rf"\b(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
PEOPLE_BEFORE = re.compile(r"(?:\d|\b(?:people|prisoners|hostages|detainees|captives|men|women|children|soldiers|civilians|"
                           r"citizens|nationals|journalists|others))\s+(?:[a-z]+\s+){0,2}$", re.I)
AUX = r"(?:(?:has|have|had|is(?=\s+reporting\b))\s+)?(?:(?:also|just|now|since|already)\s+)?"      # "..., has just confirmed"
ROLE_WORDS = frozenset("minister president leader envoy spokesman spokeswoman spokesperson negotiator negotiators "
                       "official officials chief secretary member team speaker adviser advisor ambassador "
                       "commander chairman premier representative aide aides diplomat diplomats mediator mediators ceo "
                       "governor".split())
ROLES = "(?:%s)" % "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
OUTLET_TAIL = re.compile(rf"(?P<name>{NAME})\s+(?:[a-z-]+\s+)?{OUTLET_KINDS}$")
SUBJECT_BEFORE = re.compile(rf"(?P<subj>(?:\b[Tt]he\s+|\b[Aa]n?\s+)?(?:{NAME}(?:\s+(?:[a-z-]+\s+)?{OUTLET_KINDS}|\s+(?:report|statement|readout|summary))?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}}\s+(?:[a-z]+(?:['’]s)?\s+){{0,2}}{DOC_NOUNS}|[A-Z][a-z]+['’]s\s+[\w\s'’-]{{0,30}}?"
                            rf"(?:{DOC_NOUNS}|{ROLES}))){ADVERB}(?:\s+{WHEN}{ADVERB})?\s+$")
# '"...," a Hamas official said.' / '"...," said N, a Hamas leader.': the organisation of a role
QUOTE_ROLE_END = re.compile(rf"[,”\"]\s*(?:{SPEECH_VERBS}\s+)?(?:[\w\s.-]{{0,30}}?,\s+)?(?:an?|the)\s+(?:senior\s+|top\s+)?"
                            rf"(?P<org>{NAME})\s+(?P<role>{ROLES})(?:\s+{SPEECH_VERBS}(?:\s+(?:reporters|journalists|the\s+[a-z]+|{NAME}))?)?"
                            rf"\s*[.]?\s*$")                                 # "..., an Israeli official told reporters."
ORG_KINDS = r"(?:administration|government|defen[cs]e|military|security|intelligence|political|state|foreign\s+ministry)"
RANK_WORDS = r"(?:caretaker|acting|interim|outgoing|former|deputy)"    # "Lebanese caretaker Prime Minister"
RANKED_OWNER_BEFORE = re.compile(rf"(?P<org>{CAP})\s+{RANK_WORDS}\s+$")
ACRONYM = re.compile(r"[A-Z]{2,6}")                # "UAW President Ray Koval called ...": the UAW
# ... and by a body named before: "The federation's chief executive, Morag Buchan, called that ..."
BODY_TITLED_SUBJECT = re.compile(rf"^\W*[Tt]he\s+(?P<org>[a-z]+)['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{ROLES}|executive|director),\s+"
                                 rf"(?P<person>{CAP}(?:\s+{CAP}){{1,3}}),\s+(?:has\s+|had\s+|also\s+)?[a-z]")

# a titled person opening a sentence that cites no one: "M23 spokesman Lawrence Kanyuka rejected that reading"
TITLED_SUBJECT = re.compile(rf"^\W*(?:(?:In|On|At|During|After|Before)\b[^,;.]{{0,80}},\s+)?(?:[Tt]he\s+)?(?P<org>{NAME})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?i:{ROLES})"
                            rf"(?:\s+(?P<person>{CAP}(?:\s+(?:{CAP}|bin|al|de|van|von)){{1,4}})"
                            rf"|,\s+(?P<person2>{CAP}(?:\s+(?:{CAP}|bin|al|de|van|von)){{1,4}}),)"   # "Kosovo's deputy prime
                            rf"(?:,\s+(?:who|whose)\b[^;.]{{0,160}}?,)?"                            # ", who hosted ...,"
                            rf"\s+(?:has\s+|had\s+|also\s+)?[a-z]")                                  # minister, N, rejected"
# "Hamas official Osama Hamdan said": the organisation a named official speaks for
ORG_ROLE_BEFORE = re.compile(rf"(?P<org>{NAME})\s+(?:senior\s+)?(?:[a-z]+\s+){{0,2}}?{ROLES}\s+$")   # "Hamas political bureau member N"
OWNER_BEFORE = re.compile(rf"(?P<org>{NAME})['’]s\s+$")
# "At the White House, press secretary N said": the body named where the speaker stands
AT_ORG_ROLE_BEFORE = re.compile(rf"^\W*(?:At|In|From)\s+the\s+(?P<org>{NAME}),\s+(?:[a-z]+\s+){{0,2}}{ROLES}\s+$")
CAPS_BEFORE = re.compile(r"(?:\b[A-Z][\w.-]*\s+){1,3}$")
GATE_WORDS = VERB_WORDS | {"according", "by", "per", "tell", "tells", "put", "adds", "spoken", "listed",
                           "speaking", "talking", "spoke", "talked"}     # "A Hamas official, speaking to Al Jazeera, set out"
KNOWN_VERBS = frozenset("has have say says put puts give gives want wants insist insists offer offers propose proposes "
                        "demand demands define defines describe describes call calls refer refers called described "
                        "read reads presented presents stressed stresses warned warns".split())
VERB_SUBJECT = re.compile(rf"[,”\"]\s*(?:{CARRY_VERBS}|{SPEECH_VERBS})\s+(?P<subj>(?:the\s+)?{NAME})\s*[.,]?\s*$")
# "..., Kan, the public broadcaster, reported.": a name, what it is between commas, the verb
TRAILING_APPOSITIVE = re.compile(rf"[,”\"]\s*(?P<subj>(?:the\s+)?{NAME}),\s+(?:the|an?)\s+[^,;]{{1,60}},\s+(?:also\s+)?"
                                 rf"(?:{CARRY_VERBS}|{SPEECH_VERBS})\s*[.]?\s*$")
TRAILING = re.compile(rf"[,”\"]\s*(?P<subj>(?:[Tt]he\s+)?(?:[A-Z][\w.]+\s+(?:[a-z]+\s+)?{DOC_NOUNS}|(?:{CAP}\s+{RANK_WORDS}\s+)?{NAME}))(?:\s+also)?\s+(?:{CARRY_VERBS}|{SPEECH_VERBS}|adds)\s*[.]?\s*$")
# "Al Jazeera, citing a copy of the text, said ...": a name, an aside between commas, the verb
APPOSITIVE = re.compile(rf"^\W*(?:(?:On|For|As\s+for|Looking\s+ahead|Meanwhile|Separately|Elsewhere)\b[^,;.\"“”]{{0,50}},\s*)?"
                        rf"(?:(?:[Tt]he|{CAP}['’]s)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?)?"   # "The nonpartisan", "Egypt's state-linked"
                        rf"(?:(?:[\w'’-]+\s+){{0,3}}?{OUTLET_KINDS}\s+)?"      # "The Saudi-owned daily"
                        rf"(?P<subj>{NAME}(?:\s+(?:fact\s+sheet|statement|readout|summary)|\s+{ROLES}\s+{NAME}|\s+news\s+(?:agency|channel|network|website))?"
                        rf"|[Tt]he\s+(?:{CAP}\s+)?(?:[a-z]+\s+){{0,2}}(?:ministry|government|army|military|office|presidency|"
                        rf"cabinet|delegation)"                        # "The Emirati foreign ministry, which ..., said"
                        rf"|[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?{OUTLET_KINDS}),\s+"   # "The London-based Saudi daily, citing"
                        rf"(?:who\s[^,;]{{1,160}}|[a-z](?:[^,;]|(?<=\d),(?=\d{{3}})){{0,80}}|(?:[Ii]n|[Oo]n|[Aa]t)\s[^,;]{{1,80}}),\s+"
                        rf"(?:{WHEN}\s+)?{AUX}"
                        rf"(?:(?:called|welcomed|hailed|praised|described|rejected|accepted)\s+[^;]{{1,80}}?\s+and\s+)?"
                        rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}|puts?(?=\s+(?:the\s+)?(?:number|figure|total|toll|cost)\b"
                        rf"|\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?at\s))\b")
OUTLET_THEN_NAME = re.compile(rf"^\W*(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){{0,3}}?{OUTLET_KINDS},\s+(?:the\s+)?"
                              rf"(?P<name>{NAME}),(?:\s+{WHEN})?{ADVERB}\s+(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
THE_ROLE_SAID = re.compile(rf"(?:^\W*|[,”\"]\s*)[Tt]he\s+(?P<role>officials?|spokes(?:man|woman|person)|president|"
                           rf"prime\s+minister|minister|diplomats?|envoy['’]s\s+office)\s+(?:also\s+)?"
                           rf"(?:{SPEECH_VERBS}|described|put(?=\s+(?:the\s+)?(?:number|figure|total)\b))\b")
# "the company", "the union": the one named so before, else no one named (not whoever spoke last)
BODY_KINDS = frozenset({"company", "union", "headquarters", "commission"})
# a side that reacts names itself for a later "it said", "its spokesman said", not as the sentence's source
REACTION_WORDS = frozenset("welcomed rejected accepted hailed praised criticised criticized dismissed endorsed approved "
                           "backed thanked brushed disputed contested denied".split())
REACTION = re.compile(rf"^\W*(?:[Tt]he\s+|[Aa]n?\s+)?(?P<subj>{NAME})(?:\s+(?P<kind>(?:[a-z]+\s+)?(?:ministry|office|"
                      rf"government|spokesperson|spokesman|spokeswoman|officials?)))?\s+(?:has\s+|had\s+|have\s+|also\s+)?"
                      rf"(?:{'|'.join(REACTION_WORDS)})\b")
# where or when, before the speaker that opens a sentence: "In Washington, a senior US official said"
LEAD_PLACE = (r"(?:(?:In|On|At|During|After|Before|Earlier|Later|Late|Early|Asked|Speaking|Addressing|Briefing)\b"
              r"[^,;.\"“”]{0,80},\s*)?")
# "Its spokesman said", "Its chief negotiator, N, told reporters": the source named last
ITS_ROLE_SAID = re.compile(rf"^\W*{LEAD_PLACE}(?:[Ii]ts|[Tt]heir)\s+(?:chief\s+|senior\s+)?(?:spokes(?:man|woman|person)|negotiators?|leaders?|"
                           rf"officials?)(?:,\s+[^,;]{{1,40}},)?\s+(?:also\s+)?(?:{SPEECH_VERBS})\b")
# "A spokesman for Qatar's foreign ministry told ...", "..., a spokeswoman for the State Department said.",
# "An adviser to the RSF leadership told ...", "a member of the Hamas political bureau said"
FOR_ROLE_WORDS = frozenset("spokesman spokeswoman spokesperson adviser advisor aide member representative office head "
                           "chief director chairman".split())
SPOKESPERSON_FOR = re.compile(rf"(?:^\W*|[,”\"]\s*)(?:[Aa]n?|[Tt]he)\s+(?:senior\s+|chief\s+|top\s+|close\s+)?"
                              rf"(?P<role>{'|'.join(FOR_ROLE_WORDS)})"
                              rf"\s+(?:for|to|of)\s+(?:the\s+)?(?:(?:opposition|rebel|party|movement)\s+leader\s+)?"
                              rf"(?P<org>{NAME})(?:['’]s)?(?:\s*\([^()]{{1,20}}\))?(?:\s+[a-z-]+){{0,2}}?"
                              rf"(?:\s+(?:for|to|in)\s+{NAME})?"        # "the office of the U.N. special envoy for Yemen"
                              rf"(?:,\s+[^,;]{{1,100}},)?\s+(?:also\s+)?(?:{CARRY_VERBS}|{SPEECH_VERBS})\b")
PEOPLE_KIND_TOKENS = PEOPLE_KINDS | {"officials", "president", "minister", "diplomats", "envoy's", "envoy’s"}   # THE_ROLE_SAID's words
OWNER_BODY_ASIDE = re.compile(rf"^\W*(?P<subj>{NAME}['’]s\s+(?:[a-z-]+\s+){{0,2}}?"
                              rf"(?:ministry|office|government|cabinet|presidency|army|military|delegation|team|{ROLES})),\s+"
                              rf"[^,;]{{1,100}},\s+(?:also\s+)?(?:{CARRY_VERBS}|{SPEECH_VERBS})\b")
# "Israel's prime minister, Yair Lapid, said ...": the owner of the title, with the person's name between commas
_OWNER_TITLE_NAMED = (rf"(?P<subj>{NAME}['’]s\s+(?:[a-z-]+\s+){{0,3}}?{ROLES}),\s+(?P<person>{NAME}),\s+{AUX}"
                      rf"(?:{CARRY_VERBS}|{SPEECH_VERBS})")
OWNER_TITLE_NAMED = re.compile(rf"^\W*(?:[Tt]he\s+)?{_OWNER_TITLE_NAMED}\b")                  # ... opens the sentence
OWNER_TITLE_NAMED_END = re.compile(rf"[,”\"]\s*{_OWNER_TITLE_NAMED}\s*[.]?\s*$")          # ... or ends it
# "Arta Krasniqi, Kosovo's deputy prime minister, said ...": the name first, then the owner of the title
NAMED_OWNER_TITLE = re.compile(rf"^\W*(?P<person>{NAME}),\s+(?P<subj>{NAME})['’]s\s+(?:[a-z-]+\s+){{0,3}}?{ROLES},\s+{AUX}"
                               rf"(?:{CARRY_VERBS}|{SPEECH_VERBS})\b")
# "A White House official said ...", "A Hamas official, speaking on condition of anonymity, said ...":
# what describes an unnamed speaker between the role and the verb, with no commas ("familiar with the
# talks", "briefed on the negotiations", "who briefed reporters on a call")
DESCRIBED_SPEAKER = (r"(?:(?:familiar\s+with|briefed\s+on|involved\s+in|close\s+to|(?:based|stationed|posted)\s+in|with\s+knowledge\s+of|"
                     r"knowledgeable\s+about|who\s+(?:briefed|spoke|asked|declined|was|were|is|are|attended|followed|saw|has\s+seen|had\s+seen|"
                     r"took\s+part)|speaking\s+(?:to|on))\s"
                     r"[^,;\"“”]{1,80}?|in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")      # "A UN official in Geneva said"
# the organisation of a role (an aside may follow the role)
ALSO_REPORTED = re.compile(r"\band\s+(?:reported|published|revealed|wrote)\s+that\b|\b(?:had\s+)?(?:seen|obtained)\s+"
                           r"(?:a\s+copy\s+of\s+)?the\s+(?:draft|text|document|agreement|proposal)\b")
ROLE_APPOSITIVE = re.compile(rf"^\W*{LEAD_PLACE}(?:[Aa]n?|[Tt]he|[Oo]ne(?:\s+of\s+the)?|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:senior\s+|top\s+)?(?P<org>{NAME})\s+"
                             rf"(?:{ORG_KINDS}\s+)?(?:press\s+)?(?P<role>{ROLES})"
                             rf"(?:\s+{DESCRIBED_SPEAKER})?"
                             rf"(?:,\s+(?:(?:[a-z]+ing|who|in|according|asked|briefed)\b[^,;]{{1,100}}|{NAME}),)?\s+{AUX}(?:also\s+)?"
                             rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}|put(?=\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?at\s))\b")
_SIDE_OFFICIALS = (rf"(?P<org>{CAP})\s+(?:{ORG_KINDS}\s+)?(?P<role>{ROLES}|(?:(?:defen[cs]e|security|military|diplomatic|"
                   rf"government)\s+)?sources)(?:,\s+[^,;]{{1,80}},)?\s+(?:also\s+|have\s+|has\s+)?"
                   rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}|put(?=\s+the\s)|spoken(?=\s+of\b))")
SIDE_OFFICIALS = re.compile(rf"^\W*{LEAD_PLACE}(?:[Tt]he\s+)?(?:[Ss]enior\s+|[Tt]op\s+)?{_SIDE_OFFICIALS}\b")     # "Lebanese officials said"
SIDE_OFFICIALS_END = re.compile(rf"[,”\"]\s*(?:(?:two|three|several|some|one\s+of\s+the|an?|the)\s+)?(?:senior\s+|top\s+)?"
                                rf"{_SIDE_OFFICIALS}(?:\s*[.]?\s*$|\s*,\s+(?:speaking|who|asking|citing)\b)")
                                # "..., UN officials said.", "..., two Egyptian officials said, speaking on condition ..."
# "The government's chief negotiator, a former defence ministry official, told state television ..."
GOVERNMENT_ROLE = re.compile(rf"^\W*[Tt]he\s+(?:[a-z]+\s+)?(?P<noun>government|ministry|army|military|presidency|administration)"
                             rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?{ROLES}(?:,\s+[^,;]{{1,80}},)?\s+{AUX}(?:{CARRY_VERBS}|{SPEECH_VERBS})\b")
# "Channel 12 gave a different picture." / "The Tide Post offered another account": what follows is its account
ACCOUNT_WORDS = frozenset("picture account version description summary reading story narrative timetable outline "
                          "breakdown details figure figures numbers assessment estimate count tally mix sequence "
                          "architecture structure framework schedule scheme arithmetic math target goal "
                          "total list terms".split())
MANNER_WORDS = frozenset("specific forthcoming detailed precise cautious guarded optimistic explicit candid frank "
                         "blunt".split())   # "was more specific"
BLUNTER = frozenset({"blunter", "franker"})   # "were blunter": more blunt
VIEW_WORDS = frozenset("view line position stance differently".split())     # "takes a narrower view", "counts differently"
PUT_WORDS = frozenset("number figure total count tally cost price package sum amount bill share".split())   # "put the number at"
ACCOUNT_GATE = ACCOUNT_WORDS | MANNER_WORDS | BLUNTER | VIEW_WORDS | {"put", "puts"} | {"leads", "led", "accent", "emphasis", "focus", "stress",
                                                                   "focused", "focuses", "concentrated", "concentrates",
                                                                   "turned", "turns"}
_ACCOUNT_VERB = (rf"(?:(?:gave|gives|offered|offers|painted|paints|drew|draws|presented|presents|provided|provides|had|has|"
                 rf"set\s+out|sets\s+out|laid\s+out|lays\s+out|"
                 rf"tells|told|(?:has\s+|have\s+)?put\s+out|puts\s+out)\s+(?:(?:the\s+)?{NAME}\s+)?(?:yet\s+)?(?:a|an|another|its|their|his|her|different|other|conflicting|"
                 rf"the\s+same|[A-Z][\w.-]*['’]s|the\s+[a-z]+s['’])\s+(?:[\w-]+\s+){{0,2}}?"
                 rf"(?:{'|'.join(ACCOUNT_WORDS)})\b"
                 rf"|(?:put|puts|placed|places|laid|lays)\s+(?:the|its|their|more)\s+(?:accent|emphasis|focus|stress)\s+on\b"
                 rf"|(?:focused|focuses|concentrated|concentrates)\s+on\b|(?:leads|led)\s+(?:with|on)\b"
                 rf"|(?:turned|turns)\s+to\b"
                 rf"|(?:takes|took|adopts|adopted)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(VIEW_WORDS)})\b"
                 rf"|(?:put|puts)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:{'|'.join(PUT_WORDS)})\s+(?:\w+\s+){{0,2}}?at\b"
                 rf"|(?:counts|sees\s+it|tells\s+it|reads\s+it)\s+differently\b"
                 rf"|(?:was|were|is|are)\s+(?:(?:more|less|even\s+more)\s+(?:{'|'.join(MANNER_WORDS)})|{'|'.join(BLUNTER)})\b)")
CAME_FROM = re.compile(rf"\b(?:account|version|versions|details?|picture|figures?|description|breakdown|reading|numbers)\s+"
                       rf"(?:came|comes)\s+from\s+(?P<subj>(?:the\s+)?{NAME})")
LAST_WORD = re.compile(rf"\W*[Tt]he\s+(?:final|last)\s+word\s+(?:goes|went)\s+to\s+(?P<subj>(?:the\s+)?{NAME})")
ACCOUNT_VERB = re.compile(rf"\s{_ACCOUNT_VERB}")     # what ACCOUNT must hold, found fast: most sentences have none
ADDS_LEAD = re.compile(rf"^\W*(?:[Tt]he\s+)?(?P<subj>{NAME})\s+(?:also\s+)?(?:adds|added)\s+(?:that\b|:)")
# "has the clearest account"
ACCOUNT_HAS = re.compile(rf"\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(ACCOUNT_WORDS)})\b")
ACCOUNT = re.compile(rf"(?P<subj>(?:\b[Tt]he\s+)?(?:(?:[\w'’-]+\s+){{0,3}}?{OUTLET_KINDS}\s+)?"   # "The Saudi-owned daily"
                     rf"(?:[A-Z][a-z]+\s+(?:[a-z]+(?:['’]s)?\s+){{0,2}}{DOC_NOUNS}|{NAME}(?:\s+{ROLES})?"   # "The Israeli prime minister's office"
                     rf"|\b[Aa]n?\s+(?:senior\s+|top\s+)?{NAME}\s+{ROLES}(?:\s+{DESCRIBED_SPEAKER})?)"   # "A Hamas official"
                     rf"(?:\s+(?:fact\s+sheet|statement|readout|summary|document)"
                     rf"|\s+(?:state\s+|public\s+|official\s+)?(?:media|{OUTLET_KINDS}))?)"   # "Iranian state television"
                     rf"(?:,\s+[a-z][^,;]{{0,80}},)?\s+{_ACCOUNT_VERB}")
LEADING_PHRASE = re.compile(r"\W*(?:In|On|At|During|After|Before|Earlier|Later|Speaking|Addressing|Writing|Late|"
                            r"Early)\b[^,;.]{0,50},\s*(?:[Tt]he\s+)?")
# a heading that names a version: "The White House version", "Hamas's account"
HEADING_VERSION = re.compile(rf"^\W*(?:[Tt]he\s+)?(?P<subj>{NAME})(?:['’]s)?\s+(?:version|account|text|draft|"
                             rf"proposal|reply|response|position|plan|terms|summary|fact\s+sheet)\W*$")
RELEASE_VERBS = frozenset({"released", "releases"})
RELEASES_PEOPLE = re.compile(r"\s+(?:all\s+|the\s+)?(?:(?:about|around|some|roughly|nearly|up\s+to|at\s+least|more\s+than|"
                             r"another|a\s+further)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                             r"fifteen|twenty|thirty|forty|fifty|hundreds?|dozens?|thousands?)\b|[\w\s-]{0,30}?"
                             r"\b(?:hostages?|prisoners?|captives?|detainees?|soldiers?|bodies|women|children)\b)", re.I)
# "In the Israeli version, ...", "Under Hamas's counterproposal, ...": one side's version, not the deal
# itself ("the Egyptian proposal" is the proposal under discussion, reported by the outlet)
VERSION_WORDS = frozenset("version draft counterproposal counter-proposal text account sheet summary response "
                          "reply report".split())
VERSION_OF = re.compile(rf"\b(?:[Ii]n|[Uu]nder|[Aa]ccording\s+to)\s+(?:[Tt]he\s+|an?\s+)?(?:(?P<subj>{NAME})|"
                        rf"(?:[a-z]+\s+)?(?P<noun>{'|'.join(BACKREF_LIST)})['’]s)(?:['’]s)?\s+"
                        r"(?:own\s+)?(?:version|draft|counter-?proposal|text|account|fact\s+sheet|summary|response|"
                        r"reply|report)\b")      # "In the Israeli version", "In the paper's version", "In a Kan report"
# "The Israeli draft provides for ...", "the Hamas text speaks of 18": one side's document as the subject
VERSION_SUBJECT = re.compile(r"^\W*(?:[Tt]he\s+|[Aa]n?\s+)?(?P<subj>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+(?:own\s+)?"
                             r"(?P<doc>version|draft|text|counter-?proposal|response|reply|account|summary|document|fact\s+sheet|"
                             r"statement|readout|briefing)\s*"
                             r"(?:(?:issued|released|published|posted|sent)\b[^,;]{0,40}?\s+|,\s+[^;]{1,100}?,[\"”]?\s+|\s)"     # "A White House statement issued late on Sunday said"
                             r"(?:also\s+)?(?P<verb>provides|calls|speaks|envisages|envisions|foresees|stipulates|sets|puts|presents|outlines|"
                             r"describes|refers|"
                             r"gives|includes|offers|proposes|says|said|states|mentions|specifies|lists|has|sees|allows|requires|"
                             r"adds|added|notes|is\s+explicit|is\s+clear|is\s+out|(?:has\s+been|was|is)\s+(?:released|published))\b")
# a body named by its kind, whose document or count opens the sentence: "The union's version", "By the union's
# count, ...", "the union's summary states" (one figure's count speaks for its sentence only)
BODY_POSSESSIVE = re.compile(rf"^\W*(?:(?:By|In|Under|On\s+[a-z]+,)\s+)?[Tt]he\s+(?P<noun>{'|'.join(BACKREF_LIST)})['’]s\s+"
                             r"(?:own\s+)?(?P<doc>version|count|summary|account|figures?|tally|reckoning|calculations?|"
                             r"estimate|fact\s+sheet|statement|document|proposal|draft|offer)\b")
BODY_POSSESSIVE_STARTS = ("the ", "by the ", "in the ", "under the ", "on ")
ONE_FIGURE_DOCS = frozenset({"count", "figure", "figures", "tally", "reckoning", "calculation", "calculations", "estimate"})
VERSION_SUBJECT_WORDS = VERSION_WORDS | {"document", "statement", "readout", "briefing"}
PRONOUN_WORDS = frozenset({"it", "he", "she", "they"})
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow january "
                           "february march april june july august september october november december".split())
SPEAKING_TO = frozenset({"speaking", "talking", "spoke", "talked"})
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "here", "his", "her"}
ANON_TOLD = re.compile(rf"\b(?i:{ANON_WHO})\b[^.;]{{0,60}}?"
                       rf"\b(?:told|tells|tell|(?:speaking|talking|spoke|talked)\s+to)\s+(?:the\s+)?"
                       rf"(?:(?:state|state-run|state-owned|official|news|public|private)\s+)*(?:{OUTLET_KINDS}\s+)?"
                       rf"(?:(?P<subj>(?:the\s+)?{NAME})|the\s+(?P<noun>{'|'.join(BACKREF_LIST)})\b|(?P<us>us|me)\b)")   # "told the state news agency TASS", "told the paper", "tells us"
TOLD_BY = re.compile(rf"\b(?:been|was|were|is|are)\s+told\s+by\s+(?:an?|the|two|three|several)\s+(?:senior\s+|top\s+)?"
                     rf"(?P<org>{NAME})\s+(?P<role>{ROLES})\b")
# "He says ..." right after a sentence led by a person's name: that person
HE_SHE_SAID = re.compile(r"^\W*(?:He|She)\s+(?:also\s+)?(?:says|said|adds|added|tells|told|notes|noted|insists|insisted)\b")
THEY_SAID = re.compile(r"^\W*They\s+(?:also\s+)?(?:say|said|add|added|tell|told|note|noted|insist|insisted)\b")
ANON_PLURAL_LEAD = re.compile(r"^\W*(?:[A-Z][\w-]+\s+){0,2}?(?i:diplomats|officials|sources|mediators|negotiators|people)\b")
PERSON_LEAD = re.compile(r"^\W*(?!(?:The|This|That|These|Those|Its|Their|His|Her|An?)\b)"
                         r"(?P<subj>[A-Z][a-z][\w-]+(?:\s+[A-Z][a-z][\w-]+){0,2})(?:\s*,[^,]{1,80},)?\s+[a-z]")
KNOWN_SUBJECT = re.compile(r"(?:^\W*(?:\d+\.\s*)?(?:(?:Speaking|Asked|Talking|Writing)\b[^,;.]{0,80},\s+)?|[—:]\s*)"
                           r"(?:[Tt]he\s+)?(?P<subj>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
                           r"(?:\s+(?:delegation|government|side|team|negotiators|leadership|command))?\s+(?:has|have|say|says|puts?|gives?|wants?|insists?|offers?|proposes?|demands?|defines?|describes?|calls?|refers?|called|described|"
                           r"reads?|presented|presents|stressed|stresses|warned|warns)\b")
LEAD_DEMONYM = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<subj>[A-Z][a-z]+)\s+(?:[a-z’'-]+\s+){0,4}$")
POSSESSIVE_DOC = re.compile(rf"\b(?P<subj>{NAME}(?:\s+[a-z]+)?)['’]s\s+(?:\w+\s+){{0,2}}{DOC_NOUNS}\b")
AND = re.compile(r"\s+and\s+")
AND_NAME = re.compile(rf"\s+and\s+(?:the\s+)?(?P<name>{NAME})\s*,")      # "according to X and Y, ..."
POSSESSIVE = re.compile(r"['’]s\s|(?<=s)['’]\s")      # "Iran's ministry", "the Houthis' committee"
SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|officials?|negotiators?|representatives?|members?)\s+"
                        r"(?:for|of|from)\s+(?P<org>(?:the\s+)?\S.*)$")
# "Under the arrangement, it said, ...": the source named last
ISSUED_DOC = re.compile(r"\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|fact\s+sheet|readout|summary|"
                        r"communiqu[eé]|text|document|note|version)\b")
BOTH_DOCUMENTS = re.compile(r"^\W*(?:But\s+|And\s+)?[Bb]oth\s+(?:documents|texts|versions|accounts|readouts|statements|summaries|"
                            r"fact\s+sheets|drafts|reports)\s+(?:also\s+)?(?:say|said|agree|put|give|state|mention|describe|"
                            r"provide|call|set|list)\b")
MORE_FROM = re.compile(rf"^\W*(?:More|Further|Additional|Fresh|New)(?:\s+(?:on\s+)?[\w-]+){{0,3}}?\s+from\s+"
                       rf"(?P<subj>(?:the\s+)?(?:{NAME}|{'|'.join(BACKREF_LIST)}|union))"
                       rf"(?:['’]s\s+(?:[a-z]+\s+)?(?:summary|statement|text|document|briefing|readout|account))?\s*[:.]")
                       # "More from Sheikh Mohammed: ...", "More on AI from the union's summary."
PRONOUN_SAID = re.compile(rf"\b(?=[IiHhSsTt])(?<![A-Z][\w-] )(?<![A-Z][\w-]{{2}} )(?<![A-Z][\w-]{{3}} )(?<![A-Z][\w-]{{4}} )"
                          rf"(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:{SPEECH_VERBS}|listed\s+them)\b")   # not "Liu He said"
LEADING_RANK = re.compile(r"^(?:Senior|Top|Former|Acting|Caretaker|Interim|Outgoing|Veteran|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?=[A-Z])")
LEADING_DETERMINER = re.compile(r"^(?:the|this|that|a|an)\s+")
CAPITAL = re.compile(r"[A-Z]")
NAMED_DOCUMENT = re.compile(rf"^(?:the\s+|an?\s+)?([A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|\d+))?)\s+{DOC_NOUNS}\b", re.I)
NAME_RE = re.compile(NAME)
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
    person: str | None = None  # the person who speaks for `source` ("Najib Mikati"), to know them again by part of the name
    noun: str | None = None    # the kind of source the phrase names ("ministry" in "Qatar's foreign ministry", "the ministry")
    also: tuple[str, ...] = ()  # other known sources named with it ("Ynet and the Times of Israel reported")


LEADING_CONJUNCTION = re.compile(r"^(?:While|Whereas|But|And|Although|Though|As|If|When|Since|Because|Meanwhile|"
                                 r"However|Yet|So|Still|What|How|Why|Where|Here|Now|Then)\s+(?=[A-Z])")   # "What Hamas says"


# capitalised words that name no source: determiners, and the words of headings and live-blog entries
NOT_NAMES = frozenset("The This That These Those A An First Second Third Final Last Latest Breaking Live Update "
                      "Updates Analysis Explainer Background Timeline Key Main What Why How In On At For From With By "
                      "Under After Before During Since".split())


POSSESSIVE_OWNER = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+")


def _side_before(sentence: str, at: int, aliases: AliasTable) -> str | None:
    """The side named in the few words before an unnamed speaker ("two Egyptian security sources",
    "a senior Hamas official"), if any."""
    words = [w.strip(",") for w in sentence[max(0, at - 40):at].split()[-4:]]
    return next((known for w in words if w[:1].isupper() and (known := aliases.lookup(w))), None) \
        or next((known for i in range(len(words) - 1) if words[i][:1].isupper() and words[i + 1][:1].isupper()
                 and (known := aliases.lookup(f"{words[i]} {words[i + 1]}"))), None)   # "A Downing Street source"


# the documents a later "the summary said", "according to the memo" names
DOC_KINDS = frozenset("summary memo letter readout draft document statement".split())


def _resolve(ref: str, aliases: AliasTable) -> Attribution | None:
    """A phrase naming a source → its canonical name, and the kind of source it says it is ("the
    ministry", "Qatar's foreign ministry"); None when it names nothing usable. Known names joined by
    "and" are each a source of what follows ("Ynet and the Times of Israel reported")."""
    att = _resolve_name(ref, aliases)
    if att is not None and att.source and " and " in ref:
        first, *rest = [aliases.lookup(LEADING_THE_ANY_CASE.sub("", part.strip(" ,"))) for part in AND.split(ref.strip())]
        others = [known for known in rest if known and known != att.source]
        if first and others:
            att.also = tuple(dict.fromkeys(others))
    if att is not None and att.noun is None and not ref.lower().startswith(("its ", "their ")):
        words = [w.lower() for w in ref.strip(" ,.").split()]
        if head := next((w for w in words[:4] if w in DOC_KINDS), None):
            att.noun = head                               # "a summary circulated by X's office": "the summary" is X's
        elif words and words[-1] in BACKREF_WORDS | KIND_WORDS:
            att.noun = words[-1]                          # "Qatar's foreign ministry", "the prime minister"
        elif kind := next((w for w in words if w in KIND_WORDS or w in BACKREF_WORDS), None):
            att.noun = kind                               # "President Joe Biden": a president; "X's Coordination
                                                          # Headquarters for ...": "the headquarters said" is X's
    return att


# "Germany's business daily Der Handelskurier", "Italy's La Gazzetta dei Mercati": the paper, not its country
DESCRIBED_OUTLET = re.compile(rf"(?:[Tt]he\s+)?(?:{CAP}['’]s\s+)?(?:(?:[\w-]+\s+){{0,3}}?{OUTLET_KINDS}\s+(?P<name>{NAME})"
                              rf"|(?P<name2>(?:La|Le|Les|Il|Lo|El|Los|Las|Der|Die|Das|De|Het)\s+{NAME}))$")


def _resolve_name(ref: str, aliases: AliasTable) -> Attribution | None:
    ref = LEADING_CONJUNCTION.sub("", AND.split(ref.strip())[0].strip(" ,"))
    words = ref.split()
    if not words or _norm_name(ref) in PRONOUNS or words[0].lower().rstrip("'’s") in CALENDAR_WORDS:
        return None                                      # "Tuesday's confidential report": no one's
    if words[0].lower() == "the" and (kind := _role_kind(" ".join(words[1:]))) in PEOPLE_KINDS:
        return Attribution(None, True, backref=True, noun=kind)    # "the official(s)": theirs named before, or the
                                                                   # outlet's own
    if words[0].lower() in ("its", "their", "his", "her") and (len(words) == 1 or words[-1].lower() in BODY_WORDS):
        return Attribution(None, True, backref=True)     # "Its summary speaks of ...", "Its foreign ministry said":
                                                         # the source named last
    if anon := ANON.search(ref[:1].lower() + ref[1:]):
        m = SPEAKS_FOR.search(ref)
        side = _side_before(ref, anon.start(), aliases)     # "two Egyptian security sources": Egypt's
        if side is None and (own := POSSESSIVE_OWNER.match(ref)) and own.end() <= anon.start():
            side = aliases.lookup(own.group(1)) or aliases.canonical(own.group(1))   # "Japan's chief negotiator"
        return (m and _resolve(m.group("org"), aliases)) or Attribution(side, True)
    ref = LEADING_RANK.sub("", ref)                  # "Senior Hamas official ...": Hamas
    low = LEADING_DETERMINER.sub("", ref.lower())
    if low in BACKREF_NOUNS or (low.split()[-1] in BACKREF_NOUNS and not CAPITAL.search(LEADING_THE_ANY_CASE.sub("", ref))):
        return Attribution(None, True, backref=True)
    if len(words) > 1 and low.split()[-1] in OUTLET_KIND_WORDS and (
            words[0].lower() in ("the", "this", "that") and _only_describes(words[1:-1], aliases)
            or len(words) == 2 and (k := aliases.lookup(words[0])) in aliases.states and k.lower() != words[0].lower()):
        return Attribution(None, True, backref=True)     # "the Saudi channel", "London daily": the outlet named before
    if len(words) > 1 and low.split()[-1] in OUTLET_KIND_WORDS and words[0].lower() in ("a", "an", "one") \
            and _only_describes(words[1:-1], aliases):
        return None                                      # "A German daily later reported": a paper not named
    if (m := DESCRIBED_OUTLET.match(ref)) and not aliases.lookup(ref):
        name = m.group("name") or m.group("name2")   # "Germany's business daily Der Handelskurier": the paper, not
        return Attribution(aliases.lookup(name) or aliases.canonical(name), True)      # the country it is in
    known = aliases.lookup(ref)
    if known is None and ("'s " in ref or "’s " in ref or "s' " in ref or "s’ " in ref):   # "Iran's foreign ministry": its owner
        owner = POSSESSIVE.split(ref, maxsplit=1)[0]
        known = aliases.lookup(owner) or ((o := _resolve_name(owner, aliases)) and aliases.lookup(o.source or "")
                                          and o.source)   # "Prime Minister Najib Mikati's office": his state
    if known:                                        # "Qatar's Prime Minister Sheikh Mohammed ...", "Majed al-Ansari"
        return Attribution(known, True, person=_titled_person(ref) or (
            ref if known.lower() != ref.lower() and PERSON_NAME.fullmatch(ref) else None))
    if words[-1].lower() in OUTLET_KIND_WORDS and (m := OUTLET_TAIL.search(ref)) is not None:   # "Israel's Kan public broadcaster"
        return Attribution(aliases.lookup(m.group("name")) or aliases.canonical(m.group("name")), True)
    if (owner := _titled_owner(ref, aliases)) is not None:  # "Qatari Prime Minister Sheikh Mohammed bin ..."
        return Attribution(owner, True, person=_person(ref))
    if (person := _person(ref)) and (known := aliases.lookup(person) or aliases.lookup(person.split()[-1])):
        return Attribution(known, True, person=person)      # "President Volodymyr Zelensky": a known name
    if person and (titled := _titled_person(ref)):
        return Attribution(aliases.canonical(titled), True, person=titled)   # "Defense Secretary Mark Esper": the person
    m = NAMED_DOCUMENT.match(ref)
    if m and aliases.lookup(m.group(1)):
        return Attribution(aliases.lookup(m.group(1)), True)
    caps = [c for c in NAME_RE.findall(ref) if c not in NOT_NAMES]
    if not caps:
        return None
    name = LEADING_ARTICLE.sub("", caps[-1]) or caps[-1]       # "An Armenian government statement": Armenian
    if len(caps) > 1 and PLACE_PREPOSITION.search(ref, 0, ref.rfind(name)):
        name = LEADING_ARTICLE.sub("", caps[-2])  # "leaflets the Israeli army dropped over Khan Younis": the army's
    known = aliases.lookup(name) or _titled_owner(name, aliases)
    if known is None and words[-1].lower() in BODY_WORDS and (state := next(
            (k for w in name.split()[:-1] if DEMONYM_END.search(w) and (k := aliases.lookup(w)) in aliases.states), None)):
        return Attribution(state, True, noun=words[-1].lower())     # "the Royal Thai Army": Thailand's
    if known is None and words[-1] in BODY_WORDS:      # "the Afghan interior ministry": the body, not "Afghan"
        return Attribution(aliases.canonical(LEADING_THE_ANY_CASE.sub("", ref)), True)
    return Attribution(known or aliases.canonical(name), True)


LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
PLACE_PREPOSITION = re.compile(r"\b(?:over|in|at|near|across|outside|inside|around|into)\s+(?:the\s+)?$")
BODY_WORDS = frozenset("department ministry office government cabinet presidency administration army military "
                       "intelligence embassy mission delegation treasury council".split())


def _describes(word: str, aliases: AliasTable) -> bool:
    """Whether a word before "channel", "newspaper" ... describes an outlet rather than names it:
    "Saudi", "Israeli" (a known demonym), "Hebrew-language", "state-run", "public"."""
    return word == word.lower() or word.rpartition("-")[2].islower() \
        or (DEMONYM_END.search(word) is not None and aliases.lookup(word) is not None)


def _only_describes(words: list[str], aliases: AliasTable) -> bool:
    """Whether the words before "daily", "channel" ... only describe the outlet: each describes it,
    or one is a hyphenated description and the others name no known source, as a city does ("the
    French-language Beirut daily")."""
    described = [_describes(w, aliases) for w in words]
    if all(described):
        return True
    rest = " ".join(w for w, d in zip(words, described) if not d)
    known = aliases.lookup(rest)                # a place names its state, not itself: "Beirut" is Lebanon's
    if known in aliases.states and known.lower() != rest.lower():
        return True                             # "the Buenos Aires daily": a paper of that city
    return any(d and "-" in w for w, d in zip(words, described)) and (known is None or known.lower() != rest.lower())


PLACE_AFTER = re.compile(r"\s*\([^()]{1,30}\)$")


GENRE_WORDS = frozenset("Feature Factbox Focus Opinion Comment Review Briefing Q&A Interview Profile Editorial Special "
                        "Report Insight Preview Recap Summary Quotes Reaction Reactions Context History".split())


def _heading_name(text: str, aliases: AliasTable, document: str) -> str | None:
    """A heading that is only a name ("Asharq Al-Awsat", "Al-Araby Al-Jadeed"): the source a
    back-reference right under it ("The London-based daily ... wrote") names. Not a word the document
    also writes in lower case: a section's heading ("Centrifuges", "Sanctions")."""
    name = PLACE_AFTER.sub("", text.strip().rstrip(":"))      # "Al-Akhbar (Beirut)"
    if ":" in name and (known := aliases.lookup(name.partition(":")[0].strip())):
        return known                                          # "Axios: two-phase deal on the table": its account
    if ":" in name and (head := name.partition(":")[0].strip()) and len(head.split()) <= 4 \
            and NAME_RE.fullmatch(head) and NOT_NAMES.isdisjoint(head.split()) and GENRE_WORDS.isdisjoint(head.split()) \
            and not head.isupper():
        return aliases.canonical(head)                        # "Al-Masirah: a two-stage 'American retreat'"
    if len(name.split()) > 6 or NAME_RE.fullmatch(name) is None:
        return None
    if known := aliases.lookup(name):
        return known
    if name.isupper() and PLACE_AFTER.search(text.strip().rstrip(":")):
        return aliases.canonical(name.title())                # "SOUTH CHINA MORNING POST (Hong Kong)": a paper and its city
    if name.isupper():
        return None                                           # "TWO DEADLINES", "MARKETS": a section
    return None if re.search(rf"\b{re.escape(name.lower())}\b", document) else aliases.canonical(name)


# a region or a bloc's adjective names no one side: "a Western diplomat" is the "Western diplomat"
REGION_WORDS = frozenset("western european arab gulf asian african regional foreign international".split())


TITLE_WORDS = frozenset("press deputy chief senior foreign defense defence interior finance trade health justice energy "
                        "economy national general vice acting former principal".split())


def _role_source(org: str, role: str, aliases: AliasTable) -> Attribution | None:
    """The source of "<org> <role>" ("a senior Hamas official", "a Western diplomat"), with the kind
    of speaker a later "the official said" names."""
    kind = _role_kind(role)
    if org.lower() in TITLE_WORDS:
        return None                                  # "Press secretary John Kirby": part of a title, no side
    if org.lower() in REGION_WORDS:
        return Attribution(f"{org} {kind}", False, noun=kind)
    if att := _resolve(org, aliases):
        att.carries, att.noun = False, att.noun or kind
    return att


def _role_kind(role: str) -> str:
    """"officials" → "official": the kind of speaker a later "the official said" names."""
    role = role.lower()
    return role[:-1] if role.endswith("s") and role[:-1] in ROLE_WORDS else role


def _person(name: str) -> str | None:
    """The name after the title in "Qatari Prime Minister Sheikh Mohammed ...", if any."""
    words = name.split()
    role = next((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS or w.lower() in BODY_WORDS), None)
    if role is None:
        return None
    return " ".join(words[role + 1:]) or None


def _titled_person(ref: str) -> str | None:
    """The name after a title ("Defense Secretary Mark Esper" → "Mark Esper"): two to four capitalised
    words right after a role word; None otherwise ("Israeli Army Radio" names no person)."""
    person = _person(ref)
    if person and 2 <= len(names := person.split()) <= 6 \
            and all(w[:1].isupper() or w in NAME_PARTICLES for w in names) and ref.split()[-len(names) - 1].lower() in ROLE_WORDS:
        return person
    return None


NAME_PARTICLES = frozenset("bin ibn bint abu al el de van von".split())


DOCUMENT_LEAD = re.compile(rf"^\W*(?:Under|In)\s+(?:the\s+)?{NAME}(?:['’]s)?\s+(?:plan|draft|proposal|text|version|offer)\b")
# "Mozambique has reached a deal ..., the finance ministry said": a state body with no owner named
# before speaks for the state that opens the sentence (after a dateline)
STATE_BODY_NOUNS = frozenset({"ministry", "government", "cabinet", "presidency", "president", "minister", "army",
                              "military"})
OPENING_NAME = re.compile(rf"^\W*(?:[A-Z][A-Z/,. -]+\s+[—–-]+\s+)?(?:The\s+)?(?P<name>{NAME})")


def _opening_state(sentence: str, aliases: AliasTable) -> str | None:
    m = OPENING_NAME.match(sentence)
    return aliases.lookup(m.group("name")) if m else None


CAPITALISED = re.compile(r"\b[A-Z][\w-]*")


ARMY_OF = re.compile(r"\b(?P<state>[A-Z][\w-]+)(?:['’]s)?\s+(?:army|military|armed\s+forces)\b")


def _army_owner(text: str, end: int, aliases: AliasTable) -> str | None:
    """The state whose army the text named last before `end` ("Sudan's army", "the Thai army")."""
    for m in reversed(list(ARMY_OF.finditer(text, 0, end))):
        if (state := aliases.lookup(m.group("state"))) and state in aliases.states:
            return state
    return None


def _lede_state(text: str, aliases: AliasTable) -> str | None:
    """The state that the headline and the first lines name most, if one does: whose "the government"
    or "the finance ministry" is meant when no one owns it ("Sri Lanka strikes new IMF deal ... The
    finance ministry's own account ..."). None for a story about two sides named as often."""
    counts: dict[str, int] = {}
    words = CAPITALISED.findall(text[:600])
    for i, w in enumerate(words):               # each capitalised word, and each pair ("Sri Lanka", "Buenos Aires")
        for name in (w, f"{w} {words[i + 1]}" if i + 1 < len(words) else ""):
            if (known := aliases.lookup(name)) in aliases.states:
                counts[known] = counts.get(known, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    return max(counts, key=counts.get) if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]) else None


IN_PLACE = re.compile(r"\bin\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def _capital_before(sentence: str, person: str, aliases: AliasTable) -> str | None:
    """The state of the one capital named before a titled person in the sentence ("in Beijing, Vice
    Commerce Minister N said"), if there is one."""
    states = {state for m in IN_PLACE.finditer(sentence, 0, max(0, sentence.find(person)))
              if (state := aliases.lookup(m.group("place"))) in aliases.states}
    return states.pop() if len(states) == 1 else None


def _introduced(name: str, text: str, end: int) -> bool:
    """Whether a person's surname was given with a first name before `end` ("Rafael Grossi")."""
    return re.search(rf"\b[A-Z][a-z]+\s+{re.escape(name)}\b", text[:end]) is not None


# a person's name as the alias table may list it: "Majed al-Ansari", "Osama Hamdan"
PERSON_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][a-z'’-]+|bin|ibn)){1,3}")
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sheikh|Sir)\.?\s+")


def _known_person(source: str, people: dict[str, str], aliases: AliasTable) -> str | None:
    """The state or body of a person named again by part of their name ("Mikati" after "Lebanese
    Prime Minister Najib Mikati"), or a source named again by part of its name ("the Commission"
    after "the European Commission"); None when `source` is a known name or nothing matches."""
    if not people or aliases.lookup(source):
        return None
    words = HONORIFIC.sub("", source).lower().split()    # "Mr. al-Ansari" after "Majed al-Ansari"
    for person, owner in people.items():
        parts = person.lower().split()
        if any(parts[i:i + len(words)] == words for i in range(len(parts) - len(words) + 1)):
            return owner
    return None


def _titled_org(org: str, people: dict[str, str], aliases: AliasTable) -> str | None:
    """Whom a titled subject speaks for: a known name, an acronym, or a body named before by part of its name."""
    if known := aliases.lookup(org):
        return known
    if ACRONYM.fullmatch(org):
        return org
    if " " in org and (known := _titled_owner(f"{org} minister", aliases)):
        return known                                 # "Malaysian Prime" (Minister ...): Malaysia
    return _known_person(org, people, aliases) if org.islower() else None


# a state's leader named with the title anywhere in a sentence: "Cambodian Prime Minister Hun Manet", "Prime
# Minister Nikol Pashinyan of Armenia"
_LEADER = (rf"(?:(?:Prime|Foreign|Defen[cs]e|Interior|Finance|Trade|Commerce|Economy)\s+Minister|"
           rf"(?:Vice\s+)?(?:President|Premier)|Chancellor)\s+"
           rf"(?P<person>{CAP}(?:\s+(?:{CAP}|bin|al|de|van|von)){{1,3}})")
TITLED_ANYWHERE = re.compile(rf"\b(?P<org>[A-Z][\w'’-]+(?:\s+(?!Vice\b)[A-Z][\w'’-]+)?)\s+(?:(?:acting|interim|caretaker|deputy)\s+)?"
                             rf"{_LEADER}")
TITLED_OF = re.compile(rf"\b{_LEADER}\s+of\s+(?P<org>{CAP}(?:\s+{CAP})?)")


def _register_titled(text: str, people: dict[str, str], aliases: AliasTable) -> None:
    for m in (*TITLED_ANYWHERE.finditer(text), *TITLED_OF.finditer(text)):
        if (state := aliases.lookup(m.group("org"))) in aliases.states:
            people.setdefault(m.group("person"), state)


def _titled_owner(name: str, aliases: AliasTable) -> str | None:
    """"Iranian Foreign Minister Mohammad Javad Zarif", "US State Department": the state or body
    named before the title or the office."""
    words = name.split()
    role = next((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS or w.lower() in BODY_WORDS), 0)
    return next((known for j in range(role, 0, -1) if (known := aliases.lookup(" ".join(words[:j])))), None)


def _early(m: re.Match, group: str, sentence: str) -> bool:
    """An attribution that opens its sentence (or introduces what follows with a colon) carries over;
    a short opening phrase ("In his remarks on Friday, ...") does not count."""
    start = m.start(group)
    return (start <= max(12, len(sentence) * 0.3) or sentence.rstrip().endswith(":")
            or LEADING_PHRASE.fullmatch(sentence, 0, start) is not None)


# the last word of a newspaper's name: what "the paper" means later, whoever spoke in between
PAPER_NAME_WORDS = frozenset("times post journal ledger herald tribune gazette courier chronicle observer telegraph "
                             "inquirer globe mail express standard register clarion record digest sentinel dispatch "
                             "bulletin echo star".split())
# a sentence led by a paper's name, whatever its verb: a press review's paragraph ("The Financial Chronicle prefers
# a bigger number.", "The Conservative-leaning Daily Standard goes further still.")
PAPER_LEAD = re.compile(r"^\W*(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?(?P<name>(?:[A-Z][a-z'’]+\s+){0,3}(?:%s))"
                        r"\s+(?:also\s+|instead\s+|still\s+|then\s+)?(?P<verb>[a-z]{2,}s)\b"
                        % "|".join(w.capitalize() for w in sorted(PAPER_NAME_WORDS)))


def _paper_named_last(noun: str | None, named: list[str], last_named: str | None, carry: str | None,
                      states: frozenset[str] = frozenset()) -> str | None:
    """For "the paper", "the daily": the newspaper named last by its name ("The Lakeshore Ledger
    reported ... CPS said ... the paper reports": the Ledger), unless the source named last is it or
    is the one whose account this is ("NIKKEI ASIA (Tokyo)" / "Nikkei concentrates ..." / "The paper notes");
    a state is no paper ("a Whitehall source told the Register. The paper notes ...": the Register)."""
    def paper(name: str | None) -> bool:
        return bool(name and name.split()) and name.split()[-1].lower() in PAPER_NAME_WORDS
    if noun not in ("paper", "newspaper", "daily") or paper(last_named) or (
            last_named and last_named == carry and _role_kind(last_named.split()[-1]) not in PEOPLE_KINDS
            and last_named not in states):
        return None                                  # (a diplomat who told the paper is no paper: it is still the paper)
    return next((n for n in reversed(named) if paper(n)), None)


# bodies whose full names end with the noun a back-reference uses ("the International Atomic Energy Agency"
# ... "the agency's version")
NAMED_BODY_NOUNS = frozenset("agency commission council committee authority organisation organization union court "
                             "fund bank".split())


def _body_named_before(noun: str, text: str, end: int, aliases: AliasTable, unknown_ok: bool = False) -> str | None:
    """For "the agency" when the source named last is a state, which no agency is: the last body in the
    text before `end` whose full name ends with that noun and is a known source ("Iran and the
    International Atomic Energy Agency agreed ... Iranian officials say ... The agency's version": the IAEA)."""
    found = None
    for m in re.compile(rf"\b{noun.capitalize()}\b").finditer(text, 0, end):
        words = text[max(0, m.start() - 80):m.end()].split()[-7:]
        found = next((known for i in range(len(words) - 1) if words[i][:1].isupper()
                      and (known := aliases.lookup(" ".join(words[i:])))), None) or found
        if found is None and unknown_ok and len(words) > 1 and words[-2][:1].isupper():
            start = len(words) - 1                   # "Regional Transit Workers Union": a body no table lists
            while start > 0 and words[start - 1][:1].isupper() and words[start - 1].isalpha():
                start -= 1
            if start < len(words) - 1 and words[start] not in NOT_NAMES:
                found = " ".join(words[start:])
    return found


def _body_backref(noun: str | None, source: str | None, named: list[str], text: str, end: int,
                  aliases: AliasTable) -> str | None:
    """The body a back-reference names when the source named last cannot be it: "The agency's version"
    after "Iranian officials say" (the International Atomic Energy Agency named before, not Iran); "the
    movement said" after Israel spoke (the movement named before); "The union says" after "Members of
    Regional Transit Workers Union Local 308 have 30 days to ratify" (a body named only in passing)."""
    if source in aliases.states and noun in NAMED_BODY_NOUNS:
        return _body_named_before(noun, text, end, aliases)
    if source in aliases.states and noun in ("movement", "group", "militia"):
        return next((n for n in reversed(named) if n not in aliases.states), None)
    if source is None and noun in BODY_KINDS:
        return _body_named_before(noun, text, end, aliases, unknown_ok=True) or (
            _union_named_before(named, text, end, aliases) if noun == "union"
            else _company_named_before(named, aliases) if noun == "company" else None)
    return None


ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,11}")
# words of a union's name: "International Brotherhood of Teamsters", "Machinists District 751", "Writers Guild"
UNION_NAME = re.compile(r"\b(?:Teamsters|Workers|Machinists|Guild|Brotherhood|Federation|Union|Local\s+\d+|District\s+\d+|"
                        r"Employees|Nurses|Teachers|Pilots|Steelworkers|Autoworkers|Mineworkers|Longshoremen|Dockers)\b")
# ... and of a company's: "Ford Motor Co.", "Warner Bros. Pictures"
COMPANY_NAME = re.compile(r"\b(?:Motors?|Airlines|Airways|Corp|Corporation|Inc|Co|Company|Group|Holdings|Industries|"
                          r"Studios|Pictures|Entertainment|Systems|Technologies|Services)\b\.?$")


def _union_named_before(named: list[str], text: str, end: int, aliases: AliasTable) -> str | None:
    """"The union says ..." where no union was named by that word: the side named last whose name is a
    union's ("the Teamsters", "the International Association of Machinists"), else the body named by an
    acronym before, the one the text names most ("SAG-AFTRA says ... the union says", not the "AMPTP"
    named once)."""
    if union := next((n for n in reversed(named) if UNION_NAME.search(n)), None):
        return union
    bodies = [n for n in dict.fromkeys(named) if ACRONYM.fullmatch(n) and n not in aliases.states]
    return max(bodies, key=lambda n: text.count(n, 0, end), default=None)


def _company_named_before(named: list[str], aliases: AliasTable) -> str | None:
    """"The company said ..." where no company was named by that word: in a labour deal (a union named
    before), the side named last that is neither the union, nor a state, nor a paper ("UPS and the
    Teamsters ... the company said": UPS)."""
    if not any(UNION_NAME.search(n) for n in named):
        return None
    return next((n for n in reversed(named) if not UNION_NAME.search(n) and n not in aliases.states
                 and n.split()[-1].lower() not in PAPER_NAME_WORDS
                 and (" " not in n or COMPANY_NAME.search(n))), None)    # "Boeing", "UPS", "Ford Motor Co.";
                                                                         # not "Carol Tome", who spoke for it


LEAD_SPEECH_WORDS = frozenset("said says told tells added adds argued argues insisted insists".split())
LEAD_SPEECH = re.compile(r"[^.;:\"“”]{0,80}?\b(?:said|says|told|tells|added|adds|argued|argues|insisted|insists)\b")


def opens_with_speaker(s: Sentence) -> bool:
    """Whether the sentence opens with its own speaker: "X told reporters ...", "He said ..." (not
    "..., Biden said." at its end)."""
    if s.toks.isdisjoint(LEAD_SPEECH_WORDS):
        return False
    cut = int(len(s.text) * 0.6)
    return any(w in s.low[:cut] for w in LEAD_SPEECH_WORDS) and (m := LEAD_SPEECH.match(s.text)) is not None \
        and m.end() <= cut


def find_attribution(sentence: str, aliases: AliasTable) -> Attribution | None:
    """The source a sentence cites, if any, and whether it carries over to what follows."""
    return _attribution(prepare([Sentence(0, len(sentence), sentence, 0, False)], sentence)[0], aliases)


# Fast paths: each pattern below needs a word or a shape that a cheap test on the sentence's cached
# token set, lower-case text or last word rules out; a sentence without it skips the pattern's search.
DOC_NOUN_ENDS = tuple(w.split("\\s+")[-1] for w in DOC_NOUN_WORDS) + tuple(ROLE_WORDS) + OUTLET_KIND_WORDS  # "fact\\s+sheet": "sheet"
CARRY_AFTER_SPACE = re.compile(rf"\s(?P<verb>{CARRY_VERBS})\b")
VERB_AT, SUBJECT_CUES_AT = Anchored(VERB), Anchored(SUBJECT_CUES)
ENDS_WITH_PUNCT = re.compile(r"[.;:]")
DOC_FROM = re.compile(rf"\b(?:{DOC_NOUNS}|letter|message|response|reply)\s+(?:from|by|of)\s+(?:the\s+)?$")
LEADING_PARTICIPLE = re.compile(r"\W*(?:Citing|Quoting|Speaking|Referring|According|Relying)\b[^,]*,\s*$")   # "Citing two officials, Axios said"


def _last_words(text: str, strip: str, n: int = 1) -> list[str]:
    """The sentence's last `n` words, after one trailing character of `strip` (fewer when it has
    fewer words)."""
    t = text.rstrip()
    if t[-1:] and t[-1] in strip:
        t = t[:-1].rstrip()
    return t.rsplit(None, n)[-n:]


def _names_subject(word: str) -> bool:
    """Whether a subject (a capitalised name, or "... fact sheet") can end with this word."""
    return word != word.lower() or word.endswith(DOC_NOUN_ENDS) or word.isdigit()      # "Channel 12"


def _may_end_subject(sentence: str, start: int, end: int) -> bool:
    """Whether SUBJECT_BEFORE can match sentence[start:end]: it ends in white space after a word
    that can end a subject, past any adverbs ("also", "had")."""
    if not sentence[end - 1:end].isspace():
        return False
    window = sentence[start:end]
    words = window.rsplit(None, 3)[-3:]             # the last three words are usually enough
    while words and (words[-1] in ADVERB_WORDS or words[-1] in WHEN_WORDS):
        words.pop()
    if not words:                                   # three adverbs or more: the last other word
        words = [w for w in window.split() if w not in ADVERB_WORDS and w not in WHEN_WORDS][-1:]
    return bool(words) and _names_subject(words[-1])


# Where a SUBJECT_BEFORE match can begin: a capital that begins a word (not the "C" of "McCarthy"),
# "the", "a", "an" or "al-"
SUBJECT_STARTS = re.compile(r"[A-Zta](?:(?<=\b[A-Z])|(?<=\b[t])(?=he\s)|(?<=\ba)(?=n?\s)|(?<=a)(?=l-[A-Z]))")


def _subject_before(sentence: str, pos: int, end: int) -> re.Match | None:
    """SUBJECT_BEFORE.search(sentence, pos, end), trying the pattern only where a subject can begin."""
    for c in SUBJECT_STARTS.finditer(sentence, pos, end):
        if m := SUBJECT_BEFORE.match(sentence, c.start(), end):
            return m
    return None


# a press review's paragraph led by the outlet's name in capitals: "ETHIOPIAN HERALD (state English daily, Addis
# Ababa) - The Herald framed ..." (not a dateline: "BANGKOK - ...", "PORT HALVERN (Courier) - ...")
CAPS_LEAD = re.compile(r"^\W*(?P<name>[A-Z][\w'’&.-]+(?:\s+[A-Z][\w'’&.-]+){0,4})\s*(?P<paren>\([^()]{1,60}\))?\s+[-–—]+\s+")
# ... or in any case when the paragraph goes on about "the daily", "the Kabul broadcaster": "TOLOnews (Kabul) - The
# Kabul broadcaster gives ...", "HASHT-E SUBH (Kabul) - The daily puts ..."
NAMED_AGAIN = re.compile(r"(?:The\s+)?([A-Z][\w'’-]+)")
MEDIA_BACKREF = re.compile(r"The\s+(?:[\w-]+\s+){0,2}?(?:daily|paper|newspaper|broadcaster|network|agency|channel|station|"
                           r"weekly|tabloid|website|site|outlet|magazine)\b")
# ... or the paragraph's first clause has "the daily" as the subject of a verb: "TEHRAN MORNING (Tehran) - Under the
# headline "...", the reformist daily credited ..."
MEDIA_SUBJECT = re.compile(r",\s+the\s+(?:[\w-]+\s+){0,2}?(?:daily|paper|newspaper|broadcaster|network|channel|weekly|"
                           r"tabloid|website|magazine)\s+[a-z]+(?:ed|s)\b")
MEDIA_DESCRIPTION = re.compile(r"\b(?:daily|weekly|website|state|private|broadcaster|newspaper|paper|outlet|television|"
                               r"radio|tabloid|magazine|agency)\b|\bMinistry\s+of\s+Information\b")   # "(state weekly, Asmara)"
OWN_VIEW = frozenset({"our view", "editorial", "analysis", "comment", "opinion", "the view from here"})
OUTLET_NAME_WORDS = PAPER_NAME_WORDS | {"broadcasting", "corporation", "corporate", "agency", "news", "radio", "television",
                                        "tv", "daily", "weekly", "review", "monitor", "independent", "reporter"}


def _attribution(s: Sentence, aliases: AliasTable) -> Attribution | None:
    sentence, toks = s.text, s.toks
    if sentence[:1].isupper() and ("- " in sentence[:90] or "– " in sentence[:90] or "— " in sentence[:90]) \
            and (m := CAPS_LEAD.match(sentence)):
        name = m.group("name")
        caps = name.isupper()
        if caps and name.lower() in OWN_VIEW:
            return Attribution(None, True)           # "OUR VIEW - ...": the outlet's own
        known = aliases.lookup(name)
        if caps and (known and known.lower() == name.lower() or name.split()[-1].lower() in OUTLET_NAME_WORDS
                     or m.group("paren") and MEDIA_DESCRIPTION.search(m.group("paren"))) \
                or MEDIA_BACKREF.match(sentence, m.end()) or MEDIA_SUBJECT.search(sentence, m.end(), m.end() + 120) \
                or (not known and (again := NAMED_AGAIN.match(sentence, m.end()))   # "THE DAILY SENTINEL (New York) -
                    and again.group(1).lower() in name.lower().split() and again.group(1).lower() != "the"):  # The Sentinel"
            return Attribution(known or aliases.canonical(name.title() if caps else name), True)
    if "both" in toks and BOTH_DOCUMENTS.match(sentence):
        return Attribution(None, False, backref=True, noun="both")   # "Both documents say ...": the two named last
    if "from" in toks and (m := MORE_FROM.match(sentence)):
        noun = m.group("subj").lower().removeprefix("the ")
        if noun in BACKREF_WORDS or noun == "union":
            return Attribution(None, True, backref=True, noun=noun)   # "More on AI from the union's summary."
        if att := _resolve(m.group("subj"), aliases):
            att.carries = True
            return att                              # "More from Sheikh Mohammed: the first phase ..."
    if s.heading and (m := HEADING_VERSION.match(sentence)) and (att := _resolve(m.group("subj"), aliases)):
        return att
    if s.low.startswith(BODY_POSSESSIVE_STARTS) and (m := BODY_POSSESSIVE.match(sentence)):
        return Attribution(None, m.group("doc") not in ONE_FIGURE_DOCS, backref=True, noun=m.group("noun"))
    if not toks.isdisjoint(VERSION_WORDS) and (m := VERSION_OF.search(sentence)):
        if m.group("noun"):
            return Attribution(None, True, backref=True, noun=m.group("noun"))
        if att := _resolve(m.group("subj"), aliases):
            return att
    if not toks.isdisjoint(VERSION_SUBJECT_WORDS) and (m := VERSION_SUBJECT.match(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)):
        att.carries = m.group("verb") in ("describes", "is out") or m.group("verb") not in VERB_WORDS | {"adds", "notes"} \
            and not m.group("verb").startswith("is")      # a document "describes" what it sets out; "is out": it follows
                                                                  # "says" speaks for one sentence
        att.noun = att.noun or m.group("doc").split()[-1]         # "the fact sheet said" is X's again
        return att
    if ("came" in toks or "comes" in toks) and (m := CAME_FROM.search(sentence)) and (att := _resolve(m.group("subj"), aliases)):
        return att                                  # "The most detailed account came from Al-Araby Al-Jadeed, ..."
    if "word" in toks and (m := LAST_WORD.match(sentence)) and (att := _resolve(m.group("subj"), aliases)):
        return att                                  # "The final word goes to Le Quotidien de l'Économie."
    account = ACCOUNT.search(sentence) if not toks.isdisjoint(ACCOUNT_GATE) and ACCOUNT_VERB.search(sentence) else None
    if account and " " not in account.group("subj") and account.group("subj").endswith("s") \
            and not aliases.lookup(account.group("subj")) and not ACRONYM.fullmatch(account.group("subj")):
        account = None                          # "Markets took a dim view": a plural noun, no one's account
    if account and account.start() <= 4 and (att := _resolve(account.group("subj"), aliases)):
        att.carries = att.carries and " at" not in account.group(0)[-4:]     # one figure put at a value
        return att                              # "The Saudi-owned daily X put the number at 30 and said the Gulf
                                                # states ...": the subject that opens the sentence, not "states"
    if not toks.isdisjoint(GATE_WORDS):
        att = _cited(s, aliases)
        if att:
            return att
    if account and (att := _resolve(account.group("subj"), aliases)):
        att.carries = att.carries and " at" not in account.group(0)[-4:]
        return att
    if "'s" in sentence or "’s" in sentence:
        m = POSSESSIVE_DOC.search(sentence)
        if m and (att := _resolve(m.group("subj"), aliases)):
            if doc := next((w for w in sentence[:m.start()].lower().split() if w in DOC_KINDS), None):
                att.noun = doc                  # "According to a summary circulated by X's office": X's summary
            elif att.noun is None and (body := m.group(0).split()[-1].lower()) in BODY_WORDS:
                att.noun = body                 # "Qatar's foreign ministry gave the mediators' outline": "the
            return att                          # ministry said" later is Qatar's
    if ("adds" in toks or "added" in toks) and (m := ADDS_LEAD.match(sentence)) \
            and (known := aliases.lookup(m.group("subj")) or (m.group("subj") if ACRONYM.fullmatch(m.group("subj"))
                                                               else None)):
        return Attribution(known, False)            # "Qatar adds that the pause could be extended."
    if not toks.isdisjoint(PAPER_NAME_WORDS) and (m := PAPER_LEAD.match(sentence)) \
            and (m.group("verb") not in ("is", "was", "has") or m.group("verb") == "has"
                 and ACCOUNT_HAS.match(sentence, m.end())):
        name = m.group("name")                      # "The Evening Register has the clearest account of ..."
        return Attribution(aliases.lookup(name) or aliases.canonical(name), True)
    if toks.isdisjoint(KNOWN_VERBS):
        return None
    # KNOWN_SUBJECT starts at the sentence's start or at a dash or colon
    m = KNOWN_SUBJECT.search(sentence) if ("—" in sentence or ":" in sentence) else KNOWN_SUBJECT.match(sentence)
    if m and aliases.lookup(m.group("subj")):
        return Attribution(aliases.lookup(m.group("subj")), False)
    if m and ACRONYM.fullmatch(m.group("subj")) and m.group(0).split()[-1] not in ("has", "have"):
        return Attribution(m.group("subj"), False)   # "CPS puts the bonus at $1,000": a body known by its acronym
    return None


STATISTICS = re.compile(r"\b(?:data|figures|statistics|estimates|polls?|surveys?|census|records)\b", re.I)


# "Israeli media reported ...", "..., Lebanese media said.": the country's press; its state media are the state
MEDIA_SAID = re.compile(rf"(?:^\W*|[,”\"]\s*)(?P<dem>[A-Z][a-z]+)\s+(?P<state>state(?:-run)?\s+)?media(?:\s+outlets)?\s+"
                        rf"(?:also\s+)?(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")


# the staff of an outlet: "Our colleagues at the Lakeshore Ledger say ..."
STAFF_WORDS = frozenset("colleagues reporters correspondents journalists".split())
STAFF_AT = re.compile(rf"^\W*(?:[Oo]ur\s+|[Tt]he\s+)?(?:colleagues|reporters|correspondents|journalists)\s+at\s+(?:the\s+)?"
                      rf"(?P<subj>{NAME})\s+(?:also\s+)?(?:{CARRY_VERBS}|{SPEECH_VERBS}|say)\b")
# an outlet's own sources: "Reuters' sources said ...", "The Journal's correspondent reported ..."
OWN_SOURCE_WORDS = frozenset({"sources", "source", "correspondent", "correspondents"})
OUTLET_SOURCES = re.compile(rf"^\W*(?:[Tt]he\s+)?(?P<subj>{NAME})(?:['’]s|['’])\s+(?:own\s+)?(?:{CAP}\s+)?(?:sources?|correspondents?)\s+"
                            rf"(?:also\s+)?(?:{SPEECH_VERBS}|{CARRY_VERBS}|gave|put|described|was\s+told(?!\s+by\b)|learned)\b")


def _issues_no_statement(verb: re.Match, sentence: str) -> bool:
    """"Israel issued 500 permits": "issued" names a source only when what is issued is a statement;
    "The Hang Seng added about 3 percent": a market's move, not what it said."""
    return verb.group("verb") in ("issued", "issues") and not ISSUED_DOC.match(sentence, verb.end()) \
        or verb.group("verb") in ("added", "adds") and AMOUNT_NEXT.match(sentence, verb.end()) is not None


AMOUNT_NEXT = re.compile(r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|another\s+)?"
                         r"[$€£]?\d")


# officials in a capital are that state's; diplomats in a capital are anyone's
ANON_IN_BEFORE = re.compile(r"(?<![\w-])(?P<who>(?i:officials?|authorities|ministers?|ministry|government|army|military|"
                            r"presidency|cabinet))\s+(?:in|from)\s+$")    # "The foreign ministry in Bangkok said"


def _cited(s: Sentence, aliases: AliasTable) -> Attribution | None:
    """Attributions that hang on 'according to', 'by' or a reporting verb."""
    sentence, toks = s.text, s.toks
    if "at" in toks and not toks.isdisjoint(STAFF_WORDS) and (m := STAFF_AT.search(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)):
        att.carries = True                      # "Our colleagues at the Lakeshore Ledger say they have obtained ..."
        return att
    if not toks.isdisjoint(OWN_SOURCE_WORDS) and (m := OUTLET_SOURCES.match(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)):
        att.carries = False                     # "Reuters' sources said": the outlet's own reporting
        return att
    if not toks.isdisjoint(FOR_ROLE_WORDS) and (m := SPOKESPERSON_FOR.search(sentence)) \
            and (att := _role_source(m.group("org"), m.group("role"), aliases)):
        return att
    if ("its" in toks or "their" in toks) and ITS_ROLE_SAID.match(sentence):
        return Attribution(None, False, backref=True)    # "Its spokesman said": the side named last
    if not toks.isdisjoint(PEOPLE_KIND_TOKENS) and (m := THE_ROLE_SAID.search(sentence)):
        role = _role_kind(m.group("role").split()[-1])     # "..., the official said": the side whose official
        return Attribution(None, False, backref=True, noun=role)    # spoke last, else the outlet's own
    if "media" in toks and (m := MEDIA_SAID.search(sentence)) and (m.start() == 0 or sentence.rstrip()[-1:] in ".\"”"
                                                                   and len(sentence) - m.end() < 4) \
            and (known := aliases.lookup(m.group("dem"))):
        return Attribution(known if m.group("state") else f"{m.group('dem')} media",
                           m.group("verb") in CARRY_WORDS and m.start() == 0)
    if ("'s " in sentence or "’s " in sentence) and "," in sentence and (m := OWNER_BODY_ASIDE.match(sentence)) \
            and not OWNER_TITLE_NAMED.match(sentence) \
            and (att := _resolve(m.group("subj"), aliases)):
        att.carries = False                     # "Iran's foreign ministry, in a statement carried by Fars, said"
        return att
    m = ACCORDING.search(sentence) if "according" in toks else (PER_SOURCE.search(sentence) if "per" in toks else None)
    if m and (att := _resolve(m.group("ref"), aliases)):
        if (more := AND_NAME.match(sentence, m.end("ref"))) and (known := aliases.lookup(more.group("name"))) \
                and known != att.source:
            att.also = (*att.also, known)       # "According to both the Egyptian official and Kan, ..."
        # "according to X" carries on wherever it stands: "..., according to a copy seen by Reuters.
        # Displaced people would return ..." is still Reuters' account
        att.carries = att.carries and (m.re is ACCORDING or _early(m, "ref", sentence)) \
            and not STATISTICS.search(m.group("ref"))     # "according to Census Bureau data": one figure's source
        return att
    m = BACKREF_SUBJECT.search(sentence) if not toks.isdisjoint(BACKREF_WORDS) else None
    if m:                                       # "The newspaper reported that ..."
        return Attribution(None, m.group("verb") in CARRY_WORDS and _early(m, "verb", sentence),
                           backref=True, noun=m.group("noun"))
    if not toks.isdisjoint(PRONOUN_WORDS) and (m := PRONOUN_SAID.search(sentence)) \
            and (not ANON.search(sentence[:m.start()].lower()) or LEADING_PARTICIPLE.match(sentence[:m.start()])) \
            and (m.group(0).endswith("listed them")         # "The highlights, as he listed them: ..."
                 or not sentence[max(0, m.start() - 7):m.start()].lower().endswith(("what ", "which ", "when ", "as ",
                                                                                    "after ", "before "))):
        return Attribution(None, False, backref=True)    # "..., it said, ...": the source named last (not "what it said were")
    told = "told" in sentence or "tell" in sentence or ("to" in toks and not toks.isdisjoint(SPEAKING_TO))
    if told and (m := TOLD_BY.search(sentence)) and (att := _role_source(m.group("org"), m.group("role"), aliases)):
        att.carries = True                      # "has been told by a European diplomat that ..."
        return att
    for pattern, needed in ((ANON_TOLD, told), (BY_NAME, "by" in toks)):
        m = pattern.search(sentence) if needed else None
        if m and pattern is BY_NAME and m.group(0).startswith("released") \
                and PEOPLE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            m = None                            # "all 15 people released by Russia": who freed them, not a source
        if m and pattern is BY_NAME and SAID_IN_DOC.search(sentence, max(0, m.start() - 60), m.start()):
            m = None                            # "X said in a statement carried by the Saudi Press Agency": X's
        teller = _role_kind(m.group(0).split()[0].rstrip(",;:")) if m and pattern is ANON_TOLD else None
        if m and pattern is ANON_TOLD and (side := _side_before(sentence, m.start(), aliases)):
            return Attribution(side, True, noun=teller if teller in PEOPLE_KINDS else None)   # "A senior Hamas official
                                                                                              # told Reuters": Hamas's
        if m and pattern is ANON_TOLD and (region := sentence[max(0, m.start() - 12):m.start()].split()[-1:]) \
                and region[0].lower() in REGION_WORDS and teller in PEOPLE_KINDS:
            return Attribution(f"{region[0]} {teller}", True, noun=teller)    # "A Western diplomat told Reuters"
        if m and pattern is ANON_TOLD and m.group("noun"):
            return Attribution(None, True, backref=True, noun=m.group("noun"))   # "Officials told the paper"
        if m and pattern is ANON_TOLD and m.group("us"):
            return Attribution(None, True)      # "A source tells us": the outlet's own
        if m and (att := _resolve(m.groupdict().get("subj") or m.group("ref"), aliases)):
            if teller in PEOPLE_KINDS:
                att.noun = att.noun or teller    # "A diplomat told Reuters ... The diplomat said": Reuters again
            return att
    # TRAILING ends with a verb, VERB_SUBJECT with a capitalised name; both follow a comma or a quote
    if "," in sentence or "”" in sentence or '"' in sentence:
        m = QUOTE_ROLE_END.search(sentence) if not toks.isdisjoint(ROLE_WORDS) else None
        if m and (att := _role_source(m.group("org"), m.group("role"), aliases)):
            return att                          # "..., an Israeli official said": "the official said" may follow
        last = _last_words(sentence, ".,")
        verb = _last_words(sentence, ".", 3)                # [..., subject's end, ("also",) verb]
        if len(verb) == 3 and verb[1] == "also":
            verb = verb[::2]
        trailing = len(verb) >= 2 and (verb[-1] in VERB_WORDS or verb[-1] == "adds") and _names_subject(verb[-2])
        for pattern, needed in ((TRAILING, trailing), (VERB_SUBJECT, bool(last) and last[-1] != last[-1].lower()),
                                (TRAILING_APPOSITIVE, len(verb) >= 2 and verb[-1] in VERB_WORDS and verb[-2].endswith(","))):
            m = pattern.search(sentence) if needed else None
            if m and (att := _resolve(m.group("subj"), aliases)):
                att.carries = False
                return att
    if ("'s " in sentence or "’s " in sentence) and not toks.isdisjoint(ROLE_WORDS) \
            and (m := OWNER_TITLE_NAMED.match(sentence) or OWNER_TITLE_NAMED_END.search(sentence)
                 or NAMED_OWNER_TITLE.match(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)):
        att.carries, att.person = False, m.group("person")     # "Israel's prime minister, Yair Lapid, said"
        return att
    m = OUTLET_THEN_NAME.match(sentence) if sentence.count(",") >= 2 and not toks.isdisjoint(OUTLET_KIND_WORDS) else None
    if m:                                       # "A German daily, the Rheinische Tagespost, later reported that ..."
        return Attribution(aliases.lookup(m.group("name")) or aliases.canonical(m.group("name")),
                           m.group("verb") in CARRY_WORDS)
    m = APPOSITIVE.match(sentence) if sentence.count(",") >= 2 else None   # the pattern has two commas
    if m and (person := _person(m.group("subj"))) and (own := OWNER_BEFORE.search(sentence, 0, m.start("subj"))) \
            and (att := _resolve(own.group("org"), aliases)):
        att.carries, att.person = False, person    # "Qatar's Minister of State N, who chaired the session, said"
        return att
    if m and (att := _resolve(m.group("subj"), aliases)):
        att.carries = m.group("verb") in CARRY_WORDS or ALSO_REPORTED.search(sentence, m.end()) is not None
        return att                              # "X, the daily, said it had seen the draft and reported that ..."
    m = ROLE_APPOSITIVE.match(sentence) if not toks.isdisjoint(ROLE_WORDS) else None
    if m and (att := _role_source(m.group("org"), m.group("role"), aliases)):
        att.noun = _role_kind(m.group("role"))  # "A Hamas official said": "the official said" may follow
        return att
    m = (SIDE_OFFICIALS.match(sentence) or SIDE_OFFICIALS_END.search(sentence)) \
        if not toks.isdisjoint(ROLE_WORDS) or "sources" in toks else None
    if m and (known := aliases.lookup(m.group("org"))):      # "Lebanese officials said ...", "..., UN officials said"
        return Attribution(known, m.re is SIDE_OFFICIALS and m.group("verb") in CARRY_WORDS,   # "... aides described"
                           noun=_role_kind(m.group("role")))
    if m and m.group("org") == "Government":                 # "Government officials have spoken of a dozen": the
        return Attribution(None, False, backref=True, noun="government")      # government's, whoever that is
    m = GOVERNMENT_ROLE.match(sentence) if "'s " in sentence or "’s " in sentence else None
    if m:                                       # "The government's chief negotiator, a former official, told"
        return Attribution(None, False, backref=True, noun=m.group("noun"))
    for v in VERB_AT.finditer(sentence, pieces=s.pieces):
        if v.group("verb") in RELEASE_VERBS and RELEASES_PEOPLE.match(sentence, v.end()):
            continue                            # "Hamas releases 33 hostages": a term, not a source
        if _issues_no_statement(v, sentence):
            continue                            # "Israel issued 500 permits": not a statement
        offset = max(0, v.start() - 100)
        if not _may_end_subject(sentence, offset, v.start()):
            continue
        m = _subject_before(sentence, offset, v.start())
        if m is None:
            continue
        subj, start = m.group("subj"), m.start("subj")
        if ("'s " in subj or "’s " in subj) and (caps := CAPS_BEFORE.search(sentence, 0, start)):
            subj, start = sentence[caps.start():m.end("subj")], caps.start()   # "The State Department's"
        pre = sentence[:start]
        if pre.endswith(", as "):
            continue                            # "..., as Israel had said": the outlet confirms, Israel is not its source
        if (org := ORG_ROLE_BEFORE.search(pre) or RANKED_OWNER_BEFORE.search(pre) or AT_ORG_ROLE_BEFORE.match(pre)) \
                and org.group("org").lower() not in TITLE_WORDS and (att := _resolve(org.group("org"), aliases)):
            att.carries, att.person = False, _person(subj) or subj
            if pre[:org.start()].endswith(("office of ", "office of the ")):
                att.noun = "office"             # "the office of EU special envoy N said": "the envoy's office" again
            return att                          # "Hamas official Osama Hamdan said"
        if " in " in pre[-12:] or " from " in pre[-12:] or pre[:3] in ("In ", "Fro"):
            if (anon := ANON_IN_BEFORE.search(pre)) and (known := aliases.lookup(subj)) \
                    and (known in aliases.states or anon.group(0).rstrip().endswith("from")):
                kind = _role_kind(anon.group("who").lower())     # "officials in London insist": the UK's; "officials from Hamas"
                return Attribution(known, v.group("verb") in CARRY_WORDS,
                                   noun=kind if kind in PEOPLE_KINDS or kind in BACKREF_WORDS else None)
        if ANON.search(pre[:1].lower() + pre[1:]) and not ENDS_WITH_PUNCT.search(pre) and not LEADING_PARTICIPLE.match(pre):
            return Attribution(None, True)      # "A source familiar with the talks revealed ..."
        if PREPOSITION_BEFORE.search(pre) and not DOC_FROM.search(pre):
            continue                            # "... in Gaza revealed": a place, not a source ("A statement from Hamas said" is)
        att = _resolve(subj, aliases)
        if att:
            att.carries = v.group("verb") in CARRY_WORDS and _early(m, "subj", sentence)
            return att
    m = CARRY_AFTER_SPACE.search(sentence) if not s.pieces.isdisjoint(CARRY_WORDS) else None
    if m and _issues_no_statement(m, sentence):
        m = None
    if m and (lead := LEAD_DEMONYM.match(sentence[:m.start() + 1])) and aliases.lookup(lead.group("subj")):
        return Attribution(aliases.lookup(lead.group("subj")), True)   # "The Iranian parliament's committee released"
    return None


# "While Israel says 42 days, Hamas says 60." / "Israel's version calls for 42 days, while Hamas's calls for 60."
CONTRAST_WORDS = frozenset({"while", "whereas", "although", "though", "but"})
LEAD_CONTRAST = re.compile(r"^\W*(?:While|Whereas|Although|Though)\b[^,;]{3,150}?(,\s+)")
OWNER_START = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<subj>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s?\b")


BULLET = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)])\s+")      # a list's item: "- a quota of 100,000 cars a year at 10%;"
NOT_CONTRAST_BEFORE = (" anything", " nothing", " all", " everything", " none", " everyone", " no one")


def _contrast(s: Sentence, text: str, aliases: AliasTable) -> list[Sentence] | None:
    """The two clauses of a sentence that sets two sources side by side, each with its own; None
    when the sentence does not."""
    if (m := LEAD_CONTRAST.match(s.text)) is not None:
        cut_a, cut_b = m.start(1), m.end(1)
    elif (at := next((i for w in (" while ", " whereas ", " but ") if (i := s.low.find(w)) > 0), -1)) > 0:
        cut_a, cut_b = at - (s.text[at - 1] == ","), s.low.find(" ", at + 1) + 1
    else:
        return None
    if CAPITAL.search(s.text, cut_b) is None:
        return None                                  # no name after the cut: no second source
    if s.low.endswith(NOT_CONTRAST_BEFORE, 0, cut_a) or s.text.count('"', 0, cut_a) % 2 or "“" in s.text[:cut_a] \
            and "”" not in s.text[:cut_a]:
        return None                                  # "anything but a cease-fire", a cut inside a quotation
    a = Sentence(s.start, s.start + cut_a, s.text[:cut_a], s.paragraph, False)
    prepare([a], text)
    if (att_a := _attribution(a, aliases)) is None or att_a.backref:
        return None
    b = Sentence(s.start + cut_b, s.end, s.text[cut_b:], s.paragraph, False, clause=True)
    prepare([b], text)
    att_b = _attribution(b, aliases)
    if att_b is None and (m := OWNER_START.match(b.text)) and (known := aliases.lookup(m.group("subj"))):
        att_b = Attribution(known, False)            # "..., while Hamas's calls for 60 days": a known name alone
    if att_b is None or att_b.backref or att_a.source == att_b.source:
        return None
    a.source, b.source = att_a.source, att_b.source    # each clause only: neither carries over
    return [a, b]


def attribute(text: str, aliases: AliasTable, mentions_terms=None) -> list[Sentence]:
    """Sentences with their reporting source (None = the document's outlet). `mentions_terms`
    (from the lexicon, on a paragraph's words) tells whether it still speaks of the proposal's terms."""
    def speaks_of_terms(group: list[Sentence]) -> bool:
        # the paragraph's tokens are its sentences' (a token never spans the space that joins them)
        if mentions_terms and mentions_terms(frozenset().union(*(s.toks for s in group))):
            return True
        return SUBJECT_CUES_AT.search(" ".join(s.text for s in group), " ".join(s.low for s in group),
                                      pieces=frozenset().union(*(s.pieces for s in group))) is not None
    sentences = []
    settled: set[int] = set()                   # the clauses of a contrast: their sources are set
    for s in prepare(split_sentences(text), text):
        parts = _contrast(s, text, aliases) if not s.toks.isdisjoint(CONTRAST_WORDS) else None
        if parts:
            settled.update(map(id, parts))
        sentences.extend(parts or (s,))
    carry: str | None = None
    carry_also: tuple[str, ...] = ()           # the other sources named with the carried one
    last_named: str | None = None
    named: list[str] = []                      # the sources named, most recent last, each once in a row
    kinds: dict[str, str] = {}                 # "ministry", "channel" ... → the source last named as one
    heading_name: str | None = None            # a heading that is a name, for a back-reference right under it
    people: dict[str, str] = {}                # person named with a title → the state or body they speak for;
                                               # a source of several words → itself
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    listing = False                             # the paragraph before opened a list (":") or was one of its items
    for _, group in sorted(paragraphs.items()):
        found = [_attribution(s, aliases) if not (settled and id(s) in settled) else Attribution(s.source, False)
                 for s in group]
        item = listing and BULLET.match(group[0].text) is not None
        listing = item or group[-1].text.rstrip().endswith(":")
        if group[0].entry or (not group[0].heading and not any(found) and not item and not speaks_of_terms(group)) \
                or (len(group) == 1 and group[0].text.rstrip().endswith("?") and len(group[0].text.split()) <= 15):
            carry, carry_also = None, ()         # a live blog's new entry, the text left the proposal's subject,
                                                 # or an explainer's next question ("What about aid?")
        named_by_heading, heading_name = heading_name, None
        if group[0].heading and len(group) == 1 and found[0] is None:
            heading_name = _heading_name(group[0].text, aliases, text)     # "Asharq Al-Awsat", over a press review's part
            if heading_name and (aliases.lookup(heading_name) or ":" in group[0].text
                                 or PLACE_AFTER.search(group[0].text.strip())):
                carry = last_named = heading_name                    # a name: what follows is its account
                carry_also = ()
                if not named or named[-1] != heading_name:
                    named.append(heading_name)
            elif heading_name is None and not speaks_of_terms(group):
                carry, carry_also = None, ()         # "Reading the gaps": a new section, no one's account yet
                                                     # (not "First Phase (42 days)" inside an account)
        said_here: str | None = None                # a speaker named in this paragraph who does not carry
        carried_here = False                        # ... unless a source that carries was named in it first
        for i, (s, att) in enumerate(zip(group, found)):
            if "Minister" in s.text or "President" in s.text or "Premier" in s.text or "Chancellor" in s.text:
                _register_titled(s.text, people, aliases)      # "... and Cambodian Prime Minister Hun Manet": Cambodia's
            if settled and id(s) in settled:
                last_named = s.source
                continue
            if att is None and people and not s.toks.isdisjoint(KNOWN_VERBS) and (m := KNOWN_SUBJECT.match(s.text)) \
                    and _known_person(m.group("subj"), people, aliases):
                att = Attribution(m.group("subj"), False)    # "Muyaya put the number at 500", after "... spokesman
                                                             # Patrick Muyaya told"
            if att is None and not s.toks.isdisjoint(ROLE_WORDS) and s.text[:1].isupper() \
                    and not ROLE_WORDS.isdisjoint(s.low[:80].replace(",", " ").split()) \
                    and (m := TITLED_SUBJECT.match(s.text) or BODY_TITLED_SUBJECT.match(s.text)) \
                    and (known := _titled_org(m.group("org"), people, aliases)):
                people.setdefault(m.group("person") or m.group("person2"), known)   # "M23 spokesman Lawrence Kanyuka rejected that
                last_named = known                           # reading. ..., he said": M23; "Kanyuka said": M23
                att = Attribution(known, False)              # what the sentence goes on to state is theirs
            if att is None:
                if not s.toks.isdisjoint(REACTION_WORDS) and (m := REACTION.match(s.text)) \
                        and (known := aliases.lookup(m.group("subj"))):
                    last_named, said_here = known, None  # "Hamas welcomed the proposal. Its spokesman said ...": Hamas
                    if m.group("kind"):                  # "The UAE foreign ministry has thanked both sides. ...,
                        kinds[_role_kind(m.group("kind").split()[-1])] = known    # according to the ministry": the UAE's
                    if i == 0 and carry not in (None, known):
                        carry, carry_also = None, ()     # "Thai officials brushed aside the Cambodian version.": the
                                                         # account before has ended
                if said_here is not None and not DOCUMENT_LEAD.match(s.text):     # "A Hamas official said ...
                    s.source, s.also = said_here, ()     # A third phase would ...": the speaker goes on to the
                    continue                             # paragraph's end ("Under the US plan, ..." does not)
                s.source, s.also = carry, carry_also if carry is not None else ()
                continue
            if att.backref and att.noun is None and i > 0 and HE_SHE_SAID.match(s.text) \
                    and (lead := PERSON_LEAD.match(group[i - 1].text)) \
                    and (" " in lead.group("subj") or _introduced(lead.group("subj"), text, group[i - 1].start)):
                att = Attribution(lead.group("subj"), False)      # "Grossi has landed in Vienna. He says ...": Grossi,
                                                                  # named in full before ("Rafael Grossi")
            elif att.backref and att.noun is None and i > 0 and THEY_SAID.match(s.text) \
                    and ANON_PLURAL_LEAD.match(group[i - 1].text):
                att = Attribution(group[i - 1].source, False)     # "Diplomats in Vienna tell us ... They say ...": theirs
            if att.noun == "both":                                # "Both documents say": the two named last
                s.source, s.also = (named[-1], (named[-2],)) if len(named) >= 2 else (carry, ())
                continue
            if i == 0 and named_by_heading and att.backref:      # "The London-based Saudi daily ... wrote"
                att = Attribution(named_by_heading, att.carries, noun=att.noun)
            if carry and att.source and att.source != carry and carry.split()[-1] == att.source.split()[-1] \
                    and carry.split()[-1].lower() in PAPER_NAME_WORDS \
                    and re.search(rf"\b[Tt]he\s+{re.escape(carry.split()[-1])}\b", s.text):
                att.source = carry                          # "the Times" in the Gulf Arabian Times' paragraph: that
                                                            # paper, not the New York Times the alias table knows
            if att.person and att.source == att.person and att.noun in KIND_WORDS \
                    and (state := _capital_before(s.text, att.person, aliases)):
                att.source = people[att.person] = state     # "At a news conference in Beijing, Vice Commerce Minister
                                                            # Wang Shouwen said": a minister in a capital speaks for it
            if att.person and att.source:
                people[att.person] = att.source
            elif att.source and (owner := _known_person(att.source, people, aliases)):
                att.source = owner                   # "Mikati said", after "Prime Minister Najib Mikati"
            if att.source and " " in att.source:
                people.setdefault(att.source, att.source)     # "the Commission", after "the European Commission"
            # "the ministry": the source last named as a ministry, else the source named last; "the
            # official": the side whose official spoke last, else the outlet's own (officials unnamed)
            source = (kinds.get(att.noun) or _paper_named_last(att.noun, named, last_named, carry, aliases.states)
                      or (None if att.noun in PEOPLE_KINDS or att.noun in BODY_KINDS else last_named)
                      if att.backref else att.source)
            if att.backref and att.noun not in kinds and (body := _body_backref(att.noun, source, named, text, s.start,
                                                                                aliases)):
                source = body
                if att.noun in BODY_KINDS:
                    last_named = kinds[att.noun] = body
            if att.backref and att.noun in ("army", "military") and att.noun not in kinds \
                    and (owner := _army_owner(text, s.start, aliases)):
                source = last_named = kinds[att.noun] = owner     # "The army said ...", after "Sudan's army and the
                                                                  # RSF": Sudan's, not the US official's named last
            if att.backref and att.noun in STATE_BODY_NOUNS and att.noun not in kinds and source not in aliases.states \
                    and (state := _lede_state(text, aliases)):
                source = last_named = state          # "The ministry also said ...", no ministry named before: the
                                                     # state of a story about one state, not the IMF named last
            if att.source is not None:
                last_named = att.source
                if not named or named[-1] != att.source:
                    named.append(att.source)
                if att.noun:
                    kinds[att.noun] = att.source
                if "statement" in s.toks:
                    kinds["statement"] = att.source      # "X said in a statement ...": "the statement said" is X's
            if source is None and att.backref and att.noun in STATE_BODY_NOUNS \
                    and (source := _opening_state(s.text, aliases) or _lede_state(text, aliases)):
                last_named = kinds[att.noun] = source    # "the finance ministry said", in a story about one state
            if att.backref and (att.noun in STATE_BODY_NOUNS or att.noun in BODY_KINDS) and source is not None:
                last_named = source                  # "The government says ... Federal troops, it adds, ...": its;
                                                     # "The union says ... Vans will get fans, it says": the union's
            s.source = source
            s.also = att.also if source == att.source else ()
            if att.carries:
                carry, carry_also = source, s.also
                carried_here, said_here = True, None
            elif source is not None and source != carry and not carried_here:
                said_here = source               # a carried source of this paragraph keeps what follows
            else:
                said_here = None
    return sentences
