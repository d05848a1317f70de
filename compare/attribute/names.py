"""From a phrase that names a source to the source: canonical names, roles, titles, owners, people
named again, back-references to a paper, a union or a company."""
from __future__ import annotations

import re
from dataclasses import dataclass

from compare.attribute.aliases import DEMONYM_END, LEADING_THE_ANY_CASE, PAPER_NAME_WORDS, AliasTable, _norm_name
from compare.attribute.patterns import (ACRONYM, AND, ANON, BACKREF_NOUNS, BACKREF_WORDS, BODY_KINDS, CALENDAR_WORDS,
                                        CAP, CAPITAL, DOC_NOUNS, GIVEN_TO_VERBS, KIND_WORDS, LEADING_DETERMINER,
                                        LEADING_PHRASE, LEADING_RANK, NAME, NAMED_DOCUMENT, NAME_RE, OUTLET_KINDS,
                                        OUTLET_KIND_WORDS, OUTLET_TAIL, OWNER_ASIDE, PEOPLE_KINDS, POSSESSIVE, PRONOUNS,
                                        QUOTED_AS_SAYING, ROLE_WORDS, SPEAKS_FOR)


@dataclass
class Attribution:
    source: str | None      # canonical name; None = the outlet (anonymous or unattributed)
    carries: bool           # sets the source for following sentences
    backref: bool = False
    person: str | None = None  # the person who speaks for `source` ("Najib Mikati"), to know them again by part of the name
    noun: str | None = None    # the kind of source the phrase names ("ministry" in "Qatar's foreign ministry", "the ministry")
    also: tuple[str, ...] = ()  # other known sources named with it ("Ynet and the Times of Israel reported")
    via: str | None = None     # the outlet that quotes the source ("Interfax quoted N as saying": Interfax)


BOTH = re.compile(r"^\s*[Bb]oth\s+(?=\S+\s+(?:\S+\s+){0,4}?and\s)")
LEADING_CONJUNCTION = re.compile(r"^(?:While|Whereas|But|And|Although|Though|As|If|When|Since|Because|Meanwhile|"
                                 r"Does|Did|"
                                 r"However|Yet|So|Still|What|How|Why|Where|Here|Now|Then)\s+(?=[A-Z])")   # "What Hamas says"


# capitalised words that name no source: determiners, and the words of headings and live-blog entries
NOT_NAMES = frozenset("The This That These Those A An First Second Third Final Last Latest Breaking Live Update "
                      "Updates Analysis Explainer Background Timeline Key Main What Why How In On At For From With By "
                      "Under After Before During Since No Any Each Every Some Neither Either Such Another There "
                      # comparatives and quantifiers that open a sentence: "Smaller claims, those under $250,000, ..."
                      "Smaller Larger Bigger Higher Lower Greater Wider Fewer Older Newer More Most Many Few Several "
                      "Other Both Further".split())


MADE_BY_SUFFIX = re.compile(r"-(?:passed|backed|drafted|written|approved|proposed|sponsored|authored)$")
LED_BODY = re.compile(r"\s+(?:coalition|alliance|forces?|bloc|mission|government)\b")
POSSESSIVE_OWNER = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+")


def _side_before(sentence: str, at: int, aliases: AliasTable) -> str | None:
    """The side named in the few words before an unnamed speaker ("two Egyptian security sources",
    "a senior Hamas official"), if any."""
    words = [w.strip(",") for w in sentence[max(0, at - 40):at].split()[-4:]]
    return next((known for i in range(len(words) - 1) if words[i][:1].isupper() and words[i + 1][:1].isupper()
                 and (known := aliases.lookup(f"{words[i]} {words[i + 1]}"))), None) \
        or next((known for w in words if w[:1].isupper() and (known := aliases.lookup(w))), None)
    # (two words first: "A Downing Street source", "South Sudan's chief negotiator", not Sudan's)


# the documents a later "the summary said", "according to the memo" names
DOC_KINDS = frozenset("summary memo letter readout draft document statement".split())


# a surname that opens with its particle, once a title is dropped: "von der Leyen", "de Klerk"
PARTICLE_NAME = re.compile(r"(?:von|van|de|da|du|di|del|della|le|la)\s+(?:(?:der|den|la|los)\s+)?[A-Z][\w'’-]+")
OFFICE_OF = re.compile(r"(?:[Tt]he\s+)?office\s+of\s+(?:the\s+)?(?=[A-Z])")


def _resolve(ref: str, aliases: AliasTable) -> Attribution | None:
    """A phrase naming a source → its canonical name, and the kind of source it says it is ("the
    ministry", "Qatar's foreign ministry"); None when it names nothing usable. Known names joined by
    "and" are each a source of what follows ("Ynet and the Times of Israel reported", "Both Israel and Hamas
    say")."""
    ref = BOTH.sub("", ref)
    if (office := OFFICE_OF.match(ref)) and (att := _resolve_name(ref[office.end():], aliases)) and att.source:
        att.noun = "office"                               # "the office of Prime Minister N": N's
        return att
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
    if att is not None and ref.rstrip(" ,.").endswith(" radio"):
        att.carries = False                               # "Damascus radio gave a different reading. It said ...": a
    return att                                            # broadcast heard speaks for its paragraph


# "Germany's business daily Der Handelskurier", "Italy's La Gazzetta dei Mercati": the paper, not its country
DESCRIBED_OUTLET = re.compile(rf"(?:[Tt]he\s+)?(?:{CAP}['’]s\s+)?(?:(?:[\w-]+\s+){{0,3}}?{OUTLET_KINDS}\s+(?P<name>{NAME})"
                              rf"|(?P<name2>(?:La|Le|Les|Il|Lo|El|Los|Las|Der|Die|Das|De|Het)\s+{NAME}))$")


UNION_REF = re.compile(rf"(union|guild|company)(?:$|['’]s\s+(?:[\w-]+\s+)?(?:{DOC_NOUNS})\b)")


def _one_name(ref: str, aliases: AliasTable) -> bool:
    """Whether "X and Y" is one name: Y is capitalised words the alias table does not know, after a capitalised
    X ("the Forces of Freedom and Change"; not "Israel and Hamas", "Ynet and the Times of Israel")."""
    first, *rest = AND.split(ref)
    return bool(rest) and first.split()[-1][:1].isupper() and all(
        part.split() and all(w[:1].isupper() for w in part.split()) and not aliases.lookup(part) for part in rest)


# what a headline says of a document before its owner's name: "Leaked Gaza text sets out ...", "Secret Hamas document"
DESCRIBED_DOC = re.compile(rf"^(?:[Tt]he\s+)?(?P<how>(?i:leaked|secret|confidential|classified|unpublished|revised|"
                           rf"proposed|updated|amended))(?:$|\s+(?:(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
                           rf"(?:\s+(?={DOC_NOUNS}\b)|$)|(?={DOC_NOUNS}\b)))")     # (alone: "Leaked text puts ...")


def _resolve_name(ref: str, aliases: AliasTable) -> Attribution | None:
    ref = ref.strip()
    ref = ref if " and " in ref and _one_name(ref, aliases) else AND.split(ref)[0]
    ref = LEADING_CONJUNCTION.sub("", ref.strip(" ,"))
    if described := DESCRIBED_DOC.match(ref):    # the owner if known ("Secret Hamas document": Hamas's), else
        owner, rest = described.group("owner"), ref[described.end():]      # a document of no one named ("Leaked
        if owner and aliases.lookup(owner):                                # Gaza text": the leaked text, a place's
            ref = f"{owner} {rest}".strip()                                # name being no source)
        elif not rest:
            return Attribution(None, True, backref=True)
        else:
            ref = f"the {described.group('how').lower()} {rest}"
    words = ref.split()
    if len(words) > 2 and words[0] in ("On", "In", "At", "Late", "Early", "Last") and words[1].lower() in CALENDAR_WORDS:
        ref, words = " ".join(words[2:]), words[2:]      # "On Thursday Hassan Nasrallah said": Nasrallah
    if not words or _norm_name(ref) in PRONOUNS or words[0].lower().rstrip("'’s") in CALENDAR_WORDS:
        return None                                      # "Tuesday's confidential report": no one's
    if words[0].lower() == "the" and (kind := _role_kind(" ".join(words[1:]))) in PEOPLE_KINDS:
        return Attribution(None, True, backref=True, noun=kind)    # "the official(s)": theirs named before, or the
                                                                   # outlet's own
    if words[0].lower() in ("its", "their", "his", "her") and (len(words) == 1 or words[-1].lower() in BODY_WORDS):
        return Attribution(None, True, backref=True)     # "Its summary speaks of ...", "Its foreign ministry said":
                                                         # the source named last
    anon = ANON.search(ref[:1].lower() + ref[1:])
    if anon and (body := BODY_OWNER.match(ref)) and body.end() <= anon.start():
        return Attribution(None, True, backref=True, noun=body.group(1).lower())    # "the government's negotiators"
    if anon:
        m = SPEAKS_FOR.search(ref)
        side = _side_before(ref, anon.start(), aliases)     # "two Egyptian security sources": Egypt's
        if side is None and (own := POSSESSIVE_OWNER.match(ref)) and own.end() <= anon.start():
            side = aliases.lookup(own.group(1)) or aliases.canonical(own.group(1))   # "Japan's chief negotiator"
        if side is None and (body := ANON_AT_BODY.match(ref, anon.end())) \
                and (at := _resolve_name(body.group("org"), aliases)) and at.source in aliases.states:
            side = at.source                     # "officials at the German finance ministry": Germany's
        if side is None and not m and (named := NAMED_AFTER_ROLE.match(ref, anon.end())) \
                and ref[anon.end():].strip() == named.group("person"):
            kind = next((w for w in ref[:anon.start()].lower().split() if w in STATE_BODY_NOUNS), None)
            return Attribution(None, True, backref=True, noun=kind, person=named.group("person"))   # "Foreign
                                                 # ministry spokesman Nasser Kanaani": the ministry's state, or him
        return (m and _resolve(m.group("org"), aliases)) or Attribution(side, True)
    ref = LEADING_RANK.sub("", ref)                  # "Senior Hamas official ...": Hamas
    if PARTICLE_NAME.fullmatch(ref):
        return Attribution(aliases.lookup(ref) or aliases.canonical(ref), True)   # "(Ms) von der Leyen", not "Leyen"
    low = LEADING_DETERMINER.sub("", ref.lower())
    if words[0].lower() == "the" and (own := UNION_REF.match(low)):
        return Attribution(None, True, backref=True, noun=own.group(1).replace("guild", "union"))
                                                                  # "According to the union", "the guild's summary
                                                                  # of the deal": the one named so
    if low in BACKREF_NOUNS or (low.split()[-1] in BACKREF_NOUNS and not CAPITAL.search(LEADING_THE_ANY_CASE.sub("", ref))):
        owner = next((w for w in low.split()[:-1] if w in STATE_BODY_NOUNS), None)
        return Attribution(None, True, backref=True, noun=owner)   # "the government summary": the government's
    if len(words) == 2 and words[-1][:1].isupper() and low.split()[-1] in OUTLET_KIND_WORDS \
            and (k := aliases.lookup(words[0])) in aliases.states and k.lower() != words[0].lower():
        return Attribution(k, True)                      # "Ethiopian Television": the state's broadcaster, by its name
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
        owner, paper = POSSESSIVE.split(ref, maxsplit=1)
        if paper[:1].isupper() and paper.split()[-1].lower().endswith(PAPER_NAME_ENDS) and not aliases.lookup(paper):
            return Attribution(aliases.canonical(paper), True)     # "Germany's Rheinische Abendpost": the paper
        if paper[:1].isupper() and paper.split()[-1].lower() in OUTLET_KIND_WORDS and (m := OUTLET_TAIL.search(paper)):
            name = m.group("name")                                # "Israel's Channel 2 television": the channel
            return Attribution(aliases.lookup(name) or aliases.canonical(name), True)
        known = aliases.lookup(owner) or ((o := _resolve_name(owner, aliases)) and aliases.lookup(o.source or "")
                                          and o.source)   # "Prime Minister Najib Mikati's office": his state
        if not known and (body := BODY_OWNER.match(ref)):
            return Attribution(None, True, backref=True, noun=body.group(1).lower())    # "the government's
                                                                  # negotiating team": the government's, whoever that is
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
    if name.endswith("-led") and (led := LED_BODY.match(ref, ref.rfind(name) + len(name))):
        name += led.group(0).rstrip()                           # "the Saudi-led coalition": the coalition
    elif "-" in name and (made := MADE_BY_SUFFIX.search(name)):
        name = name[:made.start()]                              # "the Senate-passed text": the Senate's
    if len(caps) > 1 and PLACE_PREPOSITION.search(ref, 0, ref.rfind(name)):
        name = LEADING_ARTICLE.sub("", caps[-2])  # "leaflets the Israeli army dropped over Khan Younis": the army's
    known = aliases.lookup(name) or _titled_owner(name, aliases)
    body = next((i for i, w in enumerate(words[:6]) if w.lower() in BODY_WORDS or w.lower() in STATE_SERVICE_WORDS),
                None) if known is None else None
    if body and (state := next((k for w in words[:body] if w[:1].isupper() and (k := aliases.lookup(w)) in aliases.states),
                               None)):
        return Attribution(state, True, noun=words[body].lower())   # "the Royal Thai Army", "The Israel Prison
                                                                     # Service", "The Ukrainian Coordination
                                                                     # Headquarters for ...": the state's
    if known is None and words[-1].lower() in PERSONAL_STAFF and ("'s " in ref or "’s " in ref) \
            and (owner := POSSESSIVE.split(ref, maxsplit=1)[0]).split()[-1].lower() not in ROLE_WORDS:
        return Attribution(aliases.canonical(owner), True, noun="office")     # "McCarthy's office": his, as when
                                                                              # he speaks (not "the Prime Minister's")
    if known is None and words[-1] in BODY_WORDS:      # "the Afghan interior ministry": the body, not "Afghan"
        return Attribution(aliases.canonical(LEADING_THE_ANY_CASE.sub("", ref)), True)
    return Attribution(known or aliases.canonical(name), True)


LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
PERSONAL_STAFF = frozenset("office camp team aides".split())
PLACE_PREPOSITION = re.compile(r"\b(?:over|in|at|near|across|outside|inside|around|into)\s+(?:the\s+)?$")
BODY_WORDS = frozenset("department ministry office government cabinet presidency administration army military "
                       "intelligence embassy mission delegation treasury council".split())
NAMED_AFTER_ROLE = re.compile(r"\s+(?P<person>[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][a-z'’-]+)){1,3})")
ANON_AT_BODY = re.compile(r"\s+(?:at|of|from)\s+(?:the\s+)?(?P<org>[A-Z][\w-]*(?:\s+[\w'’-]+){0,4}?\s+"
                          r"(?i:ministry|office|government|presidency|cabinet|embassy|army|military|treasury))\b")
STATE_SERVICE_WORDS = frozenset("service headquarters forces police command directorate".split())   # a state's, by name


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


def _aside_side(text: str, pos: int, aliases: AliasTable) -> str | None:
    """The side the aside after a person's name at `pos` gives: "N, Israel's national security adviser",
    "N, the acting UN envoy for Libya", "N, the ILA's president" (a body known by its acronym), "N, NJ
    Transit's chief executive", "N, general chairman of the Brotherhood of Locomotive Engineers" (a body
    named in full)."""
    if not (m := OWNER_ASIDE.match(text, pos)):
        return None
    owner = m.group("owner") or m.group("owner2") or m.group("owner3") or m.group("owner4")
    if known := aliases.lookup(owner):
        return known
    if person := _person(owner):                     # "N, an adviser to President Volodymyr Zelensky": Ukraine
        known = aliases.lookup(person) or aliases.lookup(person.split()[-1])  # (the side he speaks for, not the
        return aliases.side(known) if known else None                         # leader); an unknown president: none
    return owner if ACRONYM.fullmatch(owner) or (" " in owner and owner.split()[0] not in NOT_NAMES) else None


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
    words right after a role word; None otherwise ("Israeli Army Radio" names no person). A body word
    before the role is part of the title ("Treasury Secretary Scott Bessent" → "Scott Bessent")."""
    person = _person(ref)
    if person and " " in person and person.split()[0].lower() in ROLE_WORDS:
        person = person.split(" ", 1)[1]
    if person and 2 <= len(names := person.split()) <= 6 \
            and all(w[:1].isupper() or w in NAME_PARTICLES for w in names) and ref.split()[-len(names) - 1].lower() in ROLE_WORDS:
        return person
    return None


NAME_PARTICLES = frozenset("bin ibn bint abu al el de van von".split())


DOCUMENT_LEAD = re.compile(rf"^\W*(?:Under|In)\s+(?:the\s+)?{NAME}(?:['’]s)?\s+(?:plan|draft|proposal|text|version|offer)\b")
# a state's body, unnamed, that owns what follows: "the government's negotiating team", "the presidency's envoy"
BODY_OWNER = re.compile(r"(?i:the\s+)?(?i:(government|presidency|cabinet|ministry))['’]s\s")
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


# what a demonym names when it is not its state: "Saudi detainees head home", "the Saudi city of Abha"
PEOPLE_OR_PLACE_AFTER = re.compile(r"\s+(?:detainees|prisoners|hostages|captives|nationals|citizens|soldiers|troops|"
                                   r"civilians|fishermen|workers|pilgrims|families|city|town|village|port|border)\b")


def _people_of(word: str, text: str, state: str) -> bool:
    """Whether `word`, in the headline or the first lines, names a state's people or a place in it rather than the
    state: a plural demonym ("15 Saudis"), or a demonym before such a noun ("Saudi detainees")."""
    if word.lower() == state.lower() or not DEMONYM_END.search(word.lower().removesuffix("s")):
        return False
    if word.endswith("s"):
        return True
    at = text.find(word, 0, 600)
    return at >= 0 and PEOPLE_OR_PLACE_AFTER.match(text, at + len(word)) is not None


def _lede_state(text: str, aliases: AliasTable) -> str | None:
    """The state that the headline and the first lines name most, if one does: whose "the government"
    or "the finance ministry" is meant when no one owns it ("Sri Lanka strikes new IMF deal ... The
    finance ministry's own account ..."). None for a story about two sides named as often."""
    counts: dict[str, int] = {}
    words = CAPITALISED.findall(text[:600])
    i = 0
    while i < len(words):                       # each pair ("Sri Lanka", "South Sudan") or capitalised word
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        step = 2 if pair and aliases.lookup(pair) in aliases.states else 1    # "South Sudan" is not Sudan too
        if (known := aliases.lookup(pair if step == 2 else words[i])) in aliases.states \
                and not (step == 1 and _people_of(words[i], text, known)):
            counts[known] = counts.get(known, 0) + 1
        i += step
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


def _known_person(source: str, people: dict[str, str], aliases: AliasTable) -> str | None:
    """The state or body of a person named again by part of their name ("Mikati" after "Lebanese
    Prime Minister Najib Mikati"), or a source named again by part of its name ("the Commission"
    after "the European Commission"); None when `source` is a known name or nothing matches."""
    if not people or aliases.lookup(source):
        return None
    words = LEADING_RANK.sub("", source).lower().split()    # "Mr. al-Ansari" after "Majed al-Ansari"
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
# ... or with the title in lower case after the state, the name in an aside: "Qatar's prime minister, Sheikh Mohammed
# bin Abdulrahman Al Thani, ..."
TITLED_ASIDE = re.compile(rf"\b(?P<org>{CAP})['’]s\s+(?:(?:prime|foreign|defen[cs]e|finance|interior|deputy)\s+)?"
                          rf"(?:minister|president|premier|chancellor),\s+(?P<person>{CAP}(?:\s+(?:{CAP}|bin|al|de|van|von)){{1,5}}),")


def _register_titled(text: str, people: dict[str, str], aliases: AliasTable) -> None:
    for m in (*TITLED_ANYWHERE.finditer(text), *TITLED_OF.finditer(text), *TITLED_ASIDE.finditer(text)):
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


# a sentence led by a paper's name, whatever its verb: a press review's paragraph ("The Financial Chronicle prefers
# a bigger number.", "The Conservative-leaning Daily Standard goes further still.", "Across the border, The Asmara
# Herald, which rarely strays from the government line, put the clause at the top")
PAPER_LEAD = re.compile(r"^\W*(?:(?:In|Across|From|Back\s+in|Over|Outside)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,\s+)?"
                        r"(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?(?P<name>(?:[A-Z][a-z'’]+\s+){0,3}(?=[A-Z])(?:[A-Z][a-zäöü]+)?(?i:%s))"
                        r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:,\s+[^,;]{1,80},)?\s+(?:also\s+|instead\s+|still\s+|then\s+)?"
                        r"(?P<verb>[a-z]{2,}s|[a-z]{3,}ed|ran|put|led|took|gave|made|kept|wrote|held|went)\b"
                        % "|".join(w.capitalize() for w in sorted(PAPER_NAME_WORDS)))


# a document the outlet itself saw: its account is the document's ("The military annex, a copy of which was seen by
# the Ledger, sets out ...": the military annex), not the outlet's own reporting
SEEN_DOC = re.compile(r"^\W*(?:According\s+to\s+)?(?:[Tt]he|[Aa]n?)\s+(?:copy\s+of\s+(?:the|an?)\s+)?"
                      r"(?P<doc>(?:[A-Z][\w-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}"
                      r"(?:annex|draft|document|memo|memorandum|summary|text|letter|term\s+sheet|statement|plan|proposal|"
                      r"outline|protocol|agreement|framework|note)(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:annex|draft|document|"
                      r"memo|memorandum|summary|text|letter|statement|plan|proposal|agreement|deal|accord))?"
                      r"(?:\s+by\s+the\s+[A-Z][\w'’-]*(?:\s+[a-z][\w-]*){0,2})?)\b[^.;]{0,60}?"   # "A note by the Council's
                      rf"\b(?:(?:seen|obtained|reviewed|viewed|examined)\s+by|{GIVEN_TO_VERBS}\s+(?:the\s+)?[A-Z])")
# a press review ("Press review: ...", "What the papers say: ..."), told by its headline: there, a paragraph led by
# a name and a verb of the press is a paper's ("In Germany, the Frankfurter Tagesbote presents the deal as ...",
# "The Greek-language Eleftheri Foni is angrier.", "The Moskovsky Kurier carries ...")
PRESS_REVIEW = re.compile(r"\b(?:press\s+review|(?:the\s+)?papers\s+say|newspaper\s+review|front\s+pages)\b", re.I)
REVIEW_LEAD = re.compile(r"^\W*(?:(?:In|Across|From|Over|Back\s+in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                         r"(?:,\s+where\s+[^,;]{1,80})?,\s+)?"                # "In The Hague, where ..., "
                         # "Turkey's pro-government", "Athens daily", "Il Quotidiano del Nord"
                         r"(?:[Tt]he\s+|[A-Z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+|[A-Z][\w]*-[a-z][\w-]*\s+)?"
                         r"(?:[A-Z][\w'’-]+\s+(?:daily|weekly|paper|newspaper|tabloid|magazine)\s+)?"
                         r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:del|de|la|di|des|du|der|van|von)\s+)?){0,3}"
                         r"[A-Z][\w'’-]+)(?:,\s+[^,;]{1,80},)?\s+"
                         r"(?:also\s+|instead\s+|still\s+)?(?:is|was|has(?!\s+been)|goes|says|writes|reports|notes|argues|insists|"
                         r"claims|leads|opens|splashes|runs|carries|quotes|cites|puts|presents|focuses|devotes|gives|"
                         r"takes|sees|calls|describes|reads|headlines|publishes|prints|prefers|offers|paints|welcomes|"
                         r"warns|concludes|sounds|strikes|stresses|highlights|dwells|zeroes|hails|slams|accuses|"
                         r"hailed|led|ran|called|wrote|reported|devoted|carried|splashed|warned|noted|argued|insisted|"
                         r"claimed|described|focused|took|gave|put|saw|went|published|printed|quoted|cited|welcomed|"
                         r"accused|slammed|stressed|highlighted|concentrated|opened|struck|sounded)\b")
FOREIGN_PAPER = re.compile(r"(?:El|La|Le|Les|Il|Lo|Der|Die|Das|De|Het)\s+[A-Z]|L['’][A-ZÀ-Ý]")   # "El Diario del Estrecho"
COUNTRYS = re.compile(r"^[A-Z][a-z]+['’]s\s+(?=[A-Z])")      # "France's L'Écho du Matin": the paper
PAPER_NAME_ENDS = tuple(PAPER_NAME_WORDS | {"blatt", "spiegel", "kurier", "zeitung"})   # "Abendpost", "Tagesspiegel"
PAPER_NOUNS = frozenset("paper newspaper daily tabloid weekly".split())
# a press review's paragraph led by a name, whatever the verb ("Kol HaMedina devotes its front page to ...", "The
# Cairo daily Al-Nil al-Jadid gives ...", "In Amman, Al-Mirsad writes ...")
# ("the opposition-leaning Le Grand Fleuve is sceptical", "L'Aube congolaise is in triumphant mood")
PARAGRAPH_LEAD = re.compile(rf"^\W*(?:(?:Back\s+in|In|Across|From)\s+(?:the\s+)?{CAP}(?:\s+{CAP})?,\s+)?"
                            rf"(?P<subj>(?:[Tt]he\s+)?(?:[\w-]+\s+){{0,3}}?{OUTLET_KINDS}\s+{NAME}"
                            rf"|(?:L['’]|(?:Le|La|Les|El|Il)\s+){CAP}(?:\s+{CAP})*\s+(?!also\b|still\b|then\b)[a-zà-ÿ]{{4,}}"
                            rf"|(?:the\s+[a-z][\w-]*\s+)?{NAME})"
                            rf"(?:\s+in\s+{CAP})?(?:,\s+[^,;]{{1,80}},)?\s+"
                            rf"(?:also\s+|instead\s+)?(?:is|was|(?:[a-z]+(?:s|ed)|took|gave|ran|led|put|made|sent|kept|"
                            rf"held|wrote)\s+(?:its|his|her|their|the|an?|with|on|that|to|in|for|up))\b")

DESCRIBED_BEFORE = re.compile(r"^[Tt]he\s+[a-z][\w-]*\s+(?=[A-Z])")    # "the opposition-leaning Le Grand Fleuve"
# "..., the farm lobby's concerns are on the front page of Kanto Nichi-Nichi."
TOLD_PAPER = re.compile(r"\b(?:told|tells|to)\s+the\s+(?:paper|newspaper|daily|weekly|tabloid)\b")
PAGE_OF = re.compile(rf"\b(?:front\s+page|pages|cover|columns|editorial)\s+of\s+(?P<subj>(?:[Tt]he\s+)?{NAME})\W*$")


def _paragraph_paper(group: list, found: list, i: int, aliases: AliasTable,
                     people: dict[str, str]) -> tuple[str, int] | None:
    """The paper named as the subject of a sentence before sentence `i` of the paragraph, with no other
    source cited in between (the paper's own "it says" and the people it quotes do not count), for "the
    tabloid", "the paper" in sentence `i` ("Kol HaMedina devotes its front page to ... Inside, the tabloid
    reported ...": Kol HaMedina, not the paper named in the paragraph before), with the index of the
    sentence that names it.
    A name the alias table knows is a paper only by its last word ("The Tel Aviv Courier is sceptical"); a
    person or a side is none ("Hamas insists ...")."""
    def cites_none(k: int) -> bool:             # no source, one that spoke to the paper ("N told the paper"), the
        att = found[k]                          # paper again ("it says") or the people it quotes ("the minister said")
        return att is None or TOLD_PAPER.search(group[k].text) is not None \
            or QUOTED_AS_SAYING.search(group[k].text) is not None \
            or att.backref and (att.noun is None or att.noun in PAPER_NOUNS or att.noun in PEOPLE_KINDS
                                or att.noun in ROLE_WORDS)
    def lead(k: int) -> re.Match | None:        # a paper as the sentence's subject, or on its front page
        return PARAGRAPH_LEAD.match(group[k].text) or PAGE_OF.search(group[k].text) if found[k] is None else None
    j = i - 1
    while j > 0 and cites_none(j) and not lead(j):
        j -= 1
    if not (m := lead(j)):
        return None
    subj = m.group("subj")
    if described := DESCRIBED_OUTLET.match(subj):
        return aliases.canonical(described.group("name") or described.group("name2")), j
    name = LEADING_THE_ANY_CASE.sub("", DESCRIBED_BEFORE.sub("", COUNTRYS.sub("", subj))).rstrip(".")
    if name.split()[0] in NOT_NAMES or name.split()[0].lower() in PRONOUNS \
            or ROLE_WORDS.intersection(name.lower().split()) \
            or " " not in name and any(re.search(rf"\b{re.escape(name.lower())}\b", g.text) for g in group) \
            or people and _known_person(name, people, aliases) not in (None, name):
        return None                             # a person who speaks for a side, not a paper named before; a word
                                                # the paragraph also writes in lower case ("Security gets the most
                                                # space in ...") names nothing
    known = aliases.lookup(name)
    paper = known if known and name.split()[-1].lower() in PAPER_NAME_WORDS else None if known else name
    return (paper, j) if paper else None


PAPER_LIKE_WORDS = PAPER_NAME_WORDS | {"monitor", "review", "reporter", "independent", "daily", "weekly"}


def _paper_named_last(noun: str | None, named: list[str], last_named: str | None, carry: str | None,
                      states: frozenset[str] = frozenset()) -> str | None:
    """For "the paper", "the daily": the newspaper named last by its name ("The Lakeshore Ledger
    reported ... CPS said ... the paper reports": the Ledger), unless the source named last is it or
    is the one whose account this is ("NIKKEI ASIA (Tokyo)" / "Nikkei concentrates ..." / "The paper notes");
    a state is no paper ("a Whitehall source told the Register. The paper notes ...": the Register)."""
    def paper(name: str | None) -> bool:               # ("The Brussels Monitor ... It quoted an EU official ...
        return bool(name and name.split()) and (name.split()[-1].lower() in PAPER_LIKE_WORDS   # The paper added")
                                                or FOREIGN_PAPER.match(name) is not None)
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


# a department named in full: "the Department of Health and Social Care", "the State Department"
DEPARTMENT_NAMED = re.compile(rf"\b(?:Department\s+(?:of|for)\s+(?:the\s+)?{NAME}|{CAP}(?:\s+{CAP}){{0,3}}\s+Department)\b")


def _department_named_before(text: str, end: int, aliases: AliasTable) -> str | None:
    """For "the department says", no department named so before: the department the text names last
    before `end` ("The union, the Department of Health and Social Care and outside analysts ...")."""
    last = None
    for last in DEPARTMENT_NAMED.finditer(text, 0, end):
        pass
    return aliases.canonical(last.group(0)) if last else None


def _body_backref(noun: str | None, source: str | None, named: list[str], text: str, end: int,
                  aliases: AliasTable, union: str | None = None) -> str | None:
    """The body a back-reference names when the source named last cannot be it: "The agency's version"
    after "Iranian officials say" (the International Atomic Energy Agency named before, not Iran); "the
    movement said" after Israel spoke (the movement named before); "The union says" after "Members of
    Regional Transit Workers Union Local 308 have 30 days to ratify" (a body named only in passing)."""
    if source in aliases.states and noun in NAMED_BODY_NOUNS:
        return _body_named_before(noun, text, end, aliases)
    if source in aliases.states and noun in ("movement", "group", "militia"):
        return next((n for n in reversed(named) if n not in aliases.states), None)
    if noun == "department" and source not in aliases.states:
        return _department_named_before(text, end, aliases)
    if source is None and noun in BODY_KINDS:
        return _body_named_before(noun, text, end, aliases, unknown_ok=True) or (
            _union_named_before(named, text, end, aliases) if noun == "union"
            else _company_named_before([n for n in named if n != union], text[:end], aliases) if noun == "company"
            else None)
    return None




# words of a union's name: "International Brotherhood of Teamsters", "Machinists District 751", "Writers Guild"
UNION_NAME = re.compile(r"\b(?:Teamsters|\w*[Ww]orkers|Machinists|Guild|Brotherhood|Federation|Union|Local\s+\d+|District\s+\d+|"
                        r"Employees|Nurses|Teachers|Pilots|Steelworkers|Autoworkers|Mineworkers|Longshoremen|Dockers)\b")
# ... and of a company's: "Ford Motor Co.", "Warner Bros. Pictures"
COMPANY_NAME = re.compile(r"\b(?:Motors?|Airlines|Airways|Corp|Corporation|Inc|Co|Company|Group|Holdings|Industries|"
                          r"Studios|Pictures|Entertainment|Systems|Technologies|Services)\b\.?$")


def _union_named_before(named: list[str], text: str, end: int, aliases: AliasTable) -> str | None:
    """"The union says ..." where no union was named by that word: the side named last whose name is a
    union's ("the Teamsters", "the International Association of Machinists"), else the union the text
    names before, else the body named by an acronym before, the one the text names most ("SAG-AFTRA says
    ... the union says", not the "AMPTP" named once)."""
    if union := next((n for n in reversed(named) if UNION_NAME.search(n)), None) or _union_in_text(text, end):
        return union
    bodies = [n for n in dict.fromkeys(named) if ACRONYM.fullmatch(n) and n not in aliases.states]
    return max(bodies, key=lambda n: text.count(n, 0, end), default=None)


THE_UNION = re.compile(r"\b[Tt]he\s+union\b")
UNION_ACRONYM = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})?\b")
NOT_UNIONS = frozenset("US USA UK UN EU AU NATO IMF GDP AI TV CEO".split())      # a state, a bloc or a thing


def _union_in_text(text: str, end: int) -> str | None:
    """"According to the union, ..." where no union spoke before: the union the text names last ("some
    45,000 members of the International Longshoremen's Association walked off"; not "United Auto Workers and
    Ford"), by the acronym or the last word the text also uses for it ("The ILA went into the strike ...",
    "the Teamsters say")."""
    name = next((part for n in reversed(NAME_RE.findall(text, 0, end)) for part in reversed(n.split(" and "))
                 if (" " in part or part.endswith("s")) and UNION_NAME.search(part)), None)
    if name is None:                    # else the acronym named last before the text first says "the union"
        first = THE_UNION.search(text, 0, end)          # ("SAG-AFTRA suspended the walkout ... the union's board")
        return next((a for a in reversed(UNION_ACRONYM.findall(text, max(0, first.start() - 300), first.start()))
                     if a not in NOT_UNIONS), None) if first else None
    name = LEADING_THE_ANY_CASE.sub("", name)
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if len(initials) > 1 and re.search(rf"\b{initials}\b", text):
        return initials
    last = name.split()[-1]
    return last if len(re.findall(rf"\b{re.escape(last)}\b", text)) > text.count(name) else name


def _company_named_before(named: list[str], before: str, aliases: AliasTable) -> str | None:
    """"The company said ..." where no company was named by that word: in a labour deal (a union named
    before, as a source or in the text: "United Auto Workers members"), the side named last that is neither
    the union, nor a state, nor a paper ("UPS and the Teamsters ... the company said": UPS)."""
    if not any(UNION_NAME.search(n) for n in named) and not UNION_NAME.search(before):
        return None
    return next((n for n in reversed(named) if not UNION_NAME.search(n) and n not in aliases.states
                 and n.split()[-1].lower() not in PAPER_NAME_WORDS
                 and (" " not in n or COMPANY_NAME.search(n))), None)    # "Boeing", "UPS", "Ford Motor Co.";
                                                                         # not "Carol Tome", who spoke for it


LEAD_SPEECH_WORDS = frozenset("said says told tells added adds argued argues insisted insists".split())
LEAD_SPEECH = re.compile(r"[^.;:\"“”]{0,80}?\b(?:said|says|told|tells|added|adds|argued|argues|insisted|insists)\b")
