"""Terms named by a phrase rather than a number: commitments, exclusions ("no X", "not
required"), releases named without a count and events of the deal."""
from __future__ import annotations

import re

from compare.attribute import Sentence
from compare.extract.fact import ExtractedFact
from compare.extract.patterns import (AND_LEAD, AND_MODAL, CANNOT_KNOWN, CLAUSE_END, COMMITMENT, COMMITMENT_OR_PRESENT,
                                      COMMITTED_TO, DATED, DEAL_SUBJECT, DEAL_WORDS, DENIED_THAT, EXCLUSION,
                                      FUNCTION_WORDS, GROUP_WORD, GUESS, GUESS_WORDS, HOPE_BEFORE, IT_DEAL_TERM,
                                      LISTED_VERBS, MODAL_AT, MORE_TO, MORE_VERB, MORE_VERB_S, NEGATION_AT,
                                      NOT_AFTER_MODAL, NOT_COMMITMENT_VERBS, NOT_EXCLUDED, NOT_MEAN_BEFORE,
                                      NOT_PLEDGED_VERBS, NO_ITEM, NO_SUBJECT, OUTLET_WE, OUTSIDE_WHAT, PARTICIPLE_WORD,
                                      PARTY_BEFORE, PAST_ACT, PAST_TENSE, PLEDGE_TOKENS, POLL, PRESENT_LIST_VERBS,
                                      PRESENT_TERM_TOKENS, QUOTE_MARKS, REMAINS_OF_BEFORE, RETURN_TO_PLACE,
                                      SAID_THAT_BEFORE, SHORT_QUOTE,
                                      STATUS_QUO_LEAD, SUBJECT_LEAD, SUBORDINATE, UNDECIDED, WHAT_BEFORE,
                                      WHETHER_BEFORE, _clause, _in_the_past, _joined, _passive_subject, list_items)


# each form of EXCLUSION: its word of negation in the fact's text, and the group its text starts at
EXCLUSION_FORMS = {"neg": ("no", "what"), "neg2": ("no", "subj"), "neg3": ("not", "what3"), "neg4": ("", "subj4"),
                   "neg5": ("", "subj5"), "neg6": ("nothing", "what6"), "neg7": ("", "subj7"), "neg8": ("no", "what8"),
                   "neg9": ("no", "what9"), "neg10": ("leaves out", "what10")}


def _past_after_pledge(text: str) -> bool:
    """Whether the past act in the sentence comes after its pledge, in what the pledge is about ("undertook to
    revoke the sanctions imposed since the embassy was seized"), not before it."""
    pledge, past = COMMITTED_TO.search(text), PAST_ACT.search(text)
    return pledge is not None and past is not None and past.start() > pledge.start()


def _clause_of(text: str, at: int, nxt: int | None) -> str:
    """A commitment's clause from its verb at `at`: up to the next verb of a list that begins at `nxt`,
    or to "... and would be renewed", "... and that Cairo will host"."""
    what = _clause(text, at, 14)
    if nxt is not None and at < nxt < at + len(what):
        what = " ".join(text[at:nxt].split()).strip(" ,;:.").lower()     # up to the next verb of the list
    if _joined(text, at, at + len(what) + 1) and (cut := AND_MODAL.search(text, at, at + len(what) + 1)):
        what = " ".join(text[at:cut.start()].split()).strip(" ,;:.").lower()
    return what


NOUN_BEFORE_NAME = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]ny|[Aa]ll)\s+[a-z]+s\s+$")   # "the airfields Israel leaves"
PLACE_ITEM_WORDS = frozenset("in on at".split())     # a list of places: where one term applies
NOUN_ITEM_LEADS = frozenset("the a an its their".split())     # an item that is a noun phrase, not a clause
NUMBER_TAIL = frozenset("0123456789%$€£")
# "Brittney Griner, the basketball star, was released on Thursday in exchange for Viktor Bout, the arms dealer"
EXCHANGED_FOR = re.compile(r"(?P<who>(?:Sgt\.\s+|Mr\.\s+|Ms\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:,[^,;]{1,100},)?\s+"
                           r"(?:was|were|has\s+been|have\s+been|is\s+being|are\s+being|will\s+be|would\s+be|is\s+to\s+be)\s+"
                           r"(?:released|freed|exchanged|swapped|traded|handed\s+over)\b[^.;]{0,40}?\bin\s+exchange\s+for\s+"
                           r"(?P<whom>(?:[a-z]+\s+){0,3}?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
                           r"(?:\s+(?:detainees|prisoners|soldiers|hostages|citizens|nationals|agents|men|women))?)")
WH_HEADING = re.compile(r"\W*(?:What|Who|How|When|Why|Where|Which)\b")
GOES_ON = re.compile(r"\W*(?:And|Nor|Also|It|Its)\b")    # a sentence that goes on with the one before


class Texts:
    """Mixed into document._Doc, which keeps the state these rules use."""

    def _about_deal(self, s: Sentence, in_phase: bool) -> bool:
        """Whether a sentence may bind a party (commitments, exclusions): inside a phase's terms, in a
        cited source's account or one familiar with the talks, or naming the deal, or in a paragraph that
        names it or follows one that does (not a quotation, a condition or a warning there: "If the
        crossings stay shut, people will conclude they gained nothing"); and not a release told as done."""
        return (in_phase or s.source is not None or self.listed or self.answer or not s.toks.isdisjoint(DEAL_WORDS)
                or s.cited and "familiar" in s.toks         # "A person familiar with the talks said ..."
                or DEAL_SUBJECT.match(s.text)               # "The contract does not extend ...", and the sentence
                or self.deal_subject == s.paragraph and GOES_ON.match(s.text)   # after it that goes on: "And the
                                                                                # DVD formula is unchanged"
                or s.paragraph in self.deal_paragraphs and not GUESS.match(s.text) and s.toks.isdisjoint(GUESS_WORDS)) \
            and not self.past_event(s)

    def _exclusions(self, s: Sentence, source: str, phase_at, in_phase: bool) -> None:
        """What the deal rules out or leaves out, told without a modal: "It sets no deadline for that",
        "places no limit on the level", "having no expiry date", "there is no ban on using AI", "no money
        changes hands", "Studios are not required to keep a room running". Kind `commitment`, in a
        sentence about the deal (as for commitments); not in a clause told in the past ("there was no")."""
        if not self._about_deal(s, in_phase) or s.heading and WH_HEADING.match(s.text):
            return                                   # (not a section's title: "What is not in the deal")
        text = s.text
        found = [(m, next(g for g in EXCLUSION_FORMS if m.group(g))) for m in EXCLUSION.finditer(text)]
        for m, form in list(found):
            if form == "neg9":                           # the list's other items: ", no dismissals ..., and no sale"
                found += [(item, "item") for item in NO_ITEM.finditer(text, m.end())]
        for m, form in found:
            if form == "item":
                neg, at, subj = "no", m.end(), None
            else:
                neg, start = EXCLUSION_FORMS[form]
                at = m.start(start)
                subj = m.group(start) if start.startswith("subj") and form != "neg2" else None
            if subj and subj.split()[-1].lower() in ("that", "which", "who"):
                continue                                 # "forces that are not part of the army": who they are
            if form == "neg7" and text[:at].rstrip()[-1:] in NUMBER_TAIL:
                continue                                 # "55% of the new quota is reserved for ...": a number's, read
                                                         # as one
            if subj:                                     # "reported that sectoral tariffs ... are not affected":
                at = max((t.end() for t in SUBJECT_LEAD.finditer(text, at, m.start(form))), default=at)   # the tariffs
            if form == "neg4" and m.group("be4") in ("was", "were") \
                    and not SAID_THAT_BEFORE.search(text, max(0, at - 40), at):
                continue                                 # "were not included" only as reported speech ("Mr Trump said
                                                         # pharmaceuticals were not included in the agreement")
            what = _clause(text, at, 14)
            end = at + len(what)
            if form == "neg7" and "," in text[m.end("subj7"):m.start("neg7")]:
                verb = text.rfind(" ", 0, m.start("neg7") - 1) + 1   # "the DVD residual formula, set in 1985, is
                rest = _clause(text, verb, 14)                       # unchanged": its subject and what it is
                what, end = f"{m.group('subj7')} {rest}".lower().removeprefix("and "), verb + len(rest)
            if form == "neg5" and (deal := OUTSIDE_WHAT.match(text, m.end())):      # 'medicines "appear to be
                what = " ".join(QUOTE_MARKS.sub("", text[at:deal.end()]).split()).lower()   # outside the agreement"'
                end = at + len(what)
            if not NOT_EXCLUDED.isdisjoint(what.split()[:3]) \
                    or form not in ("neg9", "neg10", "item") and PAST_TENSE.search(text, max(0, m.start() - 30), at) \
                    or any(f.kind == "commitment" and f.value_start - s.start <= end and at <= f.value_end - s.start
                           for f in self._sentence_facts(s)):
                continue                                 # "no later than", "no one", "there was no deadline", or a
                                                         # commitment read there already ("there will be no third ...");
                                                         # "listed what it did not contain: no ..." is what it says
            self.add(ExtractedFact(source=source, slot="commitment", kind="commitment", phase=phase_at(at, at),
                                   text=f"{neg} {what}".strip(), quote=text, start=s.start, end=s.end,
                                   value_start=s.start + at, value_end=s.start + end, confidence=0.4))

    def _commitment(self, s: Sentence, source: str, phase_at, in_phase: bool, first_fact: int | None = None,
                    terms: list[tuple[int, int]] = ()) -> None:
        """Commitments that no other rule reads: "The accord commits the two neighbours to respect
        each other's borders", "the militia would be dismantled", each infinitive of "committed to
        allow access, to refrain from attacks and to open three corridors". Only in a sentence about
        the deal (inside a phase's terms, in a cited source's account, or naming the deal), and only
        in a clause where no other fact of the sentence stands (`first_fact`: where they begin) and no
        lexicon term is named (`terms`: their spans).
        Compare leaves this kind out: it is listed, not set against other versions."""
        if STATUS_QUO_LEAD.match(s.text):
            return                                   # "Under current law, workers must wait 90 days": before the deal
        about = self._about_deal(s, in_phase) or ("must" in s.toks or "shall" in s.toks or "cannot" in s.toks) \
            and not self.past_event(s)
        if not about and (s.toks.isdisjoint(PLEDGE_TOKENS) or self.past_event(s) and not _past_after_pledge(s.text)):
            return                                   # outside the deal's sentences only "Finland undertook to ..." (and
                                                     # "... to revoke the sanctions imposed since the embassy was seized")
        text = s.text

        def refused(m: re.Match) -> bool:
            """Not a commitment: "would support the deal", "agreed to meet" (but "agreed to support the bid")."""
            if CANNOT_KNOWN.match(text, m.start("mod")) or WHAT_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                    or NOT_MEAN_BEFORE.search(text, max(0, m.start() - 70), m.start()):
                return True                          # "figures that cannot be independently verified", "diverged on
                                                     # what Washington would give in return", "does not mean the
                                                     # Taliban will join talks": no term
            pledge, mod = m.group("mod").split()[0].lower() in PLEDGE_TOKENS, m.group("mod").lower()
            return m.group("verb").lower() in (NOT_PLEDGED_VERBS if pledge else NOT_COMMITMENT_VERBS) \
                and not (mod in ("does", "do") and m.group("verb") == "say") \
                or not about and not (pledge and PARTY_BEFORE.search(text, max(0, m.start() - 40), m.start()))

        def which_ones(m: re.Match) -> bool:
            """A name and its present verb after a plural noun: "The airfields Israel leaves behind are to be
            used ...", which airfields, not what Israel does."""
            return m.group("mod")[:1].isupper() and NOUN_BEFORE_NAME.search(text, max(0, m.start() - 40), m.start()) \
                is not None

        pattern = COMMITMENT if s.toks.isdisjoint(PRESENT_TERM_TOKENS) or s.heading else COMMITMENT_OR_PRESENT
                                                     # (a heading's present is a headline's: "Plane leaves Tehran")
        first = pattern.search(text)
        if first and which_ones(first):
            first = pattern.search(text, first.end())
        if first is None and self.deal_subject == s.paragraph and (it := IT_DEAL_TERM.match(text)):
            first, pattern = it, IT_DEAL_TERM        # "The security annex ... It divides Sinai into zones"
        if first is None or refused(first):
            return
        taken = [(f.value_start - s.start, f.value_end - s.start) for f in self.facts[first_fact:]] \
            if first_fact is not None else []
        if taken:
            taken += terms                           # a term named in a clause, with the sentence's facts
        # a few words in quotation marks inside a clause are part of it: 'contains "enforceable" staffing commitments'
        plain = SHORT_QUOTE.sub(lambda q: f" {q.group(1)}{q.group(2)} ", text) if '"' in text or "“" in text else text
        found = []                                   # (match, where its clause begins, its verb, its text)
        done = 0                                     # where the clauses read so far end
        for m in [first] + list(pattern.finditer(text, first.end())):
            if m.start() < done or refused(m) or which_ones(m):
                continue
            # the clause of the modal, from its subject on, and each further infinitive of a list ("..., and to open")
            breaks = [b.end() for b in CLAUSE_END.finditer(text, done, m.start())]
            lead = AND_LEAD.search(text, max(done, m.start() - 14), m.start()) if _joined(text, done, m.start()) else None
            clauses = [(lead.start() if lead else breaks[-1] if breaks else done, m.start("verb"))]   # "... lasts two
                                                                  # months and may be renewed": its own clause
            if "to" in s.toks:
                stop = SUBORDINATE.search(text, m.end())    # (not into a clause of its own)
                clauses += [(t.start(), t.start("verb")) for t in MORE_TO.finditer(text, m.end(),
                                                                                    stop.start() if stop else len(text))]
            if not s.toks.isdisjoint(LISTED_VERBS):          # "will help restore ..., lower ... and enhance ..."
                clauses = sorted(clauses + [(t.start(), t.start("verb")) for t in MORE_VERB.finditer(text, m.end())],
                                 key=lambda c: c[1])
            if m.group("verb") in PRESENT_LIST_VERBS:
                clauses = sorted(clauses + [(t.start(), t.start("verb")) for t in MORE_VERB_S.finditer(text, m.end())],
                                 key=lambda c: c[1])          # "the deal raises ..., sets ... and requires ..."
            for k, (begin, at) in enumerate(clauses):
                nxt = clauses[k + 1][0] if k + 1 < len(clauses) else None
                what = _clause_of(plain, at, nxt)
                if plain is not text and any(a < at + len(what) and begin < b for a, b in taken):
                    what = _clause_of(text, at, nxt)     # a fact stands after the quoted words: up to them
                end = done = at + len(what)
                words = what.removeprefix("be ").removeprefix("have ").split()
                while words and words[-1] in FUNCTION_WORDS:
                    words.pop()                      # "negotiate the": what it is cut off
                if len(words) == 1 and what.startswith("be ") and PARTICIPLE_WORD.fullmatch(words[0]) \
                        and (subject := _passive_subject(text, begin, at)) is not None:
                    at = subject                     # "sanctions would be lifted": what is lifted, with its verb
                    what, words = " ".join(text[at:end].split()).lower(), ["", ""]
                mod, then = m.group("mod").lower(), what.split()[1] if what.startswith("have ") else None
                if then and (mod in ("would", "could") and then != "to" or mod == "must" and PARTICIPLE_WORD.fullmatch(then)):
                    continue                         # "which would have cost them $800 million": what did not happen
                                                     # (not "would have to leave"); "they must have done so": a guess
                if len(words) >= 2:                  # not "would be getting"
                    free = not any(a < end and begin < b for a, b in taken)
                    if free:
                        found.append((m, begin, at, what))   # (nor where a fact stands)
                    items = list_items(text, end, what)
                    if not free:                         # after a term: "calls for the withdrawal of ..., the
                        items = [i for i in items if i[1].split()[0] in NOUN_ITEM_LEADS]   # restoration of ..."
                    if items and free and items[0][1].split()[0] not in NOUN_ITEM_LEADS \
                            and (all(len(item.split()) <= 2 for _, item in items)
                                 or any(len(item.split()) == 1 for _, item in items)):
                        done = items[-1][0] + len(items[-1][1])     # "buy food, medicine, medical devices and
                        found[-1] = (m, begin, at, " ".join(text[at:done].split()).lower())   # agricultural
                        items = []                                  # products": one term, its goods listed
                    if items and items[0][1].split()[0] in PLACE_ITEM_WORDS:
                        if free:
                            done = items[-1][0] + len(items[-1][1])     # "be deployed in the south, in the Nuba
                            found[-1] = (m, begin, at, " ".join(text[at:done].split()).lower())  # Mountains and in
                        items = []                                      # Khartoum": one term, where
                    for item_at, item in items:      # "..., the release of detainees and the return of children"
                        done = item_at + len(item)
                        if not any(a < done and item_at < b for a, b in taken):
                            found.append((m, begin, item_at, item))
        if not found or POLL.search(text) or UNDECIDED.search(s.low) or WHETHER_BEFORE.search(s.low, 0, first.start()) \
                or HOPE_BEFORE.search(text, 0, first.start()) or OUTLET_WE.match(text):
            return                                   # the steps of the talks, what a poll found, what is left open
        for m, begin, at, what in found:
            negated = m.group("mod").lower() == "cannot" or NOT_AFTER_MODAL.match(text, m.start("mod"), m.start("verb")) \
                or NO_SUBJECT.search(text, begin if m is not first else 0, m.start()) \
                or DENIED_THAT.search(text, begin if m is not first else 0, m.start())
            if what.startswith(("no ", '"no ', "“no ")):
                what, negated = what.lstrip('"“'), False     # "no Swedish citizen will be extradited": said so
            self.add(ExtractedFact(source=source, slot="commitment", kind="commitment", phase=phase_at(at, at),
                                   text=f"not {what}" if negated else what,   # "would not enter", "no troops will"
                                   quote=text, start=s.start, end=s.end, value_start=s.start + at,
                                   value_end=s.start + at + len(what), confidence=0.4))

    def _event_facts(self, text: str, events, fact) -> None:
        for slot, pos, label in events:
            self.add(fact(slot, "text", pos, pos, pos + len(label), text=label, confidence=0.7),
                     dedup_values=False)

    def _exchanged_for(self, s: Sentence, fact) -> None:
        """Who was traded for whom, by name: "Brittney Griner ... was released on Thursday in exchange for
        Viktor Bout" (a live blog tells the deal as done), but not a swap of a dated past ("In 2010, ...")."""
        if not (m := EXCHANGED_FOR.search(s.text)) or DATED.search(s.text, 0, m.start("whom")):
            return
        who = " ".join(m.group("who").split())
        whom = " ".join(m.group("whom").split()).rstrip(" ,")
        self.add(fact("exchange", "text", m.start("who"), m.start("who"), m.end("whom"),
                      text=f"{who} for {whom}".lower(), confidence=0.5))

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
