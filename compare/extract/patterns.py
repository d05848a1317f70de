"""The patterns and small text helpers the extraction rules share: phase markers, qualifiers, the
words around a number that make it a term or not, and the clause and noun helpers built on them."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from functools import lru_cache

from compare import dates
from compare.lexicon import Anchored
from compare.normalize import (DOLLAR_PREFIXES, LEAD_WORDS, NUMBER_RE, NUMBER_WORDS, ONE_UNIT_RE, ORDINALS, QUAL_RE,
                               UNIT_RE, Quantity, find_quantities, parse_number, to_days)

NUMBER_TOKENS = NUMBER_WORDS | {"dozen", "dozens", "scores", "hundreds", "thousands", "millions", "billions"}
ONE_UNIT_TOKENS = frozenset({"hour", "day", "week", "month", "year", "decade"})
VAGUE_TIME_TOKENS = frozenset({"few", "several", "couple", "within"})   # "within days"
UNITS_TOKENS = frozenset({"hours", "days", "weeks", "months", "years", "decades"})
ONE_UNIT = re.compile(ONE_UNIT_RE)
PHASE_TOKENS = frozenset({"phase", "phases", "stage", "stages", "initial", "parts", "steps"})
# a report on one stage of a larger deal, as its headline or lead says: "Israel's government approved the first
# phase of a U.S.-brokered agreement", "forms the opening stage of the 20-point plan"
STAGE_REPORTED = re.compile(r"\b(?P<ord>first|opening|initial|second|third)\s+(?:phase|stage)\s+of\s+"
                            r"(?:(?:a|an|the)\s+)?(?:[\w.'’-]+\s+){0,4}?(?:deal|agreement|accord|plan|truce|"
                            r"cease-?fire|arrangement|framework)\b", re.I)
STAGE_WORD = re.compile(r"\b(?:phases?|stages?)\b", re.I)
DAY_TOKENS = frozenset({"day", "week", "month", "first"})
DAY_ORDINAL_TOKENS = frozenset(w for w in ORDINALS if w.isalpha() and w not in ("first", "initial", "last", "final"))
DIGIT = re.compile(r"\d")


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
                         rf"(?:phases|stages|phase|stage|parts|steps(?=\s*:))\b", re.I)   # "in two steps: ..."
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
# what a party threatens if there is no deal: "most imports are to pay a 25 percent duty unless an agreement is reached"
NO_DEAL_AFTER = re.compile(r"^(?:[^.;]|\.(?=\s\d)){0,80}?\b(?:unless\s+(?:[\w-]+\s+){0,3}?(?:an?\s+)?"
                           r"(?:deal|deals|agreement|agreements|accord)\b"
                           r"|unless\s+(?:they|it|the\s+two\s+sides|both\s+sides)\s+(?:strike|reach|sign|agree)"
                           r"|if\s+(?:there\s+is\s+)?no\s+(?:deal|agreement|accord)\b"
                           r"|without\s+a\s+(?:deal|agreement)\b)",
                           re.I)
# an earlier deal named by its date as the sentence's subject: "The March 2021 exchange, for example, sent
# 120 detainees home"
DATED_SUBJECT = re.compile(r"\W*(?:The|An?|That)\s+(?:(?:[A-Z][a-z]+|early|late|mid-)\s*)?(?P<year>(?:19|20)\d\d)\s+"
                           r"(?:[\w-]+\s+)?(?:exchange|swap|deal|agreement|accord|truce|cease-?fire|pact|treaty|"
                           r"framework|round|memorandum)\b")
# the length of what the deal ends: "voted to end the 35-day shutdown", "ending the strike after 47 days"
ENDS_SPAN_BEFORE = re.compile(r"\bend(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:record\s+|longest\s+)?$",
                              re.I)
ENDS_THING_SPAN_BEFORE = re.compile(r"\bend(?:s|ed|ing)?\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:shutdown|strike|"
                                    r"war|siege|lockout|blockade|stoppage|walkout|standoff)\b[^.;]{0,30}\b"
                                    r"(?:after|of)\s+"
                                    r"(?:nearly\s+|almost\s+|more\s+than\s+|some\s+|about\s+)?$", re.I)
ENDED_THING_AFTER = re.compile(r"^[\s-]*(?:long\s+)?(?:government\s+|federal\s+)?(?:shutdown|strike|war|siege|lockout|"
                               r"blockade|stoppage|walkout|standoff)\b", re.I)
# a market price: "hay is fetching about $260 a ton", "Brent settled at $45.10 a barrel"
PRICE_BEFORE = re.compile(r"\b(?:fetch(?:ing|es|ed)?|sell(?:ing|s)?\s+for|sold\s+for|trad(?:ing|ed|es)\s+at|"
                          r"priced\s+at|settled\s+at|closed\s+at|went\s+for|going\s+for)\s+(?:about\s+|around\s+|"
                          r"roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|under\s+|just\s+|only\s+)?$",
                          re.I)
# what happens if a term runs out, a projection: "If the subsidies expire, premiums would jump by 80%"
IF_LAPSE_LEAD = re.compile(r"\W*If\s+(?:[\w'’-]+\s+){1,5}?(?:lapses?|expires?|runs?\s+out|(?:is|are)\s+not\s+"
                           r"(?:extended|renewed))\b")
# a figure given to compare the deal's with: "For comparison, the army counted about 190,000 before the war"
COMPARISON_LEAD = re.compile(r"\W*(?:For|By\s+way\s+of)\s+(?:comparison|reference)\b", re.I)
# the votes a bill needs: "cleared the assembly with 311 votes, well above the 218 needed"
VOTES_NEEDED_AFTER = re.compile(r"^\s+(?:votes?\s+)?(?:needed|required)\b")
# a share of the world: "Beijing processes about 80% of the world's graphite"
WORLD_SHARE_AFTER = re.compile(r"^\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?"
                               r"(?:world['’]s|world|global|globe['’]s)\b",
                               re.I)
# a population: "a country of about 38 million people"
POPULATION_OF_BEFORE = re.compile(r"\b(?:country|nation|city|town|territory|enclave|island|region|province|state)"
                                  r"\s+of\s+$",
                                  re.I)
PEOPLE_AFTER = re.compile(r"^\s+(?:people|inhabitants|residents|citizens)\b")
# a question whether the deal holds a figure: "Nurses have asked whether the bill includes the $5,000 bonuses"
# (not one that takes a term as given: "asked whether a 90-day window is long enough")
ASKED_WHETHER = re.compile(r"\b(?:asked|asking|wondered|wondering|unclear|unknown|not\s+clear)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:whether|if)\s+(?:[\w'’-]+\s+){1,4}?(?:includes?|contains?|covers?|provides?\s+for|"
                           r"pays?|grants?|offers?|gives?)\s+(?:the\s+|a\s+|an\s+|any\s+)?$", re.I)
# how things stand before the deal: "Under existing rules, adults aged 18 to 49 must work 80 hours a month", "Under
# current law, ..." (not "Under the current proposal": the one talked about)
STATUS_QUO_LEAD = re.compile(r"\W*(?:Under|In)\s+(?:the\s+)?(?:(?:existing|old|previous|former|prior|expiring|expired|"
                             r"outgoing)\s|(?:current|present)\s+(?:rules?|laws?|system|regime|policy|legislation)\b)")
DATED_DEAL_CLAUSE = re.compile(r"\b(?:19|20)\d\d\b[^.;,]{0,60}?,?\s+(?:(?:under|in)\s+which\s+(?:[A-Z][\w-]*\s+)?|which\s+|that\s+)"
                               r"(?:also\s+|had\s+)?[a-z]+(?:ed|ut|et)\b(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,120}$")
# a state told in a relative clause: "UNIFIL, which has about 10,500 peacekeepers in the south"; what an
# earlier truce did: "The Geneva truce in May, which also ran for 90 days"
WHICH_HAS = re.compile(r",\s+(?:which|who)\s+(?:currently\s+|still\s+|already\s+|now\s+|today\s+|together\s+)?"
                       rf"(?:has|have|holds?|employs?|hosts?|numbers?|represents?)\s+{_ABOUT}$"
                       rf"|,\s+which\s+(?:also\s+)?(?:ran|lasted|held)\s+for\s+{_ABOUT}$")
# a vote's tally, not a range: "passed the compromise package 61-38"
VOTE_BEFORE = re.compile(r"\b(?:passed|approved|adopted|voted|rejected|cleared)\b[^.;]{0,50}?\s(?:by\s+(?:a\s+(?:vote\s+of\s+)?)?)?$")
DATED_PAST_LEAD = re.compile(r"\W*(?:In|By|Since|During|[Bb]efore|Under\s+the)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b[^.;]{0,80}?"
                             r"\b(?:[a-z]+ed|imposed|set|cut|put|paid|sent|freed|signed|agreed|made|took|gave|bought|sold|spent|"
                             r"won|lost|rose|fell|grew|saw|held|kept)\b")
SUPERLATIVE_IN = re.compile(r"\b(?:strongest|weakest|highest|lowest|biggest|largest|worst|best|fastest|slowest|sharpest|"
                            r"deadliest|bloodiest|heaviest|fiercest|longest|"
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
NOT_ABOVE = re.compile(r"\b(?:not|never|no)\b[^.;,]{0,50}\b(?:above|beyond|over|exceed\w*|more\s+than)\s+$"
                       r"|\b(?:capped|limited)\s+at\s+$", re.I)      # "capped at 2 percent": at most
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
BARE_ORDINAL_LEAD = re.compile(r"\W*(?:(?:and|then|while)\s+)?(?:(?:in|during|under)\s+)?the\s+(?P<ord>first|second|third|fourth|fifth)"
                               r"(?:\s*,|(?=\s+(?:would|will|shall|should|is|lasts|runs|covers|sees|includes|involves)\b))",
                               re.I)
NOT_COMMITTED = re.compile(r"\b(?:no\s+(?:commitment|promise|pledge|agreement)|refus\w*|reject\w*|declin\w*|denied)\s+"
                           r"(?:to\s+|that\s+)?(?:\w+\s+){0,3}$", re.I)
REACH_BEFORE = re.compile(r"\b(?:could|would|may|might|can|will)\s+(?:\w+\s+)?reach\s+$", re.I)
FREQUENCY_BEFORE = re.compile(r"\b(?:times|once|twice)\s+(?:in|per|a|every|each)?\s*$", re.I)
NOW_ASIDE = re.compile(r",\s+now\s+(?:close\s+to|about|around|some|nearly|roughly|at|over|more\s+than|just\s+over|"
                       r"just\s+under|almost)?\s*$", re.I)
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
PLACE_CLAUSE = re.compile(r",\s+(?:which|an?\s+(?:[a-z-]+\s+)?(?:river|town|city|village|valley|area|region|ridge|road|"
                          r"line|strip|zone|crossing|port|mountain|range|lake|canal|corridor)\s+(?:that|which))\s+[^,;]*$")
MORE_AFTER = re.compile(r"^\s+(?:more|others|other|additional|further)\b(?!\s+than\b)")
WHO_BEFORE = re.compile(r",\s+who(?:se)?\s+(?!(?:are|is|were|was)\s+(?:due|to|expected|set|scheduled)\s+to?\b|"
                        r"(?:would|will|must|shall)\b)"
                        r"[^,;]*$")         # not "the commanders, who are due to meet within five days": a step of the deal
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
                           r"fixes|targets|lays\s+down|"
                           r"stipulates|envisages|foresees|is|are|has|have|says|say|agreed|secured|won|obtained|accepted|"
                           r"committed|pledged|extended|renewed|prolonged)\b")
TOLD_MARK_TOKENS = frozenset("last previous past outside part separate separately unrelated".split())
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")   # a cheap first test for the patterns that need a year
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
    "voted vote votes abstained backed opposed hosts hosted hosting shelters sheltered sheltering home houses baby "
    "infant toddler child "
    "boy girl man woman aged need needs needed require requires required depend depends rely relies face faces went came "
    "flowed ended river coast coastline mountains mountain range lake valley frontier border farthest furthest widest "
    "narrowest closest nearest deepest".split())
NEED_HINT = re.compile(r"need|requir|depend|rel(?:y|ies)|face")
WENT_HINT = re.compile(r"went|came|flowed|ended")
VOTE_HINT = re.compile(r"vot|abstain|backed|opposed", re.I)
HOST_HINT = re.compile(r"host|shelter|home\s+to|houses", re.I)
SHARE_WENT_AFTER = re.compile(r"^\s*(?:percent|%)\s+(?:of\s+[^,.;]{0,40}?\s+)?(?:went|came|flowed|ended\s+up)\b", re.I)
NEEDED_AFTER = re.compile(r"^[^,.;]{0,40}?\b(?:will|would)\s+be\s+needed\b")
SHARE_OF_PEOPLE = re.compile(r"^\s*(?:percent|%)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:[\d.,]+\s+(?:million|billion)\s+)?"
                             r"(?:people|population|residents|inhabitants|voters|israelis|palestinians|gazans)\b")
AGE = re.compile(r"^(?:-year-old|\s*years?\s+old|-years?-old)|^\s*or\s+older")
AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|ages\s+of|over\s+the\s+age\s+of|under\s+the\s+age\s+of"
                        r"|(?:children|minors|women|men|boys|girls|people|those|detainees|prisoners|hostages)\s+"
                        r"(?:under|over|below|above|younger\s+than|older\s+than))\s*$", re.I)
TIMING_BEFORE = re.compile(r"\b(?P<prep>after|within|by\s+the\s+end\s+of|no\s+later\s+than|starting|beginning|following|in|"
                           r"(?<=\bor\s)at\s+the\s+latest)\s+"      # "within one year or at the latest 18 months"
                           r"(?:(?:the|its|their)\s+(?:first\s+|next\s+|coming\s+)?)?(?:(?:just|only)\s+)?$", re.I)
EXTEND_BY = re.compile(r"\b(?!(?-i:Extended\s+[A-Z]))(?:extend|extends|extended|extending|prolong\w*)\s+"
                       r"(?:[\w'’-]+,?\s+){0,5}?(?:by|for)\s+"
                       r"(?:another\s+|a\s+further\s+|an\s+additional\s+)?$", re.I)      # "extend that deadline by 10 days"
LATER_AFTER = re.compile(r"\s+(?:later|afterwards|after\s+that|thereafter)\b(?!\s+than\b)", re.I)
# "gives China 30 days to respond": the time given to do something
GIVEN_BEFORE = re.compile(r"\b(?:give|gives|gave|given|giving|grant|grants|granted|granting|allow|allows|allowed|"
                          r"allowing|have|has|had|get|gets|got)\s+(?:(?:the\s+)?[\w'’-]+\s+){0,2}?"
                          r"(?:(?:only|just|a\s+further|another|an\s+additional)\s+)?$", re.I)
FOR_STAGE_AFTER = re.compile(r"\s+for\s+(?:the\s+|each\s+|every\s+)?(?:(?:first|second|third|fourth|fifth|final|last|"
                             r"next)\s+)?(?:stage|phase)\b", re.I)
DAYS_TO_AFTER = re.compile(r"(?:\s+(?:from|after)\s+(?:that\s+point|then|that\s+date|the\s+signing|signing|"
                           r"ratification|D-Day))?\s+to\s+(?!run\b|go\b)(?P<verb>[a-z]+)\b")    # "180 days from that
                                                                                        # point to give up ..."
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
                              r"returned|head|heads|fly|flew)\s+home\b"
                              # ... or were brought home (the displaced come home of themselves): "230 Ukrainians,
                              # including six civilians, were returned home"
                              r"|\b(?:were|was|been|be|are|is)\s+(?:returned|brought|flown|sent)\s+home\b")


def _day_bound(phrase: str, text: str, start: int, end: int) -> str | None:
    if DAY_START_BEFORE.search(text, max(0, start - 20), start) or DAY_START_AFTER.match(text, end):
        return "not before"
    if DAY_DEADLINE.match(phrase):                     # "would not complete the pull-out before day 50": not before
        clause = max(text.rfind(",", 0, start), text.rfind(";", 0, start), 0)
        return "not before" if phrase[:1].lower() == "b" and NEGATED_CLAUSE.search(text, clause, start) \
            else "no later than"
    return None                                        # "on day 22", "from day 7": the day itself


RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}
_RATE = (r"(?:(?:in\s+(?:each|every|any(?:\s+(?:one|single|given))?)|each|every|per|a)\s+(?:single\s+)?"
         r"(?P<u>day|week|month|year)|(?P<adv>%s))\b"
         % "|".join(RATE_ADVERBS))          # "a day", "each week", "annually", "(a ceiling of $20bn) in any one year"
RATE_AFTER = re.compile(rf"^\s*(?:of\s+(?:[\w-]+\s+)?(?:aid|fuel|goods|supplies)\s+)?{_RATE}"
                        r"(?!\s+(?:later|earlier|ago|after|before|from|since)\b)", re.I)
# a rate between a number and what it counts: "$40 billion a year of American farm products", "$8 billion a year in
# farm goods"
RATE_OF_AFTER = re.compile(rf"\s*{_RATE}(?=\s+(?:of|in)\s)", re.I)


def _rate_unit(rate: re.Match) -> str:
    """The period of a RATE_AFTER match: "a day", "daily" → "day"."""
    return rate.group("u").lower() if rate.group("u") else RATE_ADVERBS[rate.group("adv").lower()]


LAST_BEFORE = re.compile(r"(?:\b(?:last|lasts|lasting|take|takes|taking|run|runs|running|extend\w*|prolong\w*|"
                         r"stretch\w*|span\w*|continu\w*|adds|added|adding|"
                         # "In the first, covering the opening 15 days", "which covers the remaining nine months"
                         r"cover(?:s|ing)?\s+the\s+(?:opening|first|remaining|final|last|next|following))\s+"
                         r"(?:for\s+|from\s+|by\s+)?"
                         r"|\b(?:run|runs|running|ran)\s+to\s+[\"“]?)"      # 'could run to "almost four years"'
                         r"(?:a\s+period\s+of\s+|another\s+|a\s+further\s+|an\s+additional\s+)?"
                         r"(?:up\s+to\s+|about\s+|around\s+)?$", re.I)
EXCEED_BEFORE = re.compile(r"\b(?:not|never|cannot|can['’]t|won['’]t|mustn['’]t)\s+(?:be\s+allowed\s+to\s+)?exceed\s+"
                           r"(?:a\s+total\s+of\s+)?$", re.I)
NOUN_OF_BEFORE = re.compile(r"(?P<noun>[\w-]+)\s+[\"“']?of\s+(?:between\s+)?(?:up\s+to\s+|about\s+|around\s+|some\s+)?$", re.I)
FOR_BEFORE = re.compile(r"\b(?:for|over)\s+(?:a\s+further\s+|another\s+|an?\s+additional\s+|"
                        r"the\s+(?:(?:next|following|first|remaining|last|final)\s+)?|"
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
                         r"the\s+\w+))?"
                         # "six months after the elected council is inaugurated": an event still to come
                         r"|\s+after\s+(?:the\s+(?:[\w-]+\s+){1,4}?|it\s+|they\s+)(?:is|are|has\s+been|have\s+been)\s+"
                         r"(?:inaugurated|elected|"
                         r"signed|ratified|approved|formed|sworn\s+in|installed|established|completed|concluded|"
                         r"received|given|served|filed|submitted|delivered|lodged|deposited|issued)\b"   # "the notice"
                         # "two years after the scheme starts": after whatever the deal starts
                         r"|\s+after\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,3}?(?:begins|starts|takes\s+effect|"
                         r"comes\s+into\s+force|enters\s+into\s+force|is\s+launched|opens)\b", re.I)
EACH_FOR = re.compile(r"\beach\s+(?P<target>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:would|will|is\s+to|are\s+to|shall)?\s*"
                      r"(?:be\s+)?(?:exchanged|swapped|traded)\s+for\s+$", re.I)
RATIO_BEFORE = re.compile(r"\b(?:for|per)\s+(?:every|each)\s+(?:additional\s+|further\s+|extra\s+)?$", re.I)
NEGATION = re.compile(r"\b(?:not|no|never|nothing|without|refus\w*|reject\w*|avoid\w*|oppos\w*|rule[sd]?\s+out|den(?:y|ies|ied)\s+that)\b"
                      r"[^.;,]{0,40}$", re.I)                 # "denied that oil sanctions would be lifted"
DENIED_THAT = re.compile(r"\bden(?:y|ies|ied)\s+(?:reports?\s+)?that\b", re.I)
MODAL = re.compile(r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|scheduled|expected)\s+to|must|should|can|could|stipulat\w*|calls?\s+for|includes?|involves?|under\s+(?:it|the\s+\w+))\b", re.I)
# a source's figures listed after a colon: "Politico leads with the topline: $1.61 trillion ...", "Haaretz
# gave a different mix: 10 living hostages plus ..."
_LISTS = r"(?:gave|gives|leads\s+with|listed|describes|described|outlines|outlined|reports|reported|offered)\b(?=[^.;:]{0,60}:\s)"
TERM_SENTENCE = re.compile(r"\b(?:will|would|shall|must|could|(?:was|were)\s+to|expect(?:s|ed)?\s+to|order(?:s|ed)?|"
                           r"(?:is|are)\s+(?:also\s+|now\s+)?to\s+(?:receive|get|take|hold|keep|form|join|pay|have|become|"
                           r"head|serve|police|monitor|oversee|supervise|patrol|verify|administer|deploy|station|withdraw|"
                           r"release|free|repatriate|appoint|provide|be\s+\w+(?:ed|en))\b|"   # "The RUF is also to receive four
                                                                      # cabinet posts", "is to police the ban through twenty
                                                                      # neutral inspection teams"
                           r"(?:ready|prepared|willing)\s+to|(?:is|are|was|were)\s+(?:set|due|scheduled|expected)\s+to|figures?\s+of|"
                           r"(?<!yet\s)(?<!still\s)to\s+be\s+(?:\w+ed|\w+en|sent|paid|held|kept|set|built)|"   # "troops to be deployed"
                           r"agree\w*|deal|agreement|framework|proposal|draft|plan|terms|memorandum|understanding|"
                           r"accord|pact|treaty|bill|package|legislation|contract|quotas?|tally|version|summary|"
                           # what the deal sets up or lends, named as such: "The commission has nine members",
                           # "the loan carries an interest rate of 2 percent", "the truce lasts 30 days"
                           r"the\s+(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|loan|bailout|tranches?|swap|commission|panel|"
                           r"mechanism|mission|programme|program|settlement|arrangement)(?:,[^,;.]{1,60},)?\s+(?:[\w-]+\s+)?"
                           r"(?:has|have|is|are|"                    # "The truce, brokered by Qatar, lasts 30 days"
                           r"lasts?|runs?|covers?|involves?|comprises?|carr(?:y|ies)|gives?|sets?|requires?|offers?|spans?)|"
                           r"puts?(?=\s+(?:the|its|their)\s[^.;]{0,50}?\bat\s)|"     # "Kan put the daily figure at 500 trucks"
                           r"cites?|quotes?|assumes?|envisag\w*|envision\w*|foresees?|designed\s+to|specif\w*|"
                           rf"{_LISTS}|spoke\s+of|speaks?\s+of|describe[sd]?(?=\s+(?:a|an)\s)|"
                           r"extension|extended|renewed|concluded|(?:stays?|remains?)\s+in\s+(?:place|force|effect)|"
                           r"limit\w*|maximum|minimum|cap|caps|capped|thresholds?|stipulat\w*|calls?\s+for|provid(?:es|ed|ing)?\s+for|include\w*|operate\w*|"
                           r"requires?|required|guarantee[sd]?|entitle[sd]?|(?:sets?|lays?|laid)\s+out|"
                           r"reduc\w*|allow\w*|permit\w*|commit\w*|pledg\w*|promis\w*|undert[ao]\w*|oblig\w*)\b", re.I)
# what a change verb moves to a number: "raises the age limit to 52", "cuts the deficit target to", "The new
# contract shortens the wait to four years", "cuts the notice period from a year to six months"
CHANGED_OBJECT = re.compile(r"\b(?:rais|lower|cut|increas|reduc|lift|bring|brought|set|push|extend|shorten|lengthen|stretch)\w*"
                            r"\s+(?:the\s+|its\s+|their\s+)?(?P<obj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                            r"\s+(?:from\s+[\w\s-]{1,25}?\s+)?to\s*$", re.I)
CHANGE_VERB = re.compile(r"\b(?:reduc\w*|cut\w*|cap\w*|limit\w*|increas\w*|rais\w*|lower\w*|expand\w*)\b", re.I)
# ... and a figure's own move to a level: "would climb from $75,608 to $119,309" (its two numbers read apart)
MOVES_FROM = re.compile(r"\b(?:rise|climb|grow|go\s+up|fall|drop)\s+from\s*$", re.I)
GRADUAL = re.compile(r"\b(?:gradual\w*|in\s+stages|in\s+batches|staggered)\b", re.I)
AT_ONCE = re.compile(r"\b(?:at\s+once|all\s+at\s+once|in\s+one\s+go|simultaneously|in\s+a\s+single\s+batch)\b", re.I)
WORD = re.compile(r"[A-Za-z][\w'’-]*")
CLAUSE_END = re.compile(r",(?!\d)|(?<!\b[A-Za-z])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)\.(?!\d)|"
                        r"(?<!\d):|[;!?()\[\]“”\"]|\s(?:but|while|whereas|although)\s")     # not "Dec." of "Dec. 4"
# not "1,600", "3.67", "7 a.m.", "U.S.", "17:00"
LETTER_END = re.compile(r"[A-Za-z]-?$")
NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# "did not mention the $200 billion figure": a number the source is said not to give
NOT_STATED = re.compile(r"(?:\b(?:not|never)\s+(?:\w+\s+)?(?:mention|includ|specif|giv|nam|confirm|cit|disclos|stat)\w*"
                        r"|\bno\s+mention|\bwithout\s+(?:mention|specify|nam|giv)\w*|\bomit\w*|\bleft\s+out"
                        r"|\bnone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:mention|includ|specif|nam|giv|stat|cit)\w*"
                        r"|\b(?:leaves?|left)\s+untouched(?:\s+(?:is|are|was|were))?|\bdo(?:es)?\s+nothing\s+to\s+\w+)"
                        r"\b[^.;,]{0,30}$", re.I)
DEPLOY = re.compile(r"\b(?:deploy\w*|send|sends|sending|sent|station\w*|position|positions|positioned|positioning|dispatch\w*|"
                    r"number(?:ing)?|reinforc\w*|move|moves|moving|strength|"
                    r"serv(?:e|es|ing)\s+in\s+(?:the\s+)?(?:army|military|armed\s+forces|gendarmerie|police|force))\b", re.I)
TROOP_NOUNS = frozenset({"troops", "soldiers", "forces", "personnel", "servicemen"})
TROOP_MEASURES = frozenset({"levels", "level", "numbers", "strength"})
TROOP_BEFORE = re.compile(r"\b(?:troop|force|military)\s+(?:levels?|numbers|strength)\b", re.I)
# people counted by who they are, then by where they are held
HELD_GROUPS = frozenset({"women", "children", "men", "elderly", "civilians", "sick"})
HELD_AS = re.compile(r"(?:(?!\b(?:for|per|exchange|against|each|every)\b)[^.;:]){0,40}?\b(?:(?P<h>held\s+(?:hostage|captive)|hostages?|captives?|in\s+captivity|"
                     r"held\s+(?:in\s+Gaza|by\s+(?:Hamas|militants|the\s+group)))|"
                     r"(?:prisons?|prisoners?|jails?|detention|detainees?)\b)", re.I)
AFTER_BREAK = re.compile(r"[;.!?]\s|\b(?:and\s+that|but|while|whereas|although)\b")
MODAL_VERB = re.compile(r"\b(?:will|would|shall|must|could|can|should|(?:is|are)\s+(?:also\s+|now\s+)?to)\b", re.I)
# a pledge, and what binds a party: "agreed to allow ...", "commits the participants to agree on ..."
COMMITTED_TO = re.compile(r"\b(?:(?:agree[sd]?|commit(?:s|ted)?|pledge[sd]?|undert(?:akes?|ook|aken))\s+|"
                          r"(?:commits|commit|committed|obliges|obliged|binds|bound)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)"
                          r"to\b", re.I)
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
CURRENCY_WORDS = {"euros": "EUR", "euro": "EUR", "dollars": "USD", "pounds": "GBP", "sterling": "GBP", "yen": "JPY",
                  "yuan": "CNY", "renminbi": "CNY", "hryvnias": "UAH", "hryvnia": "UAH", "shekels": "ILS"}
# whose dollars or pounds the word before says: "150 Canadian dollars", "12 billion Egyptian pounds"
NAMED_CURRENCY_CODES = {"canadian": "CAD", "australian": "AUD", "new zealand": "NZD", "hong kong": "HKD",
                        "singapore": "SGD", "egyptian": "EGP", "lebanese": "LBP"}
NAMED_CURRENCY = re.compile(r"^\s+(?P<whose>%s)\s+(?:dollars|pounds)\b"
                            % "|".join(r"\s+".join(w.capitalize() for w in k.split()) for k in NAMED_CURRENCY_CODES))
BASELINE_AFTER = re.compile(rf"^(?:\s+[\w-]+){{0,2}}\s+to\s+(?:about\s+|around\s+|some\s+)?[$€£]?{NUMBER_RE}", re.I)
# "of about 10,000 kg of uranium to 300 kg": the same unit after both numbers
CHANGE_OF_TO = re.compile(rf"^\s+(?P<w1>[\w-]+)(?:\s+[\w-]+){{0,4}}\s+to\s+(?:about\s+|around\s+|some\s+|roughly\s+)?"
                          rf"(?:{NUMBER_RE})\s+(?P<w2>[\w-]+)", re.I)
PART_OF = re.compile(r"\s+of\s+(?:whom|which|them|these|those|the\s+(?P<whole>\d[\d,]*|(?:%s)(?:-[a-z]+)?)(?=\s+(?:are|were|would|will)\b))\b"
                     % "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)), re.I)   # "Four of the 15 are dual nationals"
PART_DESCRIBED = re.compile(r"\s+(?=(?:who\s+(?:are|were|have\s+been|had\s+been|would\s+be|will\s+be)\s+)?"
                            r"(?:serving|held|detained|convicted|sentenced|jailed|arrested)\b)", re.I)
# a speaker's lead before the part of a release: "Officials said 11 of those freed were flown on ..."
SAID_LEAD = re.compile(r"[^,;]{0,80}\b(?:said|says|told\s+[\w\s]{1,30}?|added|reported|confirmed|announced)\s+"
                       r"(?:that\s+)?")
TO_PLACE_AFTER = re.compile(r"\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")    # "four to Canada"
THOSE_RELEASED = re.compile(r"\s+(?:released|freed|exchanged|swapped|handed\s+over)\b")   # "11 of those freed"
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
DATE_BOUND = re.compile(r"\b(?P<b>no\s+later\s+than|not\s+later\s+than|not\s+before|at\s+least\s+(?:until|till|through)|"
                        r"(?:no|not)\s+earlier\s+than|not\s+until|as\s+soon\s+as|"
                        r"by|before|until|till|through|to|"
                        r"from|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|on))?|as\s+of|effective(?:\s+from)?|"
                        r"after|as\s+early\s+as|on|in|between|(?<=\bexpires\s)at|(?<=\bexpire\s)at|(?<=\bends\s)at|"
                        r"(?<=\bset\s)for|(?<=\bscheduled\s)for|(?<=\bslated\s)for|(?<=\bplanned\s)for|"
                        r"(?<=\bfixed\s)for)\s+"
                        r"(?:(?:(?<=starting\s)|(?<=from\s)|(?<=until\s)|(?<=till\s)|(?<=by\s)|(?<=effective\s))"
                        r"(?:at\s+)?\d{1,2}(?:[:.]\d\d\s*(?:a\.m\.|p\.m\.|am|pm)?|\s*(?:a\.m\.|p\.m\.|am|pm))"
                        r"(?:\s+(?:local|[A-Z][a-z]+)\s+time|\s+GMT)?\s+on\s+)?"
                        r"(?:the\s+)?(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$", re.I)
                        # "on Sunday, February 15"; "the contract expires at the end of 2024": its end; "starting at
                        # 7 p.m. on April 2": from that day
DATE_RANGE_GAP = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s+(?:the\s+)?")      # "from October 2 to October 9"
DUE = re.compile(r"\b(?:due|scheduled|planned|set|expected|to\s+(?:take|start|begin|come|enter|end|expire|run|open|close|"
                 r"hold|resume|meet|finish|last)|takes\s+effect|(?:enters|comes)\s+into\s+force|expires|lapses|kicks\s+in|"
                 r"starts|begins|ends|runs\s+out)\b",
                 re.I)      # "the first review is due in October", "to take hold on", "The cut takes effect on Feb. 14",
                            # "The truce starts at 19:00 on 2 April"
# what a weekday must name to be a term's date, when no bound ("by", "from", "as early as") comes with it: the
# deal or a step of it starting or ending ("will begin at 7 a.m. on Friday"), not a meeting, a vote or a market
WEEKDAY_TERM = re.compile(r"\b(?:begin|begins|start|starts|take\s+effect|takes\s+effect|taking\s+effect|"
                          r"come\s+into\s+force|"
                          r"enters?\s+into\s+force|expire|expires|opens|closes|"       # "opens for signature on April 22"
                          r"(?<!an\s)(?<!the\s)end|ends|resume|resumes|"   # not "an end to"
                          r"be\s+(?:freed|released|handed\s+over|"
                          r"lifted|reopened)|go\s+back|return)\b"
                          # a day a term is put on: "..., putting the release on Monday"
                          r"|\b(?:putting|puts|placing|places)\s+(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?"
                          r"\s*$", re.I)
# past verbs that say, want or promise what follows rather than tell a past act ("Ankara expected the mechanism to
# meet by the end of August")
SAYING_PAST = frozenset("expected wanted asked urged demanded proposed insisted announced confirmed stated reported "
                        "noted claimed added warned signalled signaled indicated hoped planned intended agreed pledged "
                        "committed promised offered called allowed required obliged suggested estimated predicted "
                        "projected envisaged envisioned stressed emphasised emphasized underlined explained".split())
# a simple past with its subject: "Iraq hosted five rounds of talks", "Biden on Saturday signed" (not "agreed to")
PAST_SIMPLE = re.compile(r"\b(?:[A-Z][\w-]+|it|they|he|she|we)\s+(?!(?:need|feed|proceed|exceed|succeed)\b)[a-z]+ed\b(?!\s+to\b)")
# a month alone before a noun is the noun's: "before the November election"
MONTH_AS_ADJECTIVE = re.compile(r"\s+(?!(?:and|or|to|the|a|an|in|on|at|for|with|when|if|as|by|from|after|before|is|are|was|"
                                r"were|will|would|this|next|last|of|that|under|while|but|so)\b)[a-z]")
# reported speech, whose past is the speaker's present: "Mr Trump said pharmaceuticals were not included"
SAID_THAT_BEFORE = re.compile(r"\b(?:said|told\s+[\w ]{1,30}?|added|insisted|stressed|noted|confirmed)\s+(?:that\s+)?$")
PAST_TENSE = re.compile(r"\b(?:was|were)\b(?!\s+(?:to|due|set|expected|scheduled)\b)|\bdid\b"
                        r"|\bhad\b(?!\s+(?:agreed|pledged|promised|committed|undertaken|vowed)\s+to\b)", re.I)   # not "had agreed to"
DATE_QUALIFIERS = {"no later than": "no later than", "not later than": "no later than", "by": "no later than",
                   "before": "no later than", "until": "until", "till": "until", "through": "until", "to": "until",
                   "from": "from", "starting": "from", "beginning": "from", "as of": "from", "effective": "from",
                   "after": "not before", "not before": "not before", "as early as": "not before",
                   "no earlier than": "not before", "not earlier than": "not before", "not until": "not before",
                   "as soon as": "not before",
                   "at least until": "not before", "at least till": "not before", "at least through": "not before"}
DONE_PARTICIPLE = re.compile(r"\b([\w-]+)\s+(?:[a-z]+ed|taken|held|begun|seized|signed|launched|set|made|built|put|given|"
                             r"won|brought|struck)"
                             r"(?:\s+(?:out|up|off|down|back|away|over))?\s+$")     # "performers walked out on July 14"
BE_WORDS = frozenset("be been being is are was were will would shall must can could should may might to".split())
RELATIVE_DATE_TOKENS = frozenset("this next end start beginning close middle half quarter first last".split())



YEAR_BOUND = re.compile(r"\b(?:by|before|until|till|through|from|starting|beginning|of|effective|after|than|between|"
                        r"early|mid|late|as|in)[\s-]+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\ds?\b",
                        re.I)     # a year a date may bound: "by 2029", "will take place in 2023", "as early as 2032",
                                  # "by the early 2030s"
# a relative clause between commas: "The second, which Grundberg announced on August 2, adds ..."
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*,")
# a date's bound written after it: "next September at the latest"
AT_THE_LATEST = re.compile(r",?\s+at\s+the\s+(latest|earliest)\b", re.I)
YEAR_EVENT_BEFORE = re.compile(r"\b(?:take\s+place|be\s+held|start|begin|end|expire|(?:enter|come)\s+into\s+force|"
                               r"be\s+(?:signed|ratified|completed|finished|adopted)|"
                               r"(?:take|takes|taking)\s+effect|starting|beginning|ending|expiring|"
                               r"(?:entering|coming)\s+into\s+force)\s+in\s+$")
# "Aoun, whose (six-year) term ends on Monday": his office
WHOSE_TERM = re.compile(r"\bwhose\s+(?:[\w-]+\s+)?(?:term|mandate|tenure)\b")
YEAR_AS_NAME = re.compile(r"\s+(?!(?:and|or|at|when|if|unless|with|for|as|under|while|but|to|the|a|an|in|on|"
                          r"after|before|by|so|is|are|was|were|will|would)\b)[a-z]")   # "the 2011 deal"
# what a past told as a story has: a year, a past form of "be" or "have", a past move
STORY_PAST = re.compile(r"\b(?:(?:19|20)\d\d|was|were|had|did|(?:that|last)\s+(?:year|month|week|spring|summer|autumn|fall|"
                        r"winter|January|February|March|April|May|June|July|August|September|October|November|December)|"
                        r"peaked|fell|rose|shrank|grew|dropped|climbed|jumped|lost|gained|met|went|came|began|arrived|"
                        r"visited|gathered|demonstrated|protested|bargained|negotiated|haggled|talked|ago|"
                        r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:decade|year|years|months|[\w-]+\s+(?:years|decades)))\b")
# what a side got, told as a pseudo-cleft: "What workers got in the end is one more paid day off a year"
WHAT_CLEFT = re.compile(r"\W*What\s+(?:[\w'’-]+\s+){1,4}?(?:got|gets|get|won|wins|secured|secures|receives?|received|"
                        r"obtained|gained|gains|keeps|kept)(?:\s+(?:in\s+the\s+end|in\s+return|in\s+exchange|finally|"
                        r"instead|(?:out\s+of|from)\s+(?:it|the\s+(?:deal|talks|agreement|contract)))\b)?"
                        r"\s+(?:is|was|are|were)\s+")
# what an explainer's answer tells that is no term: a demand, an earlier offer, a move, whom a side represents
ANSWER_NOT_TERMS = re.compile(r"\b(?:asked|sought|demanded|wanted|proposed|offered|rejected|refused|voted|struck|"
                              r"walked|started|put|represents?|employs?|originally|initially)\b")
# the subject of a clause on a noun, right before its verb: "the territory it had come to hold", "the truce, which
# had collapsed" (not "Hamas said it had ...": a verb of speech before the pronoun)
RELATIVE_SUBJECT_BEFORE = re.compile(r"(?:\b(?!(?:said|says|say|told|tells|added|adds|stated|insisted|announced|noted|"
                                     r"confirmed|claimed|that|and|but|as|because|if|when|after|before|since|so)\b)"
                                     r"[a-z]{3,}\s+(?:it|they)|,\s+(?:which|who))\s+$")   # ", who was not authorised to"
# a clause that begins after a term and tells something else: "..., after Greece took 110 billion euros last year"
LATER_CLAUSE = re.compile(r",\s+(?:after|when|since)\s")
# an exchange told for comparison: a year, a month, "previous", "earlier", "ago" ... (not a title: "former Marine")
EARLIER = re.compile(rf"\b(?:(?:19|20)\d\d|{'|'.join(calendar.month_name[1:])}|last|previous|earlier|prior|former(?!\s+[A-Z])|ago|"
                     rf"since|past)\b")
# a person's own story inside the sentence of a release: "..., who was detained in April", ", arrested in 2022 in
# Tromso": its dates are not the exchange's
PERSON_STORY = re.compile(r"\b(?:who|whom|whose)\b[^,;.]*|,\s+(?:arrested|detained|jailed|convicted|sentenced|captured|"
                          r"seized|abducted|kidnapped|held)\b[^,;.]*")
DATED = re.compile(r"\b(?:in|since|back\s+in)\s+(?:19|20)\d\d\b|\bwhen\b|\b(?:19|20)\d\d\b")
SAME_CLAUSE_BREAK = re.compile(r"[,;:.!?()“”\"]|\s(?:and|but|while|whereas|although|then)\s")
OF_VERBS = frozenset("speaks speak spoke talks talk talked consists consist thinks think made make makes".split())
LABEL_MARKS = ("(", ":", "—", "–")
LABELLED = re.compile(r"\b([\w-]+)(?:\s+(?:one|two|three|four|five|six|[1-9]|IV|V?I{1,3}|V))?\s*(?:\(|:|—|–)\s*$", re.I)
OF_IN = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+(?!(?:each|every|any)\s)")   # "$750 billion (worth) of energy"
                                                                              # (not "in any one year": a rate)
PUT_AT = re.compile(r"\b(?:put|puts|putting|set|sets|setting|estimated?|estimates|valued?|values|pegged|pegs|placed|"
                    r"places|cap|caps|capped|capping|fix|fixes|fixed|fixing)\s+"
                    r"(?P<np>(?:[\w-]+\s+(?=[\"“]))?[\"“]?(?:[\w'’-]+\s+){0,3}?"
                    r"[\w-]+[\"”]?)\s+(?:(?:at|nearer|closer\s+to)\s+[\"“]?|[\"“]?somewhere\s+)[$€£]?$", re.I)
# ('puts the "divorce bill" at £39bn', "put the figure nearer £37bn", 'put the total "somewhere between ..."')
# what a source describes an amount as: 'describes the divorce bill as "between £35bn and £39bn"'
DESCRIBED_AS_AMOUNT = re.compile(r"\b(?:describes|described|describing)\s+(?P<np>(?:the\s+|its\s+|their\s+)?[\"“]?"
                                 r"(?:[\w-]+\s+){0,3}?[\w-]+[\"”]?)\s+as\s+[\"“]?$", re.I)
FURTHER_UNIT = re.compile(r"\b(?:further|additional|extra|more)\b", re.I)    # "a further week", "two more days"
DAYS_BEFORE_AFTER = re.compile(r"\b[\w-]+\s+(?:days?|weeks?|months?)\s+(?=after\b)", re.I)   # "60 days after June 30"
# what a body of the deal is made of, in a source's account: "operates through a national office and nine teams"
THROUGH_BEFORE = re.compile(r"\b(?:operates|works|runs|acts)\s+(?:through|with)\b[^.;:]*$|\b(?:made\s+up\s+of|"
                            r"consists\s+of|comprises|composed\s+of)\s+$")
FIGURE_WORDS = frozenset("figure figures number total sum amount tally".split())   # "put the figure at": of what?
PLACE_PREPOSITIONS = frozenset("near in along on at of from for inside outside across around within".split())
SUBJECT_SET_AT = re.compile(r"(?:(?:^|[,;:]\s+|\b(?:and|that)\s+)(?:the\s+|its\s+|their\s+)?|\b(?:the|its|their)\s+)"
                            r"(?:[A-Z][\w-]*['’]s\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)"
                            r"\s+(?:(?:would|will|could|is|are|was|were)\s+(?:be\s+)?(?:capped|limited|set|fixed|pegged|kept)\s+at"
                            r"|(?:would|will|could)\s+(?:number|total|amount\s+to|come\s+to|stand\s+at|be))"
                            rf"\s+[\"“]?(?:between\s+)?{_ABOUT}[$€£]?$", re.I)
CHANGE_BY = re.compile(r"\b(?P<verb>reduc\w*|cut\w*|lower\w*|trim\w*|shrink\w*|rais\w*|increas\w*|boost\w*)\s+"
                       r"(?P<np>(?:[\w-]+\s+){0,6}?[\w-]+)\s+by\s+[$€£]?$", re.I)
NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)\b[^.;]{0,60}$", re.I)
NUMBER_OF_MODIFIERS = frozenset("aid humanitarian relief additional extra living dead deceased remaining female male "
                                "israeli palestinian".split())
CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", **{f"{p.upper()}$": code for p, code in DOLLAR_PREFIXES.items()}}
MONEY_UNITS = frozenset(CURRENCY.values()) | frozenset(CURRENCY_WORDS.values())
RATE_NOUNS = frozenset("rate rates tariff tariffs duty duties tax taxes levy levies share stake interest inflation "
                       "deficit growth enrichment quota quotas cut cuts reduction increase".split())
CELSIUS = re.compile(r"C(?=[\"”,;:)]|\.(?!\w)|$|\s+[\"“]|\s+(?:above|below|of|and|or|by|in|to|as|compared|rise|target|"
                     r"goal|limit|warming|threshold|ceiling|aspiration|cap|mark|level)\b)")   # "1.5C", not "the 5C bus"
GLUED_UNIT = re.compile(rf"(?i:kg|km|mw|gw)\b|{CELSIUS.pattern}")      # a measure written onto its number
LETTER_START = re.compile(r"[A-Za-z+]|\s*(?:p\.m|a\.m)")
ORDINAL_SUFFIX = re.compile(r"\s*(?:st|nd|rd|th)\b")
NUMBERED = re.compile(r"\.\s")
OF_NOUN = re.compile(r"\s+of\s+([\w-]+)")
OF_NOUNS = re.compile(r"\s+of\s+((?:[\w-]+\s+)?[\w-]+)")                       # "of war", "of marathon talks"
OF = re.compile(r"\s+of\s+")
MONEY_FOR = re.compile(r"\s+(?:(?:is|are|goes|go|would\s+be|will\s+be)\s+)?for\s+(?:the\s+)?"
                       r"(?!fiscal\b|financial\s+year\b)"     # ("$77.7 billion is for manufactured goods"; not
                       r"([a-z][\w-]+(?:\s+(?:goods|products|services|items|equipment))?)")   # "for fiscal 2024")
# "$1 billion is to be placed in a security account": the account or fund it goes into
MONEY_PLACED_IN = re.compile(r"\s+(?:is|are|will|would|must|shall)\s+(?:to\s+)?be\s+(?:placed|put|paid|deposited|"
                             r"transferred|moved|held|kept|set\s+aside)\s+(?:in|into)\s+(?:a|an|the)\s+(?:new\s+|separate\s+)?"
                             r"(?P<np>(?:[a-z][\w-]*\s+)?(?:account|fund|trust|escrow))\b")
FOR_OF_NOUN = re.compile(r"\b(?:for|of)\s+(?:the\s+)?([\w-]+)")
SINCE_AFTER = re.compile(r"\s*(?:now\s+)?since\b", re.I)
PERFECT_FOR = re.compile(r"\b(?:which|who|whom|where)\b[^,;]{0,60}\b(?:has|have|had)\s+(?:been\s+)?"
                         r"(?!(?:it|that|what|not|just|yet|at|but|about|out)\b)[a-z]+(?:ed|en|t)\b"   # not "who have it"
                         rf"[^,;]*\bfor\s+{_ABOUT}$"
                         # "the Government of Algeria, which carried messages between them for more than two months"
                         rf"|\b(?:which|who)\s+(?:[a-z]+\s+)?(?!(?:need|want|ask|expect|plan|hope)ed\b)[a-z]+ed\b[^,;]*"
                         rf"\bfor\s+{_ABOUT}$")
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
PROVIDES = re.compile(rf"\b(?:provides?\s+for|calls?\s+for|cover(?:s|ing)\s+(?:about\s+|some\s+|up\s+to\s+)?(?=\d)|"
                      rf"envisag\w*|foresees?|stipulat\w*|speaks?\s+of|{_LISTS})", re.I)     # "The first stage covers 477"
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
# what a deal is said not to imply: "the exchange does not mean the Taliban will join peace talks"
NOT_MEAN_BEFORE = re.compile(r"\b(?:(?:does|do|did|will|would)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?:mean|imply|signal)\s+"
                             r"(?:that\s+)?[^.;,]{0,50}$", re.I)
OUTLET_WE = re.compile(r"(?:We|I)(?:\s+(?:will|would|shall|cannot)\b|['’](?:ll|d)\b|['’]ve\b[^.;]{0,40}?\b(?:will|would)\b)"
                       r"|Our\s+(?:correspondents?|reporters?|team|colleagues|live\s+coverage)\b")   # "Our correspondents
                                                                                             # will have more later"
# what a deal is said to bind a party to, for a commitment no other rule reads (see _Doc._commitment)
_PRESENT_TERM_VERBS = ("bars bans prohibits forbids guarantees allows permits grants restores creates establishes keeps "
                       "extends removes lifts caps limits excludes reserves protects preserves reinstates abolishes "
                       "scraps phases opens leaves provides contains ensures introduces secures").split()
# ... and these only after a deal's noun (not "The Herald gives the signing its front page", "Reuters lists")
_DEAL_TERM_VERBS = ("gives lists covers includes sets maintains retains freezes brings fixes places declares transfers defines "
                    "enters divides raises lowers cuts increases reduces doubles halves boosts expands renews "
                    "lasts runs calls envisages envisions stipulates foresees mandates affirms reaffirms recognises "
                    "recognizes allocates earmarks assigns entrusts vests strips dissolves disbands replaces amends "
                    "redistributes splits outlines suspends rescinds repeals returns claws").split()
# ("The agreement enters into force on signature", "the deal raises the caps", "the bill claws back relief money")
# the same verbs after a plural subject: "The deals restore a cost-of-living adjustment"
_PRESENT_TERM_BASE = [v[:-2] if v.endswith("shes") else v[:-1] for v in _PRESENT_TERM_VERBS]
COMMIT_TOKENS = frozenset("would will shall must cannot commits commit committed agree agreed agrees pledge pledged pledges "
                          "undertake undertakes undertook undertaken require requires required obliges obligates obliged can "
                          "could may".split()
                          + _PRESENT_TERM_VERBS + _PRESENT_TERM_BASE + _DEAL_TERM_VERBS)
_COMMITMENT = (r"\b(?P<mod>would|will|shall|must|(?:is|are)\s+to|cannot|{present}"
               # an option the deal leaves: "the pause could be extended" (not "the deal could be derailed")
               r"(?:can|could|may)(?=\s+(?:also\s+|only\s+)?be\s+(?:extended|renewed|prolonged|expanded|reviewed|"
               r"lifted|reopened|opened|released|freed|exchanged|raised|increased|reduced|lowered|suspended|used|spent|"
               r"reinstated|resumed|revised|adjusted|halved|doubled|waived|postponed|reimposed|rolled\s+over)\b)|"
               # what the deal leaves out: "the agreement does not cover the arsenal elsewhere"
               r"(?:does|do)(?=\s+not\s+(?:cover|include|apply|mention|name|extend|affect|address|restore|provide|"
               r"contain|allow|require|guarantee|give|grant|lift|remove|set|end|touch|change|alter|recogni[sz]e|oblige|"
               r"force|ban|bar|forbid|prohibit|cap|limit|specify|create|establish|envisage|foresee|stipulate|"
               r"settle|resolve|decide|determine|tackle|deal\s+with|involve|eliminate|abolish|bring|reverse|reinstate|"
               r"(?:cut|reduce|raise|increase)(?!\s+(?:nearly|deep|deeply|far|enough|much|fast|hard|quickly)\b)|"
               r"solve|prevent|stop|offer|promise|protect|bind|permit|exempt|impose|waive|"
               r"freeze|fund|replace|"
               r"say(?=\s+(?:when|how|whether|who|where)\b))\b)|"
               r"did(?=\s+not\s+(?:cover|include|apply|"
               r"mention|name|extend|affect|address)\b)|"
               r"(?:commit(?:s|ted)?|oblig(?:es|ates|ed)|pledges)\s+"
               r"(?:[\w'’-]+\s+){{0,5}}?to|(?:agree[sd]?|pledge[sd]?|undert(?:akes?|ook|aken))\s+(?:not\s+|never\s+|only\s+|also\s+)?to|"
               r"requires?\s+(?:[\w'’-]+\s+){{0,5}}?to)"
               # an aside before the verb: "would, in return, be freed"
               r"(?:,\s+(?:in\s+return|in\s+turn|in\s+exchange|however|instead|for\s+(?:its|their)\s+part),)?\s+"
               r"(?:(?:also|not|never|then|only|first|eventually|immediately|gradually|further|additionally|have\s+to|"
               r"be\s+able\s+to)\s+)*[\"“‘']?(?P<verb>[a-z]+)\b")
COMMITMENT = re.compile(_COMMITMENT.format(present=""))
# ... and what the deal's text does, told in the present (tried only where such a verb stands): "The accord bars
# fighters from leaving the zones", "It prohibits moving troops", "Azerbaijan guarantees safe traffic along the corridor"
COMMITMENT_OR_PRESENT = re.compile(_COMMITMENT.format(present=(
    r"(?<!what\sthe\s)(?<!what\s)(?:(?i:deal|accord|agreement|text|plan|framework|pact|treaty|contract|arrangement|memorandum|"
    rf"summary|document|charter|declaration|protocol|package|roadmap|annex|proposal|bill|legislation)"
    rf"(?=\s+(?:also\s+|further\s+|additionally\s+)?[\"“‘']?(?:{'|'.join(_DEAL_TERM_VERBS)})\b"
    r"(?!\s+(?:no|to|questions|concerns|doubts|fears|hopes|eyebrows|alarm|the\s+(?:question|prospect|risk))\b))|"
    r"(?:(?i:deal|accord|agreement|text|plan|framework|pact|"
    r"treaty|contract|statement|document|arrangement|memorandum|summary|it)|"
    r"(?-i:(?!(?:The|This|That|These|Those|Its|Their|An?)\b)[A-Z][a-z]+))"
    rf"(?=\s+(?:also\s+)?[\"“‘']?(?:{'|'.join(_PRESENT_TERM_VERBS)})\b(?!\s+no\b))"
    r"|(?i:deals|accords|agreements|texts|plans|treaties|contracts|statements|documents|arrangements)"
    rf"(?=\s+(?:also\s+)?[\"“‘']?(?:{'|'.join(_PRESENT_TERM_BASE)})\b(?!\s+no\b)))|")))   # "contains no": EXCLUSION
PRESENT_TERM_TOKENS = frozenset(_PRESENT_TERM_VERBS + _PRESENT_TERM_BASE + _DEAL_TERM_VERBS)
# ... and "It" with those verbs right after a sentence that had the deal as its subject ("The security annex ... is
# where the generals got their say. It divides Sinai into zones"; see _Doc._commitment)
IT_DEAL_TERM = re.compile(rf"^\W*(?P<mod>It)\s+(?:also\s+)?(?P<verb>{'|'.join(_DEAL_TERM_VERBS + _PRESENT_TERM_VERBS)})\b"
                          r"(?!\s+no\b)")


def _may_commit(toks: frozenset[str]) -> bool:
    """Whether COMMITMENT can match a sentence with these tokens: a modal or a verb of commitment,
    or "to" after "is" or "are"."""
    return not toks.isdisjoint(COMMIT_TOKENS) or ("to" in toks and ("is" in toks or "are" in toks)) \
        or ("not" in toks and ("does" in toks or "do" in toks or "did" in toks))


# an object clause: "what Washington would give", "an account of when captives would come home"
WHAT_BEFORE = re.compile(r"(?:\b(?:what|of\s+when|of\s+how)|^\W*(?:where|when|how|whether))\s+(?:[\w'’-]+\s+){1,3}$",
                         re.I)                            # ... and a subject clause: "Where the fighters will wait is"
CANNOT_KNOWN = re.compile(r"cannot\s+(?:quite|really|yet|be\s+(?:independently\s+)?(?:verified|confirmed|sustained|sure|"
                          r"certain|ruled\s+out|excluded|predicted|known|said))\b", re.I)
NOT_AFTER_MODAL = re.compile(r"\S+(?:\s+(?:also|then|only|to))*\s+(?:not|never)\b")     # "commits to not using force"
NO_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:that|and|but)\s+)[\"“‘']?(?:no|none|neither|nobody|nothing)\b[^,;:]*$", re.I)
NOT_COMMITMENT_VERBS = frozenset("say comment confirm deny travel visit arrive speak tell know see like want argue "
                                 "probably likely still need depend hope try seek meet convene vote gather consider debate "
                                 "weigh study announce reject accept approve ratify back support oppose welcome rush "
                                 "watch face campaign lobby".split())
NOT_PLEDGED_VERBS = NOT_COMMITMENT_VERBS - {"support", "back", "accept", "approve", "ratify", "seek"}   # after a pledge
                                                                        # ("commits Lebanon to seek the implementation")
# a party's own pledge, a commitment wherever it is told: "Turkey agreed to support the invitation", "Finland
# undertook to amend its criminal code"; after it, backing or passing something is a commitment too
PLEDGE_TOKENS = frozenset("agree agrees agreed pledge pledges pledged undertake undertakes undertook undertaken commit commits "
                          "committed".split())
PARTY_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:also|later|then|has|had|have|formally|publicly))?\s+$")
AND_LEAD = re.compile(r"\s(?:and|but|or)\s+(?:also\s+|then\s+)?$")      # a modal's verb phrase joined to the one before
AND_MODAL = re.compile(r"\s(?:and|but|or)\s+(?:no\s+(?:[\w-]+\s+){1,2}?)?(?:also\s+)?(?:would|will|must|shall|could|can|"
                       r"(?:is|are)\s+to)\s"        # "... and would be renewed", "... and no Russian officials will"
                       r"|\s(?:and|but)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:would|will|must|shall)(?=,)"   # "and Argentina would, in
                                                                                   # return," (not "the West Bank and Gaza are to")
                       # another clause: "... and that the TPLF would", "... and did not give a number"
                       r"|\s(?:and|but)\s+(?:(?:(?:also\s+)?(?:said|says|added|reported|insisted|stressed|noted)\s+)?that\s|"
                       r"(?:did|does|do|has|have|had|said|says|told|added|reported|described|called|expects|expected)\s)")
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
# the points of a text, counted, then told one by one: "His posts set out five pillars. The first declares ..."
ITEM_NOUNS = frozenset("pillars points principles items elements clauses articles provisions commitments chapters "
                       "sections planks".split())
ITEMS_COUNTED = re.compile(rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|1?\d)\s+(?:main\s+|key\s+|broad\s+)?"
                           rf"(?:{'|'.join(ITEM_NOUNS)})\b", re.I)
ORDINAL_ITEM = re.compile(r"\W*(?:The\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
                          r"final)\s+(?:one\s+|point\s+|pillar\s+)?(?:[a-z]+s|would|will)\b", re.I)
DEAL_LEAD = re.compile(r"\W*(?:Under|In)\s+(?:the|that|this)\s+(?:same\s+|overall\s+|wider\s+)?"
                       r"(?:deal|agreement|arrangement|accord|plan|proposal|framework|draft|terms)\b")
# the deal as the subject of what it gives or sets up: "The accord guarantees it five seats in the Senate", "The
# deal creates six joint committees"
DEAL_GIVES = re.compile(r"\W*(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|text|pact|draft|plan|treaty|"
                        r"contract|declaration|framework|memorandum|package)\s+(?:also\s+|further\s+)?(?:gives|grants|"
                        r"guarantees|allots|allocates|reserves|offers|awards|assigns|promises|creates|establishes|"
                        r"sets\s+up|provides\s+for|names|lists|opens|caps|limits)\b")
# the deal as a sentence's subject ("The agreement enters into force ..."), and "It" taking it up in the next
# sentence ("It opens for signature in April and stays open for one year"): what the deal does, a term
DEAL_SUBJECT = re.compile(r"\W*(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|text|pact|draft|plan|"
                          r"treaty|contract|declaration|framework|memorandum|package|settlement|protocol|truce|"
                          r"cease-?fire|exchange|swap|annex)(?:,[^,;]{1,80},)?\s+(?:also\s+)?(?!(?:was|were|had|said|says)\b)[a-z]+")
IT_DOES = re.compile(r"\W*It\s+(?:also\s+|then\s+)?(?!(?:is|was|has|had|seems|appears|looks|means|says|said|adds|notes|"
                     r"follows|marks|comes|came|remains|reflects)\b)[a-z]+s\b")
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
BARE_UNITS = frozenset("hours days weeks months".split())     # "within days": a unit as the whole quantity
# the modal a bare "within days" needs in its clause: what will happen, not what could have
BARE_SPAN_MODAL = re.compile(r"\b(?:will|would|shall|must|could|can|should|(?:is|are)\s+to|expect(?:s|ed)?)\b"
                             r"(?!\s+have\b)", re.I)
# any act repeated at an interval: "will submit new targets every five years"
EVERY_SPAN = re.compile(r"\b(?P<when>(?:once\s+)?every\s+(?:(?P<n>[\w-]+)\s+)?(?P<u>day|week|month|year)s?)\b", re.I)
RELEASE_INTERVAL_WORDS = frozenset("batch batches release releases released freed handover handovers exchange "
                                   "exchanges".split())
# the further verbs of a list a modal governs: "will help restore access ..., lower insurance costs, and enhance access
# to ports" (a closed list of the verbs deals use, so that a noun after "and" is not read as one)
LISTED_VERBS = frozenset("restore lower enhance raise cut reduce lift ease reopen open release free withdraw pull hand "
                         "allow permit provide ensure eliminate prevent guarantee support end halt stop resume expand "
                         "establish create recognise recognize respect renounce refrain protect pay invest build "
                         "rebuild repair supply deliver facilitate monitor verify disarm deploy dismantle remove "
                         "abolish grant give exchange".split())
MORE_VERB = re.compile(rf"(?:,\s+(?:and\s+|or\s+)?|\s+and\s+)(?P<verb>{'|'.join(sorted(LISTED_VERBS))})\s+"
                       r"(?!(?:cannot|can|will|would|must|shall|should|may|is|are|was|were|has|have|had|since|by|in|"
                       r"on|at|from|of|off)\b)"
                       r"(?=[a-z])")          # not "credit and pay cannot be undercut", "lines, cut since the war": no verbs
# ... and the present verbs of a list after the deal as subject: "the deal raises the caps ..., sets limits on ..., and
# requires ...", "the arrangement lasts 120 days and renews automatically ..."
_LISTED_S = [v + "es" if v.endswith(("sh", "ch", "ss")) else v[:-1] + "ies" if v.endswith("y") else v + "s"
             for v in LISTED_VERBS]
PRESENT_LIST_VERBS = frozenset(_LISTED_S + _PRESENT_TERM_VERBS + _DEAL_TERM_VERBS + ["requires"])
MORE_VERB_S = re.compile(rf"(?:,\s+(?:and\s+|or\s+)?|\s+and\s+)(?:also\s+|automatically\s+)?"
                         rf"(?P<verb>{'|'.join(sorted(PRESENT_LIST_VERBS, key=len, reverse=True))})\s+(?=[a-z])")
MORE_TO = re.compile(r"(?:,\s+(?:and\s+|or\s+)?to\s+(?:not\s+)?|[\"”]?\s+(?:and|or)\s+to\s+(?:not\s+)?"     # (without a comma,
                     r"(?!(?:the|a|an|its|their|his|her|all|any|each|other|[a-z]+(?:tion|sion|ment|ity|ness))\b))"   # not "or to
                     r"(?!(?:which|whom|what|where)\b)"                                                         # animation")
                     r"(?P<verb>[a-z]+)\b")   # "..., and to open three corridors", "... and to refrain from" (not "..., and
                                           # to which the delegates")
# where a commitment's clause gives way to another: "..., since Indonesian law requires every party to ... and to ..."
SUBORDINATE = re.compile(r",?\s+(?:since|because|although|though|whereas|while|unless)\b")
# the further noun phrases of a list that a commitment's object begins: "helping achieve the exchange of prisoners,
# the release of civilian detainees and the return of children" (each led by the word that leads the object, one
# or two words after the verb; not "bring reinforcements into the city, the ports or the governorate")
LIST_ITEM_START = re.compile(r",\s+(?:and\s+|or\s+)?(?P<w>the|an?|on|for|of|in|with|its|their|all|any)\s+(?-i:(?=[a-z]))",
                             re.I)                   # not names: "a panel from the United Nations, the African Union"
NOT_ITEM_WORDS = frozenset("said says told added according reported stated noted would will shall must can could may "
                           "is are was were has have had".split())       # a clause, not an item


_ITEM_SEP = r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"      # ", ", ", and ", " or "
BARE_ITEM_START = re.compile(r",\s+(?:and\s+|or\s+)?[a-z]")
BARE_ITEM_SEP = re.compile(rf"{_ITEM_SEP}(?=[a-z])")


@lru_cache(maxsize=16)
def _item_sep(word: str) -> re.Pattern:
    return re.compile(rf"{_ITEM_SEP}(?={word}\s)", re.I)


def list_items(text: str, end: int, first: str, max_words: int = 14) -> list[tuple[int, str]]:
    """The items after a list's first item `first` (a verb and its object, lower case, ending at `end`
    in `text`): each (start, its text), when a comma follows with the word that leads the object, and
    "and" or "or" leads the last item; else none. An object with no determiner ("includes improvements to
    retirement benefits, stronger job security and better scheduling") takes items of a few words as bare."""
    m = LIST_ITEM_START.match(text, end)
    verb_object = first.split()
    bare = m is None and len(verb_object) >= 2 and verb_object[1] not in FUNCTION_WORDS \
        and BARE_ITEM_START.match(text, end)
    if not bare and (m is None or m.group("w").lower() not in verb_object[1:3]):
        return []
    sep, items, pos, closed = BARE_ITEM_SEP if bare else _item_sep(m.group("w").lower()), [], end, False
    while (m := sep.match(text, pos)) is not None:
        start = m.end()
        stops = [x.start() for x in (sep.search(text, start), CLAUSE_END.search(text, start)) if x is not None]
        pos = min(stops, default=len(text))
        words = text[start:pos].split()
        if len(words) < (1 if bare else 2) or bare and (len(words) > 4 or words[0].lower() in FUNCTION_WORDS
                                                        or words[0].lower() in NUMBER_WORDS) \
                or not NOT_ITEM_WORDS.isdisjoint(w.lower() for w in words):
            return []                                # "..., the minister said", "and the option would remain"; not
                                                     # the words of "air, ground and maritime operations"
        items.append((start, " ".join(words[:max_words]).lower()))
        closed = not {"and", "or"}.isdisjoint(m.group(0).lower().split())
        if closed and bare:
            break                                    # "..., stronger job security and better scheduling, which ..."
    return items if closed else []


# what a deal rules out, told in the present: "sets no deadline", "there is no ban on", "no money changes hands",
# "are not required to keep"
EXCLUSION = re.compile(r"\b(?:(?:sets?|places?|puts?|imposes?|includes?|contains?|provides?|offers?|gives?|has|have|having|"
                       r"carr(?:y|ies)|makes?|creates?|grants?|foresees?|envisages?|mentions?|names?|leaves?|"
                       r"there\s+(?:is|are|will\s+be|would\s+be))\s+(?P<neg>no)\s+(?=(?P<what>[a-z]))"
                       r"|(?:^|[,;:]\s+|\bunder\s+the\s+\w+,\s+)(?P<neg2>no)\s+(?P<subj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                       r"(?=(?P<what2>changes|goes|passes|crosses|enters|leaves|(?:is|are|was|were|has\s+been|had\s+been|"
                       r"will\s+be)(?:\s+(?:given|agreed|named|set|fixed|specified|mentioned|listed|included))?)\b)"
                       r"|\b(?:is|are)\s+(?P<neg3>not)\s+(?=(?P<what3>(?:required|obliged|bound|allowed|permitted)\s+to\b))"
                       # "tariffs on steel and cars are not affected by the deal": what the deal leaves alone
                       r"|(?P<subj4>\b[a-z][\w-]*(?:\s+[\w-]+){0,6}?)\s+(?P<be4>is|are|was|were)\s+(?P<neg4>not)\s+"
                       r"(?=(?:affected|covered|included|touched|part|mentioned|addressed|settled|resolved|"
                       r"(?:legally\s+)?binding|in\s+(?:the|this)\s+(?:deal|agreement|accord|"
                       r"declaration|text|document|framework|pact|treaty|contract))\b)"
                       # "the declaration says nothing about families divided by the border"
                       r"|\b(?:says?|said)\s+(?P<neg6>nothing)\s+(?=(?P<what6>about|on)\b)"
                       # "steel and aluminium are outside the deal for now", 'medicines "appear to be outside the agreement"'
                       r"|(?P<subj5>\b[a-z][\w-]*(?:\s+[\w-]+){0,6}?)\s+[\"“]?(?:is|are|remains?|stays?|appears?\s+to\s+be|"
                       r"would\s+be|will\s+be)\s+(?:left\s+)?(?P<neg5>outside)\s+"
                       r"(?=(?:of\s+)?the\s+(?:deal|agreement|accord|framework|pact|treaty|arrangement)\b)"
                       # a state the deal sets, told in the present: "Social Security and Medicaid are exempt", "The
                       # commutation is conditioned on Bout's removal"
                       r"|(?P<subj7>\b[a-z][\w.-]*(?:\s+[\w.-]+){0,6}?)(?:,[^,;]{1,60},)?\s+(?:is|are|remains?|stays?|"
                       r"(?:has|have)\s+been)\s+"
                       r"(?P<neg7>exempt(?:ed)?|conditioned\s+on|conditional\s+on|unchanged|untouched|(?:still\s+)?subject\s+to|"
                       r"reserved\s+for|preserved|maintained|retained|excluded|kept\s+out|left\s+out|carved\s+out)\b"
                       # "..., up or down, with no amendments allowed"
                       r"|\bwith\s+(?P<neg8>no)\s+(?=(?P<what8>[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:allowed|permitted)\b))"
                       # "listed what it did not contain: no cut to ..., no dismissals ..., and no sale of ..."
                       r"|\b(?:not\s+(?:contain|include)|leaves?\s+out|left\s+out|excludes?|rules?\s+out)\b[^:;.]{0,30}:\s+"
                       r"(?P<neg9>no)\s+(?=(?P<what9>[a-z]))"
                       # "What the agreement does not include is any fund to buy land"
                       r"|^\W*what\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|text|treaty|pact|"
                       r"contract|plan|memorandum|framework)\s+(?:does|did)\s+(?P<neg10>not)\s+(?:include|cover|contain|"
                       r"provide|mention|say|do)\s+is\s+(?=(?P<what10>[a-z])))", re.I)
NO_ITEM = re.compile(r"[,;]\s+(?:and\s+|or\s+)?no\s+(?=[a-z])", re.I)     # the next "no ..." of such a list
OUTSIDE_WHAT = re.compile(r"(?:of\s+)?the\s+[\w-]+")
QUOTE_MARKS = re.compile(r"[\"“”]")
SHORT_QUOTE = re.compile(r"[\"“]([\w' -]{1,40})([,.]?)[\"”]")     # a few quoted words, no punctuation but a last
                                                                  # comma: '"enforceable"', '"the consent of all,"'
# the words EXCLUSION needs
EXCLUSION_TOKENS = frozenset({"no", "not", "outside", "nothing", "exempt", "exempted", "conditioned",
                             "conditional", "unchanged", "untouched", "subject", "reserved",
                             "preserved", "maintained", "retained", "excluded", "kept", "left", "carved"})
SUBJECT_LEAD = re.compile(r"\b(?:that|says?|said|reports?|reported|writes|notes)\s+", re.I)
# a number that shares the noun of the one before it: ", three by Ukraine", "and $1 billion from", ", a further 30 percent"
SIBLING_BEFORE = re.compile(r"(?:,|;|(?<=\d):|(?<=illion):|\band|\bor|\bwhile|\bwith|\bplus|\bwhereas|\bfollowed\s+by)\s+"
                            r"(?:then\s+)?(?:(?:a\s+further|another|the\s+(?:final|last|remaining|other|next))\s+)?$")
                            # ("$900 billion: $400 billion immediately and ...": the parts a colon lists after an amount)
NAMED_SIBLING_BEFORE = re.compile(r"(?:,\s+|\band\s+)(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:about\s+|around\s+|some\s+|"
                                  r"roughly\s+|nearly\s+|almost\s+|up\s+to\s+|at\s+least\s+|another\s+)?$")   # "and
                                  # the International Monetary Fund around $1 billion"
ITEM_END = re.compile(r",(?!\s*(?:19|20)\d\d\b)|[;\"“”()]|\s(?:and|while|whereas|but|[-–—])\s|\.(?!\d)")   # not "July 1, 2024"
LIST_WORDS = frozenset("further final remaining other last another additional next rest then".split())
NOT_EXCLUDED = frozenset("longer later more less fewer sooner one doubt matter comment way sign reason surprise "
                         "other further excuse choice intention interest ambiguity illusion illusions idea desire "
                         "appetite".split())              # "no later than", "has no political excuse": no term
DEAL_WORDS = frozenset("deal agreement accord pact treaty plan proposal draft framework text bill package memorandum "
                       "arrangement understanding truce ceasefire cease-fire offer declaration document deals agreements "
                       "accords texts understandings arrangements clause clauses provision provisions annex annexes "
                       "protocol protocols".split())
MAY_PERMIT = re.compile(r"\b(?:[A-Z][\w-]+|forces|troops|units|ships|aircraft|it|they)\s+may\s+(?:not\s+|only\s+)?[a-z]+")   # "Egypt
                                                                                   # may station", "troops may not enter"
# unnamed analysts' estimate or forecast: no side's terms ("Industry analysts said it could take three to six months",
# "Analysts at one investment bank estimated the cost at $30 billion", "..., economists say.")
ESTIMATORS = "(?i:analysts|economists|experts|forecasters|strategists)"
ESTIMATOR_VERBS = (r"(?:said|say|says|estimated?|estimates|expects?|expected|reckon(?:s|ed)?|predict(?:s|ed)?|"
                   r"calculated?|calculates|put|puts|think|thought|believe[sd]?|warn(?:s|ed)?|noted|project(?:s|ed)?|forecast)")
ESTIMATE_LEAD = re.compile(rf"^\W*(?:(?:Some|Most|Many|Several|Other|Industry|Independent|Market|Outside|Private|"
                           rf"Energy|Oil|Bank)\s+)?{ESTIMATORS}\b[^.;:\"“”]{{0,60}}?\b{ESTIMATOR_VERBS}\b"
                           rf"|,\s+(?:[a-z]+\s+)?{ESTIMATORS}\s+{ESTIMATOR_VERBS}\W*$")
ESTIMATOR_TOKENS = frozenset("analysts economists experts forecasters strategists".split())
# in a paragraph about the deal, a sentence that binds no one: a quotation, a condition, a warning or a forecast
GUESS = re.compile(r"[\"“‘']|(?:If|Unless|Without|Should)\b")
GUESS_WORDS = frozenset("warned warns warning predicted predicts expects expected fears feared hopes hoped suggests "
                        "suggested likely".split())
RELEASED_AFTER = re.compile(r"\s+(?:more\s+)?(?:would|will|are\s+to|were\s+to|is\s+to|to)\s+(?:then\s+)?(?:be\s+)?"
                            r"(?:released|freed|handed\s+over|set\s+free|exchanged)\b", re.I)
# a share per side of a body just counted: "twelve members, six appointed by each capital", "with three
# members from each country"
PER_SIDE_AFTER = re.compile(r"\s+(?:(?P<noun>[a-z][\w-]*)\s+)??(?:(?:would\s+be\s+|are\s+|to\s+be\s+)?(?:appointed|named|"
                            r"nominated|chosen|selected|picked|designated|drawn|sent|contributed)\s+)?(?:by|from)\s+"
                            r"(?:each|every|either)\s+(?P<target>[a-z][\w-]*)\b"
                            r"|\s+each\s+(?:from|named\s+by|appointed\s+by)\s+(?P<parties>[A-Z])")   # "four each from
                                                                                            # Russia, Ukraine and Turkey"
# ... with no total counted: the body named just before ("A Joint Water Committee, with three members from each")
BODY_WITH_BEFORE = re.compile(r"\b(committee|commission|panel|council|board|team|body|tribunal|force)\b,?\s+"
                              r"(?:(?:of|with)\s+|(?:made\s+up|composed)\s+of\s+)$", re.I)
EVEN_SPLIT = re.compile(r"\b(?:(?P<noun>[a-z]+)\s+(?:would|will|shall|is\s+to|are\s+to|to)\s+be|with\s+(?:its|their|the)\s+"
                        r"(?P<noun2>[a-z]+))\s+(?:split|shared|divided)\s+$", re.I)    # not "the vote was split 50-50"
EVEN_SHARES = re.compile(r"(\d+)\s*[-/]\s*\1")                          # "50-50", "50/50"
UNEVEN_SHARES = re.compile(r"(?P<a>\d{1,2})\s*(?:-|–|/|\s+to\s+)\s*(?P<b>\d{1,2})")   # "51 to 49", "60/40"
DIVIDES_BEFORE = re.compile(r"\b(?:divides?|divided|dividing|splits?|splitting)\s+(?:the\s+|its\s+)?(?P<noun>[a-z]+)"
                            r"(?:\s+[a-z]+){0,2}?\s+[\"“]?$", re.I)
REMAINS_OF_BEFORE = re.compile(r"\b(?:bodies|remains|corpses)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$")
RETURN_TO_PLACE = re.compile(r"\w*\s+(?:home|to\s+(?:their\s+|the\s+|its\s+)?(?:homes?|north\w*|south\w*|villages?|towns?|"
                             r"neighbo\w+|areas?|houses?|land))\b")
# a count broken down by group: "the 33 break down as seven civilian women, five female soldiers, ..."
# people the deal moves, told after them: "163 prisoners will be sent to Gaza", "40 detainees would be deported abroad"
MOVED_VERBS = r"sent|deported|transferred|exiled|expelled|relocated|moved|flown|bused|taken"
MOVED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:will|would|are\s+to|must|shall)\s+(?:also\s+|then\s+)?be\s+"
                         rf"(?P<verb>{MOVED_VERBS})\b")
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
# "149 Republicans and 165 Democrats backed the bill", "in which 52% voted to leave"
VOTED_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,4}?(?:voted|abstained|backed|opposed)\b"
                         r"|^\s*(?:%|percent|per\s+cent)\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:voted|abstained)\b")
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
# the same with a month alone, told in the past: "flared in April, when duties briefly hit 125%"
WHEN_MONTH = re.compile(r"\b(?:in|since)\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December),?\s+when\b[^.;]*\b(?:[a-z]+ed|rose|fell|hit|was|were|had)\s+"
                        r"(?:[\w-]+\s+){0,3}$")
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:\d\d|(?:19|20)\d\d)")
PUT_IT_AT = re.compile(r"\bput(?:s|ting)?\s+(?:it|that|this)\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
                       r"closer\s+to\s+|nearer\s+)?$", re.I)
# a source's own figure for the amount named before: "The CBO's estimate is lower, at around $27 billion", "the
# real figure will land "somewhere between $27 billion and $30 billion""
ESTIMATE_IS_AT = re.compile(r"\b(?:estimate|figure|number|total|tally|reckoning)\s+(?:[a-z]+\s+){0,2}?(?:is|was|"
                            r"will\s+land|would\s+land|lands|comes\s+in|came\s+in|stands|stood)\s+"
                            r"(?:(?:lower|higher|smaller|bigger|larger)\s*,?\s+)?(?:at\s+|[\"“]\s*)?(?:somewhere\s+)?$", re.I)
# "Al-Masirah put the number of people flown in the first phase at ...": a source's count of the people of the deal
PUT_NUMBER_OF = re.compile(r"\b(?:put|puts|putting|gave|gives|set|sets)\s+the\s+(?:total\s+)?number\s+of\b", re.I)
ESTIMATE_NOUNS = frozenset("cost costs damage damages losses loss toll bill".split())
PUT_THE_AT = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*?)"
                        r"(?:\s+of\s+[^.;]{0,50}?)?\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|"
                        r"more\s+than\s+|over\s+|up\s+to\s+)?[\"“]?$")     # 'puts the lump sums at "$5,000 ...'
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

# a bare "52 billion" that names no noun: an amount of the currency the document counted in just before
BARE_SCALE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:will|would|is|are|was|were|from|to|in|for|of|and|or|by|comes?|goes?)\b)")
MODAL_WORDS = frozenset("will would shall must could can should may might also then still only".split())
# what a whole deal is called: a duration of one of these is the term's ("term duration")
GENERIC_DEAL_NOUNS = frozenset("deal deals agreement agreements accord accords pact plan proposal framework "
                               "arrangement arrangements text draft document it this".split())
MODIFIERS = frozenset({"aid", "humanitarian", "relief", "additional", "extra", "further", "more", "political", "jailed",
                       "detained", "imprisoned"})   # "20 political prisoners": prisoners
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
                       "security", "electricity", "gas", "oil", "grain", "wheat", "corn", "trade", "compensation",
                       "pay", "revenue", "investment", "debt", "rice", "steel", "aluminium", "aluminum", "software"})


def _last_noun(before: str) -> str | None:
    """The last word of the clause before a number that can name a thing: "a buffer zone about"
    → "zone"."""
    clause = before[_clause_start(before, len(before)):]
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
    insuring ships would have to be lifted", "no Swedish citizen will be extradited"), after a "that" or
    a verb of speech that opens it; None for a pronoun, a conjunction or no subject."""
    m = PASSIVE_SUBJECT.match(text, begin, at)
    if m is None or m.group("subj").split()[0].lower().strip("\"“") in NOT_SUBJECT | {"none", "not", "nothing", "he",
                                                                                    "she", "and", "but", "or"}:
        return None
    return m.start("subj")


def _listed(value: str, sentence: str, start: int) -> str:
    """A listed value with what follows it up to the next item: "$1 billion (from the united arab emirates)"
    of "$1 billion from the United Arab Emirates and ..."."""
    m = ITEM_END.search(sentence, start)
    item = " ".join(sentence[start:m.start() if m else len(sentence)].split()[:8]).strip(" ,;:.-–—").lower()
    return f"{value} ({item})" if item else value


def _clause_start(text: str, end: int) -> int:
    """Where the clause that runs up to `end` begins: after the last clause break before it."""
    return max((m.end() for m in CLAUSE_END.finditer(text, 0, end)), default=0)


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
                and (CHANGE_VERB.search(text, max(0, q.start - 120), q.start)
                     or MOVES_FROM.search(text, max(0, q.start - 20), q.start)):
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
COPULA_BEFORE = re.compile(r"\b(?P<noun>[a-z-]+)(?:,\s+[^,;]{1,40},)?\s+(?:was|is|would\s+be|will\s+be)\s+"
                           r"(?:set\s+at\s+|fixed\s+at\s+|(?:extended|stretched|lengthened|raised|increased|cut|reduced|"
                           r"shortened)\s+to\s+)?$",         # "The grace period, the committee says, is 18 months", "Iran's
                           re.I)                           # breakout time would be stretched to at least a year"
# what a side asked for, not what it got: "The union wanted a 35-hour week"
ASKED_FOR_BEFORE = re.compile(r"\b(?:wanted|wants|demanded|demands|sought|seeks|asked\s+for|asks\s+for|proposed|"
                              r"proposes|pushed\s+for|pushes\s+for|called\s+for|calls\s+for)\b", re.I)
# what the deal left out: "The 32-hour week ... is not included"
LEFT_OUT = re.compile(r"\b(?:is|are|was|were)\s+not\s+(?:included|part\s+of|in\s+the)\b|\b(?:was|were)\s+dropped\b", re.I)
# a working week's hours: "40 hours a week", "a 35-hour week"; "the working week will fall from 38 hours to 35 hours"
WEEK_AFTER = re.compile(r"(?:\s+(?:a|per|each|every)|-?\s*(?:working\s+)?)\s*week\b", re.I)
WEEK_BEFORE = re.compile(r"\b(?:working|standard|work)\s+week\b[^.;]*$|\bweek\s+(?:drops|falls|goes|is\s+cut|comes\s+down|"
                         r"will\s+(?:drop|fall|go))\b[^.;]*$|\b(?:brings|takes|cuts|reduces)\s+it\s+to\s+$"
                         r"|\bit\s+(?:falls|drops|goes\s+down|comes\s+down)\s+to\s+$", re.I)    # "it falls to 36 hours"
# a Q&A's answer that opens on the length its question asks for: "How long does the contract run?" / "Four years,
# according to the booklet, ..."
HOW_LONG = re.compile(r"\b(?:[Hh]ow\s+long|for\s+how\s+(?:long|many\s+(?:days|weeks|months|years)))\b")
ANSWER_AFTER = re.compile(r"[\"”]?\s*(?:[,.;:]|\s+(?:in\s+all|in\s+total|at\s+most|at\s+least)\b)")
COPULA_NOUNS = frozenset({"term", "duration", "length", "extension", "renewal", "rollover", "period", "notice", "window",
                          "time"})
TIME_NOUN_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+time\s*$", re.I)     # "breakout time": the time's own name
EXTENSION_SUBJECT = re.compile(r"\b(?:extension|renewal|rollover)\s+(?:would|will|is|was)\s+(?:be\s+)?(?:for|last)\b", re.I)
EXTENDED = re.compile(r"\b(?:was|were|is|be|been|being|are)\s+(?:\w+\s+)?(?:extended|prolonged|renewed)\b", re.I)
# "more than 24 million tonnes had been shipped since the deal began": a tally, not a term
TALLY = re.compile(r"\b(?:had|has|have)\s+(?:already\s+)?been\s+\w+(?:ed|en|t)\b|\bso\s+far\b|\bto\s+date\b"
                   r"|^(?:[\w-]+\s+){0,4}?(?:were|was)\s+(?!to\b|expected\b|due\b|set\b|scheduled\b)"
                   r"|^(?:[\w-]+\s+){0,4}?(?:have|has|had)\s+(?:already\s+)?(?:left|\w+ed)\b(?!\s+to\b)"
                   r"|^(?:[\w-]+\s+){0,3}?(?:entered|crossed|arrived|departed|docked|sailed)\b", re.I)
# "$6 billion in oil revenue that had been frozen": the amount's history, not a tally of what was done
RELATIVE_TALLY = re.compile(r".*\b(?:that|which|who)\s+(?:had|has|have)\s+(?:already\s+)?been\s+\w+(?:ed|en|t)\b", re.S)
# "inspectors have checked more than 1,600 vessels": what was done so far (not "has proposed 60 days")
DONE_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:already\s+|so\s+far\s+)?(?!agreed|proposed|offered|demanded|suggested|"
                         r"accepted|promised|pledged|committed|set|asked|sought|insisted|claimed|estimated|projected|"
                         r"calculated|cited|quoted|reported|described|valued)[a-z]+ed\s+"
                         r"(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$", re.I)
# what a negotiation is made of, not what it agrees: "11 rounds of talks", "a 12-page document", "20 officials"
PROCESS_NOUNS = frozenset("round rounds meeting meetings session sessions page pages document documents paragraph "
                          "paragraphs clause clauses article articles official officials delegate delegates "
                          "delegation delegations negotiator negotiators mediator mediators vote votes member "
                          "members minister ministers journalist journalists reporter reporters source "
                          "sources".split())


RATE_LATER = re.compile(r"\b(?:(?:each|every|per)\s+(?:single\s+)?|(?<!within\s)(?<!\bin\s)(?<!for\s)(?<!after\s)(?<!\bon\s)(?<!\bby\s)a\s+)"
                        r"(?P<u>day|week|month)\b|\b(?<!the\s)(?<!business\s)(?<!financial\s)(?<!economic\s)"
                        r"(?P<adv>daily|weekly|monthly)\b(?!\s+(?:newspaper|paper|reports?|reported|says|said|wrote))",
                        re.I)                       # (not "..., business daily reports": a paper)
NUMBER_OR_STOP = re.compile(rf"[;.:]|\d|\b{NUMBER_RE}\b", re.I)


LIST_JOINT_END = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
NUMBER_TOKEN = re.compile(r"[\w.,-]*\s*")
LIST_VERB = re.compile(r"\b(?:will|would|shall|must|should|can|could|are|is|to)\b")


# a share of a whole: "75 of the 300 seats" (the 75 is the term, the 300 the whole it is taken from)
SHARE_OF_WHOLE = re.compile(rf"\s+of\s+(?:the|its|their)\s+(?P<total>{NUMBER_RE})\b", re.I)
SHARE_OF_BEFORE = re.compile(rf"\b{NUMBER_RE}\s+of\s+the\s+$", re.I)


def _rate_later(after: str, pos: int) -> re.Match | None:
    """A rate further on in the clause, with no other number before it: "600 trucks of aid would
    enter Gaza each day", "... would cross daily". Past the other amounts of a list, when the rate
    follows the list's verb: "200 trucks of aid, 130,000 litres of diesel and four trucks of gas will go
    in every day" (each of the three, a day)."""
    clause = after[:pos + 80]
    stop = NUMBER_OR_STOP.search(clause, pos)
    rate = RATE_LATER.search(clause, pos, stop.start() if stop else len(clause))
    start = pos
    while rate is None and stop is not None and stop.group()[:1] not in ";.:" \
            and LIST_JOINT_END.search(clause, start, stop.start()):
        start = NUMBER_TOKEN.match(clause, stop.start()).end()     # past the next item's number
        clause = after[:start + 80]
        stop = NUMBER_OR_STOP.search(clause, start)
        last = RATE_LATER.search(clause, start, stop.start() if stop else len(clause))
        if last and (stop is None or stop.group()[:1] in ";.:") and LIST_VERB.search(clause, start, last.start()):
            return last
    return rate


MONEY_OF_BEFORE = re.compile(r"\b([a-z][\w-]+)\s+of\s+(?:the\s+)?(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|roughly\s+|"
                             r"at\s+least\s+|as\s+much\s+as\s+|between\s+)?$")
MONEY_VERB_BEFORE = re.compile(r"\b(pay|pays|paid|paying|spend|spends|spent|spending|invest|invests|invested|investing|"
                               r"provide|provides|provided|providing|give|gives|gave|giving|contribute\w*|transfer\w*|"
                               r"receive\w*|get|gets|got|raise|raises|raised|raising|cut|cuts|cutting|pull|pulls|pulling|"
                               r"rescind\w*|claw\w*\s+back|save|saves|saving|lend|lends|lent|lending|loan|loans|"
                               r"disburse\w*|grant|grants|granted|collect|collects|collected|collecting|mobili[sz]\w*|"
                               r"hand|hands|handed|handing)\s+"
                               r"(?:(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+|(?:it|them|him|her|us)\s+)?"   # "pay
                                                                                                     # Mauritius"
                               r"(?:(?:an?\s+)?(?:additional|extra|"
                               r"further|another|up\s+to|about|around|some|nearly|roughly|at\s+least)\s+)?$", re.I)
# "defense spending would rise to $886 billion": the amount is what the subject of the verb comes to
MONEY_MOVE_BEFORE = re.compile(r"\b(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s+|,\s+(?=valued\s))"
                               r"(?:(?:would|will|could|should|is\s+to|are\s+to|to)\s+)?"
                               r"(?:rise|rises|rising|grow|grows|growing|fall|falls|falling|drop|drops|climb|climbs|reach|"
                               r"reaches|total|totals|yield|yields|save|saves|cost|costs|amount\s+to|amounts\s+to|"
                               # "The package is worth $4.5 billion", "The deal, valued at $12 billion,"
                               r"(?:(?:is|are|be)\s+)?(?:worth|valued\s+at)|is|are|be)\s+"
                               r"(?:to\s+)?(?:(?:about|around|some|nearly|roughly|up\s+to|at\s+least|an\s+estimated)\s+)?$")
_RISES = r"(?:rises?|increases?|grows?|goe?s?\s+up|is\s+raised|be\s+raised)"
# "the number of seats in parliament rises to 108 from 99": what the number of comes to
RISES_TO_BEFORE = re.compile(rf"\b(?:{_RISES}|rise|falls?|drops?|climbs?|is\s+cut|be\s+cut)\s+(?:again\s+)?to$")
# what rises to a level: "the limit rises to 50 this fiscal year, 52 in ..."
SUBJECT_RISES_TO = re.compile(rf"\b(?:the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+"
                              rf"(?:(?:would|will|is\s+to)\s+)?(?:{_RISES}|rise|falls?|drops?|climbs?)\s+"
                              rf"(?:again\s+)?to$")
# "the $14.3 trillion debt limit rises by $900 billion": the amount before the noun is where it starts from
RISES_BY_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,2}}(?:(?:would|will)\s+)?{_RISES}\s+(?:again\s+|further\s+)?by\b")
# "the limit rises again by $1.2 trillion": an increase of what rises
MONEY_RISE_BY = re.compile(rf"\b(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:(?:would|will|could|is\s+to|to)\s+)?{_RISES}\s+"
                           r"(?:again\s+|further\s+|immediately\s+)?by\s+(?:(?:about|around|some|nearly|roughly|up\s+to|"
                           r"at\s+least|another|a\s+further)\s+)?$")
MONEY_PER = re.compile(r"\s+(?:an|per|each)\s+hour\b", re.I)     # "will earn at least $25 an hour": hourly pay
_PARTICIPLE = r"[a-z]+(?:able|ible|ed|ing|ly)\b"                  # "$11,000 per worker payable on ratification"
_RATE_END = r"(?=[,;.)]|\s+(?:or|and|for|in|of|to|under|from|on|at|by|with|through|over|until|after|before|plus)\b|$)"
# what an amount is paid per: "$15,000 a minute", "$300,000 per programme", "$309 for each additional minute", "about
# $650 for each 26 weeks of streaming", "$1,300 for a full year" (not "$5 billion for a fund": what it is for)
MONEY_RATE_AFTER = re.compile(r"\s+(?:(?:a|an)\s+(?!(?:year|month|week|day)\s+(?:ago|earlier|later|before)\b)"
                              rf"(?P<u>[a-z]+){_RATE_END}"
                              rf"|per\s+(?P<u1>[a-z]+(?:\s+(?!{_PARTICIPLE})[a-z]+)?)(?:{_RATE_END}|(?=\s+{_PARTICIPLE}))|"
                              r"for\s+(?:each|every)\s+(?!one\b)(?P<u2>(?:additional\s+|extra\s+|further\s+)?(?:[\d,]+\s+)?[a-z]+)|"
                              r"for\s+(?:a|an|one)\s+(?:full\s+|whole\s+|single\s+)?(?P<u3>year|month|week|day|hour|minute)\b)")
def _rate_of(per: re.Match) -> str:
    """What a MONEY_RATE_AFTER match pays per: "an hour" → "hour", "for each additional minute" → "additional minute"."""
    return next(u for u in per.groups() if u)


# a share told in cents of each unit owed: "75 cents for every dollar claimed", "72 cents on the dollar"
CENTS_ON_THE_DOLLAR = re.compile(r"\s+cents\s+(?:on|for|per|of|to)\s+(?:the|each|every|a)\s+(?:single\s+)?(?:dollar|euro)\b", re.I)
# a market's price, not a term: "With Brent crude trading at $61 a barrel"
MARKET_AT_BEFORE = re.compile(r"\b(?:trad(?:e|es|ed|ing)|priced|sell(?:s|ing)?|sold|st(?:and|ands|ood|anding)|hover\w*|"
                              r"hold(?:s|ing)?|held|clos(?:e|es|ed|ing)|open(?:s|ed|ing)?)\s+"
                              r"(?:at|around|near|above|below)\s+(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+)?$", re.I)
# the noun a list after a colon gives items of: "exceeds any of three thresholds: $15,000 a minute, $300,000 ..."
# (a plural noun, not "the money is heavily front-loaded:")
COLON_HEAD_BEFORE = re.compile(r"\b([a-z][a-z-]+[a-z]s):\s+[^:;]*$")
# what a rate of money is not: a cost, an estimate, what people earn now ("workers typically earn less than $4 an
# hour", "put the cost of the operation at $1 million a day")
NOT_A_RATE_BEFORE = re.compile(r"\b(?:cost\w*|estimat\w*|loss(?:es)?|lost|los(?:e|es|ing)|typically|usually|currently|"
                               r"already|now)\b(?:[^.;]|\.(?=\d))*$", re.I)
EARN_BEFORE = re.compile(r"\b(?<!typically\s)(?<!currently\s)(?<!already\s)(?<!usually\s)"
                         r"(?:earn|earns|earning|make|makes|be\s+paid|get|gets)\b[^.;]*$")   # not what they earn now
MONEY_NOUNS = {"pay": "payment", "pai": "payment", "spe": "spending", "inv": "investment", "pro": "funding",
               "giv": "funding", "gav": "funding", "con": "contribution", "tra": "transfer", "rec": "payment",
               "get": "payment", "got": "payment", "rai": "funding", "cut": "cut", "pul": "cut", "res": "cut",
               "cla": "cut", "sav": "savings", "len": "loan", "loa": "loan", "dis": "disbursement", "gra": "grant",
               "col": "funding", "mob": "funding", "han": "payment"}


MODAL_AFTER_SUBJECT = re.compile(r"[^,.;:]{0,40}?\b(?:would|will|shall|must|are\s+to)\b")
BODY_NOUNS = r"(?:team|committee|commission|panel|force|board|council|mission|body|mechanism|cell|assembly|parliament|" \
             r"presidency|legislature|executive|senate|court|tribunal|secretariat)"
BODY_OF_BEFORE = re.compile(rf"\b(?P<body>{BODY_NOUNS})\s+(?:(?:composed|made\s+up|consisting|comprised)\s+)?of\s+"
                            r"(?:up\s+to\s+|about\s+|some\s+|around\s+|at\s+least\s+)?$", re.I)   # "a commission composed of five"
# military formations a deal counts, however few: "one mechanised infantry division", "border units of four battalions"
FORMATIONS = frozenset("division divisions brigade brigades battalion battalions regiment regiments squadron squadrons "
                       "companies".split())
# who sits on a body: "five members", "a Claims Commission of five arbitrators"
MEMBER_NOUNS = frozenset("members member arbitrators judges commissioners experts monitors".split())
# how many each side puts on it: "Each side names two commissioners"
EACH_SIDE_NAMES = re.compile(r"\b(?:each|either|every)\s+(?:side|party|country|government|state)\s+"
                             r"(?:(?:will|would|shall|is\s+to)\s+)?"
                             r"(?:names?|appoints?|chooses?|selects?|nominates?|picks?|designates?|sends?)\s+$", re.I)
MEMBER_COMPOUND = re.compile(rf"-member,?\s+(?:[\w-]+\s+){{0,3}}?(?P<body>{BODY_NOUNS})\b", re.I)   # "a 12-member, Egyptian-led committee"
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
    if noun in MEMBER_NOUNS and (m := BODY_OF_BEFORE.search(before, max(0, len(before) - 50))
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
            and m.group(1) not in TIME_WORDS and m.group(1) not in OF_VERBS:
        return m.group(1)                        # (not "spoke of eight billion dollars": what is spoken of)
    if " at " in before[-20:] and (m := PUT_THE_AT.search(before, max(0, len(before) - 90))):
        # "puts the clawback of unspent funds at about $28 billion" (not an estimate of damage: "put the cost
        # of rebuilding Gaza at $53 billion")
        return None if m.group("np").split()[-1] in ESTIMATE_NOUNS else m.group("np")
    if m := MONEY_VERB_BEFORE.search(before, max(0, len(before) - 40)):
        return MONEY_NOUNS[m.group(1).lower()[:3]]
    if " by " in before[-30:] and (m := MONEY_RISE_BY.search(before, _tail(before, 8))):
        words = [w for w in m.group("np").split() if w not in FUNCTION_WORDS and w not in MODAL_WORDS]
        return f"{' '.join(words[-2:])} increase" if words else None
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
    start = _clause_start(text, a)
    end = m.start() if (m := CLAUSE_END.search(text, b)) else len(text)
    return bool(PAST_RELEASE.search(text, start, end)) and bool(DATED.search(text, max(0, start - 40), end))


NAMED_AT = re.compile(r"(?:\bput|\band)\s+(?P<np>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)\s+at\s+"
                      r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|almost\s+)?$")


PARTICLE_WORDS = frozenset("out up down off little work works".split())   # "the raises work out to"


PAY_PHRASE = re.compile(r"\b(?:base|top|starting|hourly|minimum|entry|take-home|overtime|holiday|sick|strike)\s+pay\b", re.I)


OF_OUTPUT = re.compile(r"\s*(?:percent\s+|per\s+cent\s+)?of\s+(?:the\s+)?(?:gross\s+domestic\s+product|GDP|output|"
                       r"national\s+income|(?:the\s+)?economy)\b", re.I)
FISCAL_NOUN = re.compile(r"\b(?:deficit|surplus|debt|spending|revenue|budget|borrowing|growth)\b", re.I)


def _percent_noun(before: str, after: str) -> str:
    """What a percentage is of: a rate noun right after it ("25 percent duties"), else the last
    rate noun of its clause ("cut the tariff rate ... to 7.5 percent"), else the last content word."""
    following = WORD.match(after.lstrip())
    if following and following.group(0).lower() in RATE_NOUNS:
        return following.group(0).lower()
    if named := NAMED_AT.search(before, max(0, len(before) - 60)):
        return named.group("np").lower()                 # "put Area A at about 3 percent ... and Area B at 24"
    if OF_OUTPUT.match(after) and (fiscal := _last(FISCAL_NOUN.finditer(before, max(0, len(before) - 100)))):
        return fiscal.group(0).lower()                   # "the deficit path: 5.9% of gross domestic product": the
                                                         # deficit's share of the economy
    clause = before[_clause_start(before, len(before)):]
    words = [w.lower() for w in WORD.findall(clause or before)]
    rates = [w for w in words if w in RATE_NOUNS]
    if rates:
        return rates[-1]
    if pay := _last(PAY_PHRASE.finditer(clause or before)):
        return " ".join(pay.group(0).lower().split())   # "top pay would rise by more than 33 percent"
    if following and (w := following.group(0).lower()) not in FUNCTION_WORDS and w not in TIME_WORDS \
            and w not in NOT_MEASURED and w != "of":
        return w                                         # "300 kg of 3.67 percent uranium"
    if of := PERCENT_OF.match(after):                   # "17 percent of the revenue", "of the sanctions relief"
        for w in (of.group(2), of.group(1)):
            if w and w.lower() not in FUNCTION_WORDS and w.lower() not in TIME_WORDS:
                return w.lower()
    nouns = [w for w in words if w not in FUNCTION_WORDS and w not in TIME_WORDS and w not in NOT_MEASURED
             and w != "of" and not w.endswith(("ed", "ing")) and w not in VERB_FORMS and w not in dates.MONTHS
             and w not in PARTICLE_WORDS]
    return nouns[-1] if nouns else "share"                # (not "oct" of "on Oct. 2 by 50.2 percent", nor "out" of
                                                          # "works out to about 2.6 percent")


def _num_text(q: Quantity) -> str:
    if q.unit == "day":
        lo, hi = q.min, q.max
        fmt = lambda v: f"{v:g}"
        return f"{fmt(lo)} days" if lo == hi else f"{fmt(lo)}-{fmt(hi)} days"
    return q.raw.strip().lower()
# what sets a second figure against the first: "342 tanks, against the 800 that Kyiv offered"
COUNTER_CUE = re.compile(r"\b(?:while|whereas|against|compared\s+with|versus|vs\.?|rather\s+than|instead\s+of)\s")
# a source that repeats the figures given just before: "used the same numbers", "later confirmed both numbers"
SAME_FIGURES = re.compile(r"\b(?:used|uses|gave|gives|cited|cites|confirmed|confirms|repeated|repeats|matched|matches)\s+"
                          r"(?:the\s+same|both|those|these)\s+(?:numbers|figures|totals)\b")
NAME_RUN = re.compile(r"\b[A-Z][\w-]+(?:['’]s)?(?:\s+[A-Z][\w-]+(?:['’]s)?)*")      # "Abbas Araghchi", "Iran's"
NEGATION_WORDS = frozenset("not never neither nor no none".split())
# a limit that a bare number sets: "a separate ceiling of 800", "the full quota of 18 a year"
LIMIT_NOUNS = frozenset(("ceiling", "cap", "limit", "quota", "maximum", "minimum"))
LIMIT_OF_BEFORE = re.compile(r"\b(%s)\s+of\s*$" % "|".join(LIMIT_NOUNS))
# what a limit is set on: "a ceiling of 800,000 on Ukraine's armed forces"
LIMIT_ON_AFTER = re.compile(r"\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                            r"(?P<np>(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)"
                            r"(?=\s*[.,;:]|\s+(?:in|by|from|for|until|combined)\b|$)")
