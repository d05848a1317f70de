"""Durations, timings relative to a phase ("after three weeks", "on day 22"), intervals, shares
of a period and calendar dates."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import chain

from compare import dates
from compare.attribute import Sentence
from compare.extract.patterns import (ADJECTIVES, AND_MODAL, ANSWER_AFTER, APPROXIMATE_WORDS, ASKED_FOR_BEFORE,
                                      AT_THE_LATEST, BEFORE_END, BEFORE_YEAR, BE_WORDS, CAPTIVES_GO_HOME,
                                      CHANGED_OBJECT, CLAUSE_END, COMMITTED_TO, COPULA_BEFORE, COPULA_NOUNS, DATE_BOUND,
                                      DATE_QUALIFIERS, DATE_RANGE_GAP, DAYS_BEFORE_AFTER, DAYS_TO_AFTER,
                                      DONE_PARTICIPLE, DUE, ELAPSED, ENDED, EVERY_SPAN, EXCEED_BEFORE, EXTENDED,
                                      EXTEND_BY, EXTENSION_PER, EXTENSION_SUBJECT, FOR_BEFORE, FOR_OF_NOUN,
                                      FOR_STAGE_AFTER, FRACTION, FRACTION_SHARES, FUNCTION_WORDS, FURTHER_UNIT, FUTURE,
                                      GENERIC_DEAL_NOUNS, GIVEN_BEFORE, GIVES_BEFORE, HOW_LONG, IF_LAPSE_LEAD, INTERVAL,
                                      INTERVAL_NOUNS, INTERVAL_PRESENT, LABELLED, LABEL_MARKS, LABEL_TAIL, LAST_BEFORE,
                                      LATER_AFTER, LEFT_OUT, MODAL_AFTER_SHARE, MODAL_VERB, MODAL_WORDS, MONEY_UNITS,
                                      MONTH_AS_ADJECTIVE, NEGATION_AT, NEGATION_WORDS, NOTICE_AFTER, NO_DEAL_AFTER,
                                      NOT_DURATION, NOT_SUBJECT, NOUN_OF_BEFORE, NUMBER_TOKENS, OF_NOUN, OF_NOUNS,
                                      OF_VERBS,
                                      PAST_SIMPLE, PAST_TENSE, PERFECT_FOR, PHASED, PLAN_NOUNS, POLL, POPULATION_NOUNS,
                                      POSSESSIVE_NOUN, QUALIFIER_BEFORE, RATE_AFTER, RELATIVE_ASIDE, RELEASE_INTERVAL,
                                      SAYING_PAST, SET_AT_BEFORE, SHARE_STATED_BEFORE, SINCE_AFTER, SINCE_START,
                                      TIME_NOUN_BEFORE, TIME_WORDS, TIMING_BEFORE, WEEKDAY_TERM, WEEK_AFTER,
                                      WEEK_BEFORE, WHETHER_BEFORE, WHOSE_TERM, WORD, YEAR, YEAR_AS_NAME,
                                      YEAR_EVENT_BEFORE, _any_word_re, _clause, _clause_start, _in_the_past,
                                      _interval_days, _joined, _label_before, _last, _num_text, _phased_in, _rate_unit,
                                      _tail, _word_re)
from compare.normalize import QUALIFIERS, Quantity, find_quantities, parse_number


class Timings:
    """Mixed into document._Doc, which keeps the state these rules use."""

    def _weekly_hours(self, s, q: Quantity, before: str, after: str, fact) -> bool:
        """A working week's length, in hours: "the standard working week will fall from 38 hours to 35 hours"
        (35; the 38 it falls from is a baseline), "the week drops to 37 hours", "up to 40 hours a week", "a
        35-hour week". True when the number is one (a fact added unless it is the baseline)."""
        if not (WEEK_AFTER.match(after) or WEEK_BEFORE.search(before, max(0, len(before) - 80))):
            return False
        if before.rstrip().lower().endswith("from") and " to " in after[:40] or not (self.in_phase or self.term(s)) \
                or LEFT_OUT.search(s.text) or ASKED_FOR_BEFORE.search(before):
            return True                                  # (not "The 32-hour week ... is not included": left out; nor
                                                         # "The union wanted a 35-hour week": a demand)
        lo, hi = round(q.min * 24, 2), round(q.max * 24, 2)
        self.add(fact("weekly working hours", "count", q.start, q.start, q.end, min=lo, max=hi, unit="hours",
                      qualifier=q.qualifier, text=f"{lo:g}{'' if lo == hi else f'-{hi:g}'} hours a week"))
        return True

    def _asked_how_long(self, s) -> bool:
        """Whether the paragraph before the sentence's is a question of how long ("How long does the contract
        run?"), which a sentence opening on a bare duration answers."""
        head = self.text.rfind("\n", 0, s.start)
        question = self.text[self.text.rfind("\n", 0, max(0, head - 1)) + 1:head].strip()
        return question.endswith("?") and HOW_LONG.search(question) is not None

    def _duration(self, s, source, q: Quantity, before: str, after: str, events, fact) -> None:
        lex, text = self.lex, s.text
        if self.past_at(s, q.end) or BEFORE_YEAR.match(text) or (ENDED.search(text) and YEAR.search(text)
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
            if prep.startswith("at "):
                prep = "within"                          # "or at the latest 18 months": at most 18 months
            if prep == "in" and not (self.in_phase or self.term(s)):
                return                                   # "The hryvnia has lost two thirds of its value in a year"
            span = timing.group(0).lower().rstrip().endswith(("first", "next", "coming"))
            if span and prep == "in":
                prep = "within"                          # "in the first 60 days": from the start to day 60
            # "within 30 days", "at the latest 18 months": a deadline, the bound with its qualifier (as "up to six
            # weeks" is); "in the first 60 days" and a vague "within a few weeks": the span from the start
            lo = 0.0 if prep == "within" and (span and q.min == q.max or q.qualifier == "approximately") else q.min
            ev = self._owner(text, events, q.start)
            if ev:
                self.timed.add((s.start, ev[0]))
            label = _label_before(ev, q.start, timing.group(0) + q.raw) if ev else ""
            self.add(fact(ev[0] if ev else self._timing_slot(s, q.start), "timing", q.start, q.start, q.end,
                          min=lo, max=q.max, unit="day", qualifier="within" if prep == "within" else q.qualifier,
                          text=f"{label} ({prep} {_num_text(q)})".strip(), confidence=0.85))
            return
        if " to " in after[:30] and not q.compound and (to := DAYS_TO_AFTER.match(after)) \
                and GIVEN_BEFORE.search(before, tail):
            # "gives China 30 days to respond", "would be given 45 days to hand over its weapons": a deadline
            ev = next((e for e in events if q.end + to.start("verb") <= e[1] <= q.end + to.end() + 12), None)
            if ev:
                self.timed.add((s.start, ev[0]))
            self.add(fact(ev[0] if ev else f"{to.group('verb').lower()} timing", "timing", q.start, q.start, q.end,
                          min=q.min, max=q.max, unit="day", qualifier="within",
                          text=f"{_label_before(ev, q.start, q.raw) if ev else to.group('verb').lower()} "
                               f"(within {_num_text(q)})", confidence=0.8))
            return
        if " for " in after[:5] and not q.compound and (stage := FOR_STAGE_AFTER.match(after)) \
                and GIVEN_BEFORE.search(before, tail):
            # "allows up to 60 days for the first stage at each site": that stage's length
            self.add(fact(lex.duration_slot, "duration", q.end + stage.end() - 1, q.start, q.end, min=q.min, max=q.max,
                          unit="day", qualifier=q.qualifier, text=f"stage of {_num_text(q)}"))
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
            per = _rate_unit(rate)
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
            if noun in ("duration", "term", "length", "period") and EXTEND_BY.search(before, tail):
                noun = "extension"                       # "extended for a further five-year period"
            elif noun in ("duration", "term", "length", "period") and not (noun in lex.truce_nouns):
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
            if noun == "time" and (named := TIME_NOUN_BEFORE.search(before, 0, m.end("noun"))) \
                    and named.group(1).lower() not in FUNCTION_WORDS:
                noun = f"{named.group(1).lower()} time"     # "breakout time", not a time of nothing
            elif noun == "time":
                return
        elif (m := CHANGED_OBJECT.search(before, tail)) and self.term(s):
            noun = m.group("obj").lower().split()[-1]     # "The new contract shortens the wait to four years": the
            noun = "term" if noun in FUNCTION_WORDS else noun       # wait's; "shortens that to ...": the term's
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
            if FURTHER_UNIT.search(q.raw) \
                    or before.rstrip().lower().endswith(("another", "a further", "an additional")):
                noun = "extension"                       # "a further week of truce", "another 10 days of calm"
        elif "exceed" in before[-30:] and EXCEED_BEFORE.search(before, _tail(before, 8)):
            noun = next((w for w in sorted(lex.truce_nouns) if _word_re(w).search(before)), None) or "term"
            ceiling = True                               # "the total pause could not exceed 10 days": at most
        elif " at" in before[-6:] and (m := SET_AT_BEFORE.search(before, _tail(before, 8))):
            words = m.group("np").lower().split()          # "the text sets the first stage at 42 days"
            noun = next((w for w in words if w in lex.truce_nouns), words[-1])
            ceiling = m.group(0)[:3].lower() in ("cap", "lim")     # "caps any extension at 30 days": at most
        elif not before.strip(" \"“") and ANSWER_AFTER.match(after) and self._asked_how_long(s):
            noun = "term"                                # "How long does the contract run?" / "Four years,
                                                         # according to the booklet": the answer
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

    def _intervals(self, s: Sentence, fact) -> None:
        """How often a body the deal sets up meets or reports: "a joint committee would meet every six
        months" → meeting interval, 180 days; "would report weekly" → reporting interval, 7 days."""
        if self.past_event(s):
            return
        releases = RELEASE_INTERVAL.finditer(s.text) if "every" in s.low and self.term(s) else ()
        present = INTERVAL_PRESENT.finditer(s.text) if "every" in s.low or "once" in s.low else ()
        read: set[int] = set()
        for m in chain(INTERVAL.finditer(s.text), present, releases):
            if (days := _interval_days(m)) is None:
                continue
            when, at = m.group("when").lower(), m.start("when")
            if m.re is not RELEASE_INTERVAL:
                verb = " ".join(m.group("verb").lower().split())
                slot, text = f"{INTERVAL_NOUNS[verb]} interval", f"{verb} {when}"
            else:                                        # "the rest in batches every seven days"
                slot, text = "release interval", f"a release {when}"
            read.add(at)
            self.add(fact(slot, "duration", at, at, m.end(), min=days, max=days, unit="day", text=text))
        for m in EVERY_SPAN.finditer(s.text) if "every" in s.low and self.term(s) else ():
            clause = s.text[_clause_start(s.text, m.start()):m.start()]
            if m.start("when") in read or not MODAL_VERB.search(clause) or (days := _interval_days(m)) is None \
                    or find_quantities(clause):
                continue                                 # any other act a modal repeats: "Each country will submit
            what = self._timing_slot(s, m.start()).removesuffix("timing").strip()     # new targets every five years"
                                                         # (not a rate: "200 trucks will go in every day")
            words = " ".join(WORD.findall(clause)[-4:]).lower()
            self.add(fact(f"{what} interval".strip(), "duration", m.start(), m.start(), m.end(), min=days, max=days,
                          unit="day", text=f"{words} {m.group('when').lower()}"))

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
            if f.kind in ("count", "quantity") and f.value_end <= pos and f.unit not in MONEY_UNITS \
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
        clause = text[_clause_start(text, pos):pos]
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

    def _dates(self, s: Sentence, events, fact) -> None:
        """Calendar dates that bound a term: "the second stage from October 2024", "the transition runs
        until the end of 2025", "no later than March 10", "would start in early 2024". Kind `date`, the
        days the date allows as YYYYMMDD (compare.dates); not a date in a story of what happened."""
        text = s.text
        if text.lstrip("\"“ ")[:3] == "If " and IF_LAPSE_LEAD.match(text):
            return                                       # "If the subsidies expire, premiums would jump next year"
        last_end = 0                                     # where the date before ended: a clause starts there too
        # the sentence without its relative clauses, for the past acts that date nothing ("The second, which
        # Grundberg announced on August 2, adds another two months and runs to October 2": October 2 stands)
        main = RELATIVE_ASIDE.sub(lambda r: " " * len(r.group(0)), text) if ", wh" in text else text
        for m in dates.find(text):
            if m.start() < last_end:
                continue                                 # the end of a range read with its start
            if "unless" in text and NO_DEAL_AFTER.match(text[m.end():]):
                continue                                 # "are to pay a 32 percent levy from Aug. 1 unless they
                                                         # strike deals": the date of a threat
            bound = DATE_BOUND.search(text, max(0, m.start() - 46), m.start())
            latest = AT_THE_LATEST.match(text, m.end())
            if bound is None and not (latest or m.group("mnext") or m.group("snext")
                                      or (m.group("rel") or "the").split()[0].lower() != "the") \
                    or bound is None and text[max(0, m.start() - 4):m.start()].lower() == "the ":
                continue                                 # a date with no bound: only "next year", "this spring",
            at = bound.start() if bound else m.start()   # "next September", "... at the latest" (not "within the
                                                         # next year": a span)
            word = " ".join(bound.group("b").lower().split()) if bound else ""
            qualifier = DATE_QUALIFIERS.get(word.split()[0] if word.split()[0] in ("starting", "beginning", "effective")
                                            else "until" if word == "at" else word) if bound else None
            if latest:                                   # "next September at the latest"
                qualifier = "no later than" if latest.group(1).lower() == "latest" else "not before"
            opens = at - (text[at - 1:at] in ('"', "“"))    # 'signed "in ...'
            begin = max((c.end() for c in CLAUSE_END.finditer(text, last_end, opens)), default=last_end)
            clause = text[begin:at]
            if word in ("until", "till") and NEGATION_WORDS.intersection(WORD.findall(clause.lower())[-4:]):
                qualifier = "not before"                 # "will not arrive until 2030"
            year_alone = m.group("y4") and not (m.group("part") or m.group("early"))
            if year_alone and (qualifier is None or word == "to" or YEAR_AS_NAME.match(text, m.end())) \
                    and not (word == "in" and self.published and int(m.group("y4")) > self.published.year
                             and not YEAR_AS_NAME.match(text, m.end())
                             and ((event := YEAR_EVENT_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                                  and (FUTURE.search(text, max(0, at - 30), at)
                                       or event.group(0).split()[0].lower().endswith("ing"))
                                  or MODAL_VERB.search(clause))):   # "... and taking effect in 2023", "to be signed
                continue                                 # in 2022", "will buy submarines in 2032"; not "in 2024",
                                                         # "the 2011 deal": no date a term is bound to
            if m.group("m3") and not (m.group("y3") or m.group("part") or m.group("early")) \
                    and MONTH_AS_ADJECTIVE.match(text, m.end()):
                continue                                 # "before the November election": the election's
            last_end = m.end()
            tied = next((f for f in self._sentence_facts(s) if f.kind != "date"
                         and begin <= f.value_start - s.start < at), None)
            if qualifier is None and not (MODAL_VERB.search(clause) or FUTURE.search(clause) or tied
                                          or bound and (DUE.search(clause) or WEEKDAY_TERM.search(clause))):
                continue                                 # "talks opened in October": no term; but "4% on July 1, 2024":
                                                         # the date of a term's value; "Strikers return to work on June
                                                         # 1"; with no bound, a modal's ("would be paid next year")
            # a stage "set for" a day still to come, whatever the tense: "was provisionally set for October 18"
            ahead = word == "for" and self.published is not None and (soon := dates.span(
                m, self.weekdays_from if m.group("wd") else self.published)) is not None \
                and soon[0] > dates.number(self.published)
            if word == "for" and not ahead:
                continue                                 # "The vote was set for October 2": gone by, the news
            if not ahead and (m.group("wd") and qualifier is None and not WEEKDAY_TERM.search(clause)
                              or WHOSE_TERM.search(clause)):
                continue                                 # "will vote on Monday", "rose 4 cents on Thursday": the news;
                                                         # "Aoun, whose term ends on Monday": his office
            if not ahead and (PAST_TENSE.search(clause) or (m.group("y4") or PAST_TENSE.search(text, 0, m.start()))
                              and not (self.in_phase or self.term(s))
                              or (PAST_SIMPLE.search(main, 0, at)
                                  and not (MODAL_VERB.search(clause) or FUTURE.search(clause) or DUE.search(clause)))):
                continue                                 # outside the terms' sentences a day or month told in the present
                                                         # ("Armenia hands back the district by 20 November"), not a year;
                                                         # never in a clause told in the past ("had withdrawn by May 1"),
                                                         # nor after a past act with no modal of its own ("Biden on
                                                         # Saturday signed the act, two days before June 5")
            if not ahead and (past := _last(PAST_SIMPLE.finditer(main, max(0, at - 60), at))) \
                    and past.group(0).split()[-1].lower() not in SAYING_PAST \
                    and not MODAL_VERB.search(text, past.end(), at):
                continue                                 # "lift the designation it placed on the TPLF in May 2021":
                                                         # when a past act happened, after the modal's verb
            if not ahead and (done := DONE_PARTICIPLE.search(text, max(0, at - 40), at)) \
                    and done.group(1).lower() not in BE_WORDS:
                continue                                 # "prisoners captured after October 7", "employees hired
                                                         # after 2007": who they are, not when a term falls due
            if _in_the_past(text, m.start(), m.end()) or (when := dates.span(
                    m, self.weekdays_from if m.group("wd") else self.published)) is None:
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
            shift = ""
            if word == "after" and (gap := DAYS_BEFORE_AFTER.search(text, max(0, at - 30), bound.end())):
                days = next((q for q in find_quantities(gap.group(0)) if q.unit == "day" and q.min == q.max), None)
                if days is not None:             # "payments restart 60 days after June 30": that day
                    when = tuple(dates.number(dates.day_of(d) + dt.timedelta(days=days.min)) for d in when)
                    qualifier, clause, shift = None, text[begin:gap.start()], f"{_num_text(days)} "
            ev = self._owner(text, events, at) if events else None
            base = ev[0] if ev else self._timing_slot(s, at).removesuffix("timing").strip()
            said = " ".join(filter(None, (shift.strip(), word, text[m.start():end],
                                          latest and latest.group(0).strip(", ")))).lower()
            label = _label_before(ev, at, said) if ev else tied.text.split(" (")[0] if tied \
                else " ".join(WORD.findall(clause)[-6:]).lower()
            self.add(fact(f"{base} date".strip(), "date", at, m.start(), end, min=when[0], max=when[1],
                          unit="date", qualifier=qualifier, text=f"{label} ({said})".strip()))
