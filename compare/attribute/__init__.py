"""Document text → sentences, each attributed to the source it reports.

"according to X", "X reported/published/revealed", "a draft published by X", "sources told X" and
back-references ("the newspaper", "the paper") set the source that carries over following sentences
and paragraphs, until another source is named or a paragraph leaves the proposal's subject.
"X said" attributes only its own sentence. Anonymous sources ("officials", "a source familiar with
the talks") are the outlet's own reporting. Names go through the alias table.
"""
from __future__ import annotations

import re

from compare.attribute.aliases import AliasTable
from compare.attribute.cited import (BULLET, CONTRAST_WORDS, SUBJECT_CUES_AT, _contrast, find_attribution,
                                     opens_with_speaker, speaker_attribution)
from compare.attribute.names import (CAPITALISED, DOCUMENT_LEAD, NOT_NAMES, PAPER_NAME_WORDS, PAPER_NOUNS, PLACE_AFTER,
                                     PRESS_REVIEW, REVIEW_LEAD, SEEN_DOC, STATE_BODY_NOUNS, Attribution, _army_owner,
                                     _aside_side, _body_backref, _capital_before, _heading_name, _introduced,
                                     _known_person, _lede_state, _opening_state, _paper_named_last, _paragraph_paper,
                                     _register_titled, _resolve, _role_kind, _titled_org)
from compare.attribute.patterns import (ANON_PLURAL_LEAD, ANON_SIDE_LEAD, BACKREF_LIST, BODY_KINDS, BODY_TITLED_SUBJECT,
                                        DESCRIBED_AS, DOC_BY, HE_SHE_SAID, IT_SAYS, KIND_WORDS, KNOWN_SUBJECT,
                                        KNOWN_VERBS, NAME, OUTLET_DESCRIPTORS, OUTLET_KINDS, OWNED_DOC, OWNED_DOC_WORDS,
                                        OWNER_OFFICE, PEOPLE_KINDS, PERSON_LEAD, PRONOUNS, PUT_OUT, PUT_OUT_WORDS,
                                        QUOTES_ROLE, REACTION, REACTION_WORDS, ROLE_WORDS, THEY_SAID, TITLED_SUBJECT,
                                        UNDER_THE_DEAL)
from compare.attribute.sentences import Sentence, prepare, split_sentences

__all__ = ["BULLET", "AliasTable", "Attribution", "Sentence", "attribute", "find_attribution",
           "opens_with_speaker", "prepare", "split_sentences"]


SEEN_TEXT_WORDS = frozenset({"agreement", "accord"})    # the deal's own text, as a copy someone saw or published
DOC_WORDS = frozenset({"statement", "summary", "readout", "sheet", "memo"})    # a document a source put out, named
                                                                              # again ("a White House fact sheet")
# a person named with a role in an aside, and a document put out by that role's office
OFFICE_ROLES = "envoy|mediator|negotiator|minister|president|representative|commissioner"
PERSON_ROLE = re.compile(rf"(?P<who>{NAME}),\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}?"
                         rf"(?P<role>{OFFICE_ROLES}|spokesman|spokeswoman|spokesperson)\b")
ROLE_OFFICE_BY = re.compile(rf"\bby\s+the\s+(?P<role>{OFFICE_ROLES})['’]s\s+office\b")
# a body that mediates, and the mediators named again
MEDIATION_BODY = re.compile(r"\bmediation\s+(?:panel|team|mission|committee)\b")
THE_MEDIATORS = re.compile(r"\b(?:[Aa]ccording\s+to\s+|[Tt]he\s+)mediators\b")
# a sentence that opens on a document as its subject: "The fact sheet sets a cap of 700 ..."
DOC_OPENING = re.compile(rf"\W*The\s+(?:fact\s+)?(?P<noun>{'|'.join(sorted(DOC_WORDS))})\s+[a-z]")
IT_QUOTES = re.compile(rf"\b(?:[Ii]t|[Tt]he\s+{OUTLET_KINDS})\s+(?:also\s+)?quotes\b")
SIGNED_BY_BOTH = re.compile(r"\b(?:an?|the)\s+(?:joint\s+)?(?P<doc>declaration|communiqu[eé]|memorandum)\s+"
                            r"signed\s+by\s+[^.;]{3,160}?\band\s+")
JOINT_PUT_OUT = re.compile(r"\b(?:issued|released|put\s+out|published|signed|agreed)\s+(?:a|an|their)\s+"
                           r"(?:[\w-]+\s+){0,2}?joint\s+(?P<doc>statement|declaration|communiqu[eé])\b")
JOINT_DOC_REF = re.compile(r"\b(?:[Aa]ccording\s+to|[Uu]nder)\s+the\s+(?P<doc>declaration|communiqu[eé]|memorandum)\b"
                           r"|^\W*The\s+(?P<doc2>declaration|communiqu[eé]|memorandum)\s+(?:also\s+)?(?:says|states|"
                           r"provides|stipulates|commits|calls)\b")
PAPER_SUBJECT_LEAD = re.compile(rf"\W*The\s+(?:[\w-]+\s+){{0,2}}?{OUTLET_KINDS}\s+[a-z]+s\b")   # "The paper goes"
PRONOUN_LEAD = re.compile(r"\W*(?:He|She)\s")
DOC_SUBJECT = re.compile(rf"\W*The\s+(?:{'|'.join(sorted(OWNED_DOC_WORDS))})\b")     # "The document does not mention"
OWNED_BODY = re.compile(rf"\b(?P<owner>{NAME})['’]s\s+(?:[a-z-]+\s+){{0,2}}?"
                        r"(?P<noun>government|ministry|cabinet|presidency|army|military)\b")
ACTOR_LEAD = re.compile(rf"^\W*(?:[Tt]he\s+)?(?P<name>{NAME})\s+(?:has|have|had|was|were)\s+(?:also\s+|now\s+|since\s+)?"
                        r"[a-z]+(?:ed|en|t)\b")      # "The Israel Prison Service has released ...": a side's own act
# a section's heading in capitals, of no phase and no number: "WHAT COMES NEXT" (not "FIRST PHASE (42 DAYS)")
SECTION_HEADING = re.compile(r"(?!.*\b(?:PHASES?|STAGES?|DAYS?|WEEKS?|MONTHS?|STEPS?)\b)[A-Z][A-Z' ’,&-]{2,60}[A-Z]:?")


SECTION_WORDS = frozenset("politics justice security economy money land background context timeline reaction reactions "
                          "analysis aid governance elections verification monitoring implementation sanctions trade "
                          "energy borders prisoners hostages weapons guns finance funding jobs pay wages benefits "
                          "pensions healthcare".split())


def _section_word(name: str, text: str) -> bool:
    """Whether a heading's "Name:" is a section's title ("Politics: seats and money", "Justice: the hardest
    rewrite"), not a paper's name: one word that names a subject, or that the text also writes in lower case."""
    return " " not in name and "-" not in name and (name.lower() in SECTION_WORDS
                                                     or re.search(rf"\b{re.escape(name.lower())}\b", text) is not None)


def _register_documents(sentence: str, kinds: dict[str, str], aliases: AliasTable) -> str | None:
    """"The Kremlin on Monday unveiled a draft framework", "Hamas published a copy of the proposal": the
    draft, the framework, the proposal named again later ("..., the draft says") are that side's. Returns the
    side that opens the sentence so."""
    opener = None
    for m in PUT_OUT.finditer(sentence):
        owner = aliases.lookup(m.group("subj"))
        for noun in OWNED_DOC.findall(m.group("obj")) if owner else ():
            _own_document(kinds, noun, owner)
            opener = opener or (owner if m.start() == 0 else None)
    return opener


def _own_document(kinds: dict[str, str], noun: str, owner: str) -> None:
    """A document of `owner`'s: named again by its noun, as "the text" or as "the document"."""
    kinds[noun] = kinds["text"] = kinds["document"] = owner


def _another_actor(sentence: str, speaker: str, aliases: AliasTable) -> bool:
    """Whether a sentence opens with a side other than the speaker before it as its subject ("Hamas says
    it also freed N. The Israel Prison Service has released 39 more prisoners."): its own news."""
    if not (m := ACTOR_LEAD.match(sentence)) or m.group("name").split()[0] in NOT_NAMES:
        return False
    known = aliases.lookup(m.group("name")) or (m.group("name") if " " in m.group("name") else None)
    return known is not None and known != speaker


def _owned_before(text: str, end: int, noun: str, aliases: AliasTable) -> str | None:
    """The state whose body the text named last before `end` by that noun: "the government" after "Sudan's
    transitional government" (not the state of the dateline, "JUBA")."""
    owner = None
    for m in OWNED_BODY.finditer(text, 0, end):
        if m.group("noun").lower() == noun and (state := aliases.lookup(m.group("owner"))) in aliases.states:
            owner = state
    return owner


def _party_in(sentence: str, aliases: AliasTable) -> str | None:
    """The first side the alias table knows that a sentence names ("Moscow pushed further on other points"):
    Russia), by a capitalised word or pair."""
    words = CAPITALISED.findall(sentence)
    for k, word in enumerate(words):
        if known := (k + 1 < len(words) and aliases.lookup(f"{word} {words[k + 1]}")) or aliases.lookup(word):
            return known
    return None


def _before_quotes(group: list[Sentence], i: int) -> int:
    """The sentence before sentence `i` of a paragraph, over the sentences of a quotation ("Aoun signed the
    letter. "This is a technical arrangement. It is no treaty," he said.": Aoun's) and over those that name
    him again by a pronoun ("Getachew Reda ... framed the concessions ... He has been less precise. ..., he
    told a broadcaster, ...": Getachew's)."""
    k = i - 1
    while k > 0 and (group[k].text.lstrip()[:1] in "\"“" or PRONOUN_LEAD.match(group[k].text)):
        k -= 1
    return k


def _review_paper(name: str, people: dict[str, str], aliases: AliasTable) -> str | None:
    """The paper a press review's paragraph leads with, or None where the name is a state, a person
    or a known source that is no paper ("The Russian press", "Moscow", "Medvedev")."""
    if name.split()[0] in NOT_NAMES or name.lower() in PRONOUNS or people.get(name, name) != name \
            or ROLE_WORDS.intersection(name.lower().split()) or _known_person(name, people, aliases) not in (None, name):
        return None
    known = aliases.lookup(name)
    return name if known is None else known if known not in aliases.states else None


def _seen_by_outlet(sentence: str, source: str, outlet: str | None, aliases: AliasTable) -> str | None:
    """The document a sentence says the outlet itself saw, when `source` is the outlet: "The military
    annex, a copy of which was seen by the Ledger, ..." → "Military annex"."""
    if not outlet or "by" not in sentence and " to " not in sentence and " with " not in sentence \
            or not (aliases.canonical(source) == aliases.canonical(outlet) or source.split()[-1] == outlet.split()[-1]):
        return None
    m = SEEN_DOC.search(sentence)
    doc = " ".join(m.group("doc").split()) if m else ""
    return doc[:1].upper() + doc[1:] if " " in doc else None     # not a bare "the text": the outlet's reading


# what a sentence that states terms has: a modal or a future, a number
TERMS_GRAMMAR = re.compile(r"\b(?:will|would|shall|must|could|can|should|may|might|(?:is|are|was|were)\s+"
                           r"(?:due\s+)?to)\b|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen|first|second|third|"
                           r"final)\b", re.I)


# a text of the deal a source put out: what follows, the writer's remarks between, describes it ("The 12-page
# agreement, released by the AU after the ceremony, ...", "Hamas published a copy of the proposal")
PUBLISHED_TEXT = re.compile(r"\b(?:agreement|accord|text|draft|document|treaty|deal|proposal|plan|framework|copy)\b"
                            r"[^.;]{0,60}?\b(?:released|published|obtained|seen|leaked|unveiled|circulated)\b|"
                            r"\b(?:released|published|obtained|leaked|unveiled|circulated)\s+(?:a|the|its)\s+"
                            r"(?:[\w-]+\s+){0,4}?(?:agreement|accord|text|draft|document|treaty|deal|proposal|plan|"
                            r"framework|copy)\b", re.I)
# what refers back to the source cited before, or to the deal it describes: "Its commentator notes", "The paper
# is less convinced."
PRONOUN_OPENING = re.compile(rf"\W*(?:It|Its|They|Their|He|She|His|Her|The\s+(?:[\w-]+\s+)?(?:{'|'.join(BACKREF_LIST)}|"
                             rf"agreement|deal|accord|treaty|pact|truce|cease-?fire))\b")   # or "The agreement also
                                                                                         # does not extend ...": terms


def _commentary(s: Sentence, mentions_terms) -> bool:
    """A paragraph's first sentence in the writer's own voice: no citation, no term of the deal, no modal and
    no number ("Neither framing quite captures the change, because the counting rules have moved.",
    "Verification is where the treaty does its real work."): the account cited before has ended."""
    return TERMS_GRAMMAR.search(s.text) is None and not (mentions_terms and mentions_terms(s.toks)) \
        and not s.text.rstrip().endswith(":") and not PRONOUN_OPENING.match(s.text)


def attribute(text: str, aliases: AliasTable, mentions_terms=None, outlet: str | None = None) -> list[Sentence]:
    """Sentences with their reporting source (None = the document's outlet). `mentions_terms`
    (from the lexicon, on a paragraph's words) tells whether it still speaks of the proposal's terms;
    `outlet`, the document's, tells a document it saw from its own reporting."""
    def speaks_of_terms(group: list[Sentence]) -> bool:
        # the paragraph's tokens are its sentences' (a token never spans the space that joins them)
        if mentions_terms and mentions_terms(frozenset().union(*(s.toks for s in group))):
            return True
        return SUBJECT_CUES_AT.search(" ".join(s.text for s in group), " ".join(s.low for s in group),
                                      pieces=frozenset().union(*(s.pieces for s in group))) is not None
    sentences = []
    settled: set[int] = set()                   # the clauses of a contrast: their sources are set
    for s in prepare(split_sentences(text), text):
        parts = _contrast(s, text, aliases) if not s.toks.isdisjoint(CONTRAST_WORDS) \
            or "and" in s.toks and ", and " in s.text else None
        if parts:
            settled.update(id(p) for p in parts if p.source is not None)
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
    review = PRESS_REVIEW.search(text, 0, 300) is not None     # a press review, by its headline
    headed = False                              # a heading that names a source opened its part
    from_text = False                           # the account carried is a published text's, not a speaker's
    joint_docs: dict[str, str] = {}            # a declaration both sides signed → its name as a source
    list_by = None                              # a speaker's list is read: the account carried before it
    paragraph_before: list[Sentence] = []
    seen_docs: dict[str, str] = {}             # a document the outlet saw → the outlet as named: the document's
    # the outlet by its initials ("ENA" in an article of the Equatorial News Agency), whatever the alias table
    # makes of them
    initials = "".join(w[0] for w in outlet.split() if w[0].isupper() and w != "The") if outlet else ""
    initials = initials if len(initials) >= 2 and initials in text else ""
    for _, group in sorted(paragraphs.items()):     # account ends with its paragraph, the outlet's goes on
        if carry in seen_docs:
            carry = seen_docs[carry]
        found = [speaker_attribution(s, aliases) if not (settled and id(s) in settled) else Attribution(s.source, False)
                 for s in group]
        # the answer to a question on what a source says ("Does Beijing describe it the same way?" / "Not quite. ...")
        asked = len(paragraph_before) == 1 and paragraph_before[0].text.rstrip().endswith("?") \
            and carry is not None and paragraph_before[0].source == carry
        item = listing and BULLET.match(group[0].text) is not None
        listing = item or group[-1].text.rstrip().endswith(":")
        if list_by is not None and not item:
            (carry, carry_also), list_by = list_by, None     # the speaker's list is over: the account before it
        if group[0].entry or (not group[0].heading and not any(found) and not item and not speaks_of_terms(group)) \
                or (found[0] is None and UNDER_THE_DEAL.match(group[0].text)) \
                or (review and not headed and found[0] is None and not group[0].heading and not item) \
                or (found[0] is None and carry is not None and not group[0].heading and not item
                    and heading_name is None and not from_text and not asked and _commentary(group[0], mentions_terms)
                    and carry.split()[-1] not in group[0].text) \
                or (len(group) == 1 and group[0].text.rstrip().endswith("?") and len(group[0].text.split()) <= 15):
            carry, carry_also = None, ()         # a live blog's new entry, the text left the proposal's subject,
                                                 # an explainer's next question ("What about aid?"), or a press
                                                 # review's paragraph that names no paper first ("Not everyone was
                                                 # cheering."), where no heading gave a paper its part
        named_by_heading, heading_name = heading_name, None
        if group[0].heading and len(group) == 1 and found[0] is None:
            heading_name = _heading_name(group[0].text, aliases, text)     # "Asharq Al-Awsat", over a press review's part
            if heading_name and ":" in group[0].text and not aliases.lookup(heading_name) \
                    and _section_word(heading_name, text):
                heading_name = None                  # "Soybeans: numbers on one side only": a section, so "The
                                                     # fact sheet states" under it is no "Soybeans" fact sheet
            if heading_name and (aliases.lookup(heading_name)
                                 or ":" in group[0].text                # (a section's word was dropped above)
                                 or PLACE_AFTER.search(group[0].text.strip())
                                 or review and heading_name.split()[-1].lower() in PAPER_NAME_WORDS):   # "The Daily
                                                             # Telegraph" over its part of a review of the papers
                carry = last_named = heading_name                    # a name: what follows is its account
                headed = True
                carry_also = ()
                for noun in PAPER_NOUNS:
                    kinds.pop(noun, None)                # "the paper" under it is this one, not the one before
                if not named or named[-1] != heading_name:
                    named.append(heading_name)
            elif not speaks_of_terms(group) \
                    or heading_name is None and SECTION_HEADING.fullmatch(group[0].text.strip()):
                carry, carry_also = None, ()         # "Reading the gaps": a new section, no one's account yet
                                                     # (not "First Phase (42 days)" inside an account)
        said_here: str | None = None                # a speaker named in this paragraph who does not carry
        unowned_doc = False                         # a text no side put out was named in this paragraph
        carried_here = False                        # ... unless a source that carries was named in it first
        for i, (s, att) in enumerate(zip(group, found)):
            if "Minister" in s.text or "President" in s.text or "Premier" in s.text or "Chancellor" in s.text \
                    or "minister, " in s.text or "president, " in s.text:
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
            if att is None and review and (m := REVIEW_LEAD.match(s.text)) and (i == 0 or " " in m.group("name")) \
                    and (paper := _review_paper(m.group("name"), people, aliases)):
                att = Attribution(paper, True)       # a press review's paragraph led by a paper: its account (later
                                                     # in the paragraph, a name of two words or more)
            if "signed" in s.toks and (signed := SIGNED_BY_BOTH.search(s.text)):
                joint_docs[signed.group("doc").lower()] = f"Joint {signed.group('doc').lower()}"   # "a declaration
                                                     # signed by the army's chief and the rebels' commander"
            if att is None and "joint" in s.toks and (put := JOINT_PUT_OUT.search(s.text)):
                doc = put.group("doc").lower()
                att = Attribution(f"Joint {doc}", True, noun=doc)   # "X and Y put out a short joint statement. It
                                                                    # said ...", "The statement said ...": that text
            if att is None and joint_docs and (ref := JOINT_DOC_REF.search(s.text)) \
                    and (joint := joint_docs.get((ref.group("doc") or ref.group("doc2")).lower())):
                att = Attribution(joint, True, noun="text")     # "According to the declaration, ...": that joint text
            if not s.toks.isdisjoint(PUT_OUT_WORDS) and not s.toks.isdisjoint(OWNED_DOC_WORDS) \
                    and (owner := _register_documents(s.text, kinds, aliases)) and att is None:
                att = Attribution(owner, True)       # "The Kremlin unveiled a draft. It calls for ...": its account
            if (att is None or att.source is None and not att.backref) and "mediators" in kinds \
                    and THE_MEDIATORS.search(s.text):
                att = Attribution(kinds["mediators"], True, noun="mediators")    # "according to the mediators", "The
                                                        # mediators' summary says", after "the AU mediation panel said"
            if att is None and (m := DOC_OPENING.match(s.text)) and (owner := kinds.get(m.group("noun"))):
                att = Attribution(owner, True, noun=m.group("noun"))    # "The fact sheet sets a cap of 700 ...",
                                                                        # after "a White House fact sheet": its
            if att is not None and att.backref and att.noun in OWNED_DOC_WORDS and att.noun not in kinds:
                if "text" in kinds:                  # "..., the plan says", after "X released a framework": X's
                    att = Attribution(kinds["text"], att.carries)
                else:
                    att = None                       # "..., the text says", no side's text named before: the
                    unowned_doc = True               # account it is part of goes on (and "it says" after it)
                    if i == 0 and DOC_SUBJECT.match(s.text):
                        carry, carry_also = None, ()     # "The document does not mention 19 days.", after a
                                                         # speaker's account: the outlet's reading of the text
            elif att is None and i == 0 and carry in aliases.states and DOC_SUBJECT.match(s.text) \
                    and kinds.keys().isdisjoint(OWNED_DOC_WORDS):
                carry, carry_also = None, ()         # "The document does not mention 19 days.", after a state's
                                                     # speaker gave an account: not the state's text, the outlet's
                                                     # reading of it (a paper's account of a text goes on)
            elif att is not None and att.backref and att.noun is None and unowned_doc and IT_SAYS.search(s.text):
                att = None                           # "According to the document, ... Talks are to begin ..., it
                                                     # says": the document's, not the speaker named last
            if att is None:
                if not s.toks.isdisjoint(REACTION_WORDS) and (m := REACTION.match(s.text)) \
                        and (known := aliases.lookup(m.group("subj"))):
                    last_named, said_here = known, None  # "Hamas welcomed the proposal. Its spokesman said ...": Hamas
                    if m.group("kind"):                  # "The UAE foreign ministry has thanked both sides. ...,
                        kinds[_role_kind(m.group("kind").split()[-1])] = known    # according to the ministry": the UAE's
                    if i == 0 and carry not in (None, known):
                        carry, carry_also = None, ()     # "Thai officials brushed aside the Cambodian version.": the
                                                         # account before has ended
                if said_here is not None and not DOCUMENT_LEAD.match(s.text) \
                        and not _another_actor(s.text, said_here, aliases):     # "A Hamas official said ...
                    s.source, s.also = said_here, ()     # A third phase would ...": the speaker goes on to the
                    continue                             # paragraph's end ("Under the US plan, ..." does not; nor
                                                         # "The Israel Prison Service has released 39 more")
                s.source, s.also = carry, carry_also if carry is not None else ()
                continue
            if att.backref and att.noun is None and i > 0 and HE_SHE_SAID.search(s.text) \
                    and (lead := PERSON_LEAD.match(group[(k := _before_quotes(group, i))].text)) \
                    and (" " in lead.group("subj") or _introduced(lead.group("subj"), text, group[k].start)):
                att = _resolve(lead.group("subj"), aliases) or Attribution(lead.group("subj"), False)
                if att.source and not aliases.lookup(att.source) \
                        and (side := _aside_side(group[k].text, lead.end("subj"), aliases)):
                    att.person, att.source = att.source, side    # "N, the ILA's president, called it ... he said"
                att.carries = False                               # "Grossi has landed in Vienna. He says ...": Grossi,
                                                                  # named in full before ("Rafael Grossi"), and
                                                                  # the quotation he gave between
            elif att.backref and att.noun is None and i > 0 and HE_SHE_SAID.search(s.text) \
                    and (lead := ANON_SIDE_LEAD.match(group[_before_quotes(group, i)].text)) \
                    and (side := aliases.lookup(lead.group("side"))):
                att = Attribution(side, False)                    # "An Israeli security official, briefing reporters,
                                                                  # gave the military's reading ... , he said": Israel's
            elif att.backref and att.noun is None and i > 0 and THEY_SAID.match(s.text) \
                    and ANON_PLURAL_LEAD.match(group[i - 1].text):
                att = Attribution(group[i - 1].source, False)     # "Diplomats in Vienna tell us ... They say ...": theirs
            if att.noun == "both":                                # "Both documents say": the two named last
                s.source, s.also = (named[-1], (named[-2],)) if len(named) >= 2 else (carry, ())
                continue
            if i == 0 and named_by_heading and att.backref:      # "The London-based Saudi daily ... wrote"
                att = Attribution(named_by_heading, att.carries, noun=att.noun)
            elif att.backref and (att.noun in PAPER_NOUNS or att.noun in OUTLET_DESCRIPTORS
                                  or att.noun is None and IT_SAYS.search(s.text)) and i > 0 \
                    and (lead := _paragraph_paper(group, found, i, aliases, people)):
                att = Attribution(lead[0], att.carries)                  # "Kol HaMedina devotes its front page to
                for k in range(lead[1], i):                              # ... Inside, the tabloid reported": its,
                    if found[k] is None:                                 # and so are the sentences from the one
                        group[k].source, group[k].also, group[k].cited = lead[0], (), True     # that leads with it
            elif att.backref and att.noun is None and i > 0 and carry and group[0].source == carry \
                    and IT_SAYS.search(s.text) and PAPER_SUBJECT_LEAD.match(group[0].text):
                att = Attribution(carry, att.carries)    # "The paper goes further than the minister. Citing a source,
                                                         # it reports ...": the paper whose account this is
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
                if (known := aliases.lookup(att.person)) and known != att.source:
                    att.source = known                  # "Lebanese Hezbollah leader Naim Qassem": the side the
                people[att.person] = att.source         # table gives him, not the one his title's adjective names
                if (role := PERSON_ROLE.search(s.text)) and role.group("who").split()[-1] in att.person:
                    # "Hans Grundberg, the United Nations envoy": "the envoy's office" later is the UN's
                    kinds.setdefault(_role_kind(role.group("role").lower()), att.source)
            elif att.source and (owner := _known_person(att.source, people, aliases)):
                att.source = owner                   # "Mikati said", after "Prime Minister Najib Mikati"
            if initials and att.source and initials.lower() in s.toks and aliases.lookup(initials) == att.source:
                att.source = outlet
            elif outlet and att.source and att.source == outlet.split()[-1] and " " in outlet.strip() \
                    and aliases.lookup(att.source) is None:
                att.source = outlet                  # "seen by the Observer", in The Meridian Observer: itself
            if att.source and not att.backref and (doc := _seen_by_outlet(s.text, att.source, outlet, aliases)):
                seen_docs[doc] = att.source
                att.source = doc                     # "The military annex, a copy of which was seen by the Ledger"
            if att.source and " " in att.source:
                people.setdefault(att.source, att.source)     # "the Commission", after "the European Commission"
            # "the ministry": the source last named as a ministry, else the source named last; "the
            # official": the side whose official spoke last, else the outlet's own (officials unnamed)
            if att.backref and att.noun in DOC_WORDS and (by := ROLE_OFFICE_BY.search(s.text)) \
                    and (owner := kinds.get(_role_kind(by.group("role").lower()))):
                att = Attribution(owner, att.carries, noun=att.noun)   # "the statement issued by the envoy's office"
            if att.backref and att.noun == "administration" and att.noun not in kinds \
                    and (side := next((n for n in map(aliases.side, reversed(named)) if n in aliases.administrations),
                                      None)):
                kinds[att.noun] = side               # "The administration said ...", after "a White House fact sheet"
            if att.backref and att.noun == "side" and i > 0 and (side := _party_in(group[i - 1].text, aliases)):
                kinds["side"] = side                 # "Moscow pushed further. Its side demanded ...": the party
                                                     # the sentence before names first, not the paper that relays it
            source = (kinds.get(att.noun) or _paper_named_last(att.noun, named, last_named, carry, aliases.states)
                      or (None if att.noun in PEOPLE_KINDS or att.noun in BODY_KINDS else last_named)
                      if att.backref else att.source)
            if att.backref and att.person and att.noun not in kinds:
                source = att.person                  # "Foreign ministry spokesman Ivo Darek said": him, or his
                                                     # ministry's state where the text names one (below)
            doc = next((kinds[d] for d in DOC_WORDS.intersection(s.toks) if d in kinds), None) \
                if att.backref and att.noun in STATE_BODY_NOUNS and att.noun not in kinds else None
            if doc:
                source = doc                         # "the government summary", after "A summary released by X"
            if att.backref and att.noun not in kinds and (body := _body_backref(att.noun, source, named, text, s.start,
                                                                                aliases, kinds.get("union"))):
                source = body
                if att.noun in BODY_KINDS:
                    last_named = kinds[att.noun] = body
            if att.backref and att.noun in ("army", "military") and att.noun not in kinds \
                    and (owner := _army_owner(text, s.start, aliases)):
                source = last_named = kinds[att.noun] = owner     # "The army said ...", after "Sudan's army and the
                                                                  # RSF": Sudan's, not the US official's named last
            if att.backref and att.noun in STATE_BODY_NOUNS and att.noun not in kinds and not doc:
                if source in aliases.speaks_for:
                    if att.noun not in ("president", "minister"):   # "The government said ...", after "Zelensky
                        source = aliases.side(source)               # said": Ukraine's; "the president" is still he
                elif source not in aliases.states \
                        and (state := _owned_before(text, s.start, att.noun, aliases) or _lede_state(text, aliases)):
                    source = last_named = state      # "The ministry also said ...", no ministry named before: the
                                                     # state of a story about one state, not the IMF named last
            if att.via is None and carry and "quotes" in s.toks and IT_QUOTES.search(s.text):
                att.via = carry                      # "On the rate, it quotes officials at the finance ministry as
                                                     # saying ...": the paper whose account this is, again after
            if att.via and (not named or named[-1] != att.via):
                named.append(att.via)                # "The Bay Chronicle quotes N as saying": the paper was named
            if att.source is not None:
                last_named = att.source
                if not named or named[-1] != att.source:
                    named.append(att.source)
                if att.noun:
                    kinds[att.noun] = att.source
                if "office" in s.toks and (office := OWNER_OFFICE.match(s.text)):
                    kinds[office.group("noun")] = att.source     # "Prime Minister Benjamin Netanyahu's office
                                                                 # framed ...": "the prime minister's office" later
                if "mediation" in s.toks and MEDIATION_BODY.search(s.text):
                    kinds.setdefault("mediators", att.source)    # "the African Union mediation panel said"
                for put_out in DOC_WORDS.intersection(s.toks):
                    kinds[put_out] = att.source          # "X said in a statement ...", "A summary released by X's
                                                         # office": "the statement said", "the summary" are X's
                if not (s.toks.isdisjoint(OWNED_DOC_WORDS) and s.toks.isdisjoint(SEEN_TEXT_WORDS)) \
                        and (seen := DOC_BY.search(s.text)):
                    _own_document(kinds, seen.group("doc"), att.source)    # "a draft seen by the Ledger ... The
                                                                            # draft says": the Ledger's; "A copy of
                                                                            # the agreement seen by the Post ...
                                                                            # According to the document": the Post's
            if source is None and att.backref and att.noun in STATE_BODY_NOUNS \
                    and (source := _opening_state(s.text, aliases) or _owned_before(text, s.start, att.noun, aliases)
                         or _lede_state(text, aliases)):
                last_named = kinds[att.noun] = source    # "the finance ministry said", in a story about one state
            if att.backref and (att.noun in STATE_BODY_NOUNS or att.noun in BODY_KINDS) and source is not None:
                last_named = source                  # "The government says ... Federal troops, it adds, ...": its;
                                                     # "The union says ... Vans will get fans, it says": the union's
            if att.backref and att.noun in OUTLET_DESCRIPTORS and source is not None:
                kinds[att.noun] = source             # "the broadcaster reports ... Back in London, the broadcaster"
            if "quotes" in s.toks and (q := QUOTES_ROLE.search(s.text)) and (side := aliases.lookup(q.group("owner"))):
                kinds[_role_kind(q.group("role"))] = side    # "quotes France's Europe minister ... the minister said"
            s.source, s.cited = source, True
            s.also = att.also if source == att.source or att.backref else ()
            if att.carries and "described" in s.toks and DESCRIBED_AS.search(s.text):
                att.carries = False                  # 'X described the clause as "ten seats handed to ..."': a view
            if att.carries:
                carry, carry_also = source, s.also
                from_text = PUBLISHED_TEXT.search(s.text) is not None
                carried_here, said_here = True, None
            elif att.via:                            # "The Bay Chronicle quotes N as saying ...": what follows
                carry, carry_also = att.via, ()      # uncited is the paper's again
                carried_here, said_here = True, None
            elif source is not None and source != carry and not carried_here:
                said_here = source               # a carried source of this paragraph keeps what follows
            else:
                said_here = None
        _quoted_over_sentences(group)
        paragraph_before = group
        last = group[-1]
        if last.source is not None and last.source != carry and not last.heading and last.text.rstrip().endswith(":"):
            list_by = list_by or (carry, carry_also)    # "Mr Trump told reporters ... As he described it:" / "- The
            carry, carry_also = last.source, last.also  # EU will invest $600 billion ...": the list is his
    return sentences


def _quoted_over_sentences(group: list[Sentence]) -> None:
    """A quotation over several sentences is the speaker's that the sentence closing it names ('"Two flights
    a week in total. That is the text," Muammar al-Eryani, the government's information minister, said.'):
    the sentences it opens in are his too."""
    i = 0
    while i < len(group):
        text, j = group[i].text.lstrip(), None
        if text[:1] in "\"“" and text.count('"') + text.count("“") + text.count("”") == 1:
            j = next((j for j in range(i + 1, min(len(group), i + 6))
                      if '"' in group[j].text or "”" in group[j].text), None)
            if j is not None and group[j].cited and group[j].source is not None:
                for k in range(i, j):
                    group[k].source, group[k].also, group[k].cited = group[j].source, group[j].also, True
        i = j + 1 if j is not None else i + 1       # on after the quotation's end, or the next sentence
