"""The patterns that find who a sentence cites: verbs of speech and report, names, roles, outlets,
back-references and the ways a press review or a live blog names its sources."""
from __future__ import annotations

import re

CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’&.-]*|al-[A-Z][\w'’-]*)"
NAME = (rf"{CAP}(?:\s+(?:(?:of|for|al|de|and|bin|ibn|bint|abu|dei|del|della|di|du|des|da|do|ya)\s+"
        rf"(?:the\s+|l['’](?=[A-ZÀ-Þ]))?|(?:de\s+la|de\s+los|von\s+der|van\s+der|van\s+den|van|von|la|le)\s+)?"
        rf"{CAP}){{0,7}}(?:\s+\d{{1,3}}(?![\w,.]\w)(?:\s+News\b)?)?")     # "Ursula von der Leyen", "De la Calle"
BACKREF_NOUNS = {"newspaper", "paper", "daily", "outlet", "report", "document", "draft", "text", "agency",
                 "network", "channel", "broadcaster", "website", "site", "publication", "weekly", "magazine", "tabloid",
                 "station", "report's", "copy", "same report", "same source", "ministry", "office", "department",
                 "group", "movement", "statement", "fact sheet", "summary", "readout", "mission", "delegation", "panel",
                 # a side named by its office: the source last named so ("President Biden" → "the president")
                 "president", "prime minister", "premier", "government", "cabinet", "administration", "presidency",
                 "official", "spokesman", "spokeswoman", "spokesperson", "army", "military"}
PEOPLE_KINDS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "diplomat"})   # unnamed: the outlet's own
KIND_WORDS = frozenset({"president", "minister", "premier", "government", "cabinet", "administration", "presidency",
                        "official", "spokesman", "spokeswoman", "spokesperson"})
DOC_NOUN_WORDS = ("version", "document", r"fact\s+sheet", "factsheet", "maps", "draft", "text", "side",
                  "counter-proposal", "counterproposal", "counter-draft", "proposal", "government", "delegation",
                  "report", "account", "summary", "paper", "statement", "readout", "plan", "ministry", "office",
                  "cabinet", "presidency", "military", "army", "headquarters", "committee")
DOC_NOUNS = "(?:%s)" % "|".join(DOC_NOUN_WORDS)
# people who speak without a name: the outlet's own reporting, or what they told another outlet
ANON_WHO = r"sources?|officials?|diplomats?|people|persons?|mediators?|negotiators?|planners?"
ANON = re.compile(rf"\b(?:{ANON_WHO}|insiders?|spokes(?:man|woman|person)|analysts?|observers?|someone)\b")  # lower case: "Observer" may be a paper
CARRY_WORDS = frozenset(CARRY_LIST := ("reported reports reporting published publishes revealed reveals released releases obtained "
                                        "disclosed wrote writes cited detailed described outlined leaked broadcast aired "
                                        "issued issues printed prints learned learnt learns understands").split())
SPEECH_LIST = ("said says say told tells stated states added claimed claims insisted insists insist noted notes "
               "confirmed confirms confirm announced announces announce explained explains explain argued argue "
               "estimated estimates projected projects calculated calculates quoted briefed describe describes "
               "spoke").split()
CARRY_VERBS = "(?:%s)" % "|".join(CARRY_LIST)
SPEECH_VERBS = "(?:%s)" % "|".join(SPEECH_LIST)
VERB_WORDS = CARRY_WORDS | frozenset(SPEECH_LIST)
BACKREF_WORDS = frozenset(BACKREF_LIST := ("newspaper", "paper", "daily", "outlet", "agency", "network", "channel",
                                           "broadcaster", "website", "site", "station", "magazine", "weekly", "tabloid",
                                           "publication", "report", "document", "draft", "text", "ministry", "office",
                                           "department", "group", "movement", "government", "cabinet",
                                           "president", "presidency", "administration", "summary", "memo",
                                           "readout", "company", "union", "headquarters", "commission", "statement",
                                           "sheet", "army", "military", "plan", "proposal", "framework",
                                           "blueprint"))
BACKREF_SUBJECT = re.compile(rf"\b[Tt]he\s+(?:same\s+)?(?:(?:committee|panel|commission|council)['’]s\s+)?(?:(?:news|state|wire|official|public|fact|foreign|finance|defen[cs]e|interior|economy|trade|commerce|energy|"
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
                     "broadcaster", "magazine", "outlet", "weekly", "station", "television", "tabloid")
OUTLET_KINDS = "(?:%s)" % "|".join(OUTLET_KIND_WORDS)
_REF = r"\s+(?P<ref>(?:[^,.;:()“”\"]|(?<=\b[A-Z])\.){1,80}?)(?=\s*(?:[,;:()“”\"]|\.(?<!\b[A-Z]\.))|\s+(?:and|which|that|who|on|in|as)\b|$)"
ACCORDING = re.compile(r"\b(?i:according)\s+to" + _REF)
PER_SOURCE = re.compile(r"(?:^|,\s)\W*[Pp]er" + _REF)          # "Per the Wall Street Journal, ..."
BY_NAME = re.compile(rf"\b(?:published|reported|obtained|seen|released|revealed|cited|quoted|leaked|broadcast|"
                     rf"summari[sz]ed|described|relayed|carried|outlined|reviewed|viewed|examined|circulated|issued)"
                     rf"(?:\s+(?:on|late|early|last|this)\s+[A-Z]?[a-z]+)?\s+by\s+(?P<ref>(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{NAME}"
                     rf"(?:\s+(?:public\s+|state\s+)?{OUTLET_KINDS}\s+{NAME})?"       # "Israeli broadcaster Kan"
                     rf"|the\s+(?:foreign\s+)?(?:presidency|government|ministry|cabinet|union|guild)\b)")   # "the presidency"
# a document given to an outlet: "The text itself, a copy of which was shared with the Meridian Review by a Lebanese
# official, ..." (its account follows)
# a body described, then named in an aside, then its verb: "The railroads' bargaining group, the National Carriers'
# Conference Committee, says ..."
DESCRIBED_NAME = re.compile(rf"^\W*(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){{1,5}}?(?:group|body|coalition|alliance|association|"
                            rf"committee|council|federation|union|bloc|organi[sz]ation|authority|agency|regulator|"
                            rf"negotiators|team|side|panel|bank|fund),\s+(?:the\s+)?(?P<subj>{NAME}),\s+(?:also\s+)?"
                            rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
GIVEN_WORDS = frozenset("shared given provided passed leaked handed sent made".split())
GIVEN_TO_VERBS = (r"(?:shared\s+with|given\s+to|provided\s+to|passed\s+(?:on\s+)?to|leaked\s+to|handed\s+to|sent\s+to|"
                  r"made\s+available\s+to)")
GIVEN_TO = re.compile(rf"\b(?:a\s+copy\s+of\s+which|which)\s+(?:was|were|has\s+been|had\s+been)\s+{GIVEN_TO_VERBS}"
                      rf"\s+(?P<ref>(?:the\s+)?{NAME})")
SAID_IN_DOC = re.compile(r"\b(?:said|says|announced|stated|declared)\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?"
                         r"(?:statement|post|message|communiqu[eé]|interview|letter|video)\s+$")
VERB = re.compile(rf"\b(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
PEOPLE_BEFORE = re.compile(r"(?:\d|\b(?:people|prisoners|hostages|detainees|captives|men|women|children|soldiers|civilians|"
                           r"citizens|nationals|journalists|others)|(?-i:\b[A-Z][a-z]+(?:ans?|is|ese)))\s+(?:[a-z]+\s+){0,2}$"
                           r"|\bbe(?:ing)?\s+$", re.I)    # "one American released by Russia", "would be released by"
AUX = r"(?:(?:has|have|had|is(?=\s+reporting\b))\s+)?(?:(?:also|just|now|since|already)\s+)?"      # "..., has just confirmed"
ROLE_WORDS = frozenset("minister president leader envoy spokesman spokeswoman spokesperson negotiator negotiators "
                       "official officials chief secretary secretary-general member team speaker adviser advisor "
                       "ambassador commander chairman premier representative aide aides diplomat diplomats mediator "
                       "mediators ceo governor director commissioner chair chairwoman lawyer attorney lawmaker "
                       "lawmakers legislator legislators parliamentarian source planner planners executive "
                       "executives".split())
ROLES = "(?:%s)" % "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
OUTLET_TAIL = re.compile(rf"(?P<name>{NAME})\s+(?:[a-z-]+\s+)?{OUTLET_KINDS}$")
SUBJECT_BEFORE = re.compile(rf"(?P<subj>(?:\b[Tt]he\s+|\b[Aa]n?\s+)?(?:{NAME}(?:\s+(?:[a-z-]+\s+)?(?:{OUTLET_KINDS}|radio)|\s+(?:report|statement|readout|summary))?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}}\s+(?:[a-z]+(?:['’]s)?\s+){{0,2}}{DOC_NOUNS}|[A-Z][a-z]+['’]s\s+[\w\s'’-]{{0,30}}?"
                            rf"(?:{DOC_NOUNS}|{ROLES}))){ADVERB}(?:\s+{WHEN}{ADVERB})?\s+$")
# '"...," a Hamas official said.' / '"...," said N, a Hamas leader.': the organisation of a role
QUOTE_ROLE_END = re.compile(rf"[,”\"]\s*(?:{SPEECH_VERBS}\s+)?(?:[\w\s.-]{{0,30}}?,\s+)?(?:an?|the|one)\s+(?:senior\s+|top\s+)?"
                            rf"(?P<org>{NAME})\s+(?P<role>{ROLES})(?:\s+{SPEECH_VERBS}(?:\s+(?:reporters|journalists|the\s+[a-z]+|{NAME}|an?\s+[^,;.“”\"]{{1,50}}))?)?"
                            rf"\s*[.]?\s*$")                                 # "..., an Israeli official told reporters."
ORG_KINDS = r"(?:administration|government|defen[cs]e|military|security|intelligence|political|state|foreign\s+ministry)"
RANK_WORDS = r"(?:caretaker|acting|interim|outgoing|former|deputy)"    # "Lebanese caretaker Prime Minister"
RANKED_OWNER_BEFORE = re.compile(rf"(?P<org>{CAP})\s+{RANK_WORDS}\s+$")
ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,11}")         # "UAW President Ray Koval called ...": the UAW; "SAG-AFTRA"
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
GATE_WORDS = VERB_WORDS | {"according", "by", "per", "tell", "tells", "put", "adds", "spoken", "listed", "media",
                           "speaking", "talking", "spoke", "talked",     # "A Hamas official, speaking to Al Jazeera, set out"
                           "stressed", "emphasised", "emphasized", "underlined"}   # ROLE_ASIDE: ", an OAU official stressed,"
KNOWN_VERBS = frozenset("has have say says put puts give gives want wants insist insists offer offers propose proposes "
                        "demand demands define defines describe describes call calls refer refers called described "
                        "wanted insisted offered proposed demanded seek seeks sought suggest suggests suggested "
                        "counter counters countered "
                        "read reads presented presents stressed stresses warned warns".split())
VERB_SUBJECT = re.compile(rf"[,”\"]\s*(?!told\b|tells\b)(?:{CARRY_VERBS}|{SPEECH_VERBS})\s+(?P<subj>(?:the\s+)?{NAME})"
                          rf"\s*[.,]?\s*$")     # (not '..., told Reuters': who was told)
# a document a side put out, whose text "the draft says" names again: "The Kremlin on Monday unveiled a draft
# framework", "Hamas published a copy of the proposal", "a draft seen by the Ledger"
OWNED_DOC_WORDS = frozenset("draft plan proposal framework blueprint text document".split())
_OWNED_DOC = "|".join(sorted(OWNED_DOC_WORDS))
PUT_OUT_WORDS = frozenset("unveiled unveils released releases published publishes presented presents submitted submits "
                          "tabled tables put puts sent sends drafted circulated circulates handed hands obtained "
                          "obtains leaked leaks shared shares issued issues".split())
PUT_OUT = re.compile(rf"(?:^\W*|[,;]\s+|\band\s+)(?:[Tt]he\s+)?(?P<subj>{NAME})(?:\s+{WHEN})?\s+(?:(?:has|had|have|also|"
                     rf"formally|quietly|first)\s+)*(?:unveil(?:s|ed)|release[sd]|publish(?:es|ed)|present(?:s|ed)|"
                     rf"submit(?:s|ted)|table[sd]|puts?\s+(?:forward|out)|sen(?:ds|t)|draft(?:s|ed)|circulate[sd]|"
                     rf"hand(?:s|ed)\s+over|obtain(?:s|ed)|leak(?:s|ed)|share[sd]|issue[sd])\s+"
                     rf"(?P<obj>(?:an?|its|their|his|her|the)\s+[^.;:,]{{0,60}})")
DOC_BY = re.compile(rf"\b(?P<doc>{_OWNED_DOC}|agreement|accord)s?\b[^.;]{{0,40}}?\b(?:seen|obtained|reviewed|viewed|"
                    rf"published|released|leaked|issued|circulated)\s+by\b")
OWNED_DOC = re.compile(rf"\b({_OWNED_DOC})s?\b")
# a paragraph that opens on the deal's text, with no source of its own: the outlet's account ("Under the Claims
# Settlement Declaration, a nine-member tribunal will sit in The Hague"), not the speaker's of the paragraph before
UNDER_THE_DEAL = re.compile(r"\W*Under\s+(?:the|that|this|its)\s+(?:[\w-]+\s+){0,3}?(?i:deal|agreement|accord|declaration|"
                            r"declarations|plan|framework|treaty|protocol|text|terms|accords|agreements)\b")
# "..., said Dana Whitfield, a grip who ...", "..., said union president Matthew Loeb.": the verb, then the
# speaker with an aside after it or a title before it
VERB_SUBJECT_ASIDE = re.compile(rf"[,”\"]\s*(?:{CARRY_VERBS}|{SPEECH_VERBS})\s+"
                                rf"(?P<subj>(?:(?:[a-z][\w'’-]*\s+){{1,3}}|(?P<org>{CAP})\s+(?:[a-z][\w'’-]*\s+){{0,2}}?"
                                rf"(?P<role>{ROLES})\s+)?(?P<person>{NAME}))"
                                rf"(?:,\s+(?:an?|the|who|whose|which|its|his|her)\b[^;]{{1,140}}?)?\s*[.]?\s*$")
# "..., Kan, the public broadcaster, reported.": a name, what it is between commas, the verb
TRAILING_APPOSITIVE = re.compile(rf"[,”\"]\s*(?P<subj>(?:the\s+)?{NAME}),\s+(?:(?:the|an?)\s+(?P<aside>[^,;]{{1,60}})"
                                 rf"|[^,;]{{1,40}}?\b{ROLES}\b[^,;]{{0,20}}),\s+(?:also\s+)?"
                                 rf"(?:{CARRY_VERBS}|{SPEECH_VERBS}|told\s+(?:reporters|journalists"
                                 rf"|an?\s+[^,;.“”\"]{{1,50}}|(?:the\s+)?{NAME}))"
                                 # "..., N, a Hamas spokesman, told a crowd ...", "... told reporters in June", "...
                                 # told the Great Lakes Review": N speaks, not the paper he told
                                 rf"(?:\s+(?:in|on|last|earlier|this)\s+[A-Za-z][\w ]{{0,30}}?)?\s*[.]?\s*$")
# the aside of a speaker's name: "a Hamas spokesman", "a senior Israeli official"
ORG_ROLE_ASIDE = re.compile(rf"(?:senior\s+|top\s+)?(?P<org>{NAME})\s+(?P<role>{ROLES})$")
TRAILING = re.compile(rf"[,”\"]\s*(?P<subj>(?:[Tt]he\s+)?(?:(?:[A-Z][\w.]+\s+){{1,3}}(?:[a-z]+\s+)?"
                      rf"(?:{DOC_NOUNS}|panel|mission)|(?:{CAP}\s+{RANK_WORDS}\s+)?{NAME}))(?:\s+also)?\s+"
                      rf"(?:{CARRY_VERBS}|{SPEECH_VERBS}|adds)\s*[.]?\s*$")
# "the African Union mediation panel said": the mediators the text names later
# "Al Jazeera, citing a copy of the text, said ...": a name, an aside between commas, the verb
APPOSITIVE = re.compile(rf"^\W*(?:(?:On|For|As\s+for|Looking\s+ahead|Meanwhile|Separately|Elsewhere)\b"
                        rf"[^,;.\"“”]{{0,50}},\s*"
                        rf"|(?:Here\s+is|Here['’]s|This\s+is)\s+what\s+)?"     # "Here is what the statement, ..., says"
                        rf"(?:(?:[Tt]he|{CAP}['’]s)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?)?"   # "The nonpartisan", "Egypt's state-linked"
                        rf"(?:(?:[\w'’-]+\s+){{0,3}}?{OUTLET_KINDS}\s+)?"      # "The Saudi-owned daily"
                        rf"(?P<subj>{NAME}(?:\s+(?:fact\s+sheet|statement|readout|summary)|\s+(?:state\s+|public\s+)?(?:radio|television)|\s+(?:[a-z-]+\s+){{0,2}}?{ROLES}\s+{NAME}|\s+news\s+(?:agency|channel|network|website))?"
                        rf"|[Tt]he\s+(?:{CAP}\s+)?(?:[a-z]+\s+){{0,2}}(?:ministry|government|army|military|office|presidency|"
                        rf"cabinet|delegation)"                        # "The Emirati foreign ministry, which ..., said"
                        rf"|[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?{OUTLET_KINDS}),\s+"   # "The London-based Saudi daily, citing"
                        rf"(?:who\s[^,;]{{1,160}}|[a-z](?:[^,;]|(?<=\d),(?=\d{{3}})){{0,120}}"
                        rf"|(?:[Ii]n|[Oo]n|[Aa]t)\s[^,;]{{1,80}}),\s+"
                        rf"(?:{WHEN}\s+)?{AUX}"
                        rf"(?:(?:called|welcomed|hailed|praised|described|rejected|accepted)\s+[^;]{{1,80}}?\s+and\s+)?"
                        rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}|puts?(?=\s+(?:the\s+)?(?:number|figure|total|toll|cost)\b"
                        rf"|\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?at\s))\b")
OUTLET_THEN_NAME = re.compile(rf"^\W*(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+|(?={CAP}\s))"        # "Eritrean state radio, Dimtsi Hafash,"
                              rf"(?:[\w'’-]+\s+){{0,3}}?(?:{OUTLET_KINDS}|radio),\s+(?:the\s+)?"
                              rf"(?P<name>{NAME}),(?:\s+{WHEN})?{ADVERB}\s+(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
# "O Correio Atlântico, the business daily, goes straight to the money.", "The Madrid Mercantile, Spain's main
# business paper, reads the deal as ...": a paper named, then what it is, then its verb, whatever the verb
NAME_THEN_OUTLET = re.compile(rf"^\W*(?:[Tt]he\s+)?(?P<name>{NAME}),\s+(?:the|an?|{CAP}['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?"
                              rf"{OUTLET_KINDS}(?:\s+(?:in|of|from|based\s+in)\s+{NAME})?,(?:\s+{WHEN})?{ADVERB}"
                              rf"(?:\s+(?:by\s+contrast|in\s+turn|for\s+its\s+part),)?\s+(?P<verb>[a-z]{{2,}}s|[a-z]{{3,}}ed|ran|put|led|"
                              rf"took|gave|made|kept|wrote|held|went)\b")
THE_ROLE_SAID = re.compile(rf"(?:^\W*|[,”\"]\s*)[Tt]he\s+(?P<role>officials?|spokes(?:man|woman|person)|president|"
                           rf"prime\s+minister|minister|diplomats?|envoy['’]s\s+office)\s+(?:also\s+)?"
                           rf"(?:{SPEECH_VERBS}|described|put(?=\s+(?:the\s+)?(?:number|figure|total)\b)"
                           rf"|told(?=\s+(?:reporters|journalists|a\s+briefing|a\s+news\s+conference)\b))\b")
# "the company", "the union": the one named so before, else no one named (not whoever spoke last)
BODY_KINDS = frozenset({"company", "union", "headquarters", "commission"})
# a side that reacts names itself for a later "it said", "its spokesman said", not as the sentence's source
REACTION_WORDS = frozenset("welcomed rejected accepted hailed praised criticised criticized dismissed endorsed approved "
                           "backed thanked brushed disputed contested denied declared".split())
REACTION = re.compile(rf"^\W*(?:(?:In|At|After)\s[^;.\"“”]{{1,120}}?,\s+)?(?:[Tt]he\s+|[Aa]n?\s+)?(?P<subj>{NAME})(?:\s+(?P<kind>(?:[a-z]+\s+)?(?:ministry|office|"
                      rf"government|spokesperson|spokesman|spokeswoman|officials?)))?\s+(?:has\s+|had\s+|have\s+|also\s+)?"
                      rf"(?:{'|'.join(REACTION_WORDS)})\b")
# the parties' own signed text as the subject, a source of its own: "The joint declaration released on Friday
# ...", "According to the joint statement, ...", "..., the joint communique said."
JOINT_DOC = re.compile(r"^\W*(?:[Tt]he|[Aa]ccording\s+to\s+the)\s+(?:[\w-]+\s+){0,2}?joint\s+(?P<doc>declaration|statement|"
                       r"communiqu[ée])\b|[,”\"]\s*the\s+joint\s+(?P<doc2>declaration|statement|communiqu[ée])\s+"
                       r"(?:also\s+)?(?:said|says|added|adds|states|stated)\b"
                       # "Esper, Stoltenberg and President Ghani issued a joint declaration."
                       r"|\b(?:issued|released|signed|published|adopted)\s+a\s+joint\s+(?P<doc3>declaration|statement|"
                       r"communiqu[ée])\b")
# where or when, before the speaker that opens a sentence: "In Washington, a senior US official said"
LEAD_PLACE = (r"(?:(?:In|On|At|During|After|Before|Earlier|Later|Late|Early|Asked|Speaking|Addressing|Briefing)\b"
              r"[^,;.\"“”]{0,80},\s*)?")
# "Its spokesman said", "Its chief negotiator, N, told reporters": the source named last
ITS_ROLE_SAID = re.compile(rf"^\W*{LEAD_PLACE}(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:movement|group|party|organi[sz]ation)['’]s)\s+"
                           rf"(?:(?:chief|senior|deputy|top|political|military)\s+){{0,3}}(?:spokes(?:man|woman|person)|negotiators?|leaders?|"
                           rf"officials?)(?:,\s+[^,;]{{1,40}},)?\s+(?:also\s+)?(?:{SPEECH_VERBS})\b")
# "A spokesman for Qatar's foreign ministry told ...", "..., a spokeswoman for the State Department said.",
# "An adviser to the RSF leadership told ...", "a member of the Hamas political bureau said"
FOR_ROLE_WORDS = frozenset("spokesman spokeswoman spokesperson adviser advisor aide member representative office head "
                           "chief director chairman".split())
SPOKESPERSON_FOR = re.compile(rf"(?:^\W*|[,”\"]\s*)(?:(?P<person>{CAP}(?:\s+{CAP}){{1,3}}),\s+)?(?:[Aa]n?|[Tt]he)\s+(?:senior\s+|chief\s+|top\s+|close\s+)?"
                              rf"(?P<role>{'|'.join(FOR_ROLE_WORDS)})"
                              rf"\s+(?:for|to|of)\s+(?:the\s+)?(?:(?:opposition|rebel|party|movement)\s+leader\s+)?"
                              rf"(?P<org>{NAME})(?:['’]s)?(?:\s*\([^()]{{1,20}}\))?(?:\s+[a-z-]+){{0,2}}?"
                              rf"(?:\s+(?:for|to|in)\s+{NAME})?"        # "the office of the U.N. special envoy for Yemen";
                                                                        # a spokesman for the SRF, told Meridian"
                              rf"(?:,\s+[^,;]{{1,100}},|,)?\s+(?:also\s+)?(?:{CARRY_VERBS}|{SPEECH_VERBS})\b")   # '"...," N,
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
                             rf"(?:{ORG_KINDS}\s+|(?:press|humanitarian|political|military|security|aid|legal|trade)\s+"
                             rf"|(?:[a-z]+\s+){{1,2}}?)?"                 # "A USMX member company executive"
                             rf"(?P<role>{ROLES})(?:\s+in\s+{CAP})?"                      # "A UN humanitarian official in Geneva"
                             rf"(?:\s+of\s+(?:the\s+)?(?:parliament|[a-z]+\s+(?:bureau|council|committee|team)))?"   # "member of
                             rf"(?:\s+{DESCRIBED_SPEAKER})?"                                   # parliament"
                             rf"(?:,\s+(?:(?:[a-z]+ing|who|in|according|asked|briefed)\b[^,;]{{1,100}}|{NAME}),)?\s+{AUX}(?:also\s+)?"
                             rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}"
                             rf"|put(?=\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,5}}?at\s))\b")
# a role named in an aside inside the sentence: "Its findings will be made public but, a senior OAU official stressed,
# the inquiry ...", "The inquiry, a Hamas official said, does not ..."
ROLE_ASIDE = re.compile(rf"(?:,|\bbut)\s+(?:an?|the|one)\s+(?:senior\s+|top\s+)?(?P<org>{NAME})\s+(?:{ORG_KINDS}\s+)?"
                        rf"(?P<role>{ROLES})\s+(?:also\s+)?(?P<verb>{SPEECH_VERBS}|stressed|emphasi[sz]ed|underlined),\s")
_SIDE_OFFICIALS = (rf"(?P<org>{CAP})\s+(?:and\s+(?P<org2>{CAP})\s+)?(?:{ORG_KINDS}\s+)?(?P<role>{ROLES}|(?:(?:defen[cs]e|security|military|diplomatic|"
                   rf"government)\s+)?sources)(?:,\s+[^,;]{{1,80}},|\s+(?:briefing|speaking\s+to|talking\s+to)\s+"
                   rf"(?:reporters|journalists)(?:\s+in\s+{CAP})?(?:\s+(?:on|late\s+on)\s+[A-Z][a-z]+day)?"
                   rf"|\s+who\s+(?:briefed|spoke\s+to|talked\s+to)\s+(?:reporters|journalists)(?:\s+[a-z]+\s+the\s+[a-z]+)?)?"
                   rf"\s+(?:also\s+|have\s+|has\s+)?"     # "Israeli officials who briefed reporters before the ceremony"
                   rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}|put(?=\s+(?:the\s|[A-Z]\w*(?:\s+[A-Z0-9]\w*)?\s+at\s))"
                   rf"|spoken(?=\s+of\b)|spoke(?=\s+of\b))")   # "put Area A at about 3 percent", "spoke of"
SIDE_OFFICIALS = re.compile(rf"^\W*{LEAD_PLACE}(?:[Tt]he\s+)?(?:[Ss]enior\s+|[Tt]op\s+)?{_SIDE_OFFICIALS}\b")     # "Lebanese officials said"
SIDE_OFFICIALS_END = re.compile(rf"[,”\"]\s*(?:(?:two|three|several|some|one\s+of\s+the|an?|the)\s+)?(?:senior\s+|top\s+)?"
                                rf"{_SIDE_OFFICIALS}(?:\s*[.]?\s*$|\s*,\s+(?:speaking|who|asking|citing)\b)")
                                # "..., UN officials said.", "..., two Egyptian officials said, speaking on condition ..."
# "The government's chief negotiator, a former defence ministry official, told state television ..."
GOVERNMENT_ROLE = re.compile(rf"^\W*[Tt]he\s+(?:[a-z]+\s+)?(?P<noun>government|ministry|army|military|presidency|administration)"
                             rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?{ROLES}(?:,\s+[^,;]{{1,80}},)?\s+{AUX}(?:{CARRY_VERBS}|{SPEECH_VERBS})\b")
# "N of the government's delegation told the Ledger ...": one of the government's, named
PERSON_OF_BODY = re.compile(rf"^\W*(?P<person>[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'’-]+){{1,3}})\s+of\s+the\s+"
                            rf"(?P<noun>government|ministry|presidency|cabinet)['’]s\s+(?:[a-z-]+\s+){{0,2}}?"
                            rf"(?:team|delegation|committee|{ROLES})\s+{AUX}(?:{CARRY_VERBS}|{SPEECH_VERBS})\b")
# "Channel 12 gave a different picture." / "The Tide Post offered another account": what follows is its account
ACCOUNT_WORDS = frozenset("picture account version description summary reading story narrative timetable outline "
                          "breakdown details figure figures numbers assessment estimate count tally mix sequence "
                          "architecture structure framework schedule scheme arithmetic math target goal "
                          "total list terms impression".split())
MANNER_WORDS = frozenset("specific forthcoming detailed precise cautious guarded optimistic explicit candid frank "
                         "blunt".split())   # "was more specific"
BLUNTER = frozenset({"blunter", "franker"})   # "were blunter": more blunt
VIEW_WORDS = frozenset("view line position stance differently".split())     # "takes a narrower view", "counts differently"
PUT_WORDS = frozenset("number figure total count tally cost price package sum amount bill share".split())   # "put the number at"
ACCOUNT_GATE = ACCOUNT_WORDS | MANNER_WORDS | BLUNTER | VIEW_WORDS | {"put", "puts"} | {"leads", "led", "accent", "emphasis", "focus", "stress",
                                                                   "focused", "focuses", "concentrated", "concentrates",
                                                                   "turned", "turns", "counts", "counted"}
_ACCOUNT_VERB = (rf"(?:(?:gave|gives|offered|offers|painted|paints|drew|draws|presented|presents|provided|provides|had|has|"
                 rf"set\s+out|sets\s+out|laid\s+out|lays\s+out|"
                 rf"tells|told|(?:has\s+|have\s+)?put\s+out|puts\s+out)\s+(?:(?:the\s+)?{NAME}\s+)?(?:yet\s+)?(?:a|an|another|its|their|his|her|"
                 rf"(?:slightly\s+|somewhat\s+|very\s+|markedly\s+|sharply\s+)?(?:different|other|conflicting)|"
                 rf"the\s+same|the\s+(?:most|[a-z]{{2,}}est)|[A-Z][\w.-]*['’]s|the\s+[a-z]+s['’])\s+(?:[\w-]+\s+){{0,2}}?"
                 rf"(?:{'|'.join(ACCOUNT_WORDS)})\b"
                 rf"|(?:put|puts|placed|places|laid|lays)\s+(?:the|its|their|more)\s+(?:accent|emphasis|focus|stress)\s+on\b"
                 rf"|(?:focused|focuses|concentrated|concentrates)\s+on\b|(?:leads|led)\s+(?:with|on)\b"
                 rf"|(?:turned|turns)\s+to\b"
                 rf"|(?:takes|took|adopts|adopted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(VIEW_WORDS)})\b"
                 rf"|(?:(?:has|have|had)\s+)?(?:put|puts)\s+(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?"
                 rf"(?:{'|'.join(PUT_WORDS)})\s+"
                 rf"(?:\w+\s+){{0,8}}?(?:at|nearer|closer\s+to|[\"“]?somewhere)\b"
                 # ... or anything it puts at a number: "Kan put the end of the buoy line at some 4.5 km"
                 rf"|(?:(?:has|have|had)\s+)?(?:put|puts)\s+(?:the|its|their|[A-Z][\w-]*['’]s)\s+"
                 rf"(?:[\w-]+\s+){{1,6}}?at"
                 rf"(?=\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?[$€£]?\d)"
                 rf"|(?:counts|counted)\s+(?:only\s+)?[\"“]?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                 rf"nearly|about|some|more|almost|roughly)\b)"                                        # "X, a
                                                                  # historian, counts four stages rather than three"
                 rf"|(?:counts|sees|tells|reads|describes|presents|frames|explains|calculates|figures|puts)\s+"
                 rf"(?:[\w'’-]+\s+){{0,4}}?differently\b"           # "Boeing counts the same raises differently"
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
                     rf"|\b[Aa]n?\s+(?:senior\s+|top\s+)?{NAME}\s+{ROLES}(?:\s+{DESCRIBED_SPEAKER})?"
                     # "A Hamas official"
                     rf"|{NAME}['’]s\s+(?:office|camp|team|aides))"                      # "McCarthy's office'
                     rf"(?:\s+(?:fact\s+sheet|statement|readout|summary|document)"
                     rf"|\s+(?:state\s+|public\s+|official\s+)?(?:media|radio|{OUTLET_KINDS}))?)"   # "Iranian state television"
                     rf"(?:\s+in\s+[A-Z][a-z]+)?(?:,\s+[a-z][^,;]{{0,80}},)?(?:\s+(?:earlier|later|also|separately))?"
                     rf"\s+{_ACCOUNT_VERB}")   # "the Clarion in Galway", "Al-Masirah earlier put the number ... at"
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
                          "reply report telling retelling outline reading rendering description count reckoning "
                          "tally".split())
VERSION_OF = re.compile(rf"\b(?:(?:[Ii]n|[Uu]nder|[Aa]ccording\s+to)\s+(?:[Tt]he\s+|an?\s+)?(?:(?P<subj>{NAME})|"
                        rf"(?:[a-z]+\s+)?(?P<noun>{'|'.join(BACKREF_LIST)})['’]s)(?:['’]s)?\s+"
                        r"(?:own\s+)?(?:version|draft|counter-?proposal|text|account|fact\s+sheet|summary|response|"
                        r"reply|report|telling|retelling|outline|reading|rendering|description)"
                        rf"|[Bb]y\s+(?:[Tt]he\s+)?(?P<subj2>{NAME})['’]s?\s+(?:own\s+)?(?:count|reckoning|tally|account))\b")
                        # "In the Israeli version", "In the paper's version", "In a Kan report", "In Hamas's telling",
                        # "By Israel's count"
# ... and "In her telling", "In their version" at a sentence's start: the one named last
VERSION_OF_PRONOUN = re.compile(r"\W*(?:In|Under|According\s+to)\s+(?:his|her|its|their)\s+(?:own\s+)?(?:version|"
                                r"telling|retelling|account|reading|rendering|description|draft|summary)\b")
# "The Israeli draft provides for ...", "the Hamas text speaks of 18": one side's document as the subject
VERSION_SUBJECT = re.compile(r"^\W*(?:[Tt]he\s+|[Aa]n?\s+)?(?P<subj>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+(?:own\s+)?"
                             r"(?P<doc>version|draft|text|counter-?proposal|response|reply|account|summary|document|fact\s+sheet|"
                             r"statement|readout|briefing|description|reading)\s*"
                             r"(?:(?:issued|released|published|posted|sent)\b[^,;]{0,40}?\s+|,\s+[^;]{1,100}?,[\"”]?\s+|\s)"     # "A White House statement issued late on Sunday said"
                             r"(?:also\s+)?(?P<verb>provides|calls|speaks|envisages|envisions|foresees|stipulates|sets|puts|presents|outlines|"
                             r"describes|refers|counts|"
                             r"gives|includes|offers|proposes|says|said|states|mentions|specifies|lists|has|sees|allows|requires|"
                             r"adds|added|notes|is\s+explicit|is\s+clear|is\s+out|(?:has\s+been|was|is)\s+(?:released|published))\b")
# a body named by its kind, whose document or count opens the sentence: "The union's version", "By the union's
# count, ...", "the union's summary states" (one figure's count speaks for its sentence only)
OWNER_OFFICE = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s+){0,5}?[A-Z][\w.-]*['’]s\s+(?P<noun>office)\b")
BODY_POSSESSIVE = re.compile(rf"^\W*(?:(?:By|In|Under|On\s+[a-z]+,)\s+)?[Tt]he\s+(?P<noun>{'|'.join(BACKREF_LIST)})['’]s\s+"
                             r"(?:own\s+)?(?P<doc>version|count|summary|account|figures?|tally|reckoning|calculations?|"
                             r"estimate|fact\s+sheet|statement|document|proposal|draft|offer)\b")
BODY_POSSESSIVE_STARTS = ("the ", "by the ", "in the ", "under the ", "on ")
ONE_FIGURE_DOCS = frozenset({"count", "figure", "figures", "tally", "reckoning", "calculation", "calculations",
                             "estimate", "number", "numbers"})
# a side's own figure as the sentence's subject: "The CBO's estimate is lower, at around $27 billion", "the
# Treasury's own estimate is £39bn": that side's, for the figure alone
FIGURE_SUBJECT = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<subj>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+(?:own\s+)?"
                            r"(?:estimate|figure|number|count|tally|reckoning|calculation|projection|forecast)s?\s+"
                            r"(?:is|are|was|were|comes|came|stands|stood)\b")
VERSION_SUBJECT_WORDS = VERSION_WORDS | {"document", "statement", "readout", "briefing"}
PRONOUN_WORDS = frozenset({"it", "he", "she", "they"})
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow january "
                           "february march april june july august september october november december".split())
SPEAKING_TO = frozenset({"speaking", "talking", "spoke", "talked"})
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "here", "his", "her",
            "we're", "they're", "it's", "he's", "she's", "i'm", "you're"}
ANON_TOLD = re.compile(rf"\b(?i:{ANON_WHO})\b[^.;]{{0,60}}?"
                       rf"\b(?:told|tells|tell|(?:speaking|talking|spoke|talked)\s+to)\s+(?:the\s+)?"
                       rf"(?:(?:state|state-run|state-owned|official|news|public|private)\s+)*(?:{OUTLET_KINDS}\s+)?"
                       rf"(?:(?P<subj>(?:the\s+)?{NAME})|the\s+(?P<noun>{'|'.join(BACKREF_LIST)})\b|(?P<us>us|me)\b)")   # "told the state news agency TASS", "told the paper", "tells us"
# a paper named again as the subject of what a press review says it does ("The daily explains that ...",
# "Citing a White House fact sheet, the business weekly lists ...", "The weekly points out")
PAPER_SUBJECT = re.compile(r"^\W*(?:[A-Z][^,;.]{0,60},\s+)?[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<noun>paper|newspaper|daily|weekly|"
                           r"tabloid)\s+(?:also\s+|further\s+)?(?:lists|explains|points|notes|argues|insists|quotes|cites|"
                           r"claims|suggests|details|carries|runs|warns|reminds|concludes|observes|counts|estimates|"
                           r"believes|expects|predicts|doubts|highlights|stresses|recalls|recounts|says|adds|calls|"
                           r"describes|dismisses|labels|brands|welcomes|criticises|criticizes|sees|prefers|focuses|"
                           r"gives)\b")
# a person's side in the aside after the name: "According to Eyal Hulata, Israel's national security adviser, ...",
# "According to Amos Hochstein, the U.S. envoy, ...", "N, general chairman of the Brotherhood of Rail Engineers"
OWNER_ASIDE = re.compile(rf",\s+(?:(?:(?:the\s+)?(?P<owner>{CAP}(?:\s+{CAP})?)['’]s\s+(?:[\w-]+\s+){{0,3}}?"
                         rf"|(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?P<owner2>{CAP}(?:\s+{CAP})?)\s+(?:[\w-]+\s+){{0,2}}?)"
                         rf"{ROLES}\b|(?:the\s+|an?\s+)?(?:[a-z-]+\s+){{0,2}}?{ROLES}\s+(?:of|for|at|to)\s+(?:the\s+)?"
                         rf"(?P<owner3>{NAME})"
                         rf"|who\s+(?:led|leads|heads|headed|chairs|chaired)\s+(?:the\s+)?(?P<owner4>{CAP})(?:['’]s)?\s+"
                         rf"(?:negotiating\s+)?(?:team|delegation|negotiators|side)\b)")     # "N, who led Kyiv's delegation,"
# whom an outlet quotes "as saying": the quoted side speaks ("The agency quotes the coalition spokesman, Brig. Gen.
# N, as saying", "Interfax quoted Deputy Foreign Minister N as saying"); an unnamed speaker leaves the outlet's
QUOTED_AS_SAYING = re.compile(r"\b(?:quotes|quoted|quoting)\s+(?P<ref>[^;:“”\"]{3,100}?),?\s+(?:as\s+"
                              r"(?:saying|stating|telling)|who\s+(?:said|says|told|tells|stated|put))\b")   # "quotes a
                                                                                     # senior UN official who said"
MILITARY_RANKS = re.compile(r"^(?:(?:Brig|Gen|Maj|Col|Lt|Capt|Sgt|Adm|Cmdr)\.\s+)+(?=[A-Z]|al-)")     # "Brig. Gen. N"
# the people a paper quotes, by their side: "The Paris daily quotes France's Europe minister, N, as saying" (a later
# "the minister said" is France's)
QUOTES_ROLE = re.compile(rf"\bquotes\s+(?P<owner>{CAP}(?:\s+{CAP})?)['’]s\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{ROLES})\b")
IT_SAYS = re.compile(r"\b[Ii]t\s+(?:also\s+)?(?:says|said|adds|added|notes|noted|reports|reported|writes|wrote)\b")
# what kind of outlet a back-reference names, kept for the next one ("the broadcaster", "the tabloid")
OUTLET_DESCRIPTORS = frozenset("tabloid broadcaster channel network station weekly magazine website site "
                               "agency".split())
ROLE_NAMED = re.compile(rf"{ROLES},\s+(?P<person>{NAME}),")    # "negotiator, Ryosei Akazawa, told the daily"
TOLD_BY = re.compile(rf"\b(?:been|was|were|is|are)\s+told\s+by\s+(?:an?|the|two|three|several)\s+(?:senior\s+|top\s+)?"
                     rf"(?P<org>{NAME})\s+(?P<role>{ROLES})\b")
# "He says ..." right after a sentence led by a person's name: that person
# a speaker who "described" a term "as" something characterises it ("described the clause as 'ten seats'",
# "described it as a buffer about two and a half miles wide"); what follows is not their account
DESCRIBED_AS = re.compile(r"\bdescribed\s+(?:[\w'’-]+\s+){0,6}?as\b")
HE_SHE_SAID = re.compile(r"(?:^\W*(?:He|She)|[,”\"]\s*(?:he|she))\s+(?:also\s+)?(?:says|said|adds|added|tells|told|notes|noted|"
                         r"insists|insisted)\b")                  # "He said ...", "The agreement, he said, ..."
THEY_SAID = re.compile(r"^\W*They\s+(?:also\s+)?(?:say|said|add|added|tell|told|note|noted|insist|insisted)\b")
ANON_PLURAL_LEAD = re.compile(r"^\W*(?:[A-Z][\w-]+\s+){0,2}?(?i:diplomats|officials|sources|mediators|negotiators|people)\b")
# an unnamed official of a side who opens a paragraph: "An Israeli security official, briefing reporters, gave the
# military's reading of the map. Troops will ..., he said."
ANON_SIDE_LEAD = re.compile(r"^\W*(?:An?|One|The)\s+(?:senior\s+|top\s+|high-ranking\s+)?(?P<side>[A-Z][\w-]+)\s+"
                            r"(?:[a-z]+\s+)?(?:official|officer|diplomat|negotiator|source|"
                            r"spokes(?:man|woman|person))\b")
PERSON_LEAD = re.compile(r"^\W*(?!(?:The|This|That|These|Those|Its|Their|His|Her|An?)\b)"
                         r"(?P<subj>[A-Z][a-z][\w-]+(?:\s+(?:[A-Z][a-z][\w-]+|[A-Z][\w-]*['’]|[A-Z][a-z]|"
                         r"al-[A-Z][\w-]+|bin|ibn)){0,5})"    # "Tengku Dato' Ab Ghafar", "Azzam al-Ahmad"
                         r"(?:\s*,[^,]{1,120},)?\s+[a-z]")
KNOWN_SUBJECT = re.compile(r"(?:^\W*(?:\d+\.\s*)?(?:(?:Speaking|Asked|Talking|Writing)\b[^,;.]{0,80},\s+)?|[—:]\s*)"
                           r"(?:[Tt]he\s+)?(?P<subj>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
                           r"(?:(?:['’]s)?\s+(?:delegation|government|side|team|negotiators|leadership|command))?\s+"
                           r"(?:(?:also|then|initially|first|later|instead)\s+(?!ha(?:s|ve)\b))?"
                           r"(?:ha(?:s|ve)(?!\s+(?:long\s+)?been\b)|say|says|puts?|gives?|wants?|insists?|offers?|"
                           r"proposes?|demands?|defines?|describes?|calls?|refers?|called|described|reads?|presented|"
                           r"presents|stressed|stresses|warned|warns|"
                           r"(?:wanted|insisted|offered|proposed|demanded|seeks?|sought|suggests?|suggested|"
                           r"counter(?:s|ed)?)(?!\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:proposal|plan|draft|deal|framework|blueprint|text|document|agreement)s?\b))\b")
# (what a side wanted or proposed is its version; a proposal it put forward is the deal: "Egypt offered a new
# proposal for a truce that would see ...")
LEAD_DEMONYM = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<subj>[A-Z][a-z]+)\s+(?:[a-z’'-]+\s+){0,4}$")
POSSESSIVE_DOC = re.compile(rf"\b(?P<subj>{NAME}(?:\s+[a-z]+)?)['’]s\s+(?:\w+\s+){{0,2}}{DOC_NOUNS}\b")
AND = re.compile(r"\s+and\s+")
AND_NAME = re.compile(rf"\s+and\s+(?:the\s+)?(?P<name>{NAME})\s*(?:,|\.?\s*$)")   # "according to X and Y, ...", "...,
                                                                                # according to both X and Y."
POSSESSIVE = re.compile(r"['’]s\s|(?<=s)['’]\s")      # "Iran's ministry", "the Houthis' committee"
SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|officials?|negotiators?|representatives?|members?)\s+"
                        r"(?:for|of|from)\s+(?P<org>(?:the\s+)?\S.*)$")
# "Under the arrangement, it said, ...": the source named last
ISSUED_DOC = re.compile(r"\s+(?:a|an|its|their|the|two|three)\s+(?:[\w-]+\s+){0,2}?(?:statements?|fact\s+sheets?|readouts?|"
                        r"summar(?:y|ies)|communiqu[eé]s?|texts?|documents?|notes?|versions?)\b")
BOTH_DOCUMENTS = re.compile(r"^\W*(?:But\s+|And\s+)?[Bb]oth\s+(?:documents|texts|versions|accounts|readouts|statements|summaries|"
                            r"fact\s+sheets|drafts|reports)\s+(?:also\s+)?(?:say|said|agree|put|give|state|mention|describe|"
                            r"provide|call|set|list)\b")
MORE_FROM = re.compile(rf"^\W*(?:More|Further|Additional|Fresh|New)(?:\s+(?:on\s+)?[\w-]+){{0,3}}?\s+from\s+"
                       rf"(?P<subj>(?:the\s+)?(?:{NAME}|{'|'.join(BACKREF_LIST)}|union))"
                       rf"(?:['’]s\s+(?:[a-z]+\s+)?(?:summary|statement|text|document|briefing|readout|account))?\s*[:.]")
                       # "More from Sheikh Mohammed: ...", "More on AI from the union's summary."
PRONOUN_SAID = re.compile(rf"\b(?=[IiHhSsTt])(?<![A-Z][\w-] )(?<![A-Z][\w-]{{2}} )(?<![A-Z][\w-]{{3}} )(?<![A-Z][\w-]{{4}} )"
                          rf"(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:{SPEECH_VERBS}|reports|reported|writes|wrote|"
                          rf"listed\s+them)\b")   # not "Liu He said"
LEADING_RANK = re.compile(r"^(?:Senior|Top|Former|Acting|Caretaker|Interim|Outgoing|Veteran|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
                          r"(?=[A-Z]|al-[A-Z]|(?:von|van|de|da|du|di|del|della|le|la|bin|ibn)\s+"
                          r"(?:(?:der|den|la|los)\s+)?"
                          r"[A-Z])")                                    # "Mr. al-Ansari", "Ms von der Leyen"
LEADING_DETERMINER = re.compile(r"^(?:the|this|that|a|an)\s+")
CAPITAL = re.compile(r"[A-Z]")
NAMED_DOCUMENT = re.compile(rf"^(?:the\s+|an?\s+)?([A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|\d+))?)\s+{DOC_NOUNS}\b", re.I)
NAME_RE = re.compile(NAME)
PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from|to|with|for|on|at|by|into|near|over|about|against|between)\s*$", re.I)

SUBJECT_CUES = re.compile(
    r"\b(?:proposal|deal|draft|agreement|framework|truce|cease-?fire|phases?|stages?|hostages?|prisoners?|"
    r"releas\w*|withdraw\w*|exchange|terms|plan|document|fact sheet|accord|negotiat\w*|talks|treaty|"
    r"concession\w*|provision\w*|clause\w*)\b", re.I)
