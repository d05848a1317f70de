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
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, islice

from compare import dates
from compare.attribute import BULLET, AliasTable, Sentence, attribute, opens_with_speaker
from compare.lexicon import Anchored, Lexicon, load_lexicon, lower_tokens
from compare.normalize import (LEAD_WORDS, NUMBER_RE, NUMBER_WORDS, ONE_UNIT_RE, ORDINALS, QUAL_RE, QUALIFIERS, Quantity,
                               find_quantities, UNIT_RE, parse_number, parse_quantity, to_days)

NUMBER_TOKENS = NUMBER_WORDS | {"dozen", "dozens", "scores", "hundreds", "thousands", "millions"}
ONE_UNIT_TOKENS = frozenset({"hour", "day", "week", "month", "year"})
VAGUE_TIME_TOKENS = frozenset({"few", "several", "couple"})
UNITS_TOKENS = frozenset({"hours", "days", "weeks", "months", "years"})
ONE_UNIT = re.compile(ONE_UNIT_RE)
PHASE_TOKENS = frozenset({"phase", "phases", "stage", "stages", "initial", "parts"})
DAY_TOKENS = frozenset({"day", "week", "month", "first"})
DAY_ORDINAL_TOKENS = frozenset(w for w in ORDINALS if w.isalpha() and w not in ("first", "initial", "last", "final"))
DIGIT = re.compile(r"\d")

EXTRACTOR = "crosscheck-rules"
EXTRACTOR_VERSION = "1.9"


@dataclass
class ExtractedFact:
    source: str
    slot: str
    kind: str
    phase: int | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    text: str = ""
    qualifier: str | None = None
    basis: str | None = None
    quote: str = ""
    start: int | None = None
    end: int | None = None
    value_start: int | None = None
    value_end: int | None = None
    confidence: float = 0.8


@lru_cache(maxsize=1)
def aliases() -> AliasTable:
    from compare.config import load_settings
    return AliasTable.load(load_settings().aliases_file)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from compare.config import load_settings
    return load_lexicon(load_settings().lexicon_file)


# ---------------------------------------------------------------- patterns

_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True)) + "|final|last|next|subsequent"
PHASE_MARK = re.compile(
    rf"\b(?P<ord>{_ORD})(?:-|\s+(?:(?!(?:of|the|weeks?|days?|months?)\b)[\w-]+\s+){{0,2}}?)(?:phase|stage)\b"   # not "first week of phase two"
    r"|\b(?:phase|stage)\s+(?P<num>one|two|three|four|five|six|[1-9]|(?-i:IV|V?I{1,3}|V))\b"
    r"|\b(?P<this>this|that|the\s+same)\s+(?:phase|stage)\b"
    r"|\b(?P<init>initial)\s+(?:[\w-]+\s+){0,2}(?:truce|cease-?fire|period|pause)\b", re.I)
# in a sentence that names a phase: "..., and the third the exchange of bodies" names the third
ELLIPTIC_PHASE = re.compile(r"\b(?:(?:and|while|with|then|of)\s+the\s+(?P<ord>second|third|fourth|fifth)\b"
                            r"(?=\s*,?\s+(?:the|a|an|would|will|should|to|for|with)\b)"
                            # "..., and the bodies would be returned in the third."
                            r"|\b(?:in|during)\s+the\s+(?P<ord2>first|second|third|fourth|fifth)(?=\s*(?:[.;,]|$)))", re.I)
# "the second and third stages would each last about six weeks": a duration for each
BOTH_PHASES_EACH = re.compile(rf"\b(?P<o1>{'|'.join(ORDINALS)})\s+and\s+(?P<o2>{'|'.join(ORDINALS)})\s+(?:phases|stages)\b"
                              r"[^.;]{0,30}?\beach\s+(?:also\s+)?(?:last|run|be\s+of)\b", re.I)
# "in two stages, the first covering villages within 15 km", "three stages, he said, the first lasting 42 days"
_ITEM_NEXT = r"(?=[a-z]+ing\b|(?:to|would|will|could|can|is|was|from|in|on|by|at|within|after|until|with|for)\s)"
STAGES_THE_FIRST = re.compile(r"\b(?:phases|stages)\b[^.;]{0,40}?[,:]\s+the\s+(?P<ord>first|second|third|fourth)\s+"
                              rf"(?:of\s+(?:them|which)\s+)?{_ITEM_NEXT}",
                              re.I)                # "in three stages, the first of which could take place within a week"
# the next items of that list: "...: the first from October 2023, the second from October 2024 and the final stage from July 2025"
STAGES_THE_NEXT = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)the\s+(?P<ord>second|third|fourth|fifth|final|last)"
                             rf"(?:\s+(?:stage|phase|one))?\s+{_ITEM_NEXT}", re.I)
NAMED_AGREEMENT = re.compile(r"[\"”’']?\s+(?:trade\s+)?(?:deal|agreement|accord|pact)\b", re.I)
YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+[\"“‘']?$")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
PHASE_COUNT = re.compile(rf"\b(?P<n>{NUMBER_RE})(?:\s+|-)(?:separate\s+)?(?P<each>(?:{NUMBER_RE})-(?:day|week|month)\s+)?"
                         rf"(?:phases|stages|phase|stage|parts)\b", re.I)
EACH_LASTING = re.compile(r"\beach\s+(?:one\s+)?(?:lasting|of|for|running|spanning)\b", re.I)
EACH_OF = re.compile(r"\beach\s+of\s+(?:the\s+)?$", re.I)
LASTING_AFTER = re.compile(r"\s+(?:would\s+|will\s+|is\s+to\s+|are\s+to\s+|should\s+)?(?:last|run|span)\w*\s+(?:for\s+)?", re.I)
# "three stages of 45 days each": the length of every stage
OF_EACH = re.compile(rf"\s+of\s+(?:{NUMBER_RE})[\s-]+(?:days?|weeks?|months?)\s+each\b", re.I)
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_BEFORE = re.compile(rf"\b{MONTHS}\s*$")
DATE_AFTER = re.compile(rf"^\s*(?:{MONTHS})\b")
BATCH_OF = re.compile(r"\b(?:batches|groups|instal?lments|waves|rounds)\s+of$")
PERCENT_TO = re.compile(rf"\s+to\s+(?:about\s+|around\s+|roughly\s+|just\s+)?{NUMBER_RE}\s*(?:%|percent|per\s+cent)", re.I)
# "Line 29, which would have added 1,430 square kilometres": what did not happen (not "by day 7 Israel would have
# released 1,000 prisoners", a term, unless a year dates it: "Under a proposal in late 2009, Israel would have freed")
COUNTERFACTUAL = re.compile(r"\b(?:(?P<sure>(?:which|that)\s+would|would\s+otherwise|could|might)|would)\s+have\s+(?!to\b)"
                            r"[a-z]+(?:ed|en|t)\s+(?:[a-z]+\s+){0,2}$", re.I)
# a qualifier between a pattern's words and the number it ends before ("... for about 18 months")
_ABOUT = r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|no\s+more\s+than|up\s+to|at\s+most|at\s+least)\s+)?"
EARLIER_SUBJECT = re.compile(r"\W*(?:The|Its|Their|An|A)\s+(?:previous|old|former|earlier|expired|outgoing|existing|prior)\s")
DATED_DEAL_CLAUSE = re.compile(r"\b(?:19|20)\d\d\b[^.;,]{0,60}?,?\s+(?:(?:under|in)\s+which\s+(?:[A-Z][\w-]*\s+)?|which\s+|that\s+)"
                               r"(?:also\s+|had\s+)?[a-z]+(?:ed|ut|et)\b(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,120}$")
# a state told in a relative clause: "UNIFIL, which has about 10,500 peacekeepers in the south"; what an
# earlier truce did: "The Geneva truce in May, which also ran for 90 days"
WHICH_HAS = re.compile(r",\s+(?:which|who)\s+(?:currently\s+|still\s+|already\s+|now\s+|today\s+)?(?:has|have|holds?|employs?|"
                       rf"hosts?|numbers?)\s+{_ABOUT}$"
                       rf"|,\s+which\s+(?:also\s+)?(?:ran|lasted|held)\s+for\s+{_ABOUT}$")
# a vote's tally, not a range: "passed the compromise package 61-38"
VOTE_BEFORE = re.compile(r"\b(?:passed|approved|adopted|voted|rejected|cleared)\b[^.;]{0,50}?\s(?:by\s+(?:a\s+(?:vote\s+of\s+)?)?)?$")
DATED_PAST_LEAD = re.compile(r"\W*(?:In|By|Since|During|[Bb]efore|Under\s+the)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b[^.;]{0,80}?"
                             r"\b(?:[a-z]+ed|imposed|set|cut|put|paid|sent|freed|signed|agreed|made|took|gave|bought|sold|spent|"
                             r"won|lost|rose|fell|grew|saw|held|kept)\b")
SUPERLATIVE_IN = re.compile(r"\b(?:strongest|weakest|highest|lowest|biggest|largest|worst|best|fastest|slowest|sharpest|"
                            r"steepest|first\s+time)\b[^.;]{0,40}\b(?:in|for)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|"
                            r"about\s+)?$", re.I)
# "the first commercial flight from Sanaa in almost six years": how long since (not "the first hostages would
# be freed in 10 days")
FIRST_IN_YEARS = re.compile(r"\bfirst\b[^.;]{0,60}\bin\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$"
                            r"|\b(?:second|third|fourth|fifth)\s+(?:(?!(?:is|are|was|were|be|been|would|will)\b)[\w-]+\s+){1,3}?"
                            r"in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$", re.I)   # "the second walkout in three years"
ENDED_AFTER = re.compile(r"\b(?:collapsed|ended|expired|broke\s+down|fell\s+apart|lasted|failed)\b[^.;]{0,40}"
                         r"\b(?:after|within)\s+(?:just\s+|only\s+)?$", re.I)
# how long people met or talked, and "the second ... in N days": the news of the talks, no term
MEETING_SPAN_BEFORE = re.compile(r"\b(?:met|meets|meeting|talked|talks|spoke|discussed|huddled|sat|stayed|waited|"
                                 r"negotiated)\b[^.;]{0,50}\bfor\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|"
                                 r"more\s+than\s+|over\s+|almost\s+)?$", re.I)
NTH_IN_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|latest)\s+(?:[\w-]+\s+)?(?:meeting|visit|trip|time|round|call|"
                           r"session|attack|strike|incident|violation)s?\b[^.;]{0,50}?\bin\s+(?:the\s+(?:past|last)\s+)?$", re.I)
NAMED_BY_NUMBER = re.compile(r"\b(?:block|blocks|area|sector|line|point|article|clause|item|section|paragraph|annex|"
                             r"resolution|route|road|highway|gate|building|level)\s+$", re.I)
OWN_DETERMINER = re.compile(r"(?:its|their|his|her|our|(?P<the>the|these|those))\s+", re.I)   # "of its assets", "of the prisoners"
SET_AT_BEFORE = re.compile(r"\b(?:sets?|setting|puts?|putting|fix(?:es|ed)?|fixing|caps?|capped|capping|limits?|limited|"
                           r"limiting)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?P<np>(?:[\w-]+\s+){0,2}?[a-z][\w-]+)\s+at\s+(?:about\s+|around\s+|up\s+to\s+)?$", re.I)
NOT_ABOVE = re.compile(r"\b(?:not|never|no)\b[^.;,]{0,50}\b(?:above|beyond|over|exceed\w*|more\s+than)\s+$", re.I)
PERCENT_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", re.I)
VERB_FORMS = frozenset("receive receives get gets give gives rise rises fall falls grow grows reach reaches pay pays "
                       "keep keeps cut cuts take takes come comes".split())
RELATIVE_AFTER = re.compile(r"\s*,?\s+(?P<rel>which|that|during\s+which|in\s+which)\b", re.I)
UNTIL_BEFORE = re.compile(r"\b(?:until|till|before|beyond|by\s+the\s+end\s+of|at\s+the\s+end\s+of)\s+(?:the\s+|an?\s+)?$",
                          re.I)
TALKS_ON = re.compile(r"\b(?:talks|negotiations|discussions|negotiat\w*|talking)\b(?:[^.;,]{0,40}?\b(?:needed|required))?"
                      r"\s+(?:on|about|over|for|toward|towards|to\s+reach|to\s+move\s+to|leading\s+to)\s+"
                      r"(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?$", re.I)
SMALL_NOISE = frozenset("sides parties countries nations states leaders officials people men times things ways "
                        "years days weeks months hours issues points questions others ones sessions steps powers "
                        "mediators members governments groups factions allies delegations partners signatories "
                        "envoys ministers negotiators sources stories texts versions accounts documents drafts "
                        "readings interpretations".split())
BEFORE_YEAR = re.compile(r"\W*(?:before|until|prior\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\b", re.I)
EXTENSION_PER = re.compile(rf"\s+for\s+(?:every|each)\s+(?:additional\s+|further\s+|extra\s+)?(?P<n>{NUMBER_RE})\s+"
                           r"(?:additional\s+|further\s+|more\s+|extra\s+)?(?P<g>[\w-]+)(?:\s+(?P<g2>[\w-]+))?", re.I)
# "In the first, ...", "The first would last 42 days": a stage named by its ordinal alone, at the sentence's start
BARE_ORDINAL_LEAD = re.compile(r"\W*(?:(?:in|during|under)\s+)?the\s+(?P<ord>first|second|third|fourth|fifth)"
                               r"(?:\s*,|(?=\s+(?:would|will|shall|should|is|lasts|runs|covers|sees|includes|involves)\b))",
                               re.I)
NOT_COMMITTED = re.compile(r"\b(?:no\s+(?:commitment|promise|pledge|agreement)|refus\w*|reject\w*|declin\w*|denied)\s+"
                           r"(?:to\s+|that\s+)?(?:\w+\s+){0,3}$", re.I)
REACH_BEFORE = re.compile(r"\b(?:could|would|may|might|can|will)\s+(?:\w+\s+)?reach\s+$", re.I)
FREQUENCY_BEFORE = re.compile(r"\b(?:times|once|twice)\s+(?:in|per|a|every|each)?\s*$", re.I)
CURRENT_BEFORE = re.compile(r"\b(?:currently|presently|at\s+present)\b[^,;.]*$", re.I)
# "one of them added", "two of the officials said": who speaks, not a term
OF_SPEAKERS = re.compile(r"^\s+of\s+(?:them|those|the\s+[a-z]+)\s*,?\s+(?:also\s+)?(?:said|says|added|adds|told|noted|"
                         r"stated|confirmed|claimed|insisted|explained|argued|cautioned|warned)\b")
CASUALTY_BEFORE = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|maimed)\s+(?:some\s+|about\s+|around\s+|"
                             r"nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+|an\s+estimated\s+)?$", re.I)
REPLACED_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than|down\s+from|up\s+from|compared\s+with|existing|previous|"
                             r"prior|pre-\w+)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:current\s+|present\s+|existing\s+|old\s+)?$", re.I)
STILL_HELD = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:still\s+(?:held|in\s+captivity|alive|in\s+gaza)"
                        r"|(?:who\s+)?remain(?:s|ed|ing)?\s+(?:in|held|captive)|(?:yet|still)\s+to\s+be\s+\w+)\b", re.I)
MEASURE_AFTER = re.compile(r"^\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m)\b", re.I)
PLACE_CLAUSE = re.compile(r",\s+which\s+[^,;]*$")
MORE_AFTER = re.compile(r"^\s+(?:more|others|other|additional|further)\b(?!\s+than\b)")
WHO_BEFORE = re.compile(r",\s+who\s+[^,;]*$")
HAD_DONE = re.compile(r"^[\w\s'’-]{0,40}?\bhad\s+(?:already\s+)?(?!been\b)[a-z]+(?:ed|en|t)\b")
# background told without a modal: a population in need, a geography, a market's move, a past carriage, last
# year's figures, a share that went somewhere
IN_NEED_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:need|needs|needed|require|requires|depend|depends|rely|relies|face|faces)\s+"
                           r"(?:on\s+)?(?:urgent\s+|humanitarian\s+|food\s+|emergency\s+|acute\s+)*"
                           r"(?:aid|assistance|help|support|relief|hunger|food|famine|malnutrition)\b", re.I)
GEOGRAPHY = re.compile(r"\bat\s+(?:its|their)\s+\w+est\s+(?:point|stretch|part|section)\b"
                       r"|\b(?:river|coast|coastline|mountains?|range|lake|valley|frontier|border)\s+(?:runs|flows|lies|stretches|"
                       r"sits|winds|extends)\b", re.I)
CARRIED_BEFORE = re.compile(r"\b(?:carried|transported|flew|ferried|shipped|brought|received|recorded|registered|logged|spent|"
                            r"handled|served|hosted|sold|bought|exported|imported|ran|posted)\s+(?:a\s+[\w\s-]{0,30}?of\s+)?"
                            rf"{_ABOUT}$", re.I)
PAST_PERIOD = re.compile(r"\b(?:last|previous|past)\s+(?:year|month|quarter|season)\b(?!['’])", re.I)
# a year named in a sentence told wholly in the past: "the agreement the two countries signed in 2019 cut tariffs
# on $7.2 billion" (not "The agreement, signed in March 2025, sets a 30-day halt": its terms, in the present)
IN_YEAR = re.compile(r"\bin\s+(?:(?:early|late|mid-)?[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
PRESENT_TERMS = re.compile(r"\b(?:sets|provides|calls\s+for|requires|gives|includes|covers|runs|lasts|allows|obliges|commits|"
                           r"stipulates|envisages|foresees|is|are|has|have|says|say|agreed|secured|won|obtained|accepted|"
                           r"committed|pledged|extended|renewed|prolonged)\b")
TOLD_MARKS = re.compile(r"\b(?:last|previous|past|outside|part|separate|separately|unrelated)\b|\b(?:19|20)\d\d\b", re.I)
BODY_OF_MEMBERS_AFTER = re.compile(r"-(?:seat|country|nation|member|state)\s+(?:[a-z-]+\s+)?(?:parliament|assembly|"
                                   r"legislature|chamber|house|senate|council|alliance|bloc|group|coalition|organi[sz]ation|"
                                   r"union|cartel|club)\b", re.I)
# a number the text itself sets outside the deal: "Separately, and outside the accord, Saudi Arabia allotted ..."
OUTSIDE_DEAL = re.compile(r"\b(?:outside|not\s+part\s+of|separate\s+from|separately\s+from|unrelated\s+to)\s+the\s+"
                          r"(?:accord|deal|agreement|truce|cease-?fire|framework|pact|arrangement)\b", re.I)
MOVE_CARRY_WORDS = frozenset("rose fell fallen risen climbed gained dropped slipped jumped surged tumbled rallied slid declined "
                             "slumped soared plunged sank dipped edged carried transported flew ferried shipped brought "
                             "received recorded registered logged handled served hosted sold bought exported imported ran "
                             "posted spent".split())
BACKGROUND_TOKENS = MOVE_CARRY_WORDS | frozenset(
    "voted vote votes abstained hosts hosted hosting shelters sheltered sheltering home houses baby infant toddler child "
    "boy girl man woman aged need needs needed require requires required depend depends rely relies face faces went came "
    "flowed ended river coast coastline mountains mountain range lake valley frontier border farthest furthest widest "
    "narrowest closest nearest deepest".split())
NEED_HINT = re.compile(r"need|requir|depend|rel(?:y|ies)|face")
WENT_HINT = re.compile(r"went|came|flowed|ended")
VOTE_HINT = re.compile(r"vot|abstain", re.I)
HOST_HINT = re.compile(r"host|shelter|home\s+to|houses", re.I)
SHARE_WENT_AFTER = re.compile(r"^\s*(?:percent|%)\s+(?:of\s+[^,.;]{0,40}?\s+)?(?:went|came|flowed|ended\s+up)\b", re.I)
NEEDED_AFTER = re.compile(r"^[^,.;]{0,40}?\b(?:will|would)\s+be\s+needed\b")
SHARE_OF_PEOPLE = re.compile(r"^\s*(?:percent|%)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:[\d.,]+\s+(?:million|billion)\s+)?"
                             r"(?:people|population|residents|inhabitants|voters|israelis|palestinians|gazans)\b")
AGE = re.compile(r"^(?:-year-old|\s*years?\s+old|-years?-old)|^\s*or\s+older")
AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|ages\s+of|over\s+the\s+age\s+of|under\s+the\s+age\s+of"
                        r"|(?:children|minors|women|men|boys|girls|people|those|detainees|prisoners|hostages)\s+"
                        r"(?:under|over|below|above|younger\s+than|older\s+than))\s*$", re.I)
TIMING_BEFORE = re.compile(r"\b(?P<prep>after|within|by\s+the\s+end\s+of|no\s+later\s+than|starting|beginning|following|in)\s+"
                           r"(?:the\s+(?:first\s+|next\s+|coming\s+)?)?(?:(?:just|only)\s+)?$", re.I)
EXTEND_BY = re.compile(r"\b(?!(?-i:Extended\s+[A-Z]))(?:extend|extends|extended|extending|prolong\w*)\s+(?:[\w'’-]+,?\s+){1,3}?(?:by|for)\s+"
                       r"(?:another\s+|a\s+further\s+|an\s+additional\s+)?$", re.I)      # "extend that deadline by 10 days"
LATER_AFTER = re.compile(r"\s+(?:later|afterwards|after\s+that|thereafter)\b(?!\s+than\b)", re.I)
# "gives China 30 days to respond": the time given to do something
GIVEN_BEFORE = re.compile(r"\b(?:give|gives|gave|given|giving|grant|grants|granted|granting|allow|allows|allowed|"
                          r"allowing|have|has|had|get|gets|got)\s+(?:(?:the\s+)?[\w'’-]+\s+){0,2}?"
                          r"(?:(?:only|just|a\s+further|another|an\s+additional)\s+)?$", re.I)
DAYS_TO_AFTER = re.compile(r"\s+to\s+(?!run\b|go\b)(?P<verb>[a-z]+)\b")
_DAY_ORD = "|".join(sorted((w for w in ORDINALS if w != "initial"), key=len, reverse=True))
# "the first day of next month", "of March": a calendar date (compare.dates), not a day of the deal
_NOT_OF_CALENDAR = (r"(?!\s+of\s+(?:(?:the|this|next)\s+)?(?:month|year|january|february|march|april|may|june|july|"
                    r"august|september|october|november|december|(?:19|20)\d\d)\b)")
ON_DAY = re.compile(r"\b(?:on|by|from|until|before|after|starting|(?:no|not)\s+later\s+than)\s+(?:the\s+)?"
                    rf"(?:day\s+(?P<n>\d+|[a-z-]+)\b|(?P<o>{_DAY_ORD}|\d+(?:st|nd|rd|th))\s+day\b{_NOT_OF_CALENDAR})"
                    r"|\bwithin\s+the\s+first\s+(?P<u>day|week|month)\b"
                    rf"|\b(?:in|during)\s+the\s+(?P<ow>{_DAY_ORD})\s+(?P<wu>week|month)\b", re.I)
# the bound a day named as a limit sets: "no later than day 16", "by day 16", "before day 50" (a deadline);
# "not before day 60", "on the seventh day at the earliest" (a start)
DAY_DEADLINE = re.compile(r"(?:by|before|(?:no|not)\s+later\s+than)\s", re.I)
DAY_START_BEFORE = re.compile(r"\b(?:not|no\s+earlier\s+than)\s+$", re.I)
DAY_START_AFTER = re.compile(r"\s*,?\s+at\s+the\s+earliest\b", re.I)


# a swap of as many on each side: "the 1,000-for-1,000 exchange", "trade bodies 6,000 for 6,000"
SWAP_AFTER = re.compile(r"(?:-for-|\s+for\s+)(?P<n>\d[\d,]*)\b(?![.,]\d)")
SWAP_BEFORE = re.compile(r"(?P<n>\d[\d,]*)(?:-for-|\s+for\s+)$")
ZERO_RATE_BEFORE = re.compile(r"\b(?P<noun>tariffs?|duties|duty|levies|levy|taxes|tax)\b[^.;]{0,70}?\bto\s+$", re.I)
QUAL_BEFORE = re.compile(r"\b(at\s+least|up\s+to|as\s+many\s+as|no\s+fewer\s+than|at\s+most)\s+$")
NEGATED_CLAUSE = re.compile(r"\b(?:not|cannot|never)\b|n['’]t\b", re.I)


CAPTIVES_GO_HOME = re.compile(r"\b(?:hostages|captives|prisoners|detainees|citizens|nationals|americans|soldiers|"
                              r"servicemen|abductees)\s+(?:[\w-]+\s+){0,3}?(?:would\s+|will\s+|to\s+|could\s+|can\s+|"
                              r"had\s+|have\s+)?(?:all\s+)?(?:go|goes|going|gone|went|come|comes|came|return|returns|"
                              r"returned|head|heads|fly|flew)\s+home\b")


def _day_bound(phrase: str, text: str, start: int, end: int) -> str | None:
    if DAY_START_BEFORE.search(text, max(0, start - 20), start) or DAY_START_AFTER.match(text, end):
        return "not before"
    if DAY_DEADLINE.match(phrase):                     # "would not complete the pull-out before day 50": not before
        clause = max(text.rfind(",", 0, start), text.rfind(";", 0, start), 0)
        return "not before" if phrase[:1].lower() == "b" and NEGATED_CLAUSE.search(text, clause, start) \
            else "no later than"
    return None                                        # "on day 22", "from day 7": the day itself


RATE_AFTER = re.compile(r"^\s*(?:of\s+(?:[\w-]+\s+)?(?:aid|fuel|goods|supplies)\s+)?"
                        r"(?:(?:each|every|per|a)\s+(?:single\s+)?(?P<u>day|week|month)|(?P<adv>daily|weekly|monthly))\b", re.I)
LAST_BEFORE = re.compile(r"\b(?:last|lasts|lasting|take|takes|taking|run|runs|running|extend\w*|prolong\w*|stretch\w*|span\w*|continu\w*|"
                         r"adds|added|adding|"
                         # "In the first, covering the opening 15 days", "which covers the remaining nine months"
                         r"cover(?:s|ing)?\s+the\s+(?:opening|first|remaining|final|last|next|following))\s+"
                         r"(?:for\s+|from\s+|by\s+)?(?:a\s+period\s+of\s+|another\s+|a\s+further\s+|an\s+additional\s+)?"
                         r"(?:up\s+to\s+|about\s+|around\s+)?$", re.I)
EXCEED_BEFORE = re.compile(r"\b(?:not|never|cannot|can['’]t|won['’]t|mustn['’]t)\s+(?:be\s+allowed\s+to\s+)?exceed\s+"
                           r"(?:a\s+total\s+of\s+)?$", re.I)
NOUN_OF_BEFORE = re.compile(r"(?P<noun>[\w-]+)\s+[\"“']?of\s+(?:between\s+)?(?:up\s+to\s+|about\s+|around\s+|some\s+)?$", re.I)
FOR_BEFORE = re.compile(r"\b(?:for|over)\s+(?:a\s+further\s+|another\s+|an?\s+additional\s+|the\s+(?:next|following|first)\s+|"
                        r"(?:an|the)\s+initial\s+|"
                        r"an?\s+(?:(?:initial|further|total)\s+)?period\s+(?:of\s+)?)?$",
                        re.I)
RATIO_AFTER = re.compile(r"^(?:(?!\b(?:one|two|three|four|five|six|seven|eight|nine|ten|ratio)\b)[^.;:\d]){0,40}?"
                         r"\b(?:(?:for|per)\s+(?:every|each)|per(?=\s+(?:[a-z]+\s+)?(?:hostage|captive|soldier|prisoner|detainee|"
                         r"body|civilian|woman|child|person)\b))\s+(?P<target>[\w-]+(?:\s+[\w-]+){0,3})", re.I)
BEFORE_END = re.compile(r"\s+before\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:expires|ends|runs\s+out|end|expiry|expiration)\b", re.I)
SINCE_START = re.compile(r"\s+(?:after|into)\s+(?:the\s+)?(?:start|beginning|truce|cease-?fire|pause|deal|agreement|"
                         r"signing|implementation|first\s+phase|first\s+stage|settlement|ratification|approval|"
                         r"board\s+approval)\b(?:\s+(?:begins|starts|takes\s+effect|of\s+"
                         r"the\s+\w+))?", re.I)
EACH_FOR = re.compile(r"\beach\s+(?P<target>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:would|will|is\s+to|are\s+to|shall)?\s*"
                      r"(?:be\s+)?(?:exchanged|swapped|traded)\s+for\s+$", re.I)
RATIO_BEFORE = re.compile(r"\b(?:for|per)\s+(?:every|each)\s+(?:additional\s+|further\s+|extra\s+)?$", re.I)
NEGATION = re.compile(r"\b(?:not|no|never|without|refus\w*|reject\w*|avoid\w*|oppos\w*|rule[sd]?\s+out|den(?:y|ies|ied)\s+that)\b"
                      r"[^.;,]{0,40}$", re.I)                 # "denied that oil sanctions would be lifted"
DENIED_THAT = re.compile(r"\bden(?:y|ies|ied)\s+(?:reports?\s+)?that\b", re.I)
MODAL = re.compile(r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|scheduled|expected)\s+to|must|should|can|could|stipulat\w*|calls?\s+for|includes?|involves?|under\s+(?:it|the\s+\w+))\b", re.I)
# a source's figures listed after a colon: "Politico leads with the topline: $1.61 trillion ...", "Haaretz
# gave a different mix: 10 living hostages plus ..."
_LISTS = r"(?:gave|gives|leads\s+with|listed|describes|described|outlines|outlined|reports|reported|offered)\b(?=[^.;:]{0,60}:\s)"
TERM_SENTENCE = re.compile(r"\b(?:will|would|shall|must|could|(?:was|were)\s+to|expect(?:s|ed)?\s+to|order(?:s|ed)?|"
                           r"(?:ready|prepared|willing)\s+to|(?:is|are|was|were)\s+(?:set|due|scheduled|expected)\s+to|figures?\s+of|"
                           r"(?<!yet\s)(?<!still\s)to\s+be\s+(?:\w+ed|\w+en|sent|paid|held|kept|set|built)|"   # "troops to be deployed"
                           r"agree\w*|deal|agreement|framework|proposal|draft|plan|terms|memorandum|understanding|"
                           r"accord|pact|treaty|bill|package|legislation|contract|quotas?|tally|version|summary|"
                           # what the deal sets up or lends, named as such: "The commission has nine members",
                           # "the loan carries an interest rate of 2 percent", "the truce lasts 30 days"
                           r"the\s+(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|loan|bailout|tranches?|swap|commission|panel|"
                           r"mechanism|mission|programme|program|settlement|arrangement)\s+(?:[\w-]+\s+)?(?:has|have|is|are|"
                           r"lasts?|runs?|covers?|involves?|comprises?|carr(?:y|ies)|gives?|sets?|requires?|offers?|spans?)|"
                           r"puts?(?=\s+(?:the|its|their)\s[^.;]{0,50}?\bat\s)|"     # "Kan put the daily figure at 500 trucks"
                           r"cites?|quotes?|assumes?|envisag\w*|envision\w*|foresees?|designed\s+to|specif\w*|"
                           rf"{_LISTS}|spoke\s+of|speaks?\s+of|describe[sd]?(?=\s+(?:a|an)\s)|"
                           r"extension|extended|renewed|concluded|(?:stays?|remains?)\s+in\s+(?:place|force|effect)|"
                           r"limit\w*|maximum|minimum|cap|caps|capped|stipulat\w*|calls?\s+for|provid(?:es|ed|ing)?\s+for|include\w*|operate\w*|"
                           r"requires?|required|guarantee[sd]?|entitle[sd]?|(?:sets?|lays?|laid)\s+out|"
                           r"reduc\w*|allow\w*|permit\w*|commit\w*|pledg\w*|promis\w*|undert[ao]\w*|oblig\w*)\b", re.I)
# what a change verb moves to a number: "raises the age limit to 52", "cuts the deficit target to"
CHANGED_OBJECT = re.compile(r"\b(?:rais|lower|cut|increas|reduc|lift|bring|brought|set|push|extend)\w*\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?P<obj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+to\s*$", re.I)
CHANGE_VERB = re.compile(r"\b(?:reduc\w*|cut\w*|cap\w*|limit\w*|increas\w*|rais\w*|lower\w*|expand\w*)\b", re.I)
GRADUAL = re.compile(r"\b(?:gradual\w*|in\s+stages|in\s+batches|staggered)\b", re.I)
AT_ONCE = re.compile(r"\b(?:at\s+once|all\s+at\s+once|in\s+one\s+go|simultaneously|in\s+a\s+single\s+batch)\b", re.I)
WORD = re.compile(r"[A-Za-z][\w'’-]*")
CLAUSE_END = re.compile(r",(?!\d)|(?<!\b[A-Za-z])\.(?!\d)|(?<!\d):|[;!?()\[\]“”\"]|\s(?:but|while|whereas|although)\s")
# not "1,600", "3.67", "7 a.m.", "U.S.", "17:00"
LETTER_END = re.compile(r"[A-Za-z]-?$")
NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# "did not mention the $200 billion figure": a number the source is said not to give
NOT_STATED = re.compile(r"(?:\b(?:not|never)\s+(?:\w+\s+)?(?:mention|includ|specif|giv|nam|confirm|cit|disclos|stat)\w*"
                        r"|\bno\s+mention|\bwithout\s+(?:mention|specify|nam|giv)\w*|\bomit\w*|\bleft\s+out)"
                        r"\b[^.;,]{0,30}$", re.I)
DEPLOY = re.compile(r"\b(?:deploy\w*|send|sends|sending|sent|station\w*|position|positions|positioned|positioning|dispatch\w*|"
                    r"number(?:ing)?|reinforc\w*|move|moves|moving)\b", re.I)
TROOP_NOUNS = frozenset({"troops", "soldiers", "forces", "personnel", "servicemen"})
TROOP_MEASURES = frozenset({"levels", "level", "numbers", "strength"})
TROOP_BEFORE = re.compile(r"\b(?:troop|force|military)\s+(?:levels?|numbers|strength)\b", re.I)
# people counted by who they are, then by where they are held
HELD_GROUPS = frozenset({"women", "children", "men", "elderly", "civilians", "sick"})
HELD_AS = re.compile(r"(?:(?!\b(?:for|per|exchange|against|each|every)\b)[^.;:]){0,40}?\b(?:(?P<h>held\s+(?:hostage|captive)|hostages?|captives?|in\s+captivity|"
                     r"held\s+(?:in\s+Gaza|by\s+(?:Hamas|militants|the\s+group)))|"
                     r"(?:prisons?|prisoners?|jails?|detention|detainees?)\b)", re.I)
AFTER_BREAK = re.compile(r"[;.!?]\s|\b(?:and\s+that|but|while|whereas|although)\b")
MODAL_VERB = re.compile(r"\b(?:will|would|shall|must|could|can|should|is\s+to|are\s+to)\b", re.I)
COMMITTED_TO = re.compile(r"\b(?:agree[sd]?|commit(?:s|ted)?|pledge[sd]?|undert(?:akes|ook))\s+to\b", re.I)
NOT_SUBJECT = frozenset("it they he she we side sides either both each which who this that there party parties "
                        "all any".split())
NOT_MEASURED = frozenset("above below beneath beyond up down about around nearly roughly some approximately only exactly "
                         "least most than".split())
# units of measure: the slot is what they measure ("its stockpile of uranium ... 300 kilograms")
MEASURES = frozenset("kilograms kilogrammes kg tonnes tons barrels metres meters kilometres kilometers km miles "
                     "megawatts feet acres hectares litres liters gallons metre meter kilometre kilometer mile".split())
MEASURED_OF = re.compile(r"\b([a-z][\w-]+)\s+of\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){0,70}$"
                         # "cut its stockpile to 300 kg", "cap the stockpile at 300 kilograms": what the verb changes
                         r"|\b(?:cut|cuts|reduc\w+|lower\w*|limit\w*|cap|caps|capped|capping|shrink\w*|bring\w*|keep\w*|"
                         r"kept)\s+(?:its|their|the|his|her)\s+(?:[a-z][\w-]+\s+)?([a-z][\w-]+)\s+(?:to|at)\s+"
                         r"(?:about\s+|around\s+|some\s+|roughly\s+|no\s+more\s+than\s+)?$")
UNIT_NAMES = {"kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg", "metres": "m", "meters": "m",
              "metre": "m", "meter": "m", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
              "tonnes": "t", "tons": "t", "mile": "miles"}
EXTENTS = {"wide": "width", "long": "length", "deep": "depth", "inside": "depth", "high": "height"}
CURRENCY_WORDS = {"euros": "EUR", "euro": "EUR", "dollars": "USD", "pounds": "GBP", "sterling": "GBP"}
BASELINE_AFTER = re.compile(rf"^(?:\s+[\w-]+){{0,2}}\s+to\s+(?:about\s+|around\s+|some\s+)?{NUMBER_RE}", re.I)
# "of about 10,000 kg of uranium to 300 kg": the same unit after both numbers
CHANGE_OF_TO = re.compile(rf"^\s+(?P<w1>[\w-]+)(?:\s+[\w-]+){{0,4}}\s+to\s+(?:about\s+|around\s+|some\s+|roughly\s+)?"
                          rf"(?:{NUMBER_RE})\s+(?P<w2>[\w-]+)", re.I)
PART_OF = re.compile(rf"\s+of\s+(?:whom|which|them|these|those|the\s+(?P<whole>\d[\d,]*|(?:%s)(?:-[a-z]+)?)(?=\s+(?:are|were|would|will)\b))\b"
                     % "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)), re.I)   # "Four of the 15 are dual nationals"
PART_DESCRIBED = re.compile(r"\s+(?=(?:who\s+(?:are|were|have\s+been|had\s+been|would\s+be|will\s+be)\s+)?"
                            r"(?:serving|held|detained|convicted|sentenced|jailed|arrested)\b)", re.I)
PART_VERBS = frozenset("are is were was be been being will would shall must can could should".split())
OF_WHICH = re.compile(r"\bof\s+(?:which|them|these|those)\s+$", re.I)
PAST_RELEASE = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?(?:freed|released|swapped|exchanged|returned|handed\s+over)\b")
# a release that happened: "Israel freed 1,027 prisoners", "were exchanged", "had been freed", "saw Israel
# free 1,150 prisoners", "during the previous truce" (a sentence with no modal, see _Doc.past_event)
_NUMBER_WORD = "(?:%s)" % "|".join(sorted(NUMBER_TOKENS, key=len, reverse=True))
# every match of PAST_ACT holds one of these; most sentences have none
PAST_ACT_HINTS = ("freed", "released", "swapped", "exchanged", "returned", "handed", "taken", "seized", "captured",
                  "abducted", "kidnapped", "saw", "previous", "earlier", "last", "prior", "took")
PAST_ACT = re.compile(r"\b(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:freed|released|swapped|"
                      r"exchanged|returned|handed\s+over|taken|seized|captured|abducted|kidnapped)"
                      r"|(?:[A-Z][\w-]+|they|it)\s+(?:freed|released|swapped|exchanged|handed\s+over|took|seized|abducted)\s+"
                      r"(?:(?:[a-z]+\s+){0,3}?(?:and\s+)?(?:took|seized|abducted)\s+)?"
                      r"(?:(?:about|some|around|nearly|roughly|almost|more\s+than|at\s+least|another|a\s+further|"
                      rf"only|just)\s+)?(?=\d|{_NUMBER_WORD}\b)"
                      r"|\bsaw\s+[^.;]{0,40}?\b(?:free|freed|release|released|swap|swapped|exchange|exchanged)\b"
                      r"|\b(?:took|seized|abducted|kidnapped)\s+(?:about\s+|some\s+|around\s+|more\s+than\s+)?"
                      rf"(?=\d|{_NUMBER_WORD}\b)"                   # "... and took 251 hostages back to Gaza"
                      r"|\b(?:previous|earlier|last|prior)\s+(?:truce|cease-?fire|pause|exchanges?|swaps?))\b")
# what a sentence that states a term has and a sentence that tells the past has not
FUTURE = re.compile(r"\b(?:will|would|shall|must|should|can|could|(?-i:may)|might|to\s+be|(?:is|are|was|were)\s+to|"
                    r"(?:is|are|was|were)\s+(?:set|due|scheduled|expected)\s+to|stipulat\w*|calls?\s+for|called\s+for|"
                    r"envisag\w*|provides?\s+for|provided\s+for)\b", re.I)
MOVED_BEFORE = re.compile(r"\b(?:rose|fell|fallen|risen|climbed|gained|dropped|slipped|jumped|surged|tumbled|rallied|"
                          r"slid|declined|slumped|"
                          r"soared|plunged|sank|dipped|edged\s+(?:up|down|higher|lower))\s+(?:by\s+|to\s+)?"
                          r"(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|more\s+than\s+)?$", re.I)
POLL = re.compile(r"\b(?:polls?|polled|polling|surveys?|surveyed|approval\s+rating|of\s+the\s+(?:popular\s+)?vote)\b", re.I)
# what a calendar date bounds ("no later than March 10": a deadline; "from October 2023": a start); compare.dates reads the date
DATE_BOUND = re.compile(r"\b(?P<b>no\s+later\s+than|not\s+later\s+than|not\s+before|by|before|until|till|through|to|"
                        r"from|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|on))?|as\s+of|effective(?:\s+from)?|"
                        r"after|as\s+early\s+as|on|in|between)\s+(?:the\s+)?"
                        r"(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$", re.I)   # "on Sunday, February 15"
DATE_RANGE_GAP = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s+(?:the\s+)?")      # "from October 2 to October 9"
DUE = re.compile(r"\b(?:due|scheduled|planned|set|expected|to\s+(?:take|start|begin|come|enter|end|expire|run|open|close|"
                 r"hold|resume|meet|finish|last)|takes\s+effect|(?:enters|comes)\s+into\s+force|expires|lapses|kicks\s+in)\b",
                 re.I)      # "the first review is due in October", "to take hold on", "The cut takes effect on Feb. 14"
# a simple past with its subject: "Iraq hosted five rounds of talks", "Biden on Saturday signed" (not "agreed to")
PAST_SIMPLE = re.compile(r"\b(?:[A-Z][\w-]+|it|they|he|she|we)\s+(?!(?:need|feed|proceed|exceed|succeed)\b)[a-z]+ed\b(?!\s+to\b)")
# a month alone before a noun is the noun's: "before the November election"
MONTH_AS_ADJECTIVE = re.compile(r"\s+(?!(?:and|or|to|the|a|an|in|on|at|for|with|when|if|as|by|from|after|before|is|are|was|"
                                r"were|will|would|this|next|last|of|that|under|while|but|so)\b)[a-z]")
PAST_TENSE = re.compile(r"\b(?:was|were)\b(?!\s+(?:to|due|set|expected|scheduled)\b)|\bdid\b"
                        r"|\bhad\b(?!\s+(?:agreed|pledged|promised|committed|undertaken|vowed)\s+to\b)", re.I)   # not "had agreed to"
DATE_QUALIFIERS = {"no later than": "no later than", "not later than": "no later than", "by": "no later than",
                   "before": "no later than", "until": "until", "till": "until", "through": "until", "to": "until",
                   "from": "from", "starting": "from", "beginning": "from", "as of": "from", "effective": "from",
                   "after": "not before", "not before": "not before", "as early as": "not before"}
DONE_PARTICIPLE = re.compile(r"\b([\w-]+)\s+(?:[a-z]+ed|taken|held|begun|seized|signed|launched|set|made|built|put|given|"
                             r"won|brought|struck)"
                             r"(?:\s+(?:out|up|off|down|back|away|over))?\s+$")     # "performers walked out on July 14"
BE_WORDS = frozenset("be been being is are was were will would shall must can could should may might to".split())
RELATIVE_DATE_TOKENS = frozenset("this next end start beginning close middle half quarter first last".split())



YEAR_BOUND = re.compile(r"\b(?:by|before|until|till|through|from|starting|beginning|of|effective|after|than|between|"
                        r"early|mid|late)[\s-]+(?:the\s+)?(?:19|20)\d\d\b", re.I)     # a year a date may bound: "by 2029"
YEAR_AS_NAME = re.compile(r"\s+(?!(?:and|or|at|when|if|unless|with|for|as|under|while|but|to|the|a|an|in|on|"
                          r"after|before|by|so|is|are|was|were|will|would)\b)[a-z]")   # "the 2011 deal"
# what a past told as a story has: a year, a past form of "be" or "have", a past move
STORY_PAST = re.compile(r"\b(?:(?:19|20)\d\d|was|were|had|did|(?:that|last)\s+(?:year|month|week|spring|summer|autumn|fall|"
                        r"winter|January|February|March|April|May|June|July|August|September|October|November|December)|"
                        r"peaked|fell|rose|shrank|grew|dropped|climbed|jumped|lost|gained|met|went|came|began|arrived|"
                        r"visited|gathered|demonstrated|protested|ago)\b")
DATED = re.compile(r"\b(?:in|since|back\s+in)\s+(?:19|20)\d\d\b|\bwhen\b|\b(?:19|20)\d\d\b")
SAME_CLAUSE_BREAK = re.compile(r"[,;:.!?()“”\"]|\s(?:and|but|while|whereas|although|then)\s")
OF_VERBS = frozenset("speaks speak spoke talks talk talked consists consist thinks think made make makes".split())
LABEL_MARKS = ("(", ":", "—", "–")
LABELLED = re.compile(r"\b([\w-]+)(?:\s+(?:one|two|three|four|five|six|[1-9]|IV|V?I{1,3}|V))?\s*(?:\(|:|—|–)\s*$", re.I)
OF_IN = re.compile(r"\s+(?:of|in)\s+")
PUT_AT = re.compile(r"\b(?:put|puts|putting|set|sets|setting|estimated?|estimates|valued?|values|pegged|pegs|placed|"
                    r"places|cap|caps|capped|capping|fix|fixes|fixed|fixing)\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+at\s+[$€£]?$", re.I)
PLACE_PREPOSITIONS = frozenset("near in along on at of from for inside outside across around within".split())
SUBJECT_SET_AT = re.compile(r"(?:(?:^|[,;:]\s+|\b(?:and|that)\s+)(?:the\s+|its\s+|their\s+)?|\b(?:the|its|their)\s+)(?P<np>(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)"
                            r"\s+(?:(?:would|will|could|is|are|was|were)\s+(?:be\s+)?(?:capped|limited|set|fixed|pegged|kept)\s+at"
                            r"|(?:would|will|could)\s+(?:number|total|amount\s+to|come\s+to|stand\s+at|be))"
                            rf"\s+[\"“]?(?:between\s+)?{_ABOUT}[$€£]?$", re.I)
CHANGE_BY = re.compile(r"\b(?P<verb>reduc\w*|cut\w*|lower\w*|trim\w*|shrink\w*|rais\w*|increas\w*|boost\w*)\s+"
                       r"(?P<np>(?:[\w-]+\s+){0,6}?[\w-]+)\s+by\s+[$€£]?$", re.I)
NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)\b[^.;]{0,60}$", re.I)
NUMBER_OF_MODIFIERS = frozenset("aid humanitarian relief additional extra living dead deceased remaining female male "
                                "israeli palestinian".split())
CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP"}
RATE_NOUNS = frozenset("rate rates tariff tariffs duty duties tax taxes levy levies share stake interest inflation "
                       "deficit growth enrichment quota quotas cut cuts reduction increase".split())
GLUED_UNIT = re.compile(r"(?:kg|km|mw|gw)\b", re.I)      # a measure written onto its number
LETTER_START = re.compile(r"[A-Za-z+]|\s*(?:p\.m|a\.m)")
ORDINAL_SUFFIX = re.compile(r"\s*(?:st|nd|rd|th)\b")
NUMBERED = re.compile(r"\.\s")
OF_NOUN = re.compile(r"\s+of\s+([\w-]+)")
OF_NOUNS = re.compile(r"\s+of\s+((?:[\w-]+\s+)?[\w-]+)")                       # "of war", "of marathon talks"
OF = re.compile(r"\s+of\s+")
MONEY_FOR = re.compile(r"\s+for\s+(?:the\s+)?([a-z][\w-]+)")
FOR_OF_NOUN = re.compile(r"\b(?:for|of)\s+(?:the\s+)?([\w-]+)")
SINCE_AFTER = re.compile(r"\s*(?:now\s+)?since\b", re.I)
PERFECT_FOR = re.compile(r"\b(?:which|who|whom|where)\b[^,;]{0,60}\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b"
                         rf"[^,;]*\bfor\s+{_ABOUT}$")
NOT_DURATION = re.compile(r"\b(?:dragged|lasted|spent|ago|since|held)\b"
                          r"|\b(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?been\s+[a-z]+ing\b")   # "has now been camping
                                                                                               # outside ... for 19 days"
LOWER_WORD_NEXT = re.compile(r"\s+(?:[A-Z]\w+\s+)?[a-z]")
PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|(?P<points>percentage\s+points?\b))")
FROM_END = re.compile(r"\bfrom\s*$", re.I)
TO_NUMBER = re.compile(rf"\bto\s+{NUMBER_RE}")
COUNT_LEAD = re.compile(r"(?:\b(?:total|number)\s+of|\boperat\w*|\breleas\w*|\bfree\w*|\breceiv\w*|\bonly)$")
# a clause that opens with its ratio's base: "For every civilian freed, Israel would release 30 ..."
CLAUSE_EACH = re.compile(r"(?:^|[;:]\s*)\W*(?i:for|per)\s+(?:every|each)\s+(?P<target>(?:[\w-]+\s+){0,3}?[\w-]+?)"
                         r"(?:\s+(?:freed|released|returned|handed\s+over|set\s+free|exchanged))?\s*,[^;:]*$")
LEADING_TIMING_WORDS = ("by ", "on ", "from ", "within ", "after ", "before ", "in ", "no ")
LEADING_TIMING = re.compile(r"\W*(?:by|on|from|within|after|before|in|no\s+later\s+than)\s+[^,]{0,30}?\b(?:days?|weeks?|months?)\b"
                            r"[^,]{0,10},", re.I)
PLAN_NOUNS = frozenset("plan plans programme program process project effort scheme".split())
PHASED = ("-phase", "-stage", "-part", "-step", "-tier")
FRACTION_STEMS = ("third", "quarter", "fifth", "tenth", "half", "halves")
FRACTION_AFTER = re.compile(r"[\s-]*(?:thirds?|quarters?|fifths?|tenths?|halves|half)\b", re.I)
PRISON = re.compile(r"\b(?:prison|jail|detained\b|detention|serving\s+life|life\s+(?:sentences|terms)\b)", re.I)
FREED = re.compile(r"\b(?:free|freed|freeing|release|released|releasing|releases|exchange|exchanged|swap|swapped)\b", re.I)
REMAINS_OF = re.compile(r"\b(?:remains|bodies)\s+of\s+(?:the\s+|some\s+|another\s+|all\s+(?:the\s+)?)?$", re.I)
NP_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*|[,;:.()]")      # "U.S." is one word
GROUP_WORD = re.compile(r"[A-Za-z][\w-]*")
LABEL_TAIL = re.compile(r"(?:\s+(?:and|or|as well as|a|an|the|for|of|on|to))+$")

# Fast paths. Each pattern below begins with one of a few words: Anchored searches it only where one
# of them occurs in the sentence's lower-case text (same matches, several times faster).
UNIT_WORD = re.compile(UNIT_RE, re.I)
# a text that provides for people provides for their release: "the draft provides for 33 hostages"
PROVIDES = re.compile(rf"\b(?:provides?\s+for|calls?\s+for|envisag\w*|foresees?|stipulat\w*|speaks?\s+of|{_LISTS})", re.I)
PHASE_MARK_AT, ON_DAY_AT, NEGATION_AT, MODAL_AT, TERM_SENTENCE_AT, GRADUAL_AT, AT_ONCE_AT, PROVIDES_AT = map(
    Anchored, (PHASE_MARK, ON_DAY, NEGATION, MODAL, TERM_SENTENCE, GRADUAL, AT_ONCE, PROVIDES))
# PHASE_COUNT for fold_lower() text (see compare.normalize.FOLD): same matches, several times faster
PHASE_COUNT_LOW = re.compile(PHASE_COUNT.pattern)
# every match of AT_ONCE or GRADUAL holds one of these; most sentences have none
ADVERB_HINTS = ("once", "go", "simultaneously", "batch", "gradual", "stages", "staggered")


UNDECIDED = re.compile(r"\b(?:how\s+many|declin\w*\s+to\s+(?:say|give|specify)|(?:still|yet)\s+(?:being|to\s+be)\s+"
                       r"(?:worked\s+out|decided|determined|negotiated)|not\s+(?:yet\s+)?(?:been\s+)?decided|unclear|"
                       r"(?:decide|determine)\s+whether)\b")
# no term: a wish ("he hopes both sides will make a deal"), the outlet's own plans ("We will keep this blog running",
# unquoted: a side's "We will not impose any new taxes" is in quotation marks)
HOPE_BEFORE = re.compile(r"\b(?:hopes?|hoped|wish(?:es|ed)?)\s+(?:that\s+)?[^.;,]{0,50}$", re.I)
OUTLET_WE = re.compile(r"(?:We|I)\s+(?:will|would|shall)\b")
# what a deal is said to bind a party to, for a commitment no other rule reads (see _Doc._commitment)
_PRESENT_TERM_VERBS = ("bars bans prohibits forbids guarantees allows permits grants restores creates establishes keeps "
                       "extends removes lifts caps limits excludes reserves protects preserves reinstates abolishes "
                       "scraps phases opens leaves").split()
COMMIT_TOKENS = frozenset("would will shall must commits commit committed agree agreed agrees pledge pledged pledges "
                          "undertakes undertook require requires required obliges obligates obliged can could may".split()
                          + _PRESENT_TERM_VERBS)
_COMMITMENT = (r"\b(?P<mod>would|will|shall|must|(?:is|are)\s+to|{present}"
               # an option the deal leaves: "the pause could be extended" (not "the deal could be derailed")
               r"(?:can|could|may)(?=\s+(?:also\s+|only\s+)?be\s+(?:extended|renewed|prolonged|expanded|reviewed|"
               r"lifted|reopened|opened|released|freed|exchanged|raised|increased|reduced|lowered|suspended|used|spent|"
               r"reinstated|resumed|revised|adjusted|halved|doubled|waived|postponed|reimposed|rolled\s+over)\b)|"
               # what the deal leaves out: "the agreement does not cover the arsenal elsewhere"
               r"(?:does|do|did)(?=\s+not\s+(?:cover|include|apply|mention|name|extend|affect|address)\b)|"
               r"(?:commit(?:s|ted)?|oblig(?:es|ates|ed))\s+"
               r"(?:[\w'’-]+\s+){{0,5}}?to|(?:agree[sd]?|pledge[sd]?|undert(?:akes|ook))\s+to|"
               r"requires?\s+(?:[\w'’-]+\s+){{0,5}}?to)\s+"
               r"(?:(?:also|not|never|then|only|first|eventually|immediately|gradually|have\s+to|be\s+able\s+to)\s+)*"
               r"[\"“‘']?(?P<verb>[a-z]+)\b")
COMMITMENT = re.compile(_COMMITMENT.format(present=""))
# ... and what the deal's text does, told in the present (tried only where such a verb stands): "The accord bars
# fighters from leaving the zones", "It prohibits moving troops", "Azerbaijan guarantees safe traffic along the corridor"
COMMITMENT_OR_PRESENT = re.compile(_COMMITMENT.format(present=(
    r"(?<!what\sthe\s)(?:(?i:deal|accord|agreement|text|plan|framework|pact|treaty|contract|statement|document|arrangement|memorandum|it)"
    r"|(?-i:(?!(?:The|This|That|These|Those|Its|Their|An?)\b)[A-Z][a-z]+))"
    rf"(?=\s+(?:also\s+)?(?:{'|'.join(_PRESENT_TERM_VERBS)})\b)|")))
PRESENT_TERM_TOKENS = frozenset(_PRESENT_TERM_VERBS)


def _may_commit(toks: frozenset[str]) -> bool:
    """Whether COMMITMENT can match a sentence with these tokens: a modal or a verb of commitment,
    or "to" after "is" or "are"."""
    return not toks.isdisjoint(COMMIT_TOKENS) or ("to" in toks and ("is" in toks or "are" in toks)) \
        or ("not" in toks and ("does" in toks or "do" in toks or "did" in toks))


NOT_AFTER_MODAL = re.compile(r"\S+(?:\s+(?:also|then|only))*\s+(?:not|never)\b")
NO_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:that|and|but)\s+)[\"“‘']?(?:no|none|neither|nobody|nothing)\b[^,;:]*$", re.I)
NOT_COMMITMENT_VERBS = frozenset("say comment confirm deny travel visit arrive speak tell know see like want argue "
                                 "probably likely still need depend hope try seek meet convene vote gather consider debate "
                                 "weigh study announce reject accept approve ratify back support oppose welcome rush "
                                 "watch".split())
AND_MODAL = re.compile(r"\s(?:and|but|or)\s+(?:no\s+(?:[\w-]+\s+){1,2}?)?(?:also\s+)?(?:would|will|must|shall|could|can|"
                       r"(?:is|are)\s+to)\s")       # "... and would be renewed", "... and no Russian officials will"
# a share named by a fraction: "at least a quarter of the grain", "two-thirds of its stockpile"
FRACTION_TOKENS = frozenset("half third thirds quarter quarters fifth".split())
FRACTION_OF = re.compile(r"(?:half|thirds?|quarters?|fifth)\s+of\s")        # what FRACTION needs, found fast
FRACTION_SHARES = {"half": 50.0, "third": 33.3, "thirds": 66.7, "quarter": 25.0, "quarters": 75.0, "fifth": 20.0}
FRACTION = re.compile(r"(?P<frac>\bhalf|\b(?:a|one)\s+third|\btwo[-\s]thirds|\b(?:a|one)\s+quarter|\bthree[-\s]quarters|"
                      r"\b(?:a|one)\s+fifth)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                      r"(?P<noun>[a-z][a-z-]*(?:\s+(?!would|will|to|be|is|are|was|were|that|which)[a-z][a-z-]*)?)", re.I)
QUALIFIER_BEFORE = re.compile(rf"\b(?P<qual>{QUAL_RE})\s+$", re.I)      # "at least a quarter of"
SHARE_STATED_BEFORE = re.compile(r"\b(?:first|second|other|latter|former|account\w*\s+for|make\s+up|makes\s+up|"
                                 r"represent\w*|compris\w*)\s+(?:\w+\s+)?$", re.I)
MODAL_AFTER_SHARE = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:would|will|must|shall|could|(?:is|are)\s+to)\b")
POSSESSIVE_NOUN = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+([a-z][a-z-]*)")
POPULATION_NOUNS = frozenset("population people residents voters respondents americans israelis palestinians citizens consumers "
                             "workers members households".split())
DEAL_LEAD = re.compile(r"\W*(?:Under|In)\s+(?:the|that|this)\s+(?:same\s+|overall\s+|wider\s+)?"
                       r"(?:deal|agreement|arrangement|accord|plan|proposal|framework|draft|terms)\b")
REPORTED_PARTS = re.compile(r",\s+and\s+that\s|;\s")        # "..., and that ...": another reported clause
# how often a body meets or reports: "would meet every six months", "would report weekly"
INTERVAL_TOKENS = frozenset("every weekly fortnightly monthly quarterly annually yearly daily once".split())
INTERVAL_NOUNS = {"meet": "meeting", "convene": "meeting", "report": "reporting", "review": "review",
                  "meets": "meeting", "convenes": "meeting", "reports": "reporting", "reviews": "review",
                  "meetings": "meeting", "reporting": "reporting", "reviewed": "review", "talks": "meeting",
                  "rolled over": "renewal", "renewed": "renewal", "renewable": "renewal", "call": "call",
                  "calls": "call", "inspections": "inspection", "visits": "visit"}
INTERVAL_VERBS = frozenset(k.split()[0] for k in INTERVAL_NOUNS)
INTERVAL_DAYS = {"daily": 1.0, "weekly": 7.0, "fortnightly": 14.0, "monthly": 30.0, "quarterly": 90.0, "annually": 365.0,
                 "yearly": 365.0}
INTERVAL = re.compile(r"\b(?:would|will|shall|must|could|to|and)\s+(?:also\s+|then\s+|now\s+)?(?P<verb>meet|convene|report|review)\b"
                      r"(?:\s+(?!every\b)[\w'’-]+){0,6}?\s+[\"'“‘]?"
                      r"(?P<when>(?:once\s+)?every\s+(?:(?P<n>\w+)\s+)?(?P<u>day|week|month|year)s?"
                      r"|once\s+(?:a|per)\s+(?P<u2>week|month|year)"
                      r"|(?P<adv>daily|weekly|fortnightly|monthly|quarterly|annually|yearly))\b", re.I)
# ... and in the present, every so often: "a joint committee that meets every six months", "with reviews held
# every six months", "further reports every 90 days" (not "the reports at the daily briefing")
INTERVAL_PRESENT = re.compile(r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\babout\s)(?<!\bof\s)"
                              r"\b(?P<verb>meets|convenes|reports|reviews|meetings|meeting|reporting|reviewed|talks|"
                              r"rolled\s+over|renewed|renewable|call|calls|inspections|visits|report)"
                              r"(?:\s+(?:held|due|(?:are|is)\s+held))?"
                              r"(?:\s+(?!every\b)[\w'’-]+){0,4}?\s+[\"'“‘]?"
                              r"(?P<when>(?:once\s+)?every\s+(?:(?P<n>\w+)\s+)?(?P<u>day|week|month|year)s?"
                              r"|once\s+(?:a|per)\s+(?P<u2>week|month|year))\b", re.I)
# how often people are freed: "the rest in batches every seven days", "a release every seven days"
RELEASE_INTERVAL = re.compile(r"\b(?:batch(?:es)?|releases?|released|freed|handovers?|exchanges?)\b[^.;]{0,30}?\b"
                              r"(?P<when>every\s+(?:(?P<n>\w+)\s+)?(?P<u>day|week|month)s?)\b", re.I)
RELEASE_INTERVAL_WORDS = frozenset("batch batches release releases released freed handover handovers exchange "
                                   "exchanges".split())
MORE_TO = re.compile(r",\s+(?:and\s+|or\s+)?to\s+(?:not\s+)?(?P<verb>[a-z]+)\b")   # "..., and to open three corridors"
# what a deal rules out, told in the present: "sets no deadline", "there is no ban on", "no money changes hands",
# "are not required to keep"
EXCLUSION = re.compile(r"\b(?:(?:sets?|places?|puts?|imposes?|includes?|contains?|provides?|offers?|gives?|has|have|having|"
                       r"carr(?:y|ies)|makes?|creates?|grants?|foresees?|envisages?|mentions?|names?|leaves?|"
                       r"there\s+(?:is|are|will\s+be|would\s+be))\s+(?P<neg>no)\s+(?=(?P<what>[a-z]))"
                       r"|(?:^|[,;:]\s+|\bunder\s+the\s+\w+,\s+)(?P<neg2>no)\s+(?P<subj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                       r"(?=(?P<what2>changes|goes|passes|is|are|crosses|enters|leaves)\b)"
                       r"|\b(?:is|are)\s+(?P<neg3>not)\s+(?=(?P<what3>(?:required|obliged|bound|allowed|permitted)\s+to\b))"
                       # "tariffs on steel and cars are not affected by the deal": what the deal leaves alone
                       r"|(?P<subj4>\b[a-z][\w-]*(?:\s+[\w-]+){0,6}?)\s+(?:is|are)\s+(?P<neg4>not)\s+"
                       r"(?=(?:affected|covered|included|touched|part)\b))", re.I)
NEGATION_TOKENS = frozenset({"no", "not"})
SUBJECT_LEAD = re.compile(r"\b(?:that|says?|said|reports?|reported|writes|notes)\s+", re.I)
# a number that shares the noun of the one before it: ", three by Ukraine", "and $1 billion from", ", a further 30 percent"
SIBLING_BEFORE = re.compile(r"(?:,|;|\band|\bwhile|\bwith|\bplus|\bwhereas|\bfollowed\s+by)\s+(?:then\s+)?(?:(?:a\s+further|"
                            r"another|the\s+(?:final|last|remaining|other|next))\s+)?$")
ITEM_END = re.compile(r",(?!\s*(?:19|20)\d\d\b)|[;\"“”()]|\s(?:and|while|whereas|but|[-–—])\s|\.(?!\d)")   # not "July 1, 2024"
LIST_WORDS = frozenset("further final remaining other last another additional next rest then".split())
NOT_EXCLUDED = frozenset("longer later more less fewer sooner one doubt matter comment way sign reason surprise "
                         "other further excuse choice intention interest ambiguity illusion illusions idea desire "
                         "appetite".split())              # "no later than", "has no political excuse": no term
DEAL_WORDS = frozenset("deal agreement accord pact treaty plan proposal draft framework text bill package memorandum "
                       "arrangement understanding truce ceasefire cease-fire".split())
RELEASED_AFTER = re.compile(r"\s+(?:more\s+)?(?:would|will|are\s+to|were\s+to|is\s+to|to)\s+(?:then\s+)?(?:be\s+)?"
                            r"(?:released|freed|handed\s+over|set\s+free|exchanged)\b", re.I)
# a share per side of a body just counted: "twelve members, six appointed by each capital", "with three
# members from each country"
PER_SIDE_AFTER = re.compile(r"\s+(?:(?P<noun>[a-z][\w-]*)\s+)??(?:(?:would\s+be\s+|are\s+|to\s+be\s+)?(?:appointed|named|"
                            r"nominated|chosen|selected|picked|designated|drawn|sent|contributed)\s+)?(?:by|from)\s+"
                            r"(?:each|every|either)\s+(?P<target>[a-z][\w-]*)\b"
                            r"|\s+each\s+(?:from|named\s+by|appointed\s+by)\s+(?P<parties>[A-Z])")   # "four each from
                                                                                            # Russia, Ukraine and Turkey"
EVEN_SPLIT = re.compile(r"\b(?:(?P<noun>[a-z]+)\s+(?:would|will|shall|is\s+to|are\s+to|to)\s+be|with\s+(?:its|their|the)\s+"
                        r"(?P<noun2>[a-z]+))\s+(?:split|shared|divided)\s+$", re.I)    # not "the vote was split 50-50"
EVEN_SHARES = re.compile(r"(\d+)\s*[-/]\s*\1")                          # "50-50", "50/50"
REMAINS_OF_BEFORE = re.compile(r"\b(?:bodies|remains|corpses)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$")
RETURN_TO_PLACE = re.compile(r"\w*\s+(?:home|to\s+(?:their\s+|the\s+|its\s+)?(?:homes?|north\w*|south\w*|villages?|towns?|"
                             r"neighbo\w+|areas?|houses?|land))\b")
# a count broken down by group: "the 33 break down as seven civilian women, five female soldiers, ..."
BREAKDOWN_BEFORE = re.compile(r"\b(?:breaks?\s+down|broken\s+down)\s+(?:as|into)\b[^.;]*$", re.I)
BY_COUNT_AFTER = re.compile(r"\s+(?:by|in)\s+(?:the\s+\w+['’]s|its|their|[A-Z][\w-]*['’]s)\s+(?:own\s+)?"
                            r"(?:count|tally|reckoning|estimate|figures?)\b")
NOTICE_AFTER = re.compile(r"['’]\s+(?:advance\s+|prior\s+)?(?:notice|warning)\b", re.I)
GIVES_BEFORE = re.compile(r"\b(?:also\s+)?gives?\s+(?:only\s+|just\s+)?$", re.I)
CASUALTY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|maimed)\b")
# past spans and background: "in the fifteen months since", "three years ago", "after five days of the deadliest
# fighting", "Seventy-one Republicans voted against", "hosts more than 80,000 refugees", "a baby of ten months"
ELAPSED_AFTER = re.compile(r"^\s*(?:since\b|ago\b|of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|war|warfare|clashes|"
                           r"hostilities|bombardment|bombing|shelling|strikes|violence|conflict|siege|captivity|detention)\b)", re.I)
VOTED_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,4}?(?:voted|abstained)\b")
HOSTS_BEFORE = re.compile(r"\b(?:hosts|hosted|hosting|shelters|sheltered|sheltering|is\s+home\s+to|are\s+home\s+to|houses)\s+"
                          r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+|"
                          r"an\s+estimated\s+|roughly\s+)?$", re.I)
AGE_OF_BEFORE = re.compile(r"\b(?:baby|infant|toddler|child|boy|girl|man|woman)\s+(?:aged\s+|of\s+)$", re.I)
# what an earlier deal, named by its year, did: "A 2013 framework signed in Addis Ababa by 11 countries"
DATED_EARLIER = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:19|20)\d\d|earlier|previous)\s+(?:[\w-]+\s+)?(?:framework|accord|agreement|deal|"
                           r"truce|cease-?fire|pact|treaty|memorandum|exchange|swap)\b[^.;]{0,40}?\b(?:signed|agreed|reached|"
                           r"brokered|struck|concluded|negotiated)\b[^.;]{0,40}$")
# "since 2011, when Israel released 1,027 prisoners": what was done in a year named before
WHEN_DATED = re.compile(r"\b(?:in|since|of)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+when\b[^.;]*$")
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:\d\d|(?:19|20)\d\d)")
PUT_IT_AT = re.compile(r"\bput(?:s|ting)?\s+(?:it|that|this)\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
                       r"closer\s+to\s+|nearer\s+)?$", re.I)
ESTIMATE_NOUNS = frozenset("cost costs damage damages losses loss toll bill".split())
PUT_THE_AT = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*?)"
                        r"(?:\s+of\s+[^.;]{0,50}?)?\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|"
                        r"more\s+than\s+|over\s+|up\s+to\s+)?$")
REFERS_BACK = ("remaining", "the other", "total at", "total of", "total to", "the last", "the final")   # "the remaining 550": counted before
APPROXIMATE_WORDS = frozenset("about around nearly roughly almost approximately some".split())  # "550 about two months later"
NO_SUCH = ("no ", "not a ", "without a ", "never a ", "no commitment to a ", "no commitment to any ", "no guarantee of a ",
           "no promise of a ")     # "has made no commitment to a third phase": no stage named
WHETHER_BEFORE = re.compile(r"\bwhether\b[^.;:]*$")


def _alternative(low: str, start: int, end: int) -> bool:
    """Whether a value is one of the alternatives of a "whether ... or ..." clause ("whether the
    pullout takes 30 days or 60", "whether it comes in two stages or three"): a question, no term."""
    return WHETHER_BEFORE.search(low, max(0, start - 80), start) is not None and " or " in low[end:end + 30]


def _last(matches):
    """The last of an iterator of matches, or None."""
    m = None
    for m in matches:
        pass
    return m


def _tail(text: str, words: int) -> int:
    """Where the last `words` words of `text` begin (0 if it has fewer): a pattern that must end at
    the end of the text and spans at most that many words cannot match before this offset."""
    head = text.rsplit(None, words)
    return len(head[0]) if len(head) > words else 0


@lru_cache(maxsize=None)
def _word_re(word: str, plural: bool = True, flags: int = re.I) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word)}{'s?' if plural else ''}\b", flags)


@lru_cache(maxsize=None)
def _any_word_re(words: frozenset[str]) -> re.Pattern:
    """One pattern for "any of these words": r"\\b(?:w1|w2)\\b" matches where one r"\\bw\\b" does."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(words))))

MODAL_WORDS = frozenset("will would shall must could can should may might also then still only".split())
# what a whole deal is called: a duration of one of these is the term's ("term duration")
GENERIC_DEAL_NOUNS = frozenset("deal deals agreement agreements accord accords pact plan proposal framework "
                               "arrangement arrangements text draft document it this".split())
MODIFIERS = frozenset({"aid", "humanitarian", "relief", "additional", "extra", "further", "more"})
PERSON_NOUNS = frozenset("citizens nationals residents foreigners journalists activists students dissidents "
                         "opposition".split())
DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+ans|[A-Z][a-z]{3,}is")          # "Americans", "Israelis"
ADJECTIVES = {"unspent", "unused", "recent", "previous", "annual", "federal", "overall", "combined", "other", "more", "additional", "remaining", "female", "male", "young", "old", "older", "new",
              "further", "total", "security", "israeli", "palestinian", "american", "iranian", "egyptian", "installed",
              "serving", "sick", "wounded", "living", "dead", "deceased", "elderly", "civilian", "detained",
              "advanced", "first", "second", "third", "last", "final", "initial", "full", "proposed", "agreed",
              "maximum", "minimum", "current", "existing", "former", "gaza", "israeli-held", "of",
              "captured", "jailed", "imprisoned", "abducted", "kidnapped", "foreign", "extra"}
FUNCTION_WORDS = {"that", "who", "whose", "which", "held", "to", "in", "from", "for", "with", "at", "on", "by", "and", "or",
                  "the", "a", "an", "is", "are", "was", "were", "will", "would", "be", "been", "as", "it", "its",
                  "their", "his", "her", "per", "each", "every", "under", "over", "into", "than", "this", "these",
                  "those", "such", "said", "says", "including", "have", "has", "had", "not", "also", "only",
                  "inside", "outside", "near", "across", "along", "within", "beyond", "behind", "between", "around",
                  "through", "during", "after", "before", "until", "off", "once", "when", "if", "unless", "because",
                  "while", "since"}
TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes",
              "percent", "time", "times", "o'clock", "am", "pm", "a.m", "p.m",
              "next", "now", "last", "ago", "compared", "rather", "apiece", "each", "annually", "instead"}
NOT_NAME_WORDS = FUNCTION_WORDS | LEAD_WORDS | {"all", "another", "just", "precisely", "some", "nearly"}
PARTICIPLES = frozenset("freed released returned exchanged swapped handed killed held taken seized earmarked "
                        "allocated budgeted pledged committed promised".split())
IRREGULAR_PLURALS = frozenset("aircraft personnel staff police".split())    # "by six aircraft"
ING_NOUNS = frozenset("spending funding financing lending borrowing housing training building shipping".split())
NOT_NOUNS = frozenset("there here kept left sent built made set put given taken seen brought "   # after a noun
                      "go goes come comes walk walks return returns leave leaves remain remains stay stays head heads "
                      "get gets receive receives enter enters sit sits serve serves form forms".split())
                      # "five U.S. citizens go home", "six members sit on the board"
NUMBER_VERBS = frozenset("break breaks split splits divide divides".split())    # "the 33 break down as": no noun
LY_NOUNS = frozenset({"family", "supply", "assembly", "ally", "rally", "anomaly", "monopoly", "reply", "july"})
GENERIC_HEADS = {"machines", "machine", "units", "unit", "pieces", "items", "people"}
SINGULAR = {"bodies": "body", "children": "child", "women": "woman", "men": "man", "elderly": "elderly",
            "sick": "sick", "displaced": "displaced"}


def _singular(group: str) -> str:
    return SINGULAR.get(group, group[:-1] if group.endswith("s") else group)


UNCOUNTED = frozenset({"kg", "km", "mw", "gw", "aid", "fuel", "uranium", "water", "food", "equipment", "personnel",
                       "staff", "money", "cash", "funding", "spending", "financing", "housing", "relief", "aircraft",
                       "energy", "agriculture", "assistance", "support", "infrastructure", "technology", "research",
                       "security", "electricity", "gas", "oil", "grain", "wheat", "corn"})


def _last_noun(before: str) -> str | None:
    """The last word of the clause before a number that can name a thing: "a buffer zone about"
    → "zone"."""
    clause = before[max((m.end() for m in CLAUSE_END.finditer(before)), default=0):]
    words = [w.lower() for w in WORD.findall(clause)]
    return next((w for w in reversed(words) if w not in FUNCTION_WORDS and w not in LEAD_WORDS and w not in MODAL_WORDS
                 and w not in TIME_WORDS and w.isalpha() and not w.endswith(("ly", "ed", "ing"))), None)


def _plural(noun: str) -> str:
    """A slot's noun in the plural: "centrifuge" → "centrifuges"; mass nouns and "-ing" words as they are."""
    if noun.endswith("s") or noun.endswith("ing") or noun in UNCOUNTED:
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"   # "facilities"


PASSIVE_SUBJECT = re.compile(r"(?:.*\b(?:that|said|says)\s+)?\s*(?P<subj>(?:[\w'’.-]+\s+){1,9}?)"
                             r"(?:(?:would|will|must|shall|could|can)\s+(?:\w+\s+){0,3}|(?:is|are)\s+to\s+)$", re.S)


PARTICIPLE_WORD = re.compile(r"(?!(?:wo)?men$|children$)[a-z]+(?:ed|en)|held|kept|set|made|paid|sent|built|freed|done|shut|cut|put|met|bound|"
                             r"lifted|ended|halted")


def _joined(text: str, start: int, end: int) -> bool:
    """Whether "and", "but" or "or" stands in text[start:end]: what AND_MODAL needs, found fast."""
    return any(text.find(w, start, end) >= 0 for w in (" and ", " but ", " or "))


def _passive_subject(text: str, begin: int, at: int) -> int | None:
    """Where the subject of a passive clause between `begin` and its modal starts ("restrictions on
    insuring ships would have to be lifted"), after a "that" or a verb of speech that opens it; None
    for a pronoun, a conjunction or no subject."""
    m = PASSIVE_SUBJECT.match(text, begin, at)
    if m is None or m.group("subj").split()[0].lower() in NOT_SUBJECT | {"none", "not", "nothing", "no", "he", "she",
                                                                         "and", "but", "or"}:
        return None
    return m.start("subj")


def _listed(value: str, sentence: str, start: int) -> str:
    """A listed value with what follows it up to the next item: "$1 billion (from the united arab emirates)"
    of "$1 billion from the United Arab Emirates and ..."."""
    m = ITEM_END.search(sentence, start)
    item = " ".join(sentence[start:m.start() if m else len(sentence)].split()[:8]).strip(" ,;:.-–—").lower()
    return f"{value} ({item})" if item else value


def _clause(sentence: str, start: int, max_words: int = 16) -> str:
    """The clause from `start`: up to the next clause break, at most `max_words` words."""
    m = CLAUSE_END.search(sentence, start if sentence[start:start + 1] in ",;" else start + 1)   # "$28 billion, and ..."
    words = sentence[start:m.start() if m else len(sentence)].split()
    return " ".join(words[:max_words]).strip(" ,;:.").lower()


def _label_before(event: tuple[str, int, str], pos: int, timing: str) -> str:
    """An event's text without its timing: up to where the timing starts when that is inside it
    ("withdrawal would be completed" of "... completed within 45 days rather than 60")."""
    slot, start, label = event
    cut = label.find(timing.strip().lower()) if start < pos else -1
    return (label[:cut] if cut > 0 else label.replace(timing.strip().lower(), " ")).strip(" ,;:") \
        .replace("  ", " ")


PERCENT_RANGE_GAP = re.compile(r"\s*(?:%|per\s*cent|percent)\s*(?:-|–|to)\s*(?:about\s+|around\s+|roughly\s+)?$", re.I)


def _percent_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"1% to 2%", "10 percent-15 percent": one range, the sign written after each number; not a
    change "from 15% to 7.5%"."""
    out: list[Quantity] = []
    for q in quantities:
        p = out[-1] if out else None
        if p is not None and p.unit is None and q.unit is None and p.min == p.max and q.min == q.max \
                and p.min < q.min and PERCENT_RANGE_GAP.match(text, p.end, q.start) and PERCENT.match(text, q.end) \
                and not FROM_END.search(text, max(0, p.start - 6), p.start):
            out[-1] = replace(p, max=q.max, end=q.end, raw=text[p.start:q.end], qualifier=p.qualifier or q.qualifier)
            continue
        out.append(q)
    return out


def _changes_split(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"cut ... from about 19,000 to 6,104" is a change, not the range 6,104-19,000: its two numbers
    are read apart (the first is then a baseline). A range after "from" stays one when no verb of
    change precedes it ("lasting from 30 to 40 days")."""
    out = []
    for q in quantities:
        cut = q.raw.lower().find(" to ")
        if q.unit is None and q.min != q.max and cut > 0 and FROM_END.search(text, max(0, q.start - 6), q.start) \
                and CHANGE_VERB.search(text, max(0, q.start - 120), q.start):
            parts = [replace(m, start=q.start + m.start, end=q.start + m.end) for m in find_quantities(q.raw[:cut])]
            out += parts + [replace(m, start=q.start + cut + m.start, end=q.start + cut + m.end)
                            for m in find_quantities(q.raw[cut:])]
        else:
            out.append(q)
    return out


ELAPSED = re.compile(r"\s+(?:took\s+effect|began|started|came\s+into\s+(?:force|effect)|was\s+signed|was\s+reached|"
                     r"went\s+into\s+effect)\b", re.I)
# "A 72-hour pause in October 2016 collapsed": a truce of the past, dated
ENDED = re.compile(r"\b(?:collapsed|lasted|ended|expired|broke\s+down|fell\s+apart|failed)\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
COPULA_BEFORE = re.compile(r"\b(?P<noun>[a-z-]+)(?:,\s+[^,;]{1,40},)?\s+(?:was|is|would\s+be|will\s+be)\s+(?:set\s+at\s+|fixed\s+at\s+)?$",
                           re.I)                                  # "The grace period, the committee says, is 18 months"
COPULA_NOUNS = frozenset({"term", "duration", "length", "extension", "renewal", "rollover", "period", "notice", "window"})
EXTENSION_SUBJECT = re.compile(r"\b(?:extension|renewal|rollover)\s+(?:would|will|is|was)\s+(?:be\s+)?(?:for|last)\b", re.I)
EXTENDED = re.compile(r"\b(?:was|were|is|be|been|being|are)\s+(?:\w+\s+)?(?:extended|prolonged|renewed)\b", re.I)
# "more than 24 million tonnes had been shipped since the deal began": a tally, not a term
TALLY = re.compile(r"\b(?:had|has|have)\s+(?:already\s+)?been\s+\w+(?:ed|en|t)\b|\bso\s+far\b|\bto\s+date\b"
                   r"|^(?:[\w-]+\s+){0,4}?(?:were|was)\s+(?!to\b|expected\b|due\b|set\b|scheduled\b)"
                   r"|^(?:[\w-]+\s+){0,4}?(?:have|has|had)\s+(?:already\s+)?(?:left|\w+ed)\b(?!\s+to\b)", re.I)
# "$6 billion in oil revenue that had been frozen": the amount's history, not a tally of what was done
RELATIVE_TALLY = re.compile(r".*\b(?:that|which|who)\s+(?:had|has|have)\s+(?:already\s+)?been\s+\w+(?:ed|en|t)\b", re.S)
# "inspectors have checked more than 1,600 vessels": what was done so far (not "has proposed 60 days")
DONE_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:already\s+|so\s+far\s+)?(?!agreed|proposed|offered|demanded|suggested|"
                         r"accepted|promised|pledged|committed|set|asked|sought|insisted)[a-z]+ed\s+"
                         r"(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$", re.I)
# what a negotiation is made of, not what it agrees: "11 rounds of talks", "a 12-page document", "20 officials"
PROCESS_NOUNS = frozenset("round rounds meeting meetings session sessions page pages document documents paragraph "
                          "paragraphs clause clauses article articles official officials delegate delegates "
                          "delegation delegations negotiator negotiators mediator mediators vote votes member "
                          "members minister ministers journalist journalists reporter reporters source "
                          "sources".split())


RATE_LATER = re.compile(r"\b(?:(?:each|every|per)\s+(?:single\s+)?|(?<!within\s)(?<!\bin\s)(?<!for\s)(?<!after\s)(?<!\bon\s)(?<!\bby\s)a\s+)"
                        r"(?P<u>day|week|month)\b|\b(?P<adv>daily|weekly|monthly)\b", re.I)
NUMBER_OR_STOP = re.compile(rf"[;.:]|\d|\b{NUMBER_RE}\b", re.I)


def _rate_later(after: str, pos: int) -> re.Match | None:
    """A rate further on in the clause, with no other number before it: "600 trucks of aid would
    enter Gaza each day", "... would cross daily"."""
    clause = after[:pos + 80]
    stop = NUMBER_OR_STOP.search(clause, pos)
    return RATE_LATER.search(clause, pos, stop.start() if stop else len(clause))


MONEY_OF_BEFORE = re.compile(r"\b([a-z][\w-]+)\s+of\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|roughly\s+|"
                             r"at\s+least\s+|as\s+much\s+as\s+|between\s+)?$")
MONEY_VERB_BEFORE = re.compile(r"\b(pay|pays|paid|paying|spend|spends|spent|spending|invest|invests|invested|investing|"
                               r"provide|provides|provided|providing|give|gives|gave|giving|contribute\w*|transfer\w*|"
                               r"receive\w*|get|gets|got|raise|raises|raised|raising|cut|cuts|cutting|pull|pulls|pulling|"
                               r"rescind\w*|claw\w*\s+back|save|saves|saving|lend|lends|lent|lending|loan|loans|"
                               r"disburse\w*|grant|grants|granted|collect|collects|collected|collecting)\s+(?:(?:an?\s+)?(?:additional|extra|"
                               r"further|another|up\s+to|about|around|some|nearly|roughly|at\s+least)\s+)?$", re.I)
# "defense spending would rise to $886 billion": the amount is what the subject of the verb comes to
MONEY_MOVE_BEFORE = re.compile(r"\b(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s+|,\s+(?=valued\s))"
                               r"(?:(?:would|will|could|should|is\s+to|are\s+to|to)\s+)?"
                               r"(?:rise|rises|rising|grow|grows|growing|fall|falls|falling|drop|drops|climb|climbs|reach|"
                               r"reaches|total|totals|yield|yields|save|saves|cost|costs|amount\s+to|amounts\s+to|"
                               # "The package is worth $4.5 billion", "The deal, valued at $12 billion,"
                               r"(?:(?:is|are|be)\s+)?(?:worth|valued\s+at)|is|are|be)\s+"
                               r"(?:to\s+)?(?:(?:about|around|some|nearly|roughly|up\s+to|at\s+least|an\s+estimated)\s+)?$")
MONEY_NOUNS = {"pay": "payment", "spe": "spending", "inv": "investment", "pro": "funding", "giv": "funding",
               "gav": "funding", "con": "contribution", "tra": "transfer", "rec": "payment", "get": "payment",
               "got": "payment", "rai": "funding", "cut": "cut", "pul": "cut", "res": "cut", "cla": "cut",
               "sav": "savings", "len": "loan", "loa": "loan", "dis": "disbursement", "gra": "grant",
               "col": "funding"}


MODAL_AFTER_SUBJECT = re.compile(r"[^,.;:]{0,40}?\b(?:would|will|shall|must|are\s+to)\b")
BODY_NOUNS = r"(?:team|committee|commission|panel|force|board|council|mission|body|mechanism|cell)"
BODY_OF_BEFORE = re.compile(rf"\b(?P<body>{BODY_NOUNS})\s+of\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|at\s+least\s+)?$", re.I)
MEMBER_COMPOUND = re.compile(rf"-member,?\s+(?:[\w-]+\s+){{0,2}}?(?P<body>{BODY_NOUNS})\b", re.I)   # "a 12-member, Egyptian-led committee"
BODY_HAS_BEFORE = re.compile(rf"\b(?P<body>{BODY_NOUNS})\s+(?:(?:would|will|is\s+to|shall|could)\s+(?:have|include|comprise|"
                             rf"consist\s+of|be\s+made\s+up\s+of)|has|includes|comprises|consists\s+of|is\s+made\s+up\s+of|"
                             rf"(?:(?:would|will|is\s+to|to)\s+)?(?:be\s+)?(?:expanded|enlarged|increased|grow|grows|rise|rises)\s+to)"
                             rf"\s+(?:up\s+to\s+|about\s+|some\s+|at\s+least\s+)?$", re.I)   # "the team to be expanded to 20"
BODY_AFTER_MEMBER = re.compile(rf"members?\s+(?:[\w-]+\s+)?(?P<body>{BODY_NOUNS})$")


def _interval_days(m: re.Match) -> float | None:
    """The days of an interval pattern's match: "every six months", "once a week", "weekly"."""
    g = m.groupdict()
    if g.get("adv"):
        return INTERVAL_DAYS[g["adv"].lower()]
    n = parse_number(g["n"]) if g.get("n") else 1.0
    return None if n is None else to_days(n, g.get("u") or g.get("u2"))


EXTENDED_BY_BEFORE = re.compile(r"\b(?:extend\w*|prolong\w*)\s+by\s+(?:another|a\s+further|an\s+additional)\s+$", re.I)


def _elided_unit(before: str) -> str | None:
    """The unit of a number that leaves it out after an extension of a length just given: "lasts 180
    days and can be extended by a further 90" → "days"."""
    if "by " not in before[-30:] or not EXTENDED_BY_BEFORE.search(before, max(0, len(before) - 50)):
        return None
    units = UNIT_WORD.findall(before)
    return units[-1].lower() if units else None


PHASED_IN_BEFORE = re.compile(r"\b(?:phased\s+in|phased\s+out|introduced|rolled\s+out|spread)\s+(?:gradually\s+)?(?:over\s+)?$", re.I)


def _phased_in(before: str) -> str | None:
    """What is phased in over a span: the noun before the verb, past numbers and units ("a duty-free
    poultry quota of 180,000 tonnes, introduced over five years" → "quota phase-in"), so that two
    phase-ins of the same length stay two terms."""
    m = PHASED_IN_BEFORE.search(before, max(0, len(before) - 40))
    if m is None:
        return None
    head = before[max(0, m.start() - 80):m.start()].rstrip()
    if head.endswith(","):                       # "a poultry quota of 180,000 tonnes, introduced over": the
        head = head[:-1]                         # clause the participle describes
    clause = re.split(r"[,;:]\s|\band\b", head)[-1]
    words = [w.lower() for w in WORD.findall(clause)]
    noun = next((w for w in reversed(words) if w not in FUNCTION_WORDS and w not in MEASURES and w not in NUMBER_TOKENS
                 and w not in PART_VERBS and w not in ("of", "percent", "cent") and not w.endswith(("ed", "ly"))
                 and w.isalpha()), None)
    return f"{noun} phase-in" if noun else None


MEMBERS_SIT_ON = re.compile(r"\s+members?\s+(?:would\s+|will\s+)?(?:sit|sits|serve|serves|make\s+up|makes\s+up|form|forms)\s+"
                            r"(?:on|in)?\s*(?:the|a|its|their)\s+(?:[\w-]+\s+)?(?P<body>board|committee|commission|council|"
                            r"panel|team|mechanism|body)\b", re.I)


def _body_size(noun: str, before: str, after: str) -> str | None:
    """The body whose size a count of members gives ("a monitoring team of 12 members" → "team", "a
    five-member committee" → "committee", "a seven-member border commission", "the commission would
    have nine members"); None for members of anything else ("20 members of the delegation" is who
    went, not a term)."""
    if after[:7] == "-member" and (m := MEMBER_COMPOUND.match(after)):
        return m.group("body").lower()
    if noun in ("members", "member") and (m := BODY_OF_BEFORE.search(before, max(0, len(before) - 40))
                                          or BODY_HAS_BEFORE.search(before, max(0, len(before) - 60))):
        return m.group("body").lower()
    if noun.startswith("member ") and (m := BODY_AFTER_MEMBER.match(noun)):
        return m.group("body")
    if noun in ("members", "member") and (m := MEMBERS_SIT_ON.match(after)):
        return m.group("body").lower()               # "six members sit on the board"
    return None


def _money_noun(before: str) -> str | None:
    """What an amount of money is, when no noun follows it: the noun before "of" ("a bonus of
    $1,500") or the verb that moves it ("would pay €650 million": a payment)."""
    if (m := MONEY_OF_BEFORE.search(before, max(0, len(before) - 50))) and m.group(1) not in FUNCTION_WORDS \
            and m.group(1) not in TIME_WORDS:
        return m.group(1)
    if " at " in before[-20:] and (m := PUT_THE_AT.search(before, max(0, len(before) - 90))):
        # "puts the clawback of unspent funds at about $28 billion" (not an estimate of damage: "put the cost
        # of rebuilding Gaza at $53 billion")
        return None if m.group("np").split()[-1] in ESTIMATE_NOUNS else m.group("np")
    if m := MONEY_VERB_BEFORE.search(before, max(0, len(before) - 40)):
        return MONEY_NOUNS[m.group(1).lower()[:3]]
    if m := MONEY_MOVE_BEFORE.search(before, _tail(before, 8)):
        words = [w for w in m.group("np").split() if w not in FUNCTION_WORDS and w not in MODAL_WORDS]
        return " ".join(words[-2:]) or None
    return None


def _in_the_past(text: str, a: int, b: int) -> bool:
    """"since 2011, when 1,027 prisoners were swapped for one soldier": an exchange that already
    happened, told for comparison (a past release in the clause of text[a:b], which a year or
    "when" dates)."""
    if "were" not in text and "was" not in text:
        return False
    start = max((m.end() for m in CLAUSE_END.finditer(text, 0, a)), default=0)
    end = m.start() if (m := CLAUSE_END.search(text, b)) else len(text)
    return bool(PAST_RELEASE.search(text, start, end)) and bool(DATED.search(text, max(0, start - 40), end))


def _percent_noun(before: str, after: str) -> str:
    """What a percentage is of: a rate noun right after it ("25 percent duties"), else the last
    rate noun of its clause ("cut the tariff rate ... to 7.5 percent"), else the last content word."""
    following = WORD.match(after.lstrip())
    if following and following.group(0).lower() in RATE_NOUNS:
        return following.group(0).lower()
    clause = before[max((m.end() for m in CLAUSE_END.finditer(before)), default=0):]
    words = [w.lower() for w in WORD.findall(clause or before)]
    rates = [w for w in words if w in RATE_NOUNS]
    if rates:
        return rates[-1]
    if following and (w := following.group(0).lower()) not in FUNCTION_WORDS and w not in TIME_WORDS \
            and w not in NOT_MEASURED and w != "of":
        return w                                         # "300 kg of 3.67 percent uranium"
    if of := PERCENT_OF.match(after):                   # "17 percent of the revenue", "of the sanctions relief"
        for w in (of.group(2), of.group(1)):
            if w and w.lower() not in FUNCTION_WORDS and w.lower() not in TIME_WORDS:
                return w.lower()
    nouns = [w for w in words if w not in FUNCTION_WORDS and w not in TIME_WORDS and w not in NOT_MEASURED
             and w != "of" and not w.endswith(("ed", "ing")) and w not in VERB_FORMS]
    return nouns[-1] if nouns else "share"


def _num_text(q: Quantity) -> str:
    if q.unit == "day":
        lo, hi = q.min, q.max
        fmt = lambda v: f"{v:g}"
        return f"{fmt(lo)} days" if lo == hi else f"{fmt(lo)}-{fmt(hi)} days"
    return q.raw.strip().lower()


class _Doc:
    """State of one document's extraction: phase scope per source and the facts so far."""

    def __init__(self, lex: Lexicon, published: dt.date | None = None):
        self.lex = lex
        self.published = published                        # the document's date: the year of "by March 10"
        self.found: dict[str, bool] = {}                  # per sentence: has() answers
        self.facts: list[ExtractedFact] = []
        self.seen: set[tuple] = set()
        self.timed: set[tuple[int, str]] = set()          # (sentence start, event slot) given a timing
        self.explicit_count: dict[str, int] = {}
        self.max_phase: dict[str, tuple[int, Sentence, int, int]] = {}
        self.in_phase = False                             # per sentence: inside a phase's terms
        self.last_phase: int | None = None                # the phase named last in the document
        self.last_noun: str | None = None                 # per sentence: noun of its last count without a group
        self.parallel: ExtractedFact | None = None       # per sentence: the fact a contrast's second clause may repeat
        self.talked: tuple[int, int] | None = None        # (stage, end): the stage a sentence's talks are about
        self.listed = False                               # per sentence: an item of a list a colon opened

    def add(self, f: ExtractedFact, dedup_values: bool = True, distinct: bool = False) -> None:
        """Keep `f` unless the document has the same term's value from the same source already (`distinct`:
        also when the text differs: "three appointed by the DFC and three by Ukraine")."""
        key = (f.source, f.phase, f.slot, f.kind, f.min, f.max) if dedup_values else (f.source, f.phase, f.slot)
        if distinct:
            key += (f.text,)
        if f.min is None and f.max is None:
            key = (f.source, f.phase, f.slot, "text", f.text if f.kind == "commitment" else "")
        if key in self.seen:
            return
        self.seen.add(key)
        self.facts.append(f)

    def past_event(self, s: Sentence) -> bool:
        """Whether the sentence tells a release that happened rather than a term: a past release and
        no modal ("Under a 2011 deal, Israel freed 1,027 prisoners"; not "Israel would free ...")."""
        found = self.found.get("past")
        if found is None:
            found = self.found["past"] = any(w in s.low for w in PAST_ACT_HINTS) and PAST_ACT.search(s.text) is not None \
                and FUTURE.search(s.text) is None
        return found

    def has(self, s: Sentence, name: str, pattern: Anchored) -> bool:
        """Whether `pattern` occurs in the sentence; asked once per sentence whatever the number of
        quantities that need it."""
        found = self.found.get(name)
        if found is None:
            found = self.found[name] = pattern.search(s.text, s.low, pieces=s.pieces) is not None
        return found

    def term(self, s: Sentence) -> bool:
        """Whether the sentence states terms: a word of the deal or a modal (TERM_SENTENCE), an item of a
        list a colon opened, or a source's own account told in the present."""
        found = self.found.get("term")
        if found is None:
            found = self.found["term"] = self.listed or self._reported(s) \
                or TERM_SENTENCE_AT.search(s.text, s.low, pieces=s.pieces) is not None
        return found

    @staticmethod
    def _reported(s: Sentence) -> bool:
        """A sentence in a passage that a source other than the outlet gives, told in the present: its
        numbers are that source's terms as much as after a "would" ("The ministry says the average
        interest rate is about 3.9 percent", "Every nurse also receives a $2,000 bonus, the union
        said"). Not a dated past ("Inflation peaked near 70 percent that September")."""
        return s.source is not None and not STORY_PAST.search(s.text)

    # -- one sentence ---------------------------------------------------------------------
    def sentence(self, s: Sentence, source: str, scope: int | None) -> int | None:
        lex, text, toks = self.lex, s.text, s.toks     # s.toks: tokens(text), computed once
        # a share ("a third of") and an interval ("would meet weekly") count as numbers here
        fraction = not toks.isdisjoint(FRACTION_TOKENS) and FRACTION_OF.search(s.low) is not None
        interval = not toks.isdisjoint(INTERVAL_TOKENS) and not (toks.isdisjoint(INTERVAL_VERBS)
                                                                and toks.isdisjoint(RELEASE_INTERVAL_WORDS))
        has_number = not toks.isdisjoint(NUMBER_TOKENS) or bool(DIGIT.search(text)) or fraction or interval \
            or (not toks.isdisjoint(ONE_UNIT_TOKENS) and ONE_UNIT.search(s.low) is not None) \
            or ("day" in toks and not toks.isdisjoint(DAY_ORDINAL_TOKENS)) \
            or (not toks.isdisjoint(VAGUE_TIME_TOKENS) and not toks.isdisjoint(UNITS_TOKENS))  # "a week", "on the fifth
                                                                                       # day", "several weeks"
        if text.rstrip().endswith("?"):
            return scope                     # "When will the first hostages be freed?": a question states nothing
        # dates.DATE may match: a month's name ("May" capitalised, not the verb), or "year" or "month" with
        # a word that makes a date of it ("the end of this year", "next month")
        has_date = not toks.isdisjoint(dates.MONTH_TOKENS) or "May" in text or (
            ("year" in toks or "month" in toks) and not toks.isdisjoint(RELATIVE_DATE_TOKENS))
        if not (has_number or lex.mentions_terms(toks) or lex.event_cues is None):
            # no number and no known term: a date, a commitment or an exclusion at most
            self.found = {}
            if has_date and not self.past_event(s):
                self.in_phase = scope is not None
                self._dates(s, [], self._fact_maker(s, source, lambda pos, end: scope))
            if _may_commit(toks):
                self._commitment(s, source, lambda pos, end: scope, scope is not None)
            if not toks.isdisjoint(NEGATION_TOKENS):
                self._exclusions(s, source, lambda pos, end: scope, scope is not None)
            return scope
        first_fact = len(self.facts)
        self.found = {}
        # the second clause of a contrast may state the first clause's last term by its number alone
        self.parallel = next((f for f in reversed(self.facts) if f.min is not None and f.kind in ("count", "duration")
                              and 0 <= s.start - f.end <= 12), None) if s.clause else None
        self.last_noun = None              # the noun of the sentence's last count without a group
        has_phase = not toks.isdisjoint(PHASE_TOKENS)
        # (position, phase, sets scope, names what comes before it too)
        markers: list[tuple[int, int | None, bool, bool]] = []
        running = scope
        # the stage the sentence right before talked about ("Talks on the second phase are due to begin
        # by day 16. That stage is meant to ...": the second)
        talked = self.talked[0] if self.talked and 0 <= s.start - self.talked[1] <= 3 else None
        self.talked = None
        for m in PHASE_MARK_AT.finditer(text, s.low, pieces=s.pieces) if has_phase else ():
            if s.low.endswith(NO_SUCH, 0, m.start()):
                continue                                 # "There is no third phase": no stage named
            if m.group("num") and NAMED_AGREEMENT.match(text, m.end()) and YEAR_BEFORE.search(text, 0, m.start()):
                continue                                 # "the 2020 Phase One agreement": an earlier deal's name
            phase = talked if talked and m.group("this") and m.start() <= 12 \
                else self._marker_phase(m, running, source)
            if UNTIL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                if phase and phase > self.max_phase.get(source, (0,))[0]:      # "keeps forces on the ridge until
                    self.max_phase[source] = (phase, s, m.start(), m.end())    # the third stage is over": a bound,
                continue                                                       # not the stage the terms are in
            if TALKS_ON.search(text, max(0, m.start() - 80), m.start()):
                if phase:
                    self.talked = (phase, s.end)
                if phase and phase > self.max_phase.get(source, (0,))[0]:     # "talks on the second stage would
                    self.max_phase[source] = (phase, s, m.start(), m.end())   # start by day 16": the stage talked
                if rel := RELATIVE_AFTER.match(text, m.end()):                # about, not the stage we are in;
                    markers.append((rel.start("rel"), phase, False, False))   # "..., which would bring ...": its
                continue                                                      # terms from there on
            markers.append((m.start(), phase, not m.group("init"), True))
            if phase is not None:
                self.last_phase = phase                  # the phase named last, whoever named it
            if m.group("init") is None and phase is not None:
                running = phase
            if phase:
                best = self.max_phase.get(source)
                if best is None or phase > best[0]:
                    self.max_phase[source] = (phase, s, m.start(), m.end())

        if not markers and (self.explicit_count.get(source) or self.last_phase) \
                and (m := BARE_ORDINAL_LEAD.match(text)) and (phase := ORDINALS.get(m.group("ord").lower())):
            markers.append((m.start("ord"), phase, True, True))      # "The deal has three stages. In the first, ..."
            running = phase
        if (markers or has_phase) and " the " in text:   # "The second stage would ..., and the third the exchange of bodies"
            for m in STAGES_THE_FIRST.finditer(text):     # "in two stages, the first covering villages ..."
                markers.append((m.start("ord"), ORDINALS[m.group("ord").lower()], True, False))
                for item in STAGES_THE_NEXT.finditer(text, m.end()):
                    phase = ORDINALS.get(item.group("ord").lower()) or self.explicit_count.get(source) or next(
                        (int(n) for c in PHASE_COUNT_LOW.finditer(s.low, 0, m.start("ord"))     # "the final stage":
                         if (n := parse_number(c.group("n"))) and n.is_integer()), None)       # the last the list counts
                    if phase:
                        markers.append((item.start("ord"), phase, True, False))
            for m in ELLIPTIC_PHASE.finditer(text):
                group = "ord" if m.group("ord") else "ord2"
                phase = ORDINALS[m.group(group).lower()]
                markers.append((m.start(group), phase, True, True))
                if phase > self.max_phase.get(source, (0,))[0]:
                    self.max_phase[source] = (phase, s, m.start(group), m.end(group))
                if group == "ord2" and m.end() >= len(text.rstrip(" .;")):
                    running = phase                      # "..., 33 hostages in the first.": what follows is the first's
            markers.sort(key=lambda mk: mk[0])

        def phase_at(pos: int, end: int = 0) -> int | None:
            """The phase named nearest: one right after in the same clause ("33 hostages in the first
            phase", "a 40-day first phase"), else the last one before ("phase one runs for 42 days
            and phase two ..."), else the nearest."""
            if not markers:
                return scope
            after = [mk for mk in markers if mk[0] > pos and mk[3]]
            # the break is looked for after the value itself ("between three and five years once the third phase")
            if after and after[0][0] - pos <= 60 \
                    and not SAME_CLAUSE_BREAK.search(text, max(pos, min(end, after[0][0])), after[0][0]):
                return after[0][1]
            before = [mk for mk in markers if mk[0] <= pos]
            if before:
                return before[-1][1]
            return after[0][1] if after else scope

        fact = self._fact_maker(s, source, phase_at)
        consumed: set[int] = set()
        # explicit number of phases, and "N phases, each lasting D"
        for m in PHASE_COUNT_LOW.finditer(s.low) if has_phase and has_number else ():
            n = parse_number(text[m.start("n"):m.end("n")])        # the number as written
            if n and 2 <= n <= 12 and n.is_integer() and not _alternative(s.low, m.start(), m.end()):
                self.explicit_count[source] = int(n)
                self.found["term"] = True                # "The handover comes in three stages: 30 percent ...": terms
                bound = QUAL_BEFORE.search(s.low, max(0, m.start() - 14), m.start())     # "in at least three stages"
                self.add(fact("number of phases", "phase_count", m.start(), m.start(), m.end(), phase=None,
                              min=n, max=n, qualifier=QUALIFIERS[bound.group(1)] if bound else None,
                              text=f"{int(n)} phases", basis="explicit", confidence=0.95))
                if m.start("each") >= 0:                  # "three 45-day phases"
                    at = m.start("each")
                elif each := (EACH_LASTING.search(text, m.end(), m.end() + 30) or OF_EACH.match(text, m.end())):
                    at = each.end() if each.re is EACH_LASTING else m.end()
                elif EACH_OF.search(text, max(0, m.start() - 16), m.start()) and (last := LASTING_AFTER.match(text, m.end())):
                    at = last.end()                      # "Each of the three phases would last 42 days"
                else:
                    at = None
                dur = next((q for q in find_quantities(text[at:at + 40]) if q.unit), None) if at is not None else None
                if dur:
                    consumed.add(at + dur.start)
                    for p in range(1, int(n) + 1):
                        self.add(fact(lex.duration_slot, "duration", m.start(), at + dur.start,
                                      at + dur.end, phase=p, min=dur.min, max=dur.max, unit="day",
                                      text=f"phase {p} lasts {_num_text(dur)}"))

        for m in BOTH_PHASES_EACH.finditer(text) if has_phase and has_number and " each " in text else ():
            dur = next((q for q in find_quantities(text[m.end():m.end() + 40]) if q.unit), None)
            if dur and (first := ORDINALS.get(m.group("o1").lower())) and (second := ORDINALS.get(m.group("o2").lower())):
                consumed.add(m.end() + dur.start)
                for p in (first, second):
                    self.add(fact(lex.duration_slot, "duration", m.start(), m.end() + dur.start, m.end() + dur.end,
                                  phase=p, min=dur.min, max=dur.max, unit="day", qualifier=dur.qualifier,
                                  text=f"phase {p} lasts {_num_text(dur)}"))
        self.in_phase = scope is not None or any(mk[1] for mk in markers)   # inside a phase's terms
        events = self._events(s) if lex.may_name_events(toks) else []
        counted_groups: set[str] = set()
        prev_group: str | None = None
        counts_phases = "phase" in s.low or "stage" in s.low or "part" in s.low     # what PHASE_COUNT needs
        for q in _percent_ranges(text, _changes_split(text, find_quantities(text, s.low))) if has_number else ():
            if q.start in consumed or (counts_phases and PHASE_COUNT_LOW.match(s.low, q.start)) or self._skip(text, q, toks) \
                    or (q.qualifier and counts_phases and PHASE_COUNT_LOW.match(s.low, q.end - len(q.raw.split()[-1]))):
                continue                                 # the number of phases ("around three stages") is counted
            if "whether" in s.low and _alternative(s.low, q.start, q.end):
                continue                                 # "whether it takes 30 days or 60": no term
            before, after = text[:q.start], text[q.end:]
            if q.unit == "day":
                self._duration(s, source, q, before, after, events, fact)
            else:
                prev_group = self._count(s, source, q, before, after, events, fact, prev_group, counted_groups)
        if fraction:
            self._fractions(s, fact)
        if interval:
            self._intervals(s, fact)
        # ON_DAY needs "day", "within" or "week"
        on_day = not toks.isdisjoint(DAY_TOKENS) and ("day" in s.low or "within" in s.low or "week" in s.low
                                                      or "month" in s.low)
        for m in ON_DAY_AT.finditer(text, s.low, pieces=s.pieces) if on_day and not self.past_event(s) else ():
            if s.low.endswith(("not ", "rather than "), 0, m.start()) and not s.low.startswith("before", m.start()):
                continue                                 # "by the end of the window, not on day one" (not "not before day 60")
            if m.group("n") or m.group("o"):
                n = parse_number(m.group("n")) if m.group("n") else ORDINALS.get(m.group("o").lower())
                if n is None and m.group("o"):
                    n = parse_number(m.group("o")[:-2])          # "22nd day"
                if n is None:
                    continue                                     # "on the day to a record": no day number
                lo = hi = float(n)
            elif m.group("ow"):                          # "in the fourth week": days 22 to 28
                n, size = ORDINALS[m.group("ow").lower()], 7 if m.group("wu").lower() == "week" else 30
                lo, hi = float(size * (n - 1) + 1), float(size * n)
            else:
                lo, hi = 0.0, {"day": 1.0, "week": 7.0, "month": 30.0}[m.group("u").lower()]
            ev = self._owner(text, events, m.start())
            if ev:
                self.timed.add((s.start, ev[0]))
            label = _label_before(ev, m.start(), m.group(0)) if ev else ""
            self.add(fact(ev[0] if ev else self._timing_slot(s, m.start()), "timing", m.start(), m.start(), m.end(),
                          min=lo, max=hi, unit="day", qualifier=_day_bound(m.group(0), text, m.start(), m.end()),
                          text=f"{label} ({m.group(0).lower()})".strip()))
        if (has_date or (has_number and YEAR_BOUND.search(text))) and not self.past_event(s):
            self._dates(s, events, fact)
        if not (events and self.past_event(s)):         # "13 hostages were handed over on Friday": news
            self._event_facts(text, [e for e in events if (s.start, e[0]) not in self.timed], fact)
        if lex.release_cues.hits(toks):
            self._release_texts(s, counted_groups, fact, scope is not None or bool(markers))
        if s.low.startswith(LEADING_TIMING_WORDS) and LEADING_TIMING.match(text):
            self._leading_timing(s)
        if _may_commit(toks):                            # in the clauses no other fact or term stands in
            self._commitment(s, source, phase_at, self.in_phase, first_fact,
                             [(e[1], e[1] + len(e[2])) for e in events])
        if not toks.isdisjoint(NEGATION_TOKENS):
            self._exclusions(s, source, phase_at, self.in_phase)
        return running

    def _sentence_facts(self, s: Sentence):
        """The facts read from sentence `s` so far, last first (they are the last ones read)."""
        for f in reversed(self.facts):
            if f.start != s.start:
                return
            yield f

    @staticmethod
    def _fact_maker(s: Sentence, source: str, phase_at):
        """fact(slot, kind, pos, value start, value end, **fields): a fact of the sentence, in the phase
        named nearest `pos` unless `phase=` is given."""
        def fact(slot, kind, pos, vstart, vend, **kw) -> ExtractedFact:
            return ExtractedFact(source=source, slot=slot, kind=kind, phase=kw.pop("phase", phase_at(pos, vend)),
                                 quote=s.text, start=s.start, end=s.end, value_start=s.start + vstart,
                                 value_end=s.start + vend, **kw)
        return fact

    def _about_deal(self, s: Sentence, in_phase: bool) -> bool:
        """Whether a sentence may bind a party (commitments, exclusions): inside a phase's terms, in a
        cited source's account, or naming the deal; and not a release told as done."""
        return (in_phase or s.source is not None or not s.toks.isdisjoint(DEAL_WORDS)) and not self.past_event(s)

    def _exclusions(self, s: Sentence, source: str, phase_at, in_phase: bool) -> None:
        """What the deal rules out or leaves out, told without a modal: "It sets no deadline for that",
        "places no limit on the level", "having no expiry date", "there is no ban on using AI", "no money
        changes hands", "Studios are not required to keep a room running". Kind `commitment`, in a
        sentence about the deal (as for commitments); not in a clause told in the past ("there was no")."""
        if not self._about_deal(s, in_phase):
            return
        text = s.text
        for m in EXCLUSION.finditer(text):
            neg = "" if m.group("neg4") else "not" if m.group("neg3") else "no"
            at = m.start("what") if m.group("neg") else m.start("subj") if m.group("neg2") \
                else m.start("what3") if m.group("neg3") else m.start("subj4")
            if m.group("neg4") and m.group("subj4").split()[-1].lower() in ("that", "which", "who"):
                continue                                 # "forces that are not part of the army": who they are
            if m.group("neg4"):                          # "reported that sectoral tariffs ... are not affected":
                at = max((t.end() for t in SUBJECT_LEAD.finditer(text, at, m.start("neg4"))), default=at)   # the tariffs
            what = _clause(text, at, 14)
            if not NOT_EXCLUDED.isdisjoint(what.split()[:3]) or PAST_TENSE.search(text, max(0, m.start() - 30), at) \
                    or any(f.kind == "commitment" and f.value_start - s.start <= at + len(what)
                           and at <= f.value_end - s.start for f in self._sentence_facts(s)):
                continue                                 # "no later than", "no one", "there was no deadline", or a
                                                         # commitment read there already ("there will be no third ...")
            self.add(ExtractedFact(source=source, slot="commitment", kind="commitment", phase=phase_at(at, at),
                                   text=f"{neg} {what}".strip(), quote=text, start=s.start, end=s.end,
                                   value_start=s.start + at, value_end=s.start + at + len(what), confidence=0.4))

    def _dates(self, s: Sentence, events, fact) -> None:
        """Calendar dates that bound a term: "the second stage from October 2024", "the transition runs
        until the end of 2025", "no later than March 10", "would start in early 2024". Kind `date`, the
        days the date allows as YYYYMMDD (compare.dates); not a date in a story of what happened."""
        text = s.text
        last_end = 0                                     # where the date before ended: a clause starts there too
        for m in dates.find(text):
            if m.start() < last_end:
                continue                                 # the end of a range read with its start
            bound = DATE_BOUND.search(text, max(0, m.start() - 46), m.start())
            if bound is None:
                continue
            word = " ".join(bound.group("b").lower().split())
            qualifier = DATE_QUALIFIERS.get(word.split()[0] if word.split()[0] in ("starting", "beginning", "effective")
                                            else word)
            year_alone = m.group("y4") and not (m.group("part") or m.group("early"))
            if year_alone and (qualifier is None or word == "to" or YEAR_AS_NAME.match(text, m.end())):
                continue                                 # "in 2024", "the 2011 deal": no date a term is bound to
            if m.group("m3") and not (m.group("y3") or m.group("part") or m.group("early")) \
                    and MONTH_AS_ADJECTIVE.match(text, m.end()):
                continue                                 # "before the November election": the election's
            begin = max((c.end() for c in CLAUSE_END.finditer(text, last_end, bound.start())), default=last_end)
            clause = text[begin:bound.start()]
            last_end = m.end()
            tied = next((f for f in self._sentence_facts(s) if f.kind != "date"
                         and begin <= f.value_start - s.start < bound.start()), None)
            if qualifier is None and not (MODAL_VERB.search(clause) or FUTURE.search(clause) or DUE.search(clause) or tied):
                continue                                 # "talks opened in October": no term; but "4% on July 1, 2024":
                                                         # the date of a term's value
            if PAST_TENSE.search(clause) or (m.group("y4") or PAST_TENSE.search(text, 0, m.start())) \
                    and not (self.in_phase or self.term(s)) \
                    or (PAST_SIMPLE.search(text, 0, bound.start())
                        and not (MODAL_VERB.search(clause) or FUTURE.search(clause) or DUE.search(clause))):
                continue                                 # outside the terms' sentences a day or month told in the present
                                                         # ("Armenia hands back the district by 20 November"), not a year;
                                                         # never in a clause told in the past ("had withdrawn by May 1"),
                                                         # nor after a past act with no modal of its own ("Biden on
                                                         # Saturday signed the act, two days before June 5")
            if (done := DONE_PARTICIPLE.search(text, max(0, bound.start() - 40), bound.start())) \
                    and done.group(1).lower() not in BE_WORDS:
                continue                                 # "prisoners captured after October 7", "employees hired
                                                         # after 2007": who they are, not when a term falls due
            if _in_the_past(text, m.start(), m.end()) or (when := dates.span(m, self.published)) is None:
                continue
            end = m.end()
            second = dates.DATE.match(text, gap.end()) if qualifier in ("from", None) \
                and (gap := DATE_RANGE_GAP.match(text, end)) else None
            until = dates.span(second, self.published) if second else None
            if until and not dates.written_year(m) and (year := dates.written_year(second)):
                when = dates.span(m, self.published, year) or when   # "between March 3 and March 10, 2025": 2025
            if until and until[1] >= when[0]:
                when, end, qualifier = (when[0], until[1]), second.end(), None    # "will run from October 2 to
                last_end = end                                                   # October 9": the days between
            elif word == "between":
                continue
            ev = self._owner(text, events, bound.start()) if events else None
            base = ev[0] if ev else self._timing_slot(s, bound.start()).removesuffix("timing").strip()
            said = f"{word} {text[m.start():end]}".lower()
            label = _label_before(ev, bound.start(), said) if ev else tied.text.split(" (")[0] if tied \
                else " ".join(WORD.findall(clause)[-6:]).lower()
            self.add(fact(f"{base} date".strip(), "date", bound.start(), m.start(), end, min=when[0], max=when[1],
                          unit="date", qualifier=qualifier, text=f"{label} ({said})".strip()))

    def _commitment(self, s: Sentence, source: str, phase_at, in_phase: bool, first_fact: int | None = None,
                    terms: list[tuple[int, int]] = ()) -> None:
        """Commitments that no other rule reads: "The accord commits the two neighbours to respect
        each other's borders", "the militia would be dismantled", each infinitive of "committed to
        allow access, to refrain from attacks and to open three corridors". Only in a sentence about
        the deal (inside a phase's terms, in a cited source's account, or naming the deal), and only
        in a clause where no other fact of the sentence stands (`first_fact`: where they begin) and no
        lexicon term is named (`terms`: their spans).
        Compare leaves this kind out: it is listed, not set against other versions."""
        if not self._about_deal(s, in_phase):
            return
        text = s.text
        pattern = COMMITMENT if s.toks.isdisjoint(PRESENT_TERM_TOKENS) else COMMITMENT_OR_PRESENT
        first = pattern.search(text)
        if first is None or first.group("verb").lower() in NOT_COMMITMENT_VERBS:
            return
        taken = [(f.value_start - s.start, f.value_end - s.start) for f in self.facts[first_fact:]] \
            if first_fact is not None else []
        if taken:
            taken += terms                           # a term named in a clause, with the sentence's facts
        found = []                                   # (match, where its clause begins, its verb, its text)
        done = 0                                     # where the clauses read so far end
        for m in [first] + list(pattern.finditer(text, first.end())):
            if m.start() < done or m.group("verb").lower() in NOT_COMMITMENT_VERBS:
                continue
            # the clause of the modal, from its subject on, and each further infinitive of a list ("..., and to open")
            breaks = [b.end() for b in CLAUSE_END.finditer(text, done, m.start())]
            clauses = [(breaks[-1] if breaks else done, m.start("verb"))]
            if "to" in s.toks:
                clauses += [(t.start(), t.start("verb")) for t in MORE_TO.finditer(text, m.end())]
            for begin, at in clauses:
                what = _clause(text, at, 14)
                if _joined(text, at, at + len(what) + 1) and (cut := AND_MODAL.search(text, at, at + len(what) + 1)):
                    what = " ".join(text[at:cut.start()].split()).strip(" ,;:.").lower()   # "... and would be renewed"
                end = done = at + len(what)
                words = what.removeprefix("be ").removeprefix("have ").split()
                while words and words[-1] in FUNCTION_WORDS:
                    words.pop()                      # "negotiate the": what it is cut off
                if len(words) == 1 and what.startswith("be ") and PARTICIPLE_WORD.fullmatch(words[0]) \
                        and (subject := _passive_subject(text, begin, at)) is not None:
                    at = subject                     # "sanctions would be lifted": what is lifted, with its verb
                    what, words = " ".join(text[at:end].split()).lower(), ["", ""]
                if m.group("mod").lower() in ("would", "could") and what.startswith("have ") \
                        and what.split()[1:2] != ["to"]:
                    continue                         # "which would have cost them $800 million": what did not happen
                                                     # (not "would have to leave")
                if len(words) >= 2 and not any(a < end and begin < b for a, b in taken):
                    found.append((m, begin, at, what))   # not "would be getting", nor where a fact stands
        if not found or POLL.search(text) or UNDECIDED.search(s.low) or WHETHER_BEFORE.search(s.low, 0, first.start()) \
                or HOPE_BEFORE.search(text, 0, first.start()) or OUTLET_WE.match(text):
            return                                   # the steps of the talks, what a poll found, what is left open
        for m, begin, at, what in found:
            negated = NOT_AFTER_MODAL.match(text, m.start("mod"), m.start("verb")) \
                or NO_SUBJECT.search(text, begin if m is not first else 0, m.start()) \
                or DENIED_THAT.search(text, begin if m is not first else 0, m.start())
            self.add(ExtractedFact(source=source, slot="commitment", kind="commitment", phase=phase_at(at, at),
                                   text=f"not {what}" if negated else what,   # "would not enter", "no troops will"
                                   quote=text, start=s.start, end=s.end, value_start=s.start + at,
                                   value_end=s.start + at + len(what), confidence=0.4))

    def _noise_near(self, s: Sentence, pos: int) -> bool:
        """Whether a casualty or population word stands in the part of the sentence that holds `pos`:
        the parts of "told X that 600 trucks would enter, and that the crossing would reopen so that
        wounded patients could leave" are read apart."""
        cuts = self.found.get("parts")
        if cuts is None:
            cuts = self.found["parts"] = [m.end() for m in REPORTED_PARTS.finditer(s.text)]
        if not cuts:
            return True
        noise = self.found.get("noise_at")            # where the words stand, found once per sentence
        if noise is None:
            noise = self.found["noise_at"] = [m.start() for m in self.lex.noise_at.finditer(s.text, s.low,
                                                                                             pieces=s.pieces)]
        start = max((c for c in cuts if c <= pos), default=0)
        end = min((c for c in cuts if c > pos), default=len(s.text))
        return any(start <= at < end for at in noise)

    def _intervals(self, s: Sentence, fact) -> None:
        """How often a body the deal sets up meets or reports: "a joint committee would meet every six
        months" → meeting interval, 180 days; "would report weekly" → reporting interval, 7 days."""
        if self.past_event(s):
            return
        releases = RELEASE_INTERVAL.finditer(s.text) if "every" in s.low and self.term(s) else ()
        present = INTERVAL_PRESENT.finditer(s.text) if "every" in s.low or "once" in s.low else ()
        for m in chain(INTERVAL.finditer(s.text), present, releases):
            if (days := _interval_days(m)) is None:
                continue
            when, at = m.group("when").lower(), m.start("when")
            if m.re is not RELEASE_INTERVAL:
                verb = " ".join(m.group("verb").lower().split())
                slot, text = f"{INTERVAL_NOUNS[verb]} interval", f"{verb} {when}"
            else:                                        # "the rest in batches every seven days"
                slot, text = "release interval", f"a release {when}"
            self.add(fact(slot, "duration", at, at, m.end(), min=days, max=days, unit="day", text=text))

    def _fractions(self, s: Sentence, fact) -> None:
        """A share named by a fraction in a sentence about the terms: "at least a quarter of the grain
        shipped would be earmarked ..." → grain percent, 25, at least. Not what a poll found, nor a
        share of a population."""
        if not self.term(s) or POLL.search(s.text) \
                or (not self.has(s, "release", self.lex.release_at) and self.has(s, "noise", self.lex.noise_at)):
            return
        for m in FRACTION.finditer(s.text):
            if SHARE_STATED_BEFORE.search(s.text, max(0, m.start() - 30), m.start()):
                continue                             # "the second half of the package", "which account for a fifth"
            breaks = [b.end() for b in CLAUSE_END.finditer(s.text, max(0, m.start() - 80), m.start())]
            if not (MODAL_AFTER_SHARE.match(s.text, m.end())
                    or MODAL_VERB.search(s.text, breaks[-1] if breaks else max(0, m.start() - 80), m.start())
                    or COMMITTED_TO.search(s.text, breaks[-1] if breaks else max(0, m.start() - 80), m.start())):
                continue                             # bound by the deal ("would ship two-thirds of", "a quarter of
                                                     # the grain would be"), not a state ("buys a quarter of")
            words = m.group("noun").split()
            if (own := POSSESSIVE_NOUN.match(s.text, m.start("noun"))) is not None:
                words = [own.group(1)]               # "half of Gaza's residents": the residents
            elif words[0][0].isupper():
                continue                             # "a fifth of India ...": a place, no share of a thing
            words = [w.lower() for w in words if w.lower() not in FUNCTION_WORDS]
            if not words or words[-1] in POPULATION_NOUNS or self.lex.group_of.get(words[0]) is not None:
                continue                             # a share of a people, or of the hostages: no term here
            noun = " ".join(words)
            share = FRACTION_SHARES[m.group("frac").lower().replace("-", " ").split()[-1]]
            qual = QUALIFIER_BEFORE.search(s.text, max(0, m.start() - 25), m.start())
            qualifier = QUALIFIERS.get(" ".join(qual.group("qual").lower().split())) if qual else None
            self.add(fact(f"{noun} percent", "quantity", m.start("frac"), m.start("frac"), m.end("frac"),
                          min=share, max=share, unit="percent", qualifier=qualifier,
                          text=f"{noun} {m.group('frac').lower()} ({share:g}%)"))

    def _limited(self, s: Sentence, pos: int) -> str | None:
        """What a duration that follows a limit in its sentence limits: "keep 6,104 centrifuges for 10
        years" → "centrifuges", "not enrich uranium above 3.67 percent for 15 years" → "uranium". Counts
        of released people are left to the truce's duration."""
        for f in reversed(self.facts):
            if f.start != s.start:
                break
            if f.kind in ("count", "quantity") and f.value_end <= pos and f.unit != "USD" \
                    and not f.slot.endswith(" released"):
                return f.slot.removesuffix(" percent").removesuffix(" percentage points")
        return None

    def _leading_timing(self, s: Sentence) -> None:
        """A timing that opens its sentence and that no term claimed belongs to the first count that
        follows it: "By day 7, Israel would have freed 1,000 prisoners" → "prisoners released timing"."""
        first = len(self.facts)
        while first and self.facts[first - 1].start == s.start:      # this sentence's facts come last
            first -= 1
        mine = range(first, len(self.facts))
        timing = next((i for i in mine if self.facts[i].kind == "timing" and self.facts[i].slot == "timing"
                       and self.facts[i].value_start - s.start <= 30), None)
        if timing is None:
            return
        counts = [f for f in self.facts[first:] if f.kind == "count" and f.value_start > self.facts[timing].value_start]
        if counts:
            count = min(counts, key=lambda f: f.value_start)
            self.facts[timing] = replace(self.facts[timing], slot=f"{count.slot} timing")

    def _marker_phase(self, m: re.Match, scope: int | None, source: str) -> int | None:
        if m.group("this"):
            return scope if scope is not None else self.last_phase   # "while Haaretz said 28 ... in that phase"
        if m.group("num"):
            return ROMAN.get(m.group("num")) or int(parse_number(m.group("num")) or 0) or None
        if m.group("init"):
            return 1
        word = m.group("ord").lower()
        if word in ("next", "subsequent"):
            return (scope or 1) + 1
        if word in ("final", "last"):
            return self.explicit_count.get(source) or (scope or 1) + 1
        return ORDINALS.get(word)

    def _skip(self, text: str, q: Quantity, toks: frozenset[str] = frozenset()) -> bool:
        before, after = text[:q.start], text[q.end:]
        # the patterns that end at the end of `before` are searched in its last words only
        if DATE_BEFORE.search(before, _tail(before, 1)) or (q.unit is None and DATE_AFTER.match(after)):
            return True
        if q.min != q.max and YEAR_SPAN.fullmatch(q.raw.strip()):
            return True                                  # "the 2027-28 school year": years, not a count
        if AGE.match(after) or AGE_BEFORE.search(before, _tail(before, 4)):
            return True
        if CASUALTY_BEFORE.search(before, _tail(before, 4)) or ((" were " in after[:30] or " been " in after[:40]) and CASUALTY_AFTER.match(after)):
            return True                                  # "attacks that had killed some 569 Israelis", "22 people
                                                         # were killed": a toll
        background = not toks.isdisjoint(BACKGROUND_TOKENS)      # words the tests below need, in the sentence
        if (q.unit is not None and ELAPSED_AFTER.match(after)) or background and (
                VOTE_HINT.search(after, 0, 70) and VOTED_AFTER.match(after)
                or HOST_HINT.search(before, len(before) - 40) and HOSTS_BEFORE.search(before, _tail(before, 6))
                or (" of " in before[-12:] or "aged" in before[-12:]) and AGE_OF_BEFORE.search(before, _tail(before, 3))):
            return True                                  # a past span, a vote, a population, an age
        if (" when " in before and WHEN_DATED.search(before)) or (
                ("signed" in before or "agreed" in before or "reached" in before or "brokered" in before
                 or "struck" in before or "concluded" in before or "negotiated" in before)
                and DATED_EARLIER.search(before)):
            return True                                  # "the largest since 2011, when Israel released 1,027
                                                         # prisoners"; "A 2013 framework signed by 11 countries"
        if after[:1] == "-" and BODY_OF_MEMBERS_AFTER.match(after):
            return True                                  # "the 450-seat parliament", "the 23-country alliance": a body's size
        if REPLACED_BEFORE.search(before, _tail(before, 4)):
            return True                                  # "instead of the 27.5 percent", "the existing 2.5 percent duty"
        if q.unit == "day" and (" for " in before[-30:] or " in " in before[-30:]) \
                and (MEETING_SPAN_BEFORE.search(before, _tail(before, 10)) or NTH_IN_BEFORE.search(before, _tail(before, 10))):
            return True                                  # "they talked for about two hours", "his second visit in two days"
        if q.unit is None and after[:4] == " of " and OF_SPEAKERS.match(after):
            return True                                  # "one of them added": a speaker
        if ", who " in before[-80:] and WHO_BEFORE.search(before, max(0, len(before) - 80)):
            return True                                  # "Biden, who leaves office in five days": a person's story
        if q.unit is None and "had " in after[:60] and HAD_DONE.match(after) and not FUTURE.search(text):
            return True                                  # "47 senators had signed a letter": what was done
        if ("still" in after[:40] or "remain" in after[:40] or "yet" in after[:40]) and (held := STILL_HELD.match(after)) \
                and not FUTURE.search(before + after[held.end():]):    # "yet to be freed" is no modal of a term
            return True                                  # "the roughly 120 hostages still held in Gaza": how things stand
        if ", which " in before[-70:] and MEASURE_AFTER.match(after) \
                and (w := PLACE_CLAUSE.search(before, max(0, len(before) - 70))) and not MODAL_VERB.search(w.group(0)):
            return True                                  # "the Litani, which at some points runs about 30 km from the border"
        if background and not MOVE_CARRY_WORDS.isdisjoint(before[-60:].lower().split()) \
                and (MOVED_BEFORE.search(before, _tail(before, 6)) or CARRIED_BEFORE.search(before, _tail(before, 11))) \
                and not MODAL_VERB.search(before, max(0, len(before) - 60)):
            return True
        told = self.found.get("told")                    # the sentence's own tests, asked once
        if told is None:                                 # (outside the deal, told in the past, no modal)
            marked = TOLD_MARKS.search(text) is not None
            told = self.found["told"] = (
                marked and OUTSIDE_DEAL.search(text) is not None,
                marked and (PAST_PERIOD.search(text) is not None
                            or (IN_YEAR.search(text) is not None and PRESENT_TERMS.search(text) is None)),
                MODAL_VERB.search(text) is None if marked or background else False)
        if told[0]:
            return True
        if told[2] and (told[1] or background and (
                NEED_HINT.search(after, 0, 70) and IN_NEED_AFTER.match(after)
                or WENT_HINT.search(after, 0, 60) and SHARE_WENT_AFTER.match(after)
                or MEASURE_AFTER.match(after) and GEOGRAPHY.search(text))):
            return True                                  # "23.4 million Yemenis need aid", "The river runs 30 km north
                                                         # of the border at its farthest point", "bonds rose to 6.5
                                                         # cents", "the plane carried 120 passengers", "a deficit of
                                                         # $295 billion last year", "45 percent went to rich economies"
        if "needed" in after[:60] and NEEDED_AFTER.match(after):
            return True                                  # "hundreds of trucks a day will be needed": a need, not a term
        if ("percent" in after[:10] or "%" in after[:3]) and SHARE_OF_PEOPLE.match(after):
            return True                                  # "90 percent of Gaza's 2.1 million people": a population share
        if before[-1:] in ":." and before[-3:-1].strip().isdigit() and q.raw[:2].isdigit():
            return True                                  # "07:40 - Qatar announces deal": a time of day
        at = before.rfind(": ") + 1                      # a clause after a colon opens as a sentence does
        if before[at:at + 8].lstrip("\"“ ")[:2] in ("In", "By", "Si", "Du", "Be", "be", "Un") \
                and (lead := DATED_PAST_LEAD.match(text, at)) and not MODAL_VERB.search(text, lead.end(), q.start):
            return True                                  # "In 2018, he imposed 25% duties on steel": a dated past act
        if ", wh" in before[-60:] and WHICH_HAS.search(before, max(0, len(before) - 60)):
            return True                                  # "UNIFIL, which has about 10,500 peacekeepers"
        if q.min != q.max and "-" in q.raw and VOTE_BEFORE.search(before, max(0, len(before) - 80)):
            return True                                  # "passed the compromise package 61-38": a vote
        if (m := EARLIER_SUBJECT.match(text)) and not MODAL_VERB.search(before, m.end()):
            return True                                  # "The previous six-year contract gave workers raises of
                                                         # about 3% a year": the deal before this one
        if (" which " in before or " that " in before) and (m := DATED_DEAL_CLAUSE.search(before)) \
                and not MODAL_VERB.search(m.group(0)):
            return True                                  # "the 2015 accord, which also capped enrichment at 3.67
                                                         # percent": what an earlier, dated deal did
        if " have " in before and (m := COUNTERFACTUAL.search(before, _tail(before, 6))) \
                and (m.group("sure") or YEAR.search(before)):
            return True                                  # "Line 29, which would have added 1,430 square km", "Under
                                                         # a proposal in late 2009, Israel would have freed 1,000"
        if q.unit == "day" and ("first" in before[-70:] or "ond " in before[-70:] or "ird " in before[-70:]
                                or "th " in before[-70:]) and (q.min >= 365 or q.qualifier) \
                and (m := FIRST_IN_YEARS.search(before, max(0, len(before) - 70))) and not MODAL_VERB.search(m.group(0)):
            return True                                  # "the first flight in almost six years": a span since
        if q.unit == "day" and (("est " in before[-70:] or "first time" in before[-70:])
                                and SUPERLATIVE_IN.search(before, max(0, len(before) - 70))
                                or (" after " in before[-20:] or " within " in before[-20:])
                                and ENDED_AFTER.search(before, max(0, len(before) - 70))):
            return True                                  # "its strongest level in two years", "collapsed after 58 days"
        if q.unit is None and before[-1:] == " " and q.raw.isdigit() and NAMED_BY_NUMBER.search(before, _tail(before, 1)):
            return True                                  # "block 9", "article 4": a name
        if q.raw[:2].lower() in ("a ", "an") and FREQUENCY_BEFORE.search(before, _tail(before, 3)):
            return True                                  # "three times in a week": how often, not how long
        if ("current" in before or "present" in before) and CURRENT_BEFORE.search(before, _tail(before, 6)) \
                and not MODAL_VERB.search(before, _tail(before, 6)):
            return True                                  # "the army currently has 80,000 personnel": a state
        if LETTER_END.search(before[-2:]) and not before.endswith(" "):
            return True                                  # IR-2, F-16
        if q.unit is None and before[-2:-1].isalpha() and before[-1:] == " " and q.raw.isdigit() \
                and (m := NAME_BEFORE.search(before, _tail(before, 1))) and m.group(1).lower() not in NOT_NAME_WORDS \
                and not ((w := WORD.match(after.lstrip())) and w.group(0).lower() in self.lex.group_of):
            return True                                  # Channel 12, Resolution 1701: part of a name (not
                                                         # "and Israel 150 prisoners")
        if LETTER_START.match(after) and not GLUED_UNIT.match(after):
            return True                                  # 2s, 5+1, 5 p.m (not "1,500kg", "20km")
        if q.unit is None and q.min == q.max and 1900 <= q.min <= 2100 and q.raw.isdigit():
            return True                                  # a year
        if not before.strip() and NUMBERED.match(after):
            return True                                  # "1. The Iranians say ..."
        if (" not " in before or "never " in before or "no mention" in before or "without " in before
                or "omit" in before or "left out" in before) and NOT_STATED.search(before, max(0, len(before) - 60)):
            return True
        if ("no " in before or "refus" in before or "reject" in before or "declin" in before or "denied" in before) \
                and NOT_COMMITTED.search(before, max(0, len(before) - 60)):
            return True                                  # "made no commitment to free 5,000 prisoners"
        if ORDINAL_SUFFIX.match(after):
            return True
        if q.unit is None and any(w in after[:12] for w in FRACTION_STEMS) and FRACTION_AFTER.match(after):
            return True                                  # "by two-thirds", "one half": a share, not a count
        if ("every" in before[-24:] or "each" in before[-24:] or "per" in before[-8:]) \
                and RATIO_BEFORE.search(before, _tail(before, 3)):
            return True                                  # "one hostage for every 10 prisoners": the ratio's base
        return False

    def _events(self, s: Sentence) -> list[tuple[str, int, str]]:
        """(slot, position, text) of each lexicon term named in the sentence, first per slot; a term's
        text runs to the end of its clause or to where the next term starts."""
        text, low = s.text, s.low
        found, slots = [], set()
        for m in self.lex.events_at.finditer(text, low, pieces=s.pieces):
            slot = self.lex.events[int(m.lastgroup[1:])].slot
            if slot == "return of displaced" and "home" in low and CAPTIVES_GO_HOME.search(low, max(0, m.start() - 50),
                                                                                          m.end()):
                continue                                 # "five U.S. citizens go home": freed captives, not the displaced
            if slot not in slots and not NEGATION_AT.search(text, low, max(0, m.start() - 60), m.start(), s.pieces) \
                    and not ("whether" in low and WHETHER_BEFORE.search(low, max(0, m.start() - 80), m.start())):
                slots.add(slot)
                found.append((m.start(), slot))
        out = []
        for i, (pos, slot) in enumerate(found):
            stop = found[i + 1][0] if i + 1 < len(found) else len(text)
            if _joined(text, pos, stop) and (cut := AND_MODAL.search(text, pos, stop)) is not None:
                stop = cut.start()                  # "halt flights and would release 50 prisoners": the first's
            label = LABEL_TAIL.sub("", _clause(text[:stop], pos))
            if len(label.split()) < 4:        # "talks on": the term is in what follows
                label = _clause(text, pos)
            out.append((slot, pos, label))
        return out

    def _timing_slot(self, s: Sentence, pos: int) -> str:
        """The slot of a timing that no lexicon term claims: "<what> timing", for the count stated
        before it in its clause ("cut to 8,600 within 135 days") or the subject of its verb ("the
        tariff reduction would take effect within 30 days"); else "timing"."""
        text = s.text
        for f in reversed(self.facts):
            if f.start != s.start:
                break
            if f.kind in ("count", "quantity") and f.value_end - s.start <= pos \
                    and not CLAUSE_END.search(text, f.value_end - s.start, pos):
                return f"{f.slot} timing"
        clause = text[max((m.end() for m in CLAUSE_END.finditer(text, 0, pos)), default=0):pos]
        modal = next(reversed(list(MODAL_VERB.finditer(clause))), None)     # the last one
        if modal:
            words = [w.lower() for w in WORD.findall(clause[:modal.start()])][-2:]
            while words and (words[0] in FUNCTION_WORDS or words[0] == "of" or words[0] in NOT_SUBJECT
                             or not words[0].isalpha()):
                words = words[1:]
            if words and words[-1] not in NOT_SUBJECT and words[-1] not in FUNCTION_WORDS:
                return f"{' '.join(words)} timing"
        return "timing"

    @staticmethod
    def _nearest(events, pos: int):
        return min(events, key=lambda e: abs(e[1] - pos)) if events else None

    @classmethod
    def _owner(cls, text: str, events, pos: int):
        """The term a timing at `pos` belongs to: the last one named before it in its clause ("leave
        the corridor on day 22, and talks open ..."), else the nearest."""
        before = [e for e in events if e[1] < pos and not CLAUSE_END.search(text, e[1] + 1, pos)]
        if before:
            return max(before, key=lambda e: e[1])
        # else the nearest, unless it comes after the timing in another clause ("cut to 8,600
        # within 135 days and that all forces will leave")
        ev = cls._nearest(events, pos)
        return None if ev and ev[1] > pos and AFTER_BREAK.search(text, pos, ev[1]) else ev

    def _duration(self, s, source, q: Quantity, before: str, after: str, events, fact) -> None:
        lex, text = self.lex, s.text
        if self.past_event(s) or BEFORE_YEAR.match(text) or (ENDED.search(text) and YEAR.search(text)
                                                             and not FUTURE.search(text)):
            return                                       # "105 hostages were released over seven days", "Before
                                                         # the 2013 deal, Iran could ... in two to three months"
        if (m := OF_NOUNS.match(after)) and not lex.reject_nouns.isdisjoint(m.group(1).lower().split()):
            return                                       # "after more than 15 months of (marathon) talks": history
        left = before[-60:].lower()
        # TIMING_BEFORE, LAST_BEFORE, NOUN_OF_BEFORE and FOR_BEFORE end at the end of `before` and
        # span at most seven words: searched from the last eight
        tail = _tail(before, 8)
        over = q.qualifier == "more than" and q.raw[:5].lower() == "over "      # "phased in over three years"
        timing = TIMING_BEFORE.search(before, tail) if not (q.compound or over) else None
        if timing:
            prep = timing.group("prep").lower()
            if prep == "in" and timing.group(0).lower().rstrip().endswith(("first", "next", "coming")):
                prep = "within"                          # "in the first 60 days": from the start to day 60
            lo = 0.0 if prep == "within" else q.min
            ev = self._owner(text, events, q.start)
            if ev:
                self.timed.add((s.start, ev[0]))
            label = _label_before(ev, q.start, timing.group(0) + q.raw) if ev else ""
            self.add(fact(ev[0] if ev else self._timing_slot(s, q.start), "timing", q.start, q.start, q.end,
                          min=lo, max=q.max, unit="day", qualifier="within" if prep == "within" else q.qualifier,
                          text=f"{label} ({prep} {_num_text(q)})".strip(), confidence=0.85))
            return
        if " to " in after[:4] and not q.compound and (to := DAYS_TO_AFTER.match(after)) \
                and GIVEN_BEFORE.search(before, tail):
            # "gives China 30 days to respond", "would be given 45 days to hand over its weapons": a deadline
            ev = next((e for e in events if q.end + to.start("verb") <= e[1] <= q.end + to.end() + 12), None)
            if ev:
                self.timed.add((s.start, ev[0]))
            self.add(fact(ev[0] if ev else f"{to.group('verb').lower()} timing", "timing", q.start, q.start, q.end,
                          min=0.0, max=q.max, unit="day", qualifier="within",
                          text=f"{_label_before(ev, q.start, q.raw) if ev else to.group('verb').lower()} "
                               f"(within {_num_text(q)})", confidence=0.8))
            return
        if " " in after[:1] and not q.compound and LATER_AFTER.match(after) and len(before.split()) > 2 \
                and not before.lower().endswith(("not ", "no ")) and (self.in_phase or self.term(s)):
            # not "A week later, on April 9, ...", "Twelve years later he would ...": the story's own time
            ev = self._owner(text, events, q.start)    # "the remaining 550 are to be freed about two months later"
            if ev:
                self.timed.add((s.start, ev[0]))
            later = LATER_AFTER.match(after).group(0).strip().lower()
            self.add(fact(ev[0] if ev else self._timing_slot(s, q.start), "timing", q.start, q.start, q.end,
                          min=q.min, max=q.max, unit="day", qualifier=q.qualifier,
                          text=f"{_label_before(ev, q.start, q.raw) if ev else ''} ({_num_text(q)} {later})".strip(),
                          confidence=0.75))
            return
        if (since := SINCE_START.match(after)) and not q.compound and not LAST_BEFORE.search(before, tail):
            if ELAPSED.match(after, since.end()) and not FUTURE.search(text):
                return                                   # "Two months after the ceasefire took effect, ...": how long ago
            ev = self._owner(text, events, q.start)    # "48 hours after the truce begins": a timing
            if ev:
                self.timed.add((s.start, ev[0]))
            self.add(fact(ev[0] if ev else self._timing_slot(s, q.start), "timing", q.start, q.start,
                          q.end + since.end(), min=q.min, max=q.max, unit="day", qualifier=q.qualifier,
                          text=f"{_label_before(ev, q.start, q.raw) if ev else ''} ({_num_text(q)} {since.group(0).strip()})".strip(),
                          confidence=0.8))
            return
        if " before " in after[:9] and not q.compound and (until := BEFORE_END.match(after)) and self.term(s):
            ev = self._owner(text, events, q.start)    # "Elections are to be held 60 days before the transitional
            if ev:                                       # period expires": counted back from an end
                self.timed.add((s.start, ev[0]))
            self.add(fact(ev[0] if ev else self._timing_slot(s, q.start), "timing", q.start, q.start,
                          q.end + until.end(), min=q.min, max=q.max, unit="day", qualifier="before the end",
                          text=f"{_label_before(ev, q.start, q.raw) if ev else ''} ({_num_text(q)} {until.group(0).strip()})".strip(),
                          confidence=0.75))
            return
        rate = RATE_AFTER.match(after)
        if rate:
            ev = self._nearest(events, q.start)
            per = rate.group("u") or {"daily": "day", "weekly": "week", "monthly": "month"}[rate.group("adv").lower()]
            slot = f"{ev[0] if ev else 'duration'} per {per}"
            self.add(fact(slot, "duration", q.start, q.start, q.end + rate.end(), min=q.min, max=q.max, unit="day",
                          text=f"{_num_text(q) if q.min >= 1 else q.raw.lower()} per {per}", qualifier=q.qualifier))
            return
        noun = None
        span = ceiling = False          # "purchases over two years": a span (as "for two years"), not "more than"
        if q.compound:
            phrase = [w.lower() for w in WORD.findall(after[:60])[:3]]
            cut = next((i for i, w in enumerate(phrase) if w in FUNCTION_WORDS), len(phrase))
            if not lex.reject_nouns.isdisjoint(phrase[:cut]):
                return                                   # "an 18-month tariff war", "a two-day summit"
            for lw in phrase:
                if lw.endswith(PHASED):
                    continue                             # "a six-week, three-phase plan": the plan's
                if lw in lex.truce_nouns or lw not in ADJECTIVES:
                    noun = lw
                    break
            if noun in ("duration", "term", "length", "period") and not (noun in lex.truce_nouns):
                m = FOR_OF_NOUN.search(after[:60])
                noun = m.group(1).lower() if m else noun
        elif after[:1] in "'’" and NOTICE_AFTER.match(after):
            noun = "notice"                              # "at least 72 hours' notice"
        elif before.rstrip()[-1:] in LABEL_MARKS and (m := LABELLED.search(before, tail)) \
                and m.group(1).lower() in lex.truce_nouns:
            noun = m.group(1).lower()                    # "First stage (42 days):", "Phase 2: six weeks"
        elif (m := NOUN_OF_BEFORE.search(before, max(len(before) - 80, tail))):
            noun = m.group("noun").lower()
            if noun in OF_VERBS:                         # "speaks of 60 days": what it speaks of
                noun = next((w for w in sorted(lex.truce_nouns) if _word_re(w).search(before)), "term")
            elif noun in PLAN_NOUNS and (ev := self._owner(text, [e for e in events if e[1] < m.start()], q.start)):
                noun = ev[0]                             # "a reconstruction plan of 3-5 years": the reconstruction's
        elif "give" in before[-16:] and GIVES_BEFORE.search(before, tail) and (same := next(
                (f for f in reversed(self.facts) if f.kind == "duration" and f.min is not None), None)):
            self.add(fact(same.slot, "duration", q.start, q.start, q.end, min=q.min, max=q.max, unit="day",
                          qualifier=q.qualifier, text=_num_text(q)))
            return                                       # "The Commission's summary also gives 12 years": the
                                                         # length named before
        elif EXTEND_BY.search(before, tail):
            noun = "extension"                           # "agreed to extend that deadline by 10 days"
        elif last := LAST_BEFORE.search(before, tail):
            lo = max(0, last.start() - 40)
            while 0 < lo < last.start() and before[lo - 1].isalnum():
                lo += 1                                  # from a word's start, not "acility" of "facility"
            words = [w.lower() for w in WORD.findall(before, lo, last.start())]
            head = next((w for w in reversed(words) if w not in FUNCTION_WORDS and w not in MODAL_WORDS
                         and w not in NUMBER_TOKENS and w not in APPROXIMATE_WORDS and w != "worth"), "")
                                                       # "is worth about $3.1 billion and runs for 48 months"
            ev = self._owner(text, [e for e in events if e[1] < last.start()], q.start)
            if before[last.start():last.start() + 6].lower() in ("extend", "prolon") or before[last.start()] in "aA":
                noun = "extension"       # "the truce would be extended for 60 days", "the extension adds 23 days"
            elif head and head not in lex.truce_nouns and head not in FUNCTION_WORDS and ev:
                noun = ev[0]             # "a reconstruction plan lasting three to five years"
            elif (truce := next((w for w in sorted(lex.truce_nouns) if _word_re(w).search(before)), None)) is not None:
                noun = truce
            elif head and head not in GENERIC_DEAL_NOUNS and head.isalpha() and not head.endswith("ly") \
                    and head not in ADJECTIVES and head not in lex.reject_nouns:
                noun = head              # "the transition would last five years": the transition
            else:
                noun = "term"
        elif (m := COPULA_BEFORE.search(before, tail)) and (m.group("noun").lower() in lex.truce_nouns
                                                             or m.group("noun").lower() in COPULA_NOUNS):
            noun = m.group("noun").lower()               # "The original term was 120 days"
            noun = "term" if noun in ("duration", "length") else noun
        elif (for_before := FOR_BEFORE.search(before, tail)) or over:
            clause = left[max(left.rfind(","), left.rfind(";")) + 1:]     # not "After a cabinet session, ..."
            if _any_word_re(lex.reject_nouns).search(clause) or NOT_DURATION.search(left) or SINCE_AFTER.match(after) \
                    or PERFECT_FOR.search(clause):      # "El Fasher, which the RSF has besieged for some 18 months"
                return                                   # "have fallen for 11 consecutive months since peaking": history
            if for_before and (EXTENDED.search(before) or EXTENSION_SUBJECT.search(before)):
                noun = "extension"                       # "the deal was extended on Saturday, X said, for 120 days",
            else:                                        # "the extension would be for a period of 60 days"
                noun = next((w for w in sorted(lex.truce_nouns) if _word_re(w).search(text)), None)
            if noun is None and not self.term(s):
                return
            noun = noun or self._limited(s, q.start) or (_phased_in(before) if over else None) or "term"
            span = not for_before
        elif (m := OF_NOUN.match(after)) and m.group(1).lower() in lex.truce_nouns:
            noun = m.group(1).lower()
        elif "exceed" in before[-30:] and EXCEED_BEFORE.search(before, _tail(before, 8)):
            noun = next((w for w in sorted(lex.truce_nouns) if _word_re(w).search(before)), None) or "term"
            ceiling = True                               # "the total pause could not exceed 10 days": at most
        elif " at" in before[-6:] and (m := SET_AT_BEFORE.search(before, _tail(before, 8))):
            words = m.group("np").lower().split()          # "the text sets the first stage at 42 days"
            noun = next((w for w in words if w in lex.truce_nouns), words[-1])
            ceiling = m.group(0)[:3].lower() in ("cap", "lim")     # "caps any extension at 30 days": at most
        if noun is None or noun in lex.reject_nouns or noun in TIME_WORDS:
            return
        if noun in ("period", "time", "span", "duration") or noun == "term":
            ev = self._nearest(events, q.start)
            truce_pos = [m.start() for w in lex.truce_nouns - {"period"} for m in _word_re(w).finditer(text)]
            # a release of people, not of a document ("the fact sheet, released hours later, said")
            release_pos = [m.start() for m in lex.release_at.finditer(text, s.low, pieces=s.pieces)] \
                if not s.toks.isdisjoint(lex.group_of) else []
            anchors = [a for a in truce_pos + release_pos if a < q.start] or truce_pos + release_pos
            before_events = [e for e in events if e[1] < q.start]
            ev = self._nearest(before_events, q.start) if before_events else None
            if ev and (not anchors or abs(ev[1] - q.start) < min(abs(a - q.start) for a in anchors)):
                slot = f"{ev[0]} duration"
            elif anchors:
                slot = lex.duration_slot
            elif self.parallel is not None and self.parallel.kind == "duration":
                slot = self.parallel.slot                # "..., while Hamas's calls for 60 days": the same term
            else:
                slot = "term duration"
        elif noun in lex.truce_nouns:
            slot = lex.duration_slot
        else:
            slot = f"{noun} duration"
        self.add(fact(slot, "duration", q.start, q.start, q.end, min=q.min, max=q.max, unit="day",
                      qualifier=None if span else q.qualifier or ("up to" if ceiling else None),
                      text=f"{noun} of {_num_text(q)}" if noun != "term" else _num_text(q)))
        if noun == "extension" and q.min == q.max == 1 and (per := EXTENSION_PER.match(after)) \
                and (group := lex.group_of.get(per.group("g").lower()) or lex.group_of.get((per.group("g2") or "").lower())) \
                and (n := parse_number(per.group("n"))):
            at = q.end + per.start("n")                  # "extended by one day for every 10 hostages released":
            self.add(fact(f"{group} per extension day", "count", at, at, q.end + per.end("n"), min=n, max=n,
                          text=f"{per.group('n')} {group} per extra day"))      # the rule's base, as its own term

    def _sibling(self, s: Sentence, q: Quantity, before: str, kind: str) -> ExtractedFact | None:
        """The fact whose noun a bare number in a list shares: the sentence's fact before it of the same
        kind (a percentage, an amount of money, a count), when a comma, "and", "while", "with" or "a
        further" joins them; of several, the one followed by the same word ("three writers for a season
        of up to six episodes, five for seven to twelve": the writers)."""
        if not SIBLING_BEFORE.search(before, max(0, len(before) - 40)):
            return None
        text = s.text
        facts = [f for f in reversed(list(self._sentence_facts(s))) if f.kind in ("count", "quantity") and f.min is not None
                 and " per " not in f.slot
                 and f.value_end - s.start <= q.start and q.start - (f.value_end - s.start) <= 160
                 and (f.unit == "percent" if kind == "percent" else
                      (f.unit in CURRENCY.values()) == (kind == "money") and f.unit != "percent")]
        if not facts:
            return None
        word = WORD.match(text, q.end + 1)
        for f in reversed(facts):                        # the word after each one's number and noun
            named = set(f.slot.split()) | set(f.text.lower().split())
            nxt = next((w for w in WORD.findall(text, f.value_end - s.start, f.value_end - s.start + 60)
                        if w.lower() not in named), None)
            if word and nxt and nxt.lower() == word.group(0).lower():
                return f
        return facts[-1]

    def _parallel_value(self, q: Quantity, fact) -> None:
        """A bare number in the second clause of a contrast states the term of the first clause's
        last number, in its unit: "the Israeli draft provides for 33 hostages; the Hamas text speaks of 18"."""
        p = self.parallel
        lo, hi, unit = q.min, q.max, None
        if p.kind == "duration":
            raw = p.quote[p.value_start - p.start:p.value_end - p.start]
            u = UNIT_WORD.search(raw)
            if u is None:
                return
            lo, hi, unit = to_days(q.min, u.group(0)), to_days(q.max, u.group(0)), "day"
        f = fact(p.slot, p.kind, q.start, q.start, q.end, min=lo, max=hi, unit=unit or p.unit, qualifier=q.qualifier,
                 text=f"{q.raw.strip()} (as {p.text})", confidence=0.6)
        self.add(f if f.phase is not None else replace(f, phase=p.phase))

    def _noun_phrase(self, after: str, money: bool = False) -> tuple[str | None, str | None, int]:
        """(group, generic noun, end offset) of the noun phrase right after a number ("of" between
        them; for an amount of money also "in": "$28 billion in relief funds")."""
        lex = self.lex
        m = (OF_IN if money else OF).match(after)
        pos = m.end() if m else 0
        partitive = None
        if m and (own := OWN_DETERMINER.match(after, pos)):
            partitive = pos if own.group("the") else None     # "280 of the prisoners": a group of the lexicon
            pos = own.end()                              # "$56 billion of its frozen assets", "280 of the prisoners"
        words = list(islice(NP_WORD.finditer(after[pos:pos + 80]), 6))    # the loop reads six at most
        generic: list[str] = []
        for i, w in enumerate(words[:5]):
            token = w.group(0)
            low = token.lower()
            if token in ",;:.()":
                break
            two = f"{low} {words[i + 1].group(0).lower()}" if i + 1 < len(words) else ""
            if two in lex.group_of:
                return lex.group_of[two], None, pos + w.end()
            if low in lex.group_of and (not generic or MODIFIERS.issuperset(generic)):
                if i + 1 < len(words) and (nxt := words[i + 1].group(0).lower()) in lex.group_of \
                        and lex.group_of[nxt] != lex.group_of[low]:
                    continue                             # "seven civilian women": women
                return lex.group_of[low], None, pos + w.end()    # "600 trucks", "600 aid trucks"
            if low in FUNCTION_WORDS or low in TIME_WORDS or low in NUMBER_TOKENS or low in APPROXIMATE_WORDS \
                    or (generic and (low.endswith(("ing", "ed")) and low not in ING_NOUNS
                                                                             or low in NOT_NOUNS)) \
                    or (not generic and (low in PARTICIPLES or low in NUMBER_VERBS       # "the rest of the 33 freed": no noun
                                         or (low.endswith("ed") and i + 1 < len(words)       # "three appointed by X"
                                             and words[i + 1].group(0).lower() == "by"))):
                break                                    # "5,000 centrifuges enriching uranium": the centrifuges
            if token[0].isupper() and DEMONYM_PLURAL.fullmatch(token) and not generic:
                generic.append(low)                      # "10 jailed Americans", "six Venezuelans"
                break
            if token[0].isupper() or low in ADJECTIVES or (low.endswith("ly") and low not in LY_NOUNS):
                if generic:
                    break
                if money and token[0].isupper() and low not in ADJECTIVES and (
                        i + 1 >= len(words) or words[i + 1].group(0) in ",;:.()"
                        or words[i + 1].group(0).lower() in FUNCTION_WORDS):
                    return None, low, pos + w.end()          # "a $20bn Extended Fund Facility": the facility
                continue
            generic.append(low)
        if not generic or partitive is not None:      # "day 16 of the truce": no group of anything
            return None, None, pos if partitive is None else partitive
        if len(generic) > 1 and generic[-1] in GENERIC_HEADS:
            generic = generic[:-1]
        return None, " ".join(generic[-2:]), pos

    def _count(self, s, source, q: Quantity, before, after, events, fact, prev_group, counted_groups):
        lex, text = self.lex, s.text
        referred = False                   # the group is that of a release stated before
        if q.raw.strip().lower() == "one" and (not LOWER_WORD_NEXT.match(after)
                                               or before.lower().endswith(("no ", "any ", "every ", "each "))):
            return prev_group                            # "no one would be freed before Friday": nobody
        if q.unit is None and q.currency is None and "for" in after[:6] and (swap := SWAP_AFTER.match(after)) \
                and parse_number(swap.group("n")) == q.min == q.max:
            words = [w.lower() for w in WORD.findall(f"{before[-40:]} {after[swap.end():swap.end() + 40]}")]
            group = prev_group if prev_group in lex.people_groups else next(
                (g for w in reversed(words) if (g := lex.group_of.get(w)) in lex.people_groups), "prisoners")
            self.add(fact(f"{group} exchanged", "count", q.start, q.start, q.end + swap.end(), min=q.min, max=q.max,
                          qualifier=q.qualifier, text=f"{q.raw.strip().lower()} for {swap.group('n')} {group}"))
            return group                                 # "the 1,000-for-1,000 exchange", "trade bodies 6,000 for 6,000"
        if before.endswith(("-for-", " for ")) and (first := SWAP_BEFORE.search(before, max(0, len(before) - 30))) \
                and parse_number(first.group("n")) == q.min:
            return prev_group                            # the second number of "1,000 for 1,000"
        if q.unit is None and q.currency is None and (" each " in after[:60] or " every " in after[:60]
                                                      or " either " in after[:60]) and (side := PER_SIDE_AFTER.match(after)) \
                and (prev := next((f for f in reversed(self.facts) if f.start == s.start and f.kind == "count"
                                   and f.unit is None and f.min is not None and f.min > q.max), None)) \
                and (side.group("noun") is None or prev.slot.endswith(side.group("noun"))):
            self.add(fact(f"{prev.slot} per {side.group('target') or 'party'}", "count", q.start, q.start, q.end, min=q.min,
                          max=q.max, phase=prev.phase, text=f"{q.raw.strip().lower()}{side.group(0).rstrip()}"))
            return prev_group
        pct = PERCENT.match(after)
        if pct is None and q.max == 0 and q.raw.strip().lower() == "zero" and " to" in before[-5:] \
                and (zero := ZERO_RATE_BEFORE.search(before, max(0, len(before) - 90))) and self.term(s):
            noun = _plural(zero.group("noun").lower())   # "US tariffs on British steel will be cut to zero": 0%
            self.add(fact(f"{noun} percent", "quantity", q.start, q.start, q.end, min=0.0, max=0.0, unit="percent",
                          text=f"{noun} 0%"))
            return prev_group
        if pct is None and q.min == q.max and (split := EVEN_SPLIT.search(before, _tail(before, 5))) \
                and EVEN_SHARES.fullmatch(q.raw.strip()) and self.term(s):
            noun = (split.group("noun") or split.group("noun2")).lower()    # "returns would be split 50-50": half each
            self.add(fact(f"{noun} share percent", "quantity", q.start, q.start, q.end, min=q.min, max=q.max,
                          unit="percent", text=f"{noun} split {q.raw.strip()}"))
            return prev_group
        release = self.has(s, "release", lex.release_at)
        noise = not release and self.has(s, "noise", lex.noise_at) and self._noise_near(s, q.start)
        if pct:
            if noise or not (self.in_phase or self.term(s)) or POLL.search(text) \
                    or MOVED_BEFORE.search(before, max(0, len(before) - 40)):
                return prev_group                        # opinion or a market's move: "polls show 70 percent
                                                         # support the deal", "the yield fell to 3.6%"
            if FROM_END.search(before, _tail(before, 1)) and TO_NUMBER.search(before[-40:]):
                return prev_group                        # "to 7.5 percent from 15 percent": the baseline
            if FROM_END.search(before, _tail(before, 1)) and PERCENT_TO.match(after, pct.end()):
                return prev_group                        # "from 15% to 7.5%": the baseline
            noun = _percent_noun(before, after[pct.end():])
            unit = "percentage points" if pct.group("points") else "percent"      # "24 percentage points": a change
            rest = after[pct.end():]
            own = ((w := WORD.match(rest.lstrip())) and w.group(0).lower() in RATE_NOUNS) or PERCENT_OF.match(rest)
            sibling = self._sibling(s, q, before, "percent") if noun in LIST_WORDS or noun == "share" or not own else None
            if sibling is not None:                      # "30 percent of the arsenal by day 90, a further 30 percent
                self.add(fact(sibling.slot, "quantity", q.start, q.start, q.end + pct.end(), min=q.min, max=q.max,
                              unit=unit, qualifier=q.qualifier, text=_listed(f"{q.raw.strip()}%", text, q.end + pct.end())),
                         distinct=True)                  # by day 120": the arsenal's
                return prev_group
            ceiling = "up to" if q.qualifier is None and NOT_ABOVE.search(before, _tail(before, 10)) else None
            self.add(fact(f"{noun} {unit}", "quantity", q.start, q.start, q.end + pct.end(), min=q.min, max=q.max,
                          unit=unit, qualifier=q.qualifier or ceiling,
                          text=f"{noun} {q.raw.strip()}{' percentage points' if pct.group('points') else '%'}"))
            return prev_group
        money = CURRENCY.get(q.currency or before[-1:])
        if before[-6:].rstrip().lower().endswith("from") and BASELINE_AFTER.match(after):
            return prev_group                            # "from about 10,000 kilograms to 300": a baseline
        if " to " in after[:60] and (ch := CHANGE_OF_TO.match(after)) and ch.group("w1").lower() == ch.group("w2").lower() \
                and CHANGE_VERB.search(before, max(0, len(before) - 60)):
            return prev_group                            # "reduce its stockpile of 10,000 kg of uranium to 300 kg"
        if before.rstrip()[-1:] in "—–-(" and BY_COUNT_AFTER.match(after) \
                and (noun := _last_noun(before.rstrip(" —–-("))) and (group := lex.group_of.get(noun)):
            self.add(fact(f"{group} released" if group in lex.people_groups else group, "count", q.start, q.start,
                          q.end, min=q.min, max=q.max, qualifier=q.qualifier,        # "All surviving hostages —
                          text=f"{q.raw.strip().lower()} {noun}"))                    # 24 by the paper's count —"
            return group
        if (part := PART_OF.match(after)) is not None or (
                prev_group and before.endswith("including ") and (part := PART_DESCRIBED.match(after)) is not None):
            self._part_of(s, q, after, part, prev_group, fact)   # "30 of whom are serving life sentences",
            return prev_group                                   # "including 100 serving life sentences"
        group, noun, np_end = self._noun_phrase(after, money is not None)
        if group == "displaced" and money is None and before.endswith(" of ") \
                and BODY_OF_BEFORE.search(before, max(0, len(before) - 40)):
            group, noun = None, "members"                # "a joint search team of 40 people": its members
        if money is None and ("remains" in before[-30:] or "bodies" in before[-30:]) \
                and REMAINS_OF.search(before, max(0, len(before) - 30)):
            group, noun = "bodies", None                 # "the remains of 18 others": bodies, whoever they were
        if noun is not None and noun.partition(" ")[0] in ("point", "points"):
            return prev_group                            # "a 20-point plan": the plan's layout, not a term
        ratio = RATIO_AFTER.match(after[np_end:])
        if ratio is None and "each" in before and (each := EACH_FOR.search(before, max(0, len(before) - 90))):
            ratio = RATIO_AFTER.match(f" for each {each.group('target')}")   # "each hostage ... exchanged for 30"
        if ratio is None and ("every" in before or "each" in before) \
                and (lead := _last(CLAUSE_EACH.finditer(before, max(0, len(before) - 120)))):
            ratio = RATIO_AFTER.match(f" for each {lead.group('target')}")   # "For every soldier freed, ... 50"
        rate = RATE_AFTER.match(after[np_end:])
        if rate is None and group not in lex.people_groups:
            rate = _rate_later(after, np_end)            # "600 trucks of aid would enter Gaza each day"
        qualifier = q.qualifier or ("up to" if REACH_BEFORE.search(before, _tail(before, 3)) else None) \
            or self._adverb(s, q.start)                  # "could reach 1,904": at most
        phrase = (q.raw + after[:np_end]).strip().lower()
        if group is None and noun is None and money is not None:
            noun = _money_noun(before)                   # "purchases of $40 billion", "would pay €650 million"
            if noun is None and (m := MONEY_FOR.match(after)) and m.group(1) not in FUNCTION_WORDS:
                noun = m.group(1)                        # "$895 billion for defense"
        if group is None and noun is None:
            # a bare number: "50 for every female soldier", "the agreed total of 33", "operate 5,060"
            if FROM_END.search(before, _tail(before, 1)) and TO_NUMBER.search(before[-40:]):
                return prev_group                        # "to 6,104 from 19,000": a baseline
            if q.unit is None and money is None and (unit := _elided_unit(before)):
                days_lo, days_hi = to_days(q.min, unit), to_days(q.max, unit)     # "lasts 180 days and can be
                self.add(fact("extension duration", "duration", q.start, q.start, q.end, min=days_lo, max=days_hi,
                              unit="day", qualifier=q.qualifier,              # extended by a further 90"
                              text=f"extension of {_num_text(replace(q, min=days_lo, max=days_hi, unit='day'))}"))
                return prev_group
            if ratio:
                group = prev_group or ("prisoners" if release else None)
            elif prev_group and MORE_AFTER.match(after):
                group = prev_group                       # "three hostages on the first day, four more on day 7"
            elif self.last_noun and MORE_AFTER.match(after):
                noun = self.last_noun                    # "would deploy 6,000 troops and send 4,000 more"
            elif (before.rstrip().lower().endswith(REFERS_BACK)
                  or (money is None and " at" in before[-6:] and PUT_IT_AT.search(before, _tail(before, 6)))) and (
                    group := prev_group or self._released_before(("count",))):
                referred = True                          # "The remaining 550 are to be freed", "put the total at 2,000",
                                                         # "Haaretz puts it at 250"
            elif sibling := self._sibling(s, q, before, "money" if money else "count"):
                named = f"{q.raw.strip().lower()} {sibling.slot.removesuffix(' released')}"
                self.add(fact(sibling.slot, "count", q.start, q.start, q.end, min=q.min, max=q.max, unit=sibling.unit,
                              qualifier=q.qualifier, text=_listed(named, text, q.end)),
                         distinct=True)                  # "$2 billion from Saudi Arabia and $1 billion from the UAE",
                return prev_group                        # "six members, three appointed by X and three by Y"
            else:
                group, noun = self._bare_number(text, before, prev_group, money is not None)
                if group is None and noun is None and release and RELEASED_AFTER.match(after) \
                        and (group := self._released_before(("count", "text"))):
                    referred = True                      # "Hostages would be handed over in batches. Three would be
                                                         # released on the first day": the group released before
            if group is None and noun is None:
                if self.parallel is not None and q.unit is None and not ratio:
                    self._parallel_value(q, fact)    # "..., Hamas says it would last 60": the same term
                return prev_group
        if group in HELD_GROUPS and not ratio and (held := HELD_AS.match(after, np_end)):
            group = "hostages" if held.group("h") else "prisoners"    # "50 women and children held hostage"
        elif group in HELD_GROUPS and not ratio and lex.side_groups \
                and (side := next((lex.side_groups[w] for w in phrase.split() if w in lex.side_groups), None)):
            group = side                                 # "50 Israeli women and children": hostages
        if group == "soldiers" and not (release or ratio) and DEPLOY.search(text):
            group, noun = None, "troops"                 # "send 5,000 soldiers to the border": a deployment
        if group:
            returning = group in ("palestinians", "displaced") and any(e[0] == "return of displaced" for e in events)
            if group in lex.people_groups and not (release or ratio or referred or returning
                                                   or self.has(s, "provides", PROVIDES_AT)
                                                   or ("number of" in before[-100:] and MODAL_VERB.search(text))
                                                   or BREAKDOWN_BEFORE.search(before, max(0, len(before) - 120))):
                return prev_group
            if noise or (group in lex.people_groups and (_in_the_past(text, q.start, q.end) or self.past_event(s))):
                return prev_group
            if group not in lex.people_groups and (not (rate or self.in_phase or self.term(s))
                                                   or TALLY.search(_clause(text, q.end, 12))):
                return prev_group                        # "250 trucks entered on Monday": news, not a term
            if returning:
                slot = "return of displaced"
            else:
                if group == "palestinians" and (PRISON.search(text) or (release and FREED.search(text))):
                    group = "prisoners"                  # Palestinians freed under a deal are prisoners
                slot = f"{group} released" if group in lex.people_groups else group
                if group == "displaced" and "displac" not in phrase:
                    slot = "people released"             # "26 people are being exchanged": not the displaced
            if ratio:
                target = self._ratio_target(ratio.group("target"))
                slot = f"{group} per {_singular(target)}"
            elif rate:
                slot += f" per {rate.group('u') or {'daily': 'day', 'weekly': 'week', 'monthly': 'month'}[rate.group('adv').lower()]}"
            elif noun is None and before.endswith(" of ") and BATCH_OF.search(before.rstrip().lower(), _tail(before, 3)):
                slot += " per batch"                     # "freed in groups of 30": each group's size
            counted_groups.add(group)
            base = parse_quantity(ratio.group("target")) if ratio and q.min == q.max == 1 else None
            if base is not None and base.unit is None and base.start == 0 and base.min == base.max and base.min > 1:
                # "one captive for every 30 detainees": 30 detainees per captive
                at = q.end + np_end + ratio.start("target")
                self.add(fact(f"{target} per {_singular(group)}", "count", at, at, at + base.end, min=base.min,
                              max=base.max, qualifier=qualifier,
                              text=f"{ratio.group('target').strip().lower()} per {_singular(group)}"))
                return group
            self.add(fact(slot, "count", q.start, q.start, q.end, min=q.min, max=q.max, qualifier=qualifier,
                          text=phrase if not ratio else f"{phrase} {ratio.group(0).strip().lower()}"))
            return group
        # a quantity no lexicon entry names: a fact when tied to a noun in a sentence about the terms
        # people freed as the deal is carried out: "Ten US citizens ... are being freed", "Washington releases 14
        # Venezuelans" (a live blog's present, not a past release)
        freed = release and (noun.split()[-1] in PERSON_NOUNS or DEMONYM_PLURAL.fullmatch(noun.split()[-1].title()) is not None) \
            and not self.past_event(s)
        if noise or not (self.in_phase or freed or self.term(s)) \
                or noun.split()[-1] in lex.reject_nouns:
            return prev_group
        if (body := _body_size(noun, before, after)) is not None:
            noun = f"{body} members"                     # "a team of 12 members", "a five-member committee"
        elif ((tally := TALLY.search(clause := _clause(text, q.end, 12)))
              and not RELATIVE_TALLY.match(clause, max(0, tally.start() - 12), tally.end())) \
                or not PROCESS_NOUNS.isdisjoint(noun.split()) \
                or (" ha" in before[-40:] and DONE_BEFORE.search(before, max(0, q.start - 60))):
            return prev_group                            # "24 million tonnes had been shipped": a tally
        if body is None and not (any(c.isdigit() for c in q.raw) or q.max >= 10 or noun.split()[0] in MEASURES
                                 or (rate and not before.rstrip().lower().endswith("the"))) \
                and q.qualifier != "approximately" and not (
                    # a small number in words is a term only as one: "would sail from three ports", not "two sides"
                    (noun.split()[-1].endswith("s") or noun.split()[-1] in IRREGULAR_PLURALS)
                    and noun.split()[-1] not in SMALL_NOISE
                    and (MODAL_VERB.search(before, max(0, len(before) - 80))
                         or (DEAL_LEAD.match(text)              # "Under the terms, five U.S. citizens go home"
                             and not before.rstrip().lower().endswith(("the", "its", "their", "both")))
                         or COMMITTED_TO.search(before)         # "agreed to allow ..., and to open three corridors"
                         or (MODAL_AFTER_SUBJECT.match(after)      # "eight officers in Muscat would handle ...",
                             and not before.rstrip().lower().endswith(("the", "its", "their", "both"))))):   # not "the two armies"
            return prev_group
        words = noun.split()
        if money is None and words[0] in CURRENCY_WORDS:             # "650 million euros"
            money, noun = CURRENCY_WORDS[words[0]], _money_noun(before) or "amount"
            words = noun.split()
        owner = None
        if len(words) <= 2 and (parts := words[0].split("-"))[0] in MEASURES and parts[-1] in EXTENTS:
            owner = words[1] if len(words) == 2 else next(   # "a 100-metre-wide corridor", "a 5-kilometre-wide
                (w for w in WORD.findall(after[:60]) if w.islower() and w not in FUNCTION_WORDS   # Lachin corridor":
                 and w.split("-")[0] not in MEASURES), None)                                      # its width
            words = [parts[0], parts[-1]]
        slot = _plural(words[-1]) if len(words) == 1 else noun
        measure = words[-1] if words[-1] in MEASURES else None
        extent = None
        if measure is None and len(words) == 2 and words[0] in MEASURES and words[1] in EXTENTS:
            measure, extent = words[0], EXTENTS[words[1]]           # "700 metres wide": a width
        if extent and owner:
            slot = f"{owner} {extent}"                   # "a 100-metre-wide corridor": corridor width
        elif measure and (m := MEASURED_OF.search(before, max(0, len(before) - 80))) \
                and (what := m.group(1) or m.group(2)) not in FUNCTION_WORDS and what not in MEASURES:
            slot = what                                  # "stockpile", in kilograms
        elif extent and (what := owner or _last_noun(before)):
            slot = f"{what} {extent}"                    # "a buffer zone about 700 metres wide": zone width
        elif extent:
            slot = extent
        measure = UNIT_NAMES.get(measure, measure)       # one unit, however it is written
        if noun.split()[-1] in TROOP_NOUNS or (noun in TROOP_MEASURES and TROOP_BEFORE.search(before[-80:])):
            slot = "troops"                              # "troop levels ... cut to 8,600"
        if rate:
            slot += f" per {rate.group('u') or {'daily': 'day', 'weekly': 'week', 'monthly': 'month'}[rate.group('adv').lower()]}"
        self.last_noun = noun
        self.add(fact(slot, "count", q.start, q.start, q.end, min=q.min, max=q.max, qualifier=qualifier,
                      unit=money or measure, confidence=0.6,
                      text=phrase if phrase != q.raw.strip().lower()
                      and not phrase.endswith((" of", " in", " its", " their", " his", " her", " our"))
                      else f"{phrase} {noun}"))
        return prev_group

    def _released_before(self, kinds: tuple[str, ...]) -> str | None:
        """The group of the last release stated before, as a fact of one of these kinds."""
        return next((f.slot.removesuffix(" released") for f in reversed(self.facts)
                     if f.kind in kinds and f.slot.endswith(" released")), None)

    def _bare_number(self, text: str, before: str, prev_group: str | None, money: bool = False
                     ) -> tuple[str | None, str | None]:
        """(group, noun) of a number that no noun follows, from what comes before it; (None, None)
        when nothing says what it counts."""
        lw = before.rstrip().lower()
        if lw.endswith(" of") and BODY_OF_BEFORE.search(before, max(0, len(before) - 40)):
            return None, "members"                       # "an arbitration panel of five": its members
        if " at" in before[-6:] and PUT_IT_AT.search(before, _tail(before, 6)) and (last := next(
                (f for f in reversed(self.facts) if f.kind == "count" and f.min is not None
                 and (f.unit in CURRENCY.values()) == money), None)):
            return (last.slot.removesuffix(" released"), None) if last.slot.endswith(" released") \
                else (None, last.slot)                   # "The Financial Times put it at $390 million": the
                                                         # amount named before
        colon = lw.rfind(":")
        if colon > 0 and len(lw) - colon < 60 and ";" not in lw[colon:] and not prev_group:
            lead = lw[max(0, colon - 80):colon]
            named = [g for w in WORD.findall(lead) if (g := self.lex.group_of.get(w))
                     and g not in ("palestinians", "israelis", "displaced")]
            if named and self.lex.release_cues.hits(lower_tokens(lead)):
                return named[-1], None                   # "the hostages would be freed gradually: three on day one"
            if not named and self.last_noun and self.last_noun in lead:
                return None, self.last_noun              # "246 Ukrainians are coming home in total: 190 in today's
                                                         # first stage and 56 in a second stage"
        if lw.endswith(" of") and BATCH_OF.search(lw, _tail(lw, 3)):
            named = [g for w in WORD.findall(lw) if (g := self.lex.group_of.get(w))]
            if named or prev_group:              # "the hostages would be freed in batches of 10 to 12"
                return prev_group or named[-1], None
        if COUNT_LEAD.search(lw, _tail(lw, 2)) or (lw.endswith(" to") and CHANGE_VERB.search(text)):
            if prev_group:
                return prev_group, None
            if (obj := CHANGED_OBJECT.search(before, max(0, len(before) - 60))) \
                    and obj.group("obj").split()[-1] not in NOT_SUBJECT:
                return None, obj.group("obj").lower()    # "raises the age limit to 52": the age limit
            plural = [w.lower() for w in WORD.findall(before) if w.lower().endswith("s") and len(w) > 3
                      and w.lower() not in FUNCTION_WORDS | TIME_WORDS and w.lower() not in ("has", "was", "does", "its")
                      and not FRACTION_AFTER.fullmatch(w.rpartition("-")[2])]     # "by two-thirds, to 6,104"
            if plural:
                return None, plural[-1]
        if "number of" in before[-100:] and (m := NUMBER_OF.search(before, max(0, len(before) - 100))):
            # the noun past its modifiers ("living", a demonym such as "Lebanese")
            noun = next((w for w in m.group(1).split() if w.lower() in self.lex.group_of
                         or (w.lower() not in NUMBER_OF_MODIFIERS and w[0].islower())), "")
            if group := self.lex.group_of.get(noun.lower()):
                return group, None                       # "the number of hostages ... at a minimum of 50"
        if self.last_noun and OF_WHICH.search(before, _tail(before, 3)):
            return None, self.last_noun                  # "to 6,104, of which only 5,060 will enrich"
        if " at" in before[-6:] and (m := PUT_AT.search(before, _tail(before, 8))):
            words = [w for w in m.group("np").lower().split() if w not in FUNCTION_WORDS]
            return None, " ".join(words[-2:]) or None    # "put the IRS cut at $21.4 billion"
        if (" at" in before[-6:] or "would " in before or "will " in before) \
                and (m := SUBJECT_SET_AT.search(before, _tail(before, 14))):
            words = m.group("np").lower().split()
            words = [w for w in words[:next((i for i, w in enumerate(words) if w in PLACE_PREPOSITIONS), None)]
                     if w not in FUNCTION_WORDS]         # "troop levels near the border": troop levels
            return None, " ".join(words[-2:]) or None    # "Troop levels would be capped at 2,000 per side",
                                                         # "The observer teams would number 60"
        if " by" in before[-6:] and (m := CHANGE_BY.search(before, _tail(before, 10))):
            words = [w for w in m.group("np").lower().split() if w not in FUNCTION_WORDS]
            way = "reduction" if m.group("verb").lower()[:3] in ("red", "cut", "low", "tri", "shr") else "increase"
            return None, f"{' '.join(words[-2:])} {way}" if words else None    # "reduce deficits by $1.5 trillion"
        return None, None

    def _part_of(self, s, q: Quantity, after: str, part: re.Match, prev_group: str | None, fact) -> None:
        """A part of what was just counted, named by what follows: "50 prisoners ..., 30 of whom are
        serving life sentences" → "prisoners serving life sentences"."""
        base = prev_group or self.last_noun
        if part.groupdict().get("whole") and (whole := parse_number(part.group("whole"))):
            base = next((f.slot.removesuffix(" released") for f in reversed(self.facts)
                         if f.kind == "count" and f.min == f.max == whole), None)    # the 15 counted before
        words = [w.lower() for w in WORD.findall(_clause(after, part.end(), 6))]
        if "of" in words:
            words = words[:words.index("of")]            # "serving sentences of 15 years or more"
        words = [w for w in words if w not in FUNCTION_WORDS and w not in PART_VERBS and w != "who"][:3]
        words = ["sentences" if w == "terms" and i and words[i - 1] == "life" else w for i, w in enumerate(words)]
        if base and words:
            self.add(fact(f"{base} {' '.join(words)}", "count", q.start, q.start, q.end + part.end(),
                          min=q.min, max=q.max, qualifier=q.qualifier, text=f"{q.raw.strip().lower()} {' '.join(words)}"))

    def _ratio_target(self, phrase: str) -> str:
        """The group counted against in "for every Israeli civilian hostage": its last group word."""
        target = None
        for w in phrase.split():
            low = w.lower().strip(",;.")
            if low in FUNCTION_WORDS:
                break
            target = self.lex.group_of.get(low, target)
        return target or phrase.split()[0].lower()

    def _adverb(self, s: Sentence, pos: int) -> str | None:
        hint = self.found.get("adverb")
        if hint is None:
            hint = self.found["adverb"] = any(h in s.low for h in ADVERB_HINTS)
        if not hint:
            return None
        a, b = max(0, pos - 30), pos + 60
        window, low = s.text[a:b], s.low[a:b]
        if AT_ONCE_AT.search(window, low, pieces=s.pieces):      # the sentence's pieces hold the window's
            return "at once"
        if GRADUAL_AT.search(window, low, pieces=s.pieces):
            return "gradually"
        return None

    def _event_facts(self, text: str, events, fact) -> None:
        for slot, pos, label in events:
            self.add(fact(slot, "text", pos, pos, pos + len(label), text=label, confidence=0.7),
                     dedup_values=False)

    def _release_texts(self, s: Sentence, counted: set[str], fact, in_scope: bool) -> None:
        """'Israeli soldiers are released ...': a release named without a number."""
        text, low = s.text, s.low
        if not (in_scope or MODAL_AT.search(text, low, pieces=s.pieces)) or self.past_event(s) \
                or ("how many" in low or "worked out" in low or "decided" in low or "unclear" in low
                    or "declin" in low) and UNDECIDED.search(low):
            return                                   # "declined to say how many prisoners would be freed"
        lex = self.lex
        for rm in lex.release_at.finditer(text, low, pieces=s.pieces):
            if low.startswith("return", rm.start()) and RETURN_TO_PLACE.match(low, rm.end()):
                continue                                 # "displaced civilians would return to their homes"
            window_start = max(0, rm.start() - 60)
            while window_start and text[window_start - 1].isalnum():      # never from inside a word
                window_start -= 1
            for w in GROUP_WORD.finditer(text[window_start:rm.end() + 60]):
                group = lex.group_of.get(w.group(0).lower())
                if (group and group in lex.people_groups and group not in counted
                        and group not in ("palestinians", "israelis", "displaced", "bodies")):
                    pos = window_start + w.start()
                    if NEGATION_AT.search(text, low, 0, pos, s.pieces) or _in_the_past(text, pos, pos + len(w.group(0))) \
                            or REMAINS_OF_BEFORE.search(low, max(0, pos - 30), pos):
                        continue                     # "the return of the bodies of dead hostages": no one freed
                    self.add(fact(f"{group} released", "text", pos, pos, pos + len(w.group(0)),
                                  text=f"release of {group}", qualifier=self._adverb(s, pos), confidence=0.6),
                             dedup_values=False)

    def without_redundant_releases(self) -> list[ExtractedFact]:
        """A release named without a number adds nothing where the same source counts that group."""
        counted = {(f.source, f.slot, f.phase) for f in self.facts if f.kind == "count"}
        counted_any = {(f.source, f.slot) for f in self.facts if f.kind == "count"}
        return [f for f in self.facts if not (f.kind == "text" and f.slot.endswith(" released") and (
            (f.source, f.slot, f.phase) in counted or (f.phase is None and (f.source, f.slot) in counted_any)))]

    def timings_in_the_first_phase(self) -> None:
        """A day named with no phase ("on day 7 of the truce") falls in the first phase when the first
        phase's length reaches past it, and a day past that length is not the first phase's ("by day 50"
        after "the first phase would last 42 days"). The length is the source's own, else the shortest
        the document gives."""
        ends: dict[str, float] = {}
        for f in self.facts:
            if f.kind == "duration" and f.phase == 1 and f.slot == self.lex.duration_slot and f.max is not None:
                ends[f.source] = min(f.max, ends.get(f.source, f.max))
        if not ends:
            return
        shortest = min(ends.values())
        for i, f in enumerate(self.facts):
            if f.kind != "timing" or f.max is None or f.phase not in (None, 1):
                continue
            first = ends.get(f.source, shortest)
            if f.phase is None and 0 < f.max < first:
                moved = 1
            elif f.phase == 1 and f.min > first:
                moved = None
            else:
                continue
            self.facts[i] = replace(f, phase=moved)
            term = f.slot.removesuffix(" timing")       # "eight would walk free in the first week", "the last
            counts = [j for j, g in enumerate(self.facts)   # two on day 50": the count the timing follows goes too
                      if g.start == f.start and g.source == f.source and g.slot == term and g.kind == "count"
                      and g.value_end <= f.value_start]
            if counts and self.facts[j := max(counts, key=lambda j: self.facts[j].value_end)].phase == f.phase:
                self.facts[j] = replace(self.facts[j], phase=moved)

    def implied_phase_counts(self) -> None:
        for source, (phase, s, a, b) in self.max_phase.items():
            if phase >= 2 and source not in self.explicit_count:
                self.add(ExtractedFact(source=source, slot="number of phases", kind="phase_count", phase=None,
                                       min=float(phase), max=float(phase), text=f"{phase} phases (implied)",
                                       basis="implied", quote=s.text, start=s.start, end=s.end,
                                       value_start=s.start + a, value_end=s.start + b, confidence=0.6))


def extract(text: str, outlet: str, lex: Lexicon | None = None, alias_table: AliasTable | None = None,
            published: dt.date | None = None) -> list[ExtractedFact]:
    """Every fact in a document, each attributed to the source that reported it. `published`, the
    document's date, gives a date without its year ("by March 10") its year."""
    lex = lex or lexicon()
    table = alias_table or aliases()
    doc = _Doc(lex, published)
    scope: dict[str, int | None] = {}
    last_source = None
    own = table.canonical(outlet)
    last_paragraph: dict[str, int] = {}
    list_open = False                            # a sentence ended with a colon, and bullets follow it
    for s in attribute(text, table, lex.mentions_terms):
        bullet = BULLET.match(s.text) is not None
        doc.listed = bullet and list_open        # "The headline terms, as the ministry describes them:" / "- a
        list_open = s.text.rstrip().endswith(":") or doc.listed      # haircut of 18 percent on principal;"
        source = s.source or own
        if source != last_source:
            # back to a source within its paragraph ("In the first phase, ... Israel said. ..., Hamas said. 600
            # trucks would enter, Israel added"): its phase holds; after a paragraph, its account starts over
            if last_paragraph.get(source) != s.paragraph:
                scope[source] = None
            last_source = source
        if last_paragraph.get(source) != s.paragraph and (DEAL_LEAD.match(s.text) or opens_with_speaker(s)):
            scope[source] = None                 # a paragraph that opens "Under the same arrangement, ...", or
                                                 # with its speaker ("X told reporters"): the
        last_paragraph[source] = s.paragraph     # whole deal again, not the stage the paragraph before was in
        first = len(doc.facts)
        scope[source] = doc.sentence(s, source, scope.get(source))
        for other in s.also:                     # "Ynet and the Times of Israel put ... at 1,000": theirs too
            for f in doc.facts[first:]:
                if f.source == source:
                    doc.add(replace(f, source=other))
    doc.timings_in_the_first_phase()
    doc.implied_phase_counts()
    return doc.without_redundant_releases()
