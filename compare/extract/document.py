"""One document's extraction: phase scope per source, the facts found so far and the pass over each
sentence, which hands each quantity and phrase to the rules of counts, timings and texts."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cached_property

from compare import dates
from compare.attribute import AliasTable, Sentence
from compare.attribute.sentences import ENTRY_TIME, ENTRY_TIME_ALONE, ENTRY_TIME_LEAD
from compare.extract.counts import Counts
from compare.extract.fact import ExtractedFact
from compare.extract.not_terms import NotTerms
from compare.extract.patterns import (ANSWER_NOT_TERMS, BARE_ORDINAL_LEAD, BOTH_PHASES_EACH, DAY_ORDINAL_TOKENS,
                                      DAY_TOKENS, DIGIT, EACH_LASTING, EACH_OF, EARLIER, ELLIPTIC_PHASE, ESTIMATE_LEAD,
                                      ESTIMATOR_TOKENS, EXCLUSION_TOKENS, FRACTION_OF, FRACTION_TOKENS, FUTURE, GUESS,
                                      GUESS_WORDS, INTERVAL_TOKENS, INTERVAL_VERBS, IT_DOES, LASTING_AFTER,
                                      LATER_CLAUSE, LEADING_TIMING, LEADING_TIMING_WORDS, MAY_PERMIT, NAMED_AGREEMENT,
                                      NAME_RUN, NEGATION_WORDS, NO_SUCH, NUMBER_TOKENS, OF_EACH, ONE_UNIT,
                                      ONE_UNIT_TOKENS, ON_DAY_AT, PAST_ACT, PAST_ACT_HINTS, PERSON_STORY,
                                      PHASE_COUNT_LOW, PHASE_MARK_AT, PHASE_TOKENS, QUAL_BEFORE, RELATIVE_AFTER,
                                      RELATIVE_DATE_TOKENS, RELATIVE_SUBJECT_BEFORE, RELEASE_INTERVAL_WORDS, ROMAN,
                                      SAME_CLAUSE_BREAK, SAME_FIGURES, STAGES_THE_FIRST, STAGES_THE_NEXT,
                                      STAGE_REPORTED, STAGE_WORD, STORY_PAST, TALKS_ON, TERM_SENTENCE_AT, UNITS_TOKENS,
                                      UNTIL_BEFORE, VAGUE_TIME_TOKENS, WHAT_CLEFT, YEAR_BEFORE, YEAR_BOUND, YEAR_DIGITS,
                                      _alternative, _changes_split, _clause_start, _day_bound, _label_before,
                                      _may_commit, _num_text, _percent_ranges)
from compare.extract.texts import Texts
from compare.extract.timings import Timings
from compare.lexicon import Anchored, Lexicon
from compare.normalize import ORDINALS, QUALIFIERS, find_quantities, parse_number


# a span of years in words: "from 2020 through 2024", "2023-2027"
YEAR_SPAN_WORDS = re.compile(r"\b(?:from\s+|between\s+)?(?:19|20)\d\d\s*(?:-|–|to|through|until|and)\s*"
                             r"(?P<end>(?:19|20)\d\d)\b")
# a day counted from the day the deal starts, as planners write it: "by D+90"
D_PLUS = re.compile(r"\b(?:on|by|from|until|before|after|(?:no|not)\s+later\s+than)\s+D\s?\+\s?(?P<dn>\d{1,3})\b")
# the items of a list of stages after its colon: ", another 30 percent", " and the remaining 40 percent", "; then ..."
# (not the comma of a date: "May 2, 2024", "a year later, in 2024")
STAGE_ITEM_SEP = re.compile(r"[,;]\s+(?!(?:in\s+)?(?:19|20)\d\d\b)(?:and\s+|then\s+)?"
                            r"|\s+and\s+(?=(?:the\s+)?(?:remaining|rest|final|last|another|a\s+further|a\s+final|"
                            r"then)\b)")


def _stage_items(text: str, start: int) -> list[int]:
    """Where each item of a list of stages begins, from `start` (after the colon) to the sentence's end."""
    items = [start + len(text[start:]) - len(text[start:].lstrip())]
    items += [m.end() for m in STAGE_ITEM_SEP.finditer(text, start)]
    return items


def _item_kind(text: str, at: int, q) -> tuple[str | None, bool]:
    """What an item's first quantity counts, roughly: its unit, and whether a percent sign or word follows."""
    after = text[at + q.end:at + q.end + 9]
    return q.unit, "%" in after or "percent" in after


class _Doc(NotTerms, Counts, Timings, Texts):
    """State of one document's extraction: phase scope per source and the facts so far."""

    def __init__(self, lex: Lexicon, published: dt.date | None = None, text: str = ""):
        self.lex = lex
        self.published = published                        # the document's date: the year of "by March 10"
        self.text = text
        self.found: dict[str, bool] = {}                  # per sentence: has() answers
        self.facts: list[ExtractedFact] = []
        self.seen: set[tuple] = set()
        self.timed: set[tuple[int, str]] = set()          # (sentence start, event slot) given a timing
        self.explicit_count: dict[str, int] = {}
        self.max_phase: dict[str, tuple[int, Sentence, int, int]] = {}
        self.in_phase = False                             # per sentence: inside a phase's terms
        self.last_phase: int | None = None                # the phase named last in the document
        self.staged: tuple[int, str | None] = (-1, None)  # the paragraph that named it, and its source
        self.last_noun: str | None = None                 # per sentence: noun of its last count without a group
        self.parallel: ExtractedFact | None = None       # per sentence: the fact a contrast's second clause may repeat
        self.talked: tuple[int, int] | None = None        # (stage, end): the stage a sentence's talks are about
        self.listed = False                               # per sentence: an item of a list a colon opened
        self.answer = False                               # per sentence: in an explainer's answer on the terms
        self.deal_paragraphs: frozenset[int] = frozenset()  # the paragraphs that name the deal, and each one after
        self.deal_subject = -1                            # the paragraph whose last sentence had the deal as subject
        self.stages_named: tuple[int, int] | None = None  # (stages, paragraph) a sentence ending on "in N stages" named

    @cached_property
    def weekdays_from(self) -> dt.date | None:
        """The day "on Friday" counts from: asked only of a document that has a weekday to read."""
        return dates.weekday_anchor(self.text, self.published) if self.published else None

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
                and FUTURE.search(s.text) is None and not self._carried_out(s)
        return found

    def past_at(self, s: Sentence, pos: int) -> bool:
        """past_event for the clause at `pos`: a past told in a later clause is that clause's ("78 billion euros
        over three years, ..., after Greece took 110 billion euros last year": not the 78 billion's)."""
        if not self.past_event(s):
            return False
        later = LATER_CLAUSE.search(s.text, pos)
        return later is None or PAST_ACT.search(s.text, 0, later.start()) is not None

    @cached_property
    def live_blog(self) -> bool:
        """Whether the document is a live blog: two timed entries or more."""
        return sum(1 for line in self.text.split("\n") if (body := line.strip()) and (
            ENTRY_TIME.match(body) or ENTRY_TIME_LEAD.match(body) or ENTRY_TIME_ALONE.fullmatch(body))) >= 2

    def _carried_out(self, s: Sentence) -> bool:
        """A release told as done as the deal is carried out: in a paragraph that names the stage it carries out
        ("The second stage is done. The ministry says 307 servicemen were returned"), anywhere in a live blog
        but its headings: an entry ("8:30 a.m. - The ministry said the exchange of Bout for Griner had been
        completed"), a paragraph that goes on with one, its key points; or counted by a source the sentence cites
        ("Turkey's foreign ministry said 26 people had been exchanged"). Not an earlier exchange told for
        comparison: no year, month or "previous" in the paragraph or entry so far, but in a person's own story
        ("Medvedchuk, who was detained in April")."""
        if not (s.entry or s.cited or self.live_blog and not s.heading
                or self.staged[0] == s.paragraph and self.in_phase):
            return False
        start = self.text.rfind("\n", 0, s.start) + 1
        stamp = ENTRY_TIME.match(self.text, start) if s.entry else None     # "24 May, 20:05 - ": the entry's time
        start = stamp.end() if stamp else start
        stories = [m.span() for m in PERSON_STORY.finditer(self.text, start, s.end)]
        return all(any(a <= e.start() < b for a, b in stories) for e in EARLIER.finditer(self.text, start, s.end))

    def has(self, s: Sentence, name: str, pattern: Anchored) -> bool:
        """Whether `pattern` occurs in the sentence; asked once per sentence whatever the number of
        quantities that need it."""
        found = self.found.get(name)
        if found is None:
            found = self.found[name] = pattern.search(s.text, s.low, pieces=s.pieces) is not None
        return found

    def term(self, s: Sentence) -> bool:
        """Whether the sentence states terms: a word of the deal or a modal (TERM_SENTENCE), an item of a
        list a colon opened, a source's own account told in the present, or what a party "may" do in a
        paragraph about the deal ("The security arrangements are precise. Egypt may station one division
        ...")."""
        found = self.found.get("term")
        if found is None:
            found = self.found["term"] = self.listed or self._reported(s) or self.answer and self._answers(s) \
                or ("what" in s.toks and WHAT_CLEFT.match(s.text) is not None) \
                or TERM_SENTENCE_AT.search(s.text, s.low, pieces=s.pieces) is not None \
                or ("may" in s.toks and s.paragraph in self.deal_paragraphs and MAY_PERMIT.search(s.text) is not None
                    and not GUESS.match(s.text) and s.toks.isdisjoint(GUESS_WORDS)) \
                or (self.deal_subject == s.paragraph and IT_DOES.match(s.text) is not None)
        return found

    def _answers(self, s: Sentence) -> bool:
        """A sentence of an explainer's answer to a question on the terms ("What do workers get? A 38 percent
        raise over four years") told as the terms are: not what was asked, offered or done before ("The unions
        had sought 15 paid sick days", "the 9 percent Ford put on the table"), nor who a side represents."""
        text = s.text
        if "20" in text or "19" in text:                 # a span of years that reaches past publication is the
            text = YEAR_SPAN_WORDS.sub(lambda m: "" if not self._gone_by(m.group("end")) else m.group(0), text)
        return STORY_PAST.search(text) is None and ANSWER_NOT_TERMS.search(text) is None   # term's own ("over the
                                                                                          # five years from 2020
                                                                                          # through 2024")

    def _reported(self, s: Sentence) -> bool:
        """A sentence in a passage that a source other than the outlet gives, told in the present: its
        numbers are that source's terms as much as after a "would" ("The ministry says the average
        interest rate is about 3.9 percent", "Every nurse also receives a $2,000 bonus, the union
        said"). Not a dated past ("Inflation peaked near 70 percent that September"); a year still to
        come when the document was published is no past ("surpluses of 0.5 percent in 2016", in 2015)."""
        if s.source is None and not s.cited:
            return False
        text = s.text                  # (not a past in a clause on a noun: "the territory it had come to hold", nor
        later = LATER_CLAUSE.search(text)   # in a later clause: "..., after Greece took 110 billion last year")
        pasts = [m for m in STORY_PAST.finditer(text, 0, later.start() if later else len(text))
                 if not RELATIVE_SUBJECT_BEFORE.search(text, max(0, m.start() - 30), m.start())]
        return all(m.group(0)[:1].isdigit() and not self._gone_by(m.group(0)) for m in pasts)

    # -- one sentence ---------------------------------------------------------------------
    def sentence(self, s: Sentence, source: str, scope: int | None) -> int | None:
        lex, text, toks = self.lex, s.text, s.toks     # s.toks: tokens(text), computed once
        # a share ("a third of") and an interval ("would meet weekly") count as numbers here
        fraction = not toks.isdisjoint(FRACTION_TOKENS) and FRACTION_OF.search(s.low) is not None
        interval = not toks.isdisjoint(INTERVAL_TOKENS) and ("every" in toks or not (
            toks.isdisjoint(INTERVAL_VERBS) and toks.isdisjoint(RELEASE_INTERVAL_WORDS)))
        has_number = not toks.isdisjoint(NUMBER_TOKENS) or bool(DIGIT.search(text)) or fraction or interval \
            or (not toks.isdisjoint(ONE_UNIT_TOKENS) and ONE_UNIT.search(s.low) is not None) \
            or ("day" in toks and not toks.isdisjoint(DAY_ORDINAL_TOKENS)) \
            or (not toks.isdisjoint(VAGUE_TIME_TOKENS) and not toks.isdisjoint(UNITS_TOKENS))  # "a week", "on the fifth
                                                                                       # day", "several weeks"
        if text.rstrip().endswith("?"):
            return scope                     # "When will the first hostages be freed?": a question states nothing
        if not toks.isdisjoint(ESTIMATOR_TOKENS) and ESTIMATE_LEAD.search(text):
            return scope                     # "Industry analysts said it could take three to six months": an estimate
        if scope is not None and s.low.startswith(("the remaining", "the rest ")) \
                and self.explicit_count.get(source) == scope + 1:
            scope += 1                       # "... in two stages. The first stage covers 477 prisoners. The remaining
                                             # 550 are to be freed within two months": the second stage's
        # dates.DATE may match: a month's name ("May" capitalised, not the verb), a season, or "year" or "month"
        # with a word that makes a date of it ("the end of this year", "next month")
        has_date = not (toks.isdisjoint(dates.MONTH_TOKENS) and toks.isdisjoint(dates.SEASON_TOKENS)) or "May" in text \
            or (self.published is not None and not toks.isdisjoint(dates.WEEKDAY_TOKENS)) \
            or (("year" in toks or "month" in toks) and not toks.isdisjoint(RELATIVE_DATE_TOKENS))
        if not (has_number or lex.mentions_terms(toks) or lex.event_cues is None or not toks.isdisjoint(PHASE_TOKENS)):
            # no number, no known term and no stage: a date, a commitment or an exclusion at most
            self.found = {}
            if has_date and not self.past_event(s):
                self.in_phase = scope is not None
                self._dates(s, [], self._fact_maker(s, source, lambda pos, end: scope))
            if _may_commit(toks):
                self._commitment(s, source, lambda pos, end: scope, scope is not None)
            if not toks.isdisjoint(EXCLUSION_TOKENS):
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
                self.staged = (s.paragraph, source)
            if m.group("init") is None and phase is not None:
                running = phase
            if phase:
                best = self.max_phase.get(source)
                if best is None or phase > best[0]:
                    self.max_phase[source] = (phase, s, m.start(), m.end())

        named, self.stages_named = self.stages_named, None
        if not markers and named and named[1] == s.paragraph and has_number and not BARE_ORDINAL_LEAD.match(text):
            # "... are to be given up in three stages. According to the text, 30 percent must be handed over by
            # D+90, a further 30 percent by D+120 and the remaining 40 percent by D+150": an item each stage,
            # when the items count the same thing (not "The first would last 30 days, during which 20 ...")
            items = _stage_items(text, 0)
            numbered = [(a, q[0]) for a, b in zip(items, items[1:] + [len(text)]) if (q := find_quantities(text[a:b]))]
            if len(numbered) == named[0] and len({_item_kind(text, a, q) for a, q in numbered}) == 1:
                markers += [(at, k, True, False) for k, (at, _) in enumerate(numbered, 1)]
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
                # "breaks the process into three stages: 30 percent ... by D+90, another 30 percent by D+120 and
                # the remaining 40 percent by D+150": one stage each, when the list has as many items
                if text[m.end():m.end() + 2].lstrip().startswith(":") and not markers:
                    items = _stage_items(text, text.index(":", m.end()) + 1)
                    if len(items) == n:
                        markers += [(at, k, True, False) for k, at in enumerate(items, 1)]
                        markers.sort(key=lambda mk: mk[0])
                elif m.end() >= len(text.rstrip(" .")) - 1:
                    self.stages_named = (int(n), s.paragraph)    # "... in three stages." and the list after it
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
        counts_phases = "phase" in s.low or "stage" in s.low or "part" in s.low or "steps" in s.low   # what
                                                                                                # PHASE_COUNT needs
        for q in _percent_ranges(text, _changes_split(text, find_quantities(text, s.low))) if has_number else ():
            if q.start in consumed or (counts_phases and PHASE_COUNT_LOW.match(s.low, q.start)) or self._skip(s, q) \
                    or (q.qualifier and counts_phases and PHASE_COUNT_LOW.match(s.low, q.end - len(q.raw.split()[-1]))):
                continue                                 # the number of phases ("around three stages") is counted
            if "whether" in s.low and _alternative(s.low, q.start, q.end):
                continue                                 # "whether it takes 30 days or 60": no term
            before, after = text[:q.start], text[q.end:]
            if before[-1:] in ('"', "“") and before[-2:-1] == " ":
                before = before[:-1] + " "               # 'would run for "at least three years"': as if unquoted
            if q.unit == "day" and "hour" in q.raw.lower() and self._weekly_hours(s, q, before, after, fact):
                continue                                 # "the working week falls to 35 hours": hours, not days
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
        days = list(ON_DAY_AT.finditer(text, s.low, pieces=s.pieces)) if on_day else []
        if "+" in text:
            days = sorted(days + list(D_PLUS.finditer(text)), key=lambda d: d.start())   # "by D+90": day 90
        for m in days if days and not self.past_event(s) else ():
            if s.low.endswith(("not ", "rather than "), 0, m.start()) and not s.low.startswith("before", m.start()):
                continue                                 # "by the end of the window, not on day one" (not "not before day 60")
            if m.re is D_PLUS:
                lo = hi = float(m.group("dn"))
            elif m.group("n") or m.group("o"):
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
        if (has_date or (has_number and YEAR_DIGITS.search(text) and YEAR_BOUND.search(text))) and not self.past_event(s):
            self._dates(s, events, fact)
        if not (events and self.past_event(s)):         # "13 hostages were handed over on Friday": news
            self._event_facts(text, [e for e in events if (s.start, e[0]) not in self.timed], fact)
        if lex.release_cues.hits(toks):
            self._release_texts(s, counted_groups, fact, scope is not None or bool(markers))
        if "exchange" in toks and "for" in toks:
            self._exchanged_for(s, fact)
        if s.low.startswith(LEADING_TIMING_WORDS) and LEADING_TIMING.match(text):
            self._leading_timing(s)
        if _may_commit(toks):                            # in the clauses no other fact or term stands in
            self._commitment(s, source, phase_at, self.in_phase, first_fact,
                             [(e[1], e[1] + len(e[2])) for e in events])
        if not toks.isdisjoint(EXCLUSION_TOKENS):
            self._exclusions(s, source, phase_at, self.in_phase)
        if running != scope and len({mk[1] for mk in markers if mk[2] and mk[1]}) >= 2 \
                and (" and the " in text or " while the " in text):
            return scope                         # "the first stage does not include revenue, and the second stage
        return running                           # does not exclude it": both stages, neither holds after it

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

    def same_figures(self, s: Sentence, source: str, first: int, table: AliasTable) -> None:
        """A source that gives the figures another source gave just before ("Qatar's foreign ministry used
        the same numbers", "X later confirmed both numbers"): those numbers are its own too, with this
        sentence as their evidence. The source is the verb's subject when the alias table knows it."""
        if (m := SAME_FIGURES.search(s.text)) is None:
            return
        clause = s.text[_clause_start(s.text, m.start()):m.start()]
        if not NEGATION_WORDS.isdisjoint(clause.lower().split()) or "n't" in clause:
            return                                   # "Neither government has confirmed those numbers"
        source = next((known for run in NAME_RUN.findall(s.text, 0, m.start())     # a name in full or by its last
                       for w in dict.fromkeys((run, run.split()[-1]))           # word ("Abbas Araghchi, Iran's
                       if (known := table.lookup(w.removesuffix("'s").removesuffix("’s")))), source)   # deputy ...": Iran)
        before = [f for f in self.facts[:first] if f.min is not None and f.kind != "phase_count"]
        if not before or before[-1].source == source:
            return
        told = [f for f in before if f.start == before[-1].start and f.source == before[-1].source]
        for f in told:
            self.add(replace(f, source=source, quote=s.text, start=s.start, end=s.end, value_start=s.start + m.start(),
                             value_end=s.start + m.end(), text=f"{f.text} (the same figures)", confidence=0.5))

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

    def in_the_stage_reported(self) -> None:
        """A report on one stage of a larger deal, as its headline or lead paragraph says ("Israel's
        government approved the first phase of a U.S.-brokered agreement"): a term it gives with no stage
        is that stage's. Not one in a sentence that names a stage itself ("any further withdrawal belongs
        to later stages"): its stage was read there."""
        lead = "\n\n".join([p for p in self.text.split("\n\n") if p.strip()][:2])
        if (m := STAGE_REPORTED.search(lead)) is None:
            return
        stage = ORDINALS[m.group("ord").lower()]
        for i, f in enumerate(self.facts):
            if f.phase is None and f.kind != "phase_count" and not STAGE_WORD.search(self.text, f.start, f.end):
                self.facts[i] = replace(f, phase=stage)

    def implied_phase_counts(self) -> None:
        for source, (phase, s, a, b) in self.max_phase.items():
            if phase >= 2 and source not in self.explicit_count:
                self.add(ExtractedFact(source=source, slot="number of phases", kind="phase_count", phase=None,
                                       min=float(phase), max=float(phase), text=f"{phase} phases (implied)",
                                       basis="implied", quote=s.text, start=s.start, end=s.end,
                                       value_start=s.start + a, value_end=s.start + b, confidence=0.6))
