"""The source one sentence cites, if any: the patterns tried in turn, and the two sources of a contrast."""
from __future__ import annotations

import re

from compare.attribute.aliases import PAPER_COMPOUND, AliasTable
from compare.attribute.names import (BODY_WORDS, DOC_KINDS, LEAD_SPEECH, LEAD_SPEECH_WORDS, NAME_PARTICLES, NOT_NAMES,
                                     PAPER_LEAD, PAPER_NAME_WORDS, PAPER_NOUNS, PERSON_NAME, REGION_WORDS, TITLE_WORDS,
                                     Attribution, _aside_side, _early, _person, _resolve, _role_kind, _role_source,
                                     _side_before)
from compare.attribute.patterns import (ACCORDING, ACCOUNT, ACCOUNT_GATE, ACCOUNT_HAS, ACCOUNT_VERB, ACRONYM, ADDS_LEAD,
                                        ADVERB_WORDS, ALSO_REPORTED, AND_NAME, ANON, ANON_TOLD, APPOSITIVE,
                                        AT_ORG_ROLE_BEFORE, BACKREF_SUBJECT, BACKREF_WORDS, BLUNTER, BODY_POSSESSIVE,
                                        BODY_POSSESSIVE_STARTS, BOTH_DOCUMENTS, BY_NAME, CAME_FROM, CAP, CAPITAL,
                                        CAPS_BEFORE, CARRY_VERBS, CARRY_WORDS, DESCRIBED_NAME, DOC_NOUNS,
                                        DOC_NOUN_WORDS, FIGURE_SUBJECT, FOR_ROLE_WORDS, GATE_WORDS, GIVEN_TO,
                                        GIVEN_WORDS, GOVERNMENT_ROLE, HEADING_VERSION, ISSUED_DOC, ITS_ROLE_SAID,
                                        JOINT_DOC, KNOWN_SUBJECT, KNOWN_VERBS, LAST_WORD, LEADING_PHRASE, LEAD_DEMONYM,
                                        MILITARY_RANKS, MORE_FROM, NAME, NAMED_OWNER_TITLE, NAME_THEN_OUTLET,
                                        ONE_FIGURE_DOCS, ORG_ROLE_ASIDE, ORG_ROLE_BEFORE, OUTLET_KINDS,
                                        OUTLET_KIND_WORDS, OUTLET_THEN_NAME, OWNED_DOC_WORDS, OWNER_BEFORE,
                                        OWNER_BODY_ASIDE, OWNER_TITLE_NAMED, OWNER_TITLE_NAMED_END, PAPER_SUBJECT,
                                        PEOPLE_BEFORE, PEOPLE_KINDS, PEOPLE_KIND_TOKENS, PERSON_OF_BODY, PER_SOURCE,
                                        POSSESSIVE_DOC, PREPOSITION_BEFORE, PRONOUN_SAID, PRONOUN_WORDS,
                                        QUOTED_AS_SAYING, QUOTE_ROLE_END, RANKED_OWNER_BEFORE, RELEASES_PEOPLE,
                                        RELEASE_VERBS, ROLES, ROLE_APPOSITIVE, ROLE_ASIDE, ROLE_NAMED, ROLE_WORDS,
                                        SAID_IN_DOC, SIDE_OFFICIALS, SIDE_OFFICIALS_END, SPEAKING_TO, SPEECH_VERBS,
                                        SPOKESPERSON_FOR, SUBJECT_BEFORE, SUBJECT_CUES, THE_ROLE_SAID, TITLED_SUBJECT,
                                        TOLD_BY, TRAILING, TRAILING_APPOSITIVE, VERB, VERB_SUBJECT, VERB_SUBJECT_ASIDE,
                                        VERB_WORDS, VERSION_OF, VERSION_OF_PRONOUN, VERSION_SUBJECT,
                                        VERSION_SUBJECT_WORDS, VERSION_WORDS, WHEN_WORDS)
from compare.attribute.sentences import Sentence, prepare
from compare.dates import MONTH_TOKENS, WEEKDAY_TOKENS
from compare.lexicon import Anchored


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
DOC_NOUN_ENDS = tuple(w.split("\\s+")[-1] for w in DOC_NOUN_WORDS) + tuple(ROLE_WORDS) + OUTLET_KIND_WORDS \
    + ("radio", "panel", "mission")                 # "fact\\s+sheet": "sheet"; "Damascus radio"; "the African Union
                                                    # mediation panel said"
CARRY_AFTER_SPACE = re.compile(rf"\s(?P<verb>{CARRY_VERBS})\b")
VERB_AT, SUBJECT_CUES_AT = Anchored(VERB), Anchored(SUBJECT_CUES)
ENDS_WITH_PUNCT = re.compile(r"[.;:]")
DOC_FROM = re.compile(rf"\b(?:{DOC_NOUNS}|letter|message|response|reply)\s+(?:from|by|of)\s+(?:the\s+)?$")
LEADING_PARTICIPLE = re.compile(r"\W*(?:Citing|Quoting|Speaking|Referring|According|Relying)\b[^,]*,\s*$")   # "Citing two officials, Axios said"


# a relative clause: "that" or "which" after a noun ("the $4 trillion that S&P has said"), not after a verb of saying
THAT_BEFORE = re.compile(r"(?P<word>[\w'’]+)\s+(?:that|which)\s+(?:[\w&'’.-]+\s+){0,4}$")
THAT_LEADS = frozenset("so such now and but or believes believe believed thinks think thought warns warned argues argued "
                       "stressed stresses insisted insists claimed claims hopes hoped fears feared knows knew is was "
                       "ensure ensures ensured clear sure true".split())


def _no_full_stop(name: str) -> str:
    """A name without the sentence's full stop ("Matthew Loeb."), but "U.S." as it is."""
    return name[:-1] if name.endswith(".") and "." not in name[:-1] else name


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


# several subjects that state the same: "The fact sheet, the Republican summary and the CBO all put defense at ..."
LIST_SUBJECT = re.compile(r"^\W*(?P<list>[^,;:\"“”]{2,40}?(?:,\s+[^,;:\"“”]{2,40}?){1,3},?\s+and\s+"
                          r"[^,;:\"“”]{2,40}?)\s+"
                          r"(?:all|both)\s+(?:put|puts|say|says|said|give|gives|gave|describe|describes|described|list|"
                          r"lists|listed|report|reports|reported|set|sets|cite|cites|cited)\b")
LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_subjects(sentence: str, aliases: AliasTable) -> Attribution | None:
    """The first of several subjects with the others as sources of the same account."""
    if not (m := LIST_SUBJECT.match(sentence)):
        return None
    found = [att for part in LIST_SPLIT.split(m.group("list")) if (att := _resolve(part, aliases))]
    if not found:
        return None
    first, others = found[0], [a.source for a in found[1:] if a.source and a.source != found[0].source]
    first.carries, first.also = False, tuple(dict.fromkeys(others))
    return first


# a speaker named as the one whose view frames the sentence: "As the government's negotiators put it, ..."
AS_TOLD = re.compile(r"^\W*As\s+(?P<subj>[^,;]{3,70}?)\s+(?:describes?|tells?|puts?|presents?|frames?|explains?|"
                     r"(?:lays?|sets?)\s+out)\s+(?:it|them|the\s+(?:deal|agreement|terms|plan|accord|swap|exchange|"
                     r"arrangement|text|draft|sequence))\s*,")
# ... or told in an aside: "At the start, as the president spelled it out, the guns would fall silent for six weeks"
AS_TOLD_ASIDE = re.compile(r",\s+as\s+(?P<subj>[^,;]{2,60}?)\s+"
                           r"(?:(?:laid|lays|set|sets|spelled|spells|sketched|sketches)\s+(?:it|them)\s+out"
                           r"|(?:described|describes|outlined|outlines|presented|presents|explained|explains)"
                           r"\s+(?:it|them))\s*,")
# a side's position told with a pronoun: "Its side demanded a cap of 85,000 troops, according to the
# paper": the side named before (not the paper that relays it)
# the verbs of a side's position (not "has", "says": "Hamas has 33 to free, according to the draft" is a term)
_POSITION = (r"wants?|wanted|insists?|insisted|offers?|offered|proposes?|proposed|demands?|demanded|seeks?|sought|"
             r"suggests?|suggested|counter(?:s|ed)?")
SIDE_POSITION = re.compile(r"^\W*(?:Its|Their)\s+(?:own\s+)?(?:side|negotiators|delegation|(?:negotiating\s+)?team)\s+"
                           rf"(?:also\s+|then\s+|instead\s+|initially\s+)?(?:{_POSITION}|asked\s+for|pushed\s+for)\b")
# the terms as a side set them out: "Under the framework that two Ukrainian negotiators outlined to the
# press, ...", "Under the plan Israel presented on Monday, ..."
UNDER_DESCRIBED = re.compile(r"^\W*Under\s+the\s+(?:[\w-]+\s+){0,2}?(?:framework|plan|proposal|terms|offer|draft|text|"
                             r"outline|arrangement)\s+(?:that\s+|which\s+|as\s+)?(?P<subj>[^,;]{2,90}?)\s+"
                             r"(?:has\s+|had\s+)?(?:described|outlined|presented|set\s+out|laid\s+out|detailed|"
                             r"put\s+forward|tabled|proposed|unveiled|submitted|offered|drafted|sent)\b")
# a statement carried, read out or put out by one who is not its author: "Saudi state television read out a statement
# from the spokesman of the Saudi-led coalition saying ...", "Saba carried a statement from N of the group's committee"
STATEMENT_FROM = re.compile(r"\b(?:carried|carries|read\s+out|reads\s+out|aired|broadcast|relayed|published)\s+"
                            r"an?\s+(?:written\s+|short\s+|brief\s+)?statement\s+(?:from|by)\s+"
                            r"(?P<who>[^,.;\"“]{3,90}?)(?=\s+(?:saying|that|which|in\s+which)\b|\s*[,.;:]|$)")


def _attribution(s: Sentence, aliases: AliasTable) -> Attribution | None:
    sentence, toks = s.text, s.toks
    if ("all" in toks or "both" in toks) and ", " in sentence and (att := _listed_subjects(sentence, aliases)):
        return att
    if "As " in sentence[:4] and (m := AS_TOLD.match(sentence)) and (att := _resolve(m.group("subj"), aliases)):
        return att                              # "As the Houthis describe the deal, ..."
    if sentence.lstrip("\"“ ")[:1] in "IT" and SIDE_POSITION.match(sentence):
        return Attribution(None, False, backref=True, noun="side")    # "Its side wanted ...": the side's
    if ", as " in sentence and (m := AS_TOLD_ASIDE.search(sentence)) and (att := _resolve(m.group("subj"), aliases)) \
            and (att.source or att.backref):
        return att                              # "..., as the president spelled it out, ...": the president's
    if "Under " in sentence[:8] and (m := UNDER_DESCRIBED.match(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)) and (att.source or att.backref):
        return att                              # "Under the plan Israel presented, ...": Israel's terms
    if "statement" in toks and (m := STATEMENT_FROM.search(sentence)) and (att := _resolve(m.group("who"), aliases)):
        att.carries = True                      # what the statement says follows, and "he said" is its author
        return att
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
    if sentence.count(",") >= 2 and not toks.isdisjoint(OUTLET_KIND_WORDS) and (m := NAME_THEN_OUTLET.match(sentence)) \
            and m.group("name").split()[0] not in NOT_NAMES:
        return Attribution(aliases.lookup(m.group("name")) or aliases.canonical(m.group("name")),
                           m.group("verb") in CARRY_WORDS or m.group("verb") not in VERB_WORDS)   # "O Correio
                                                                # Atlântico, the business daily, goes ..."
    if "joint" in toks and (m := JOINT_DOC.search(sentence)):
        doc = (m.group("doc") or m.group("doc2") or m.group("doc3")).lower().replace("communiqué", "communique")
        return Attribution(f"Joint {doc}", True, noun="text")   # "the text says" later is the same one
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
    if not toks.isdisjoint(VERSION_WORDS) and (m := VERSION_OF.search(sentence)) \
            and not (m.group(0)[:1] in "IiUu" and NOTHING_BEFORE.search(sentence, max(0, m.start() - 12), m.start())):
        if m.group("noun"):                     # (not "nothing in the Bridgetown text changes that": a place's text)
            return Attribution(None, True, backref=True, noun=m.group("noun"))
        if att := _resolve(m.group("subj") or m.group("subj2"), aliases):
            return att
    if not toks.isdisjoint(VERSION_WORDS) and VERSION_OF_PRONOUN.match(sentence):
        return Attribution(None, True, backref=True)    # "In her telling, ...": the one named last
    if not toks.isdisjoint(ONE_FIGURE_DOCS) and (m := FIGURE_SUBJECT.match(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)):
        att.carries = False
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
    subj = account.group("subj") if account else ""
    if account and " " not in subj and subj.endswith("s") and not aliases.lookup(subj) and not ACRONYM.fullmatch(subj):
        account = ACCOUNT.search(sentence, account.end("subj"))     # "Markets took a dim view": a plural noun, no
        subj = account.group("subj") if account else ""             # one's account; "Officials in Washington offered
                                                                    # their own estimate": Washington's (below)
    if account and (account.start() <= 4 or ((lead := LEADING_PHRASE.match(sentence)) and account.start() <= lead.end())) \
            and (att := _resolve(subj, aliases)):       # (after "On the banks, ")
        if att.source is None and (org := ORG_ROLE.fullmatch(subj)) \
                and (side := _role_source(org.group("org"), org.group("role"), aliases)):
            att = side                          # "A Stellantis spokesperson, asked about it, put the increase at ..."
        att.carries = att.carries and " at" not in account.group(0)[-4:] and not (    # one figure put at a value;
            MANNER_OF.search(account.group(0)) and not PEOPLE_KIND_TOKENS.isdisjoint(account.group("subj").lower().split()))
        # "An Egyptian diplomat was more guarded: ...": his paragraph, as "he said" (a paper's carries on)
        return att                              # "The Saudi-owned daily X put the number at 30 and said the Gulf
                                                # states ...": the subject that opens the sentence, not "states"
    if ("as" in toks or "who" in toks) and not toks.isdisjoint(QUOTE_VERBS) and (m := QUOTED_AS_SAYING.search(sentence)) \
            and VERB.search(sentence, 0, m.start()) is None and (att := _quoted(m.group("ref"), aliases)):
        att.via = _quoter(sentence, m.start(), aliases)
        return att                              # "The agency quotes the coalition spokesman, N, as saying" (not
                                                # "The paper added that ..., and quoted N as telling": the paper's)
    if sentence.count(",") >= 2 and not toks.isdisjoint(VERB_WORDS) and (m := DESCRIBED_NAME.match(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)) and att.source and not att.backref:
        att.carries = m.group("verb") in CARRY_WORDS     # "The railroads' bargaining group, the National Carriers'
        return att                                       # Conference Committee, says wages rise by 24 percent"
    if "which" in toks and not toks.isdisjoint(GIVEN_WORDS) and (m := GIVEN_TO.search(sentence)) \
            and (att := _resolve(m.group("ref"), aliases)):
        att.carries = True                      # "The text, a copy of which was shared with the Review by ...,"
        return att
    if not toks.isdisjoint(GATE_WORDS):
        att = _cited(s, aliases)
        if att:
            return att
    if not toks.isdisjoint(PAPER_NOUNS) and (m := PAPER_SUBJECT.match(sentence)):
        return Attribution(None, True, backref=True, noun=m.group("noun"))    # "The daily explains that ..."
    if account and not (sentence.endswith((" in ", " from "), 0, account.start())
                        and not ANON.search(sentence[:account.start()].lower())) \
            and (att := _resolve(account.group("subj"), aliases)):
        att.carries = att.carries and " at" not in account.group(0)[-4:]
        return att                              # (not "The Thousand Hills Herald in Kigali presents ...": a place)
    if "'s" in sentence or "’s" in sentence:
        m = POSSESSIVE_DOC.search(sentence)
        if m and not toks.isdisjoint(SIGNING_WORDS) and toks.isdisjoint(LEAD_SPEECH_WORDS):
            m = None                            # "Sudan's government and the rebels signed the deal": who signed
                                                # or approved it, no account
        if m and not toks.isdisjoint(KNOWN_VERBS) and (k := KNOWN_SUBJECT.match(sentence)) and k.end() <= m.start() \
                and aliases.lookup(k.group("subj")):
            m = None                            # "Russia's negotiators wanted Ukraine's army capped at 85,000": the
                                                # side that opens the sentence (below), not the army's
        if m and TERM_BEFORE.search(sentence, 0, m.start()):
            m = None                            # "... must meet the standards of the OSCE's election office": a term's
        if m and (att := _resolve(m.group("subj"), aliases)):     # object, not who gives it
            if doc := next((w for w in sentence[:m.start()].lower().split() if w in DOC_KINDS), None):
                att.noun = doc                  # "According to a summary circulated by X's office": X's summary
            elif role := ROLE_FOR_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                att.noun = role.group("role").lower()   # "A spokeswoman for Prime Minister N's office laid out
                                                        # ...": "the spokeswoman" later is his side's
            elif att.noun is None and (body := m.group(0).split()[-1].lower()) in BODY_WORDS:
                att.noun = body                 # "Qatar's foreign ministry gave the mediators' outline": "the
            return att                          # ministry said" later is Qatar's
    if ("adds" in toks or "added" in toks) and (m := ADDS_LEAD.match(sentence)) \
            and (known := aliases.lookup(m.group("subj")) or (m.group("subj") if ACRONYM.fullmatch(m.group("subj"))
                                                               else None)):
        return Attribution(known, False)            # "Qatar adds that the pause could be extended."
    if (not toks.isdisjoint(PAPER_NAME_WORDS) or ("post" in sentence or "zeit" in sentence or "blatt" in sentence
                                                  or "kurier" in sentence) and PAPER_COMPOUND.search(sentence, 0, 90)) \
            and (m := PAPER_LEAD.match(sentence)) \
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


POSITION_VERB = re.compile(rf"\b(?:{_POSITION})$")     # the last word of what KNOWN_SUBJECT read
QUOTE_VERBS = frozenset({"quotes", "quoted", "quoting"})


def _quoted(ref: str, aliases: AliasTable) -> Attribution | None:
    """The side an outlet quotes: "the coalition spokesman, Brig. Gen. N" (N, or the side his title names),
    "Hamas official N" (Hamas), "Deputy Foreign Minister N" (N); None for one it does not name ("a senior
    official"), whose words stay the outlet's."""
    role, _, person = ref.strip(" ,").partition(", ")
    person = MILITARY_RANKS.sub("", person.strip())
    if person and not _person_name(person):
        return None
    att = _resolve(role, aliases)
    if att is None or att.source is None:
        att = _resolve(person, aliases) if person else None
    elif person:
        att.person = person
    if att is None or att.source is None or att.backref:
        return None
    att.carries = False
    return att


def _quoter(sentence: str, end: int, aliases: AliasTable) -> str | None:
    """The outlet named before "quotes" at `end` ("The Bay Chronicle in San Francisco, from the other side,
    quotes ...", "The official Saudi Press Agency quotes ..."), if it names one; None for "The paper", "It"."""
    m = PAPER_LEAD.match(sentence)
    subj = m.group("name") if m and m.start("verb") >= end - 8 else None
    if subj is None and (m := _subject_before(sentence, max(0, end - 100), end)):
        subj = m.group("subj")
    att = _resolve(subj, aliases) if subj else None
    return att.source if att and not att.backref else None


def _person_name(words: str) -> bool:
    """Whether these are a person's name: two to five capitalised words or particles ("Turki al-Maliki")."""
    names = words.split()
    return 2 <= len(names) <= 5 and all(w[:1].isupper() or w.startswith("al-") or w in NAME_PARTICLES for w in names)


# a modal and its verb: what follows is the term's object ("must meet the standards of the OSCE's ...")
TERM_BEFORE = re.compile(r"\b(?:will|would|must|shall|should|is\s+to|are\s+to)\s+(?:not\s+|also\s+)?[a-z]+\b")
SINCE_TALLY = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b[^.;]*?\bsince\b")
CITING_ASIDE = re.compile(r",\s+(?:citing|quoting)\s+[^,]{1,80},\s+$")
def _names_a_day(ref: str) -> bool:
    """Whether a name after "by" is a day: "by 10 March", "by March 10", "by Friday"."""
    words = ref.lower().removeprefix("the ").replace(",", "").split()
    return bool(words) and (words[0][:1].isdigit() or words[0].rstrip(".") in MONTH_TOKENS
                            or words[0] in WEEKDAY_TOKENS or words[0] == "may" and words[1:2] != [])


# a speaker's words told after a predicate: "A senior Greek government official was blunter, saying that ..."
SAYING = re.compile(r"^\W*(?:(?:In|On|At|Speaking|Asked|Later|Earlier)\b[^,;.]{0,50},\s*)?"     # "On RTE, Lenihan
                    r"(?P<subj>(?:An?|The)\s+[^,;:.\"“]{3,80}?"                                  # defended the
                    r"|[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|\d{1,3}\b)){0,3}"
                    r"(?:\s+(?:television|radio|newspaper|channel|daily|broadcaster|network|agency))?)"
                    r"(?:,\s+(?:who|speaking|asked|citing)\b[^,;]{1,120},)?\s+"   # "An Eritrean official, who asked not
                                                                              # to be named, gave ..."
                    r"(?:was|were|is|are|went|had|has|gave|struck|defended|rejected|welcomed|hailed|dismissed|"   # rate, saying"
                    r"criticised|criticized|praised|responded|replied|backed|answered|disputed|contested|challenged|"
                    r"questioned|countered|objected|pushed\s+back|differed|disagreed|put|puts)\b"
                    r"[^,;\"“]{0,50},\s+(?:saying|adding|insisting|arguing|noting|warning|reporting)\s+(?:that\s+)?")
SAYING_WORDS = frozenset("saying adding insisting arguing noting warning reporting".split())
ASIDE_WORDS = frozenset("however though meanwhile turn too instead separately part contrast".split())
ROLE_BEFORE_NAME = re.compile(rf"\b{ROLES}\s+$", re.I)
ANON_AT_BEFORE = re.compile(r"\b(?i:officials?|sources?|people|staff|diplomats?)\s+(?:at|of|from)\s+$")
QUOTED_SPEAKER = re.compile(rf"\W*(?P<who>(?:An?|The|One|Two|Several)\s+[^,;\"“]{{0,60}}?\b(?:{ROLES}|officer)s?),?"
                            r"\s+$")
NTH_SPEAKER = re.compile(r"(\W*)(?:A\s+(?:second|third|fourth|further|different)|Another)\s+(?=(?:senior\s+)?[A-Z])")
AGE_ASIDE = re.compile(r",\s+[1-9]\d,(?=\s)")          # a person's age after the name: "Putin, 62, told"
PLURAL_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+s)['’](?=\s+[a-z])")    # "The Houthis' negotiator": as "Houthis's"
# an aside between a speaker and its verb: "Two Egyptian officials, however, said ...", "Hamas, for its part, says"
ADVERB_ASIDE = re.compile(r"(?<=[\w.])\s*,\s+(?:however|though|meanwhile|in\s+turn|too|instead|separately|"
                          r"for\s+(?:its|their|his|her)\s+part|by\s+contrast|in\s+contrast),\s+(?=[a-z])")


# an organisation's unnamed speaker: "A Stellantis spokesperson"
ORG_ROLE = re.compile(rf"[Aa]n?\s+(?:senior\s+|top\s+)?(?P<org>{NAME})\s+(?P<role>{ROLES})")
# people a release verb tells of: "Prisoners released from Ofer", "hostages were released"
PEOPLE_RELEASED = re.compile(r"\b(?i:prisoners|hostages|detainees|captives|soldiers|servicemen|civilians|women|"
                             r"children|people|citizens|nationals)\s+(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+)?$")
# what may follow a closing speech verb: "..., the panel said in a statement after the ceremony."
SAID_TAIL = re.compile(r",[^,;\"“”]{3,80}?\b(?P<verb>said|says|added|adds|announced|reported)\s+"
                       r"(?:in\s+a\s+(?:statement|briefing|post|message|communiqu[eé])|on\s+[A-Z][a-z]+"
                       r"|late\s+on\s+[A-Z][a-z]+|at\s+a\s+news\s+conference)"
                       r"(?:\s+(?:after|on|in|at)\s+[\w\s]{1,40}?)?(?=\s*\.?\s*$)")
# what a place that opens the sentence is: no speaker in it
PLACE_WHERE = re.compile(r"(\W*(?:In|At|From)\s+(?:the\s+|The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+where\s+"
                         r"[^,;]{1,80}(?=,\s)")
# the place of a role before the name it is given: "The RUF's spokesman in Lome, Ibrahim Koroma, said"
ROLE_PLACE_NAME = re.compile(rf"\b(?P<role>{ROLES})\s+in\s+[A-Z][\w-]+(?=,\s+[A-Z][\w'’-]+\s+[A-Z])")
# an aside of a place, a means or a time between a name and its verb: "The Tageskurier, in a table of estimated
# national shares, put ..."
PREP_ASIDE = re.compile(r"(\W*(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+"
                        r"(?:in|on|at|by|from|with|under|through)\s+[^,;\"“”]{3,70}?,\s+(?=[a-z])")
# a speech verb before a paper described by its kind: "wrote the pro-government Budapest daily Pesti Reggel"
OUTLET_AFTER_VERB = re.compile(r"\b((?:wrote|writes|said|says|reported|reports|added|adds|noted|notes|argued|argues|"
                               r"warned|warns|declared|declares|commented|comments)\s+)the\s+(?:[\w-]+\s+){0,4}?"
                               rf"{OUTLET_KINDS}\s+(?=[A-Z])")


# an explainer's question on what a named source says: its answer is that source's ("What does the joint statement
# say?", "Does Beijing describe it the same way?")
QUESTION_ABOUT = re.compile(r"^\W*(?:(?:What|How)\s+(?:does|did|do)\s+(?P<subj>[^?,;]{2,60}?)\s+(?:say|describe|"
                            r"propose|offer|promise|claim|count)|(?:Does|Did|Do)\s+(?P<subj2>[^?,;]{2,60}?)\s+"
                            r"(?:describe|see|tell|put|count|read|say)\b)[^?]*\?\s*$")


def speaker_attribution(s: Sentence, aliases: AliasTable) -> Attribution | None:
    """The sentence's attribution; where it has none, the speaker of "X was blunter, saying that ...",
    read as "X said ..."."""
    plain = s.text
    if plain.rstrip().endswith("?") and (q := QUESTION_ABOUT.match(plain)):
        said = f"{(subj := q.group('subj') or q.group('subj2'))[:1].upper()}{subj[1:]} says so."
        att = _attribution_as(s, said, aliases)
        if att and att.source and not att.backref:
            att.carries = True                  # the answer that follows is its account
            return att
    if "," in plain and (age := AGE_ASIDE.search(plain)) and plain[:age.start()][-1:].isalpha() \
            and plain[:age.start()].split()[-1][:1].isupper():
        plain = plain[:age.start()] + plain[age.end():]       # "Vladimir Putin, 62, told reporters": as if no age
    if ("'" in plain or "’" in plain) and PLURAL_POSSESSIVE.search(plain):
        plain = PLURAL_POSSESSIVE.sub(r"\1's", plain)
    if "," in plain and not s.toks.isdisjoint(ASIDE_WORDS) and (aside := ADVERB_ASIDE.search(plain, 0, 120)):
        plain = plain[:aside.start()] + " " + plain[aside.end():]   # "Two Egyptian officials, however, said"
    if "," in plain and (tail := SAID_TAIL.search(plain)):
        plain = plain[:tail.end("verb")] + plain[tail.end():]    # ", the African Union mediation panel said in a
                                                                # statement after the ceremony.": as "... said."
    if "where" in s.toks and (where := PLACE_WHERE.match(plain)):
        plain = where.group(1) + plain[where.end():]         # "In The Hague, where the Netherlands holds the EU's
                                                             # rotating presidency, Het Binnenhof Dagblad quotes ..."
    if " in " in plain and (place := ROLE_PLACE_NAME.search(plain)):
        plain = plain[:place.end("role")] + plain[place.end():]     # "The RUF's spokesman in Lome, Ibrahim Koroma,
                                                                        # said": as "The RUF's spokesman, ..."
    if "," in plain and (prep := PREP_ASIDE.match(plain)):
        plain = prep.group(1) + " " + plain[prep.end():]     # "The Tageskurier, in a table of national shares, put ..."
    if not s.toks.isdisjoint(OUTLET_KIND_WORDS) and (kind := OUTLET_AFTER_VERB.search(plain)):
        plain = plain[:kind.start()] + kind.group(1) + plain[kind.end():]   # '"...," wrote the pro-government
                                                                            # Budapest daily Pesti Reggel': the paper
    if ("second" in s.toks or "another" in s.toks or "third" in s.toks) and (nth := NTH_SPEAKER.match(plain)):
        plain = f"{nth.group(1)}A {plain[nth.end():]}"         # "A second Israeli official said": an Israeli official
    if plain is not s.text:
        s = prepare([Sentence(s.start, s.end, plain, s.paragraph, s.heading, entry=s.entry)], plain)[0]
    att = _attribution(s, aliases)
    if att is None and not s.toks.isdisjoint(SAYING_WORDS) and (m := SAYING.match(s.text)):
        said = f"{m.group('subj')} said {s.text[m.end():]}"
        att = _attribution_as(s, said, aliases)
    return att


def _attribution_as(s: Sentence, text: str, aliases: AliasTable) -> Attribution | None:
    """The attribution of the sentence rewritten as `text` ("X was blunter, saying ..." as "X said ...")."""
    return _attribution(prepare([Sentence(s.start, s.end, text, s.paragraph, s.heading)], text)[0], aliases)


TOLL_BEFORE = re.compile(r"\b(?:killed|dead|died|deaths|wounded|injured|displaced|casualties|lives)\b(?:[^.;,]|,(?=\d)){0,40},?\s*$")
SIGNING_WORDS = frozenset("signed initialled initialed inked sealed clinched approved ratified endorsed rejected "
                          "voted".split())     # "Israel's security cabinet approved the deal by ten votes to one"
NOTHING_BEFORE = re.compile(r"\b(?:nothing|anything|no|not)\s+$")
STATISTICS = re.compile(r"\b(?:data|figures|statistics|estimates|polls?|surveys?|census|records)\b", re.I)


# a state's intelligence or security service speaks for the state: "Turkey's national intelligence organization, MIT,
# which ran the handover, said ...", "Turkish intelligence said", "The Ukrainian security service (SBU) said"
STATE_SERVICE_SAID = re.compile(rf"^\W*(?:[Tt]he\s+)?(?P<state>[A-Z][a-z]+)(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}?"
                                rf"(?:intelligence|security)(?:\s+(?P<noun>agency|service|services|organi[sz]ation))?"
                                rf"(?:\s+\([A-Z]{{2,6}}\))?(?:,\s+[^,;\"“”]{{1,120}}?){{0,2}},?\s+(?:also\s+)?"
                                rf"(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS})\b")
# "Israeli media reported ...", "..., Lebanese media said.": the country's press; its state media are the state
MEDIA_SAID = re.compile(rf"(?:^\W*|[,”\"]\s*)(?P<dem>[A-Z][a-z]+)\s+(?P<state>state(?:-run)?\s+)?media(?:\s+outlets)?"
                        rf"(?:,\s+[^,;]{{1,60}},)?\s+(?:also\s+)?(?P<verb>{CARRY_VERBS}|{SPEECH_VERBS}|report)\b")


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


ASIDE_TAIL = re.compile(r"(?<=[a-z]),\s+(?:an?|the)\s+[^,;]{1,60}$")
MANNER_OF = re.compile(rf"\s(?:was|were|is|are)\s+(?:more|less|even|{'|'.join(BLUNTER)})\b")
OWNER_TITLE_LEAD = re.compile(rf"\W*(?P<org>{CAP})['’]s\s+(?P<title>(?:[a-z][\w-]*\s+){{1,3}})$")
ANON_FAMILIAR = re.compile(r"\W*(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[a-z-]+\s+){0,2}"
                           r"(?:person|people|sources?|officials?|diplomats?|insiders?)\s+familiar\s+with\s+[^,;.]{1,60}?"
                           r"(?:,[^,;]{1,100},)?\s+(?:said|says|added|adds)\b")     # (not "told Reuters": Reuters')
CONJUNCTIONS = frozenset("If When Once Unless Until Though Although While Whether As Where".split())
AMOUNT_NEXT = re.compile(r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|another\s+)?"
                         r"[$€£]?\d")


# an unnamed speaker of a body in a capital: that state's ("An army spokesman in Khartoum, ..., said")
ROLE_IN_PLACE = re.compile(rf"^\W*(?:An?|The)\s+(?:(?:army|military|government|ministry|defen[cs]e|senior|foreign)\s+)"
                           rf"{{1,2}}(?P<role>{ROLES})\s+in\s+(?P<place>{CAP}(?:\s+{CAP})?)(?:,[^,;]{{1,80}},)?\s+"
                           rf"(?:said|says|told|tells|added)\b")
# an unnamed speaker of a state's body, no state named: "A presidency adviser, speaking on condition of anonymity,
# said", "A government negotiator, who asked not to be named, put his side's list at 8,000"
SPEAKER_BODIES = frozenset("presidency government ministry cabinet".split())
BODY_SPEAKER = re.compile(rf"^\W*(?:An?|The)\s+(?:senior\s+|top\s+)?(?:(?P<body>{'|'.join(SPEAKER_BODIES)})\s+{ROLES}|"
                          rf"(?:member|official|negotiator)\s+(?:of|on|from)\s+the\s+(?P<body2>{'|'.join(SPEAKER_BODIES)})"
                          rf"(?:['’]s)?\s+(?:delegation|team|side|negotiators|negotiating\s+team))"
                          rf"(?:,[^,;]{{1,120}},)?\s+(?:said|says|told|tells|added|put|puts|gave|described)\b")
# officials in a capital are that state's; diplomats in a capital are anyone's
IN_LEAD_ASIDE = re.compile(r"\W*(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*,\s+(?:the|a|an)\s+[^,;]*$")
SHOWN_BEFORE = re.compile(r"\b(?:maps?|photos?|photographs?|images?|pictures?|videos?|footage|charts?|graphics?)\s+$")
ANON_AT_IN_BEFORE = re.compile(r"\b(?i:officials?|sources?|diplomats?|people|staff)\s+(?:at|of|from)\s+(?:the\s+)?"
                               r"(?P<org>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+in\s+$")
ANON_IN_BEFORE = re.compile(r"(?<![\w-])(?P<who>(?i:officials?|authorities|ministers?|ministry|government|army|military|"
                            r"presidency|cabinet))\s+(?:in|from)\s+$")    # "The foreign ministry in Bangkok said"


_FULL_NAME = r"[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'’-]+){1,3}"      # "Claude Ntwari", "Yahya al-Houthi"
# a person's name and the start of the aside that describes him: "Claude Ntwari, a senior "
NAMED_BEFORE_ASIDE = re.compile(rf"{_FULL_NAME},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}$")
# a person named before the body he belongs to: "N of the Houthi prisoner affairs committee said"
PERSON_OF_BEFORE = re.compile(rf"(?:^\W*|,\s+)(?P<person>{_FULL_NAME})\s+of\s+(?:the\s+)?$")
# the speaker of a body named after it: "A spokeswoman for ..."
ROLE_FOR_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:senior\s+|chief\s+)?"
                             r"(?P<role>spokes(?:man|woman|person)|official)\s+(?:for|of)\s+(?:the\s+)?$")
# an unnamed speaker at a body that the text names, or describes as a state's: that body's or state's
ANON_AT_ORG = re.compile(rf"^\W*(?:An?|One|Two|Three|Several|Some)\s+(?:senior\s+|top\s+)?(?P<role>{ROLES})\s+"
                         rf"(?:at|from|in)\s+(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}?)"
                         rf"(?:,\s+(?P<aside>[^,;]{{3,100}}),)?"
                         rf"\s+(?:told|tells|said|says)\b")


def _aside_state(aside: str | None, aliases: AliasTable) -> str | None:
    """The state an aside describes a body as belonging to ("the Israeli defence ministry body that ...")."""
    return next((k for w in aside.split()[:4] if (k := aliases.lookup(w)) in aliases.states), None) if aside else None


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
            and (att := _role_source(m.group("org"), m.group("role"), aliases)) \
            and not (m.group("person") and att.person):  # (not "N, an adviser to President X, said": N's own)
        att.person = att.person or m.group("person")     # "Osman Idris, a spokesman for the SRF, told ...": "Idris
        return att                                        # said" later is the SRF's
    if ("at" in toks or "from" in toks or "in" in toks) and (m := ANON_AT_ORG.match(sentence)) \
            and not m.group("role").startswith("diplomat") \
            and (side := aliases.lookup(m.group("org")) or _aside_state(m.group("aside"), aliases)
                 or (body := _resolve(m.group("org"), aliases)) and body.source in aliases.states and body.source):
        return Attribution(side, True, noun=_role_kind(m.group("role").split()[-1]))   # "An official at COGAT, the
                                                        # Israeli defence ministry body ..., told Northline": Israel's
    if ("its" in toks or "their" in toks or "'s" in sentence or "’s" in sentence) and ITS_ROLE_SAID.match(sentence):
        return Attribution(None, False, backref=True)    # "Its spokesman said": the side named last
    if not toks.isdisjoint(PEOPLE_KIND_TOKENS) and (m := THE_ROLE_SAID.search(sentence)):
        role = _role_kind(m.group("role").split()[-1])     # "..., the official said": the side whose official
        return Attribution(None, False, backref=True, noun=role)    # spoke last, else the outlet's own
    if ("intelligence" in toks or "security" in toks) and (m := STATE_SERVICE_SAID.match(sentence)) \
            and (state := aliases.lookup(m.group("state"))) in aliases.states:
        return Attribution(state, m.group("verb") in CARRY_WORDS, noun="agency" if m.group("noun") else None)
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
    if m and TOLL_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
        m = None                                # "... has killed at least 70,000 people, according to the WHO": the
                                                # toll's source, not the account of the sentence's terms
    if m and (att := _resolve(m.group("ref"), aliases)):
        if att.source is None and att.backref and m.group("ref").split()[-1].lower() in OWNED_DOC_WORDS \
                and (k := KNOWN_SUBJECT.match(sentence)) and k.end() <= m.start() \
                and POSITION_VERB.search(k.group(0)) and (side := aliases.lookup(k.group("subj"))):
            return Attribution(side, False)     # "Moscow's delegation proposed an army of no more than 85,000
                                                # troops, according to the draft": Russia's position, as the draft
                                                # records it
        if att.source and not aliases.lookup(att.source) and (side := _aside_side(sentence, m.end("ref"), aliases)):
            att.person, att.source = att.source, side   # "According to Eyal Hulata, Israel's national security
                                                        # adviser, ...": Israel's
        if (more := AND_NAME.match(sentence, m.end("ref"))) and (known := aliases.lookup(more.group("name"))) \
                and known != att.source:
            att.also = (*att.also, known)       # "According to both the Egyptian official and Kan, ..."
        # "according to X" carries on wherever it stands: "..., according to a copy seen by Reuters.
        # Displaced people would return ..." is still Reuters' account
        att.carries = att.carries and (m.re is ACCORDING or _early(m, "ref", sentence)) \
            and not STATISTICS.search(m.group("ref")) \
            and not SINCE_TALLY.search(sentence)    # "according to Census Bureau data": one figure's source; "...,
                                                    # according to X, have taken 500 km² since January": a tally
        return att
    if "familiar" in toks and ANON_FAMILIAR.match(sentence):
        return Attribution(None, True)          # "A person familiar with the talks said ...": the outlet's own
                                                # reporting, which ends the account before it
    m = BACKREF_SUBJECT.search(sentence) if not toks.isdisjoint(BACKREF_WORDS) else None
    if m:                                       # "The newspaper reported that ..."
        return Attribution(None, m.group("verb") in CARRY_WORDS and _early(m, "verb", sentence),
                           backref=True, noun=m.group("noun"))
    if not toks.isdisjoint(PRONOUN_WORDS) and (m := PRONOUN_SAID.search(sentence)) \
            and (not ANON.search(sentence[:m.start()].lower()) or LEADING_PARTICIPLE.match(sentence[:m.start()])) \
            and not SAID_BEFORE_PRONOUN.search(sentence, max(0, m.start() - 20), m.start()) \
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
        if m and pattern is ANON_TOLD and NAMED_BEFORE_ASIDE.search(sentence, max(0, m.start() - 70), m.start()):
            m = None                            # '"...," N, a senior official in Rwanda's foreign ministry, told the
                                                # Review': N speaks, named (below), not an unnamed official
        if m and pattern is BY_NAME and m.group(0).startswith("released") \
                and PEOPLE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            m = None                            # "all 15 people released by Russia": who freed them, not a source
        if m and pattern is BY_NAME and SAID_IN_DOC.search(sentence, max(0, m.start() - 60), m.start()):
            m = None                            # "X said in a statement carried by the Saudi Press Agency": X's
        if m and pattern is BY_NAME and (lead := LEAD_SPEECH.match(sentence)) and lead.end() <= m.start():
            m = None                            # "Levant Basin Advisory, a consultancy, said the formula described
                                                # by Israeli officials ...": the speaker's, who names it
        if m and pattern is BY_NAME and IN_LEAD_ASIDE.match(sentence, 0, m.start()):
            m = None                            # "Beijing's Global Times, the tabloid published by the People's
                                                # Daily, denounced ...": who the lead name is, not a source
        if m and pattern is BY_NAME and SHOWN_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
            m = None                            # "a line drawn on maps published by the White House": a picture,
                                                # not an account of the terms
        if m and pattern is BY_NAME and _names_a_day(m.group("ref")):
            m = None                            # "are to be released by 10 March": a deadline
        if m and pattern is BY_NAME and m.group(0).startswith(("quoted", "cited")) \
                and (speaker := QUOTED_SPEAKER.match(sentence, 0, m.start())) \
                and (att := _resolve(speaker.group("who"), aliases)) and att.source:
            return att                          # "An Egyptian security official quoted by the agency MENA said":
                                                # the official's side, not the agency that relays him
        teller = _role_kind(m.group(0).split()[0].rstrip(",;:")) if m and pattern is ANON_TOLD else None
        if m and pattern is ANON_TOLD and (side := _side_before(sentence, m.start(), aliases)):
            named = ROLE_NAMED.match(m.group(0))                                              # "A senior Hamas official
            return Attribution(side, True, person=named.group("person") if named else None,  # told Reuters": Hamas's
                               noun=teller if teller in PEOPLE_KINDS else None)
        if m and pattern is ANON_TOLD and (region := sentence[max(0, m.start() - 12):m.start()].split()[-1:]) \
                and region[0].lower() in REGION_WORDS and teller in PEOPLE_KINDS:
            return Attribution(f"{region[0]} {teller}", True, noun=teller)    # "A Western diplomat told Reuters"
        if m and pattern is ANON_TOLD and teller in PEOPLE_KINDS \
                and sentence[max(0, m.start() - 12):m.start()].lower().endswith(("government ", "federal ")):
            return Attribution(None, True, backref=True, noun="government")    # "A government official told the
                                                                               # Ledger": the government's
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
                                (TRAILING_APPOSITIVE, len(verb) >= 2 and verb[-1] in VERB_WORDS and verb[-2].endswith(",")
                                 or "told" in toks)):
            m = pattern.search(sentence) if needed else None
            if m and pattern is TRAILING_APPOSITIVE and m.group("aside") \
                    and (role := ORG_ROLE_ASIDE.match(m.group("aside"))) \
                    and (att := _role_source(role.group("org"), role.group("role"), aliases)):
                att.person = m.group("subj")        # "..., Sami Abu Zuhri, a Hamas spokesman, said": Hamas's
                return att
            if m and (att := _resolve(m.group("subj"), aliases)):
                att.carries = False
                if pattern is TRAILING_APPOSITIVE and att.source and not aliases.lookup(att.source) \
                        and (side := _aside_side(sentence, m.end("subj"), aliases)):
                    att.person, att.source = att.source, side    # '"...," N, NJ Transit's chief executive, said'
                return att
    if ("'s " in sentence or "’s " in sentence) and not toks.isdisjoint(ROLE_WORDS) \
            and (m := OWNER_TITLE_NAMED.match(sentence) or OWNER_TITLE_NAMED_END.search(sentence)
                 or NAMED_OWNER_TITLE.match(sentence)) \
            and (att := _resolve(m.group("subj"), aliases)):
        if m.group("subj").endswith(("lawyer", "attorney")):
            return Attribution(m.group("person"), False)       # "Vicky Pelaez's lawyer, John Rodriguez, says": his
        att.carries, att.person = False, m.group("person")     # "Israel's prime minister, Yair Lapid, said"
        return att
    m = OUTLET_THEN_NAME.match(sentence) if sentence.count(",") >= 2 and not (toks.isdisjoint(OUTLET_KIND_WORDS)
                                                                              and "radio" not in toks) else None
    if m:                                       # "A German daily, the Rheinische Tagespost, later reported that ..."
        return Attribution(aliases.lookup(m.group("name")) or aliases.canonical(m.group("name")),
                           m.group("verb") in CARRY_WORDS)
    m = APPOSITIVE.match(sentence) if sentence.count(",") >= 2 else None   # the pattern has two commas
    if m and (person := _person(m.group("subj"))) and (own := OWNER_BEFORE.search(sentence, 0, m.start("subj"))) \
            and (att := _resolve(own.group("org"), aliases)):
        att.carries, att.person = False, person    # "Qatar's Minister of State N, who chaired the session, said"
        return att
    if m and (own := OWNER_TITLE_LEAD.match(sentence, 0, m.start("subj"))) \
            and not ROLE_WORDS.isdisjoint(own.group("title").split()) and (att := _resolve(own.group("org"), aliases)):
        att.carries, att.person = False, m.group("subj")    # "Ukraine's defence minister N, who led ..., said"
        return att
    if m and (att := _resolve(m.group("subj"), aliases)):
        att.carries = m.group("verb") in CARRY_WORDS or ALSO_REPORTED.search(sentence, m.end()) is not None
        if att.source and not aliases.lookup(att.source) and (side := _aside_side(sentence, m.end("subj"), aliases)):
            att.person, att.source = att.source, side    # "Stephanie Williams, the acting UN envoy for Libya, said"
        return att                              # "X, the daily, said it had seen the draft and reported that ..."
    m = ROLE_IN_PLACE.match(sentence) if " in " in sentence and not toks.isdisjoint(ROLE_WORDS) else None
    if m and (state := aliases.lookup(m.group("place"))) in aliases.states:
        return Attribution(state, False, noun=_role_kind(m.group("role")))   # "An army spokesman in Khartoum,
                                                                             # speaking to state television, said"
    m = BODY_SPEAKER.match(sentence) if not toks.isdisjoint(SPEAKER_BODIES) and not toks.isdisjoint(ROLE_WORDS) else None
    if m:                                       # "A presidency adviser, speaking on condition of anonymity, said":
        return Attribution(None, False, backref=True, noun=(m.group("body") or m.group("body2")).lower())   # the
                                                # presidency of the story; "A member of the government delegation"
    m = ROLE_APPOSITIVE.match(sentence) or ROLE_ASIDE.search(sentence) if not toks.isdisjoint(ROLE_WORDS) else None
    if m and (att := _role_source(m.group("org"), m.group("role"), aliases)):
        att.noun = _role_kind(m.group("role"))  # "A Hamas official said": "the official said" may follow
        return att
    m = (SIDE_OFFICIALS.match(sentence) or SIDE_OFFICIALS_END.search(sentence)) \
        if not toks.isdisjoint(ROLE_WORDS) or "sources" in toks else None
    if m and (known := aliases.lookup(m.group("org"))):      # "Lebanese officials said ...", "..., UN officials said"
        other = aliases.lookup(m.group("org2")) if m.group("org2") else None       # "Qatari and Egyptian mediators say"
        return Attribution(known, m.re is SIDE_OFFICIALS and m.group("verb") in CARRY_WORDS,   # "... aides described"
                           noun=_role_kind(m.group("role")), also=(other,) if other and other != known else ())
    if m and m.group("org") == "Government":                 # "Government officials have spoken of a dozen": the
        return Attribution(None, False, backref=True, noun="government")      # government's, whoever that is
    m = GOVERNMENT_ROLE.match(sentence) or PERSON_OF_BODY.match(sentence) if "'s " in sentence or "’s " in sentence \
        else None
    if m:                                       # "The government's chief negotiator, a former official, told", "N of
        return Attribution(None, False, backref=True, noun=m.group("noun"),      # the government's team told"
                           person=m.group("person") if m.re is PERSON_OF_BODY else None)
    for v in VERB_AT.finditer(sentence, pieces=s.pieces):
        if v.group("verb") in RELEASE_VERBS and (RELEASES_PEOPLE.match(sentence, v.end()) or PEOPLE_RELEASED.search(
                sentence, max(0, v.start() - 40), v.start())):
            continue                            # "Hamas releases 33 hostages", "Prisoners released from Ofer": a term
                                                # or the news, not a source
        if sentence.startswith(" by ", v.end()):
            continue                            # "one Russian released by the United States": passive, no speaker
        if sentence[:1] in "\"“" and (sentence.count('"', 0, v.start()) % 2 or "“" in sentence[:v.start()]
                                      and "”" not in sentence[:v.start()]):
            continue                            # '"This time the Libyans wrote the text," a diplomat said': quoted
        if _issues_no_statement(v, sentence):
            continue                            # "Israel issued 500 permits": not a statement
        offset, head, at = max(0, v.start() - 100), sentence, v.start()
        if ("citing" in toks or "quoting" in toks) and (aside := CITING_ASIDE.search(sentence, offset, at)):
            head = sentence[:aside.start()] + " "    # "A report in X, citing a member of the delegation, said": X's
            if tail := ASIDE_TAIL.search(head):
                head = head[:tail.start()] + " "    # "X, a Montreal newsletter, citing two pilots, reported": X's
            at = len(head)
        if not _may_end_subject(head, offset, at):
            continue
        m = _subject_before(head, offset, at)
        if m is None:
            continue
        subj, start = m.group("subj"), m.start("subj")
        if subj in CONJUNCTIONS:
            continue                            # "If confirmed, it would be ...": no one confirmed anything
        if ("'s " in subj or "’s " in subj) and (caps := CAPS_BEFORE.search(sentence, 0, start)):
            subj, start = sentence[caps.start():m.end("subj")], caps.start()   # "The State Department's"
        pre = sentence[:start]
        if pre.endswith(", as "):
            continue                            # "..., as Israel had said": the outlet confirms, Israel is not its source
        if (rel := THAT_BEFORE.search(pre, max(0, len(pre) - 40))) and rel.group("word").lower() not in VERB_WORDS \
                and rel.group("word").lower() not in THAT_LEADS:
            continue                            # "the $4 trillion that Standard & Poor's has said it wants": what the
                                                # amount is, not who speaks (but "officials noted that Hamas said")
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
        if pre.endswith(" in ") and (body := ANON_AT_IN_BEFORE.search(pre)) \
                and (known := aliases.lookup(body.group("org"))):
            return Attribution(known, v.group("verb") in CARRY_WORDS)   # "Diplomats at the UN in New York said"
        if pre.endswith(("at ", "of ", "from ")) and ANON_AT_BEFORE.search(pre) \
                and (att := _resolve(subj, aliases)) and (att.source in aliases.states or aliases.lookup(subj)):
            return Attribution(att.source, v.group("verb") in CARRY_WORDS)   # "Officials at the German finance
                                                                             # ministry said": Germany's; "Diplomats
                                                                             # at the UN said": the UN's
        if ANON.search(pre[:1].lower() + pre[1:]) and not ENDS_WITH_PUNCT.search(pre) and not LEADING_PARTICIPLE.match(pre):
            if ROLE_BEFORE_NAME.search(pre) and PERSON_NAME.fullmatch(subj) and (att := _resolve(pre + subj, aliases)) \
                    and att.person:
                att.carries = v.group("verb") in CARRY_WORDS
                return att                      # "Foreign ministry spokesman Nasser Kanaani said": a named speaker
            return Attribution(None, True)      # "A source familiar with the talks revealed ..."
        if pre.endswith((" of ", " of the ")) and (who := PERSON_OF_BEFORE.search(pre)) \
                and (att := _resolve(subj, aliases)) and (att.source and aliases.lookup(att.source)
                                                          or att.backref and att.noun in SPEAKER_BODIES):
            att.carries, att.person = v.group("verb") in CARRY_WORDS, who.group("person")
            return att                          # "In Sanaa, N of the Houthi prisoner affairs committee told ...": the
                                                # Houthis' (not the place, nor whoever spoke before); "N of the
                                                # government's negotiating team told": the government's
        if PREPOSITION_BEFORE.search(pre) and not DOC_FROM.search(pre):
            continue                            # "... in Gaza revealed": a place, not a source ("A statement from Hamas said" is)
        att = _resolve(subj, aliases)
        if att:
            att.carries = v.group("verb") in CARRY_WORDS and _early(m, "subj", sentence)
            return att
    m = VERB_SUBJECT_ASIDE.search(sentence) if not toks.isdisjoint(VERB_WORDS) else None
    if m and m.group("org") and (att := _role_source(m.group("org"), m.group("role"), aliases)):
        att.person = _no_full_stop(m.group("person"))    # "..., said IATSE president Matthew Loeb": IATSE's
        return att
    if m and (att := _resolve(_no_full_stop(m.group("person")), aliases)) and att.source:
        att.carries = False                 # "..., said Dana Whitfield, a grip who ...", "..., said union
        if not aliases.lookup(att.source) and (side := _aside_side(sentence, m.end("subj"), aliases)):
            att.person, att.source = att.source, side                       # president Matthew Loeb"
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
# "The EU said it noted ...": the pronoun is the speaker named right before it, not the source named last
SAID_BEFORE_PRONOUN = re.compile(rf"\b{SPEECH_VERBS}\s+(?:that\s+)?$")
AND_SOURCE = re.compile(r",\s+and\s+(?=(?:the\s+)?[A-Z])")    # ", and the Capitol Budget Forum says"
NOT_CONTRAST_BEFORE = (" anything", " nothing", " all", " everything", " none", " everyone", " no one")


def _contrast(s: Sentence, text: str, aliases: AliasTable) -> list[Sentence] | None:
    """The two clauses of a sentence that sets two sources side by side, each with its own; None
    when the sentence does not."""
    but = False                                      # the cut is "but"
    if (m := LEAD_CONTRAST.match(s.text)) is not None:
        cut_a, cut_b = m.start(1), m.end(1)
    elif (at := next((i for w in (" while ", " whereas ", " but ", " though ", " although ")
                      if (i := s.low.find(w)) > 0), -1)) > 0:
        cut_a, cut_b = at - (s.text[at - 1] == ","), s.low.find(" ", at + 1) + 1
        but = s.low.startswith(" but ", at)
    elif (m := AND_SOURCE.search(s.text)) is not None:
        cut_a, cut_b = m.start(), m.end()            # "The CBO's estimate is lower, at $27 billion, and the Forum
    else:                                            # says ...": each its own, as with "while"
        return None
    if CAPITAL.search(s.text, cut_b) is None:
        return None                                  # no name after the cut: no second source
    if s.low.endswith(NOT_CONTRAST_BEFORE, 0, cut_a) or s.text.count('"', 0, cut_a) % 2 or "“" in s.text[:cut_a] \
            and "”" not in s.text[:cut_a]:
        return None                                  # "anything but a cease-fire", a cut inside a quotation
    a = Sentence(s.start, s.start + cut_a, s.text[:cut_a], s.paragraph, False)
    prepare([a], text)
    att_a = _attribution(a, aliases)
    if att_a is None and (titled := TITLED_SUBJECT.match(a.text)) \
            and (person := titled.group("person") or titled.group("person2")):
        att_a = _resolve(person, aliases)            # "Senate Majority Leader John Thune has promised ..., though House
                                                     # Speaker Mike Johnson has said ...": each his own clause
    if att_a is None and not but or att_a is not None and att_a.backref:
        return None                                  # (a clause no one is cited for only before "but": "The bill sets
                                                     # targets of 1%, but Bell notes they are advisory")
    b = Sentence(s.start + cut_b, s.end, s.text[cut_b:], s.paragraph, False, clause=True)
    prepare([b], text)
    att_b = _attribution(b, aliases)
    if att_b is None and (m := OWNER_START.match(b.text)) and (known := aliases.lookup(m.group("subj"))):
        att_b = Attribution(known, False)            # "..., while Hamas's calls for 60 days": a known name alone
    if att_b is None or att_b.backref or att_a is not None and att_a.source == att_b.source:
        return None
    a.source, b.source = att_a.source if att_a else None, att_b.source    # each clause only: neither carries over
    return [a, b]                                    # (a clause no one is cited for is told as if alone)
