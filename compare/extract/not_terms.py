"""Which numbers in a sentence are not terms of the deal: dates, ages, tolls, tallies, market moves,
figures from earlier deals and the like."""
from __future__ import annotations

import re

from compare.attribute import Sentence
from compare.extract.patterns import (AGE, AGE_BEFORE, AGE_OF_BEFORE, ASKED_WHETHER, BACKGROUND_TOKENS, BARE_SPAN_MODAL,
                                      BARE_UNITS, BODY_OF_MEMBERS_AFTER, CARRIED_BEFORE, CASUALTY_AFTER,
                                      CASUALTY_BEFORE, COMPARISON_LEAD, COUNTERFACTUAL, CURRENT_BEFORE,
                                      DATED_DEAL_CLAUSE, DATED_EARLIER, DATED_PAST_LEAD, DATED_SUBJECT, DATE_AFTER,
                                      DATE_BEFORE, EARLIER_SUBJECT, ELAPSED_AFTER, ENDED_AFTER, ENDED_THING_AFTER,
                                      ENDS_SPAN_BEFORE, ENDS_THING_SPAN_BEFORE, FIRST_IN_YEARS, FRACTION_AFTER,
                                      FRACTION_STEMS, FREQUENCY_BEFORE, FUTURE, GEOGRAPHY, GLUED_UNIT, HAD_DONE,
                                      HOSTS_BEFORE, HOST_HINT, IF_LAPSE_LEAD, IN_NEED_AFTER, IN_YEAR, LATER_CLAUSE,
                                      LETTER_END, LETTER_START, MEASURE_AFTER, MEETING_SPAN_BEFORE, MODAL_VERB,
                                      MOVED_BEFORE, MOVE_CARRY_WORDS, NAMED_BY_NUMBER, NAME_BEFORE, NEEDED_AFTER,
                                      NEED_HINT, NOT_COMMITTED, NOT_NAME_WORDS, NOT_STATED, NOW_ASIDE, NO_DEAL_AFTER,
                                      NTH_IN_BEFORE, NUMBERED, OF_SPEAKERS, ORDINAL_SUFFIX, OUTSIDE_DEAL, PAST_PERIOD,
                                      PEOPLE_AFTER, PLACE_CLAUSE, POPULATION_OF_BEFORE, PRESENT_TERMS, PRICE_BEFORE,
                                      RATIO_BEFORE, REPLACED_BEFORE, REPORTED_PARTS, SHARE_OF_PEOPLE, SHARE_WENT_AFTER,
                                      STATUS_QUO_LEAD, STILL_HELD, SUPERLATIVE_IN, TOLD_MARK_TOKENS, VOTED_AFTER,
                                      VOTES_NEEDED_AFTER, VOTE_BEFORE, VOTE_HINT, WENT_HINT, WHEN_DATED, WHEN_MONTH,
                                      WHICH_HAS, WHO_BEFORE, WORD, WORLD_SHARE_AFTER, YEAR, YEAR_DIGITS, YEAR_SPAN,
                                      _tail)
from compare.normalize import Quantity


COMPANY_RESULT = re.compile(r"\b(?:reported|posted|recorded|booked|reports|posts)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                            r"(?:quarterly|annual|(?:first|second|third|fourth)-quarter)\s+(?:net\s+)?"
                            r"(?:loss|profit|results?)\b")
TALLY_TO_AFTER = re.compile(r"^\s*(?:%|percent|per\s+cent)?\s+to\s+\d")
TALLY_TO_BEFORE = re.compile(r"\bby\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+to\s+$")


class NotTerms:
    """Mixed into document._Doc, which keeps the state these rules use."""

    def _gone_by(self, year: str) -> bool:
        """Whether a year is not later than the document's ("signed in 2019"); a year still to come when
        it was published ("by a further 4 percent in July 2024", in a story of November 2023) is no past.
        Without a date, every year is."""
        return self.published is None or int(year) <= self.published.year

    def _in_past_year(self, text: str) -> bool:
        """Whether the sentence names a year gone by after "in"."""
        return any(self._gone_by(m.group(0)[-4:]) for m in IN_YEAR.finditer(text))

    def _skip(self, s: Sentence, q: Quantity) -> bool:
        text, toks = s.text, s.toks
        before, after = text[:q.start], text[q.end:]
        if q.raw.lower() in BARE_UNITS and not BARE_SPAN_MODAL.search(text, max(0, q.start - 60), q.start):
            return True                                  # "within days" with no modal to bind it: "Within hours, each
                                                         # side was accusing ...", "could have fallen within days"
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
        if (" when " in before and (WHEN_DATED.search(before) or WHEN_MONTH.search(before)
                                    and not MODAL_VERB.search(before, before.rfind(" when ")))) or (
                ("signed" in before or "agreed" in before or "reached" in before or "brokered" in before
                 or "struck" in before or "concluded" in before or "negotiated" in before)
                and DATED_EARLIER.search(before)):
            return True                                  # "the largest since 2011, when Israel released 1,027
                                                         # prisoners"; "A 2013 framework signed by 11 countries"
        if after[:1] == "-" and BODY_OF_MEMBERS_AFTER.match(after) \
                and not (after.startswith("-member") and (" " + before.lower()).endswith((" a ", " an "))):
            return True                                  # "the 450-seat parliament", "the 23-country alliance": a body's
                                                         # size (not a body a deal sets up: "creates a 108-member Assembly")
        if REPLACED_BEFORE.search(before, _tail(before, 4)):
            return True                                  # "instead of the 27.5 percent", "the existing 2.5 percent duty"
        if q.unit == "day" and (" for " in before[-30:] or " in " in before[-30:]) \
                and (MEETING_SPAN_BEFORE.search(before, _tail(before, 10)) or NTH_IN_BEFORE.search(before, _tail(before, 10))):
            return True                                  # "they talked for about two hours", "his second visit in two days"
        if q.unit is None and after[:4] == " of " and OF_SPEAKERS.match(after):
            return True                                  # "one of them added": a speaker
        if ", who" in before[-80:] and WHO_BEFORE.search(before, max(0, len(before) - 80)):
            return True                                  # "Biden, who leaves office in five days": a person's story
        if q.unit is None and "had " in after[:60] and HAD_DONE.match(after) and not FUTURE.search(text) \
                and not self._carried_out(s):
            return True                                  # "47 senators had signed a letter": what was done (not as
                                                         # a live blog tells the deal carried out)
        if ("still" in after[:40] or "remain" in after[:40] or "yet" in after[:40]) and (held := STILL_HELD.match(after)) \
                and not FUTURE.search(before + after[held.end():]):    # "yet to be freed" is no modal of a term
            return True                                  # "the roughly 120 hostages still held in Gaza": how things stand
        if (", which " in before[-70:] or " that " in before[-70:]) and MEASURE_AFTER.match(after) \
                and (w := PLACE_CLAUSE.search(before, max(0, len(before) - 70))) and not MODAL_VERB.search(w.group(0)):
            return True                                  # "the Litani, which at some points runs about 30 km from the border",
                                                         # "the Litani, a river that in places flows some 30 km north"
        if background and not MOVE_CARRY_WORDS.isdisjoint(before[-60:].lower().split()) \
                and (MOVED_BEFORE.search(before, _tail(before, 6)) or CARRIED_BEFORE.search(before, _tail(before, 11))) \
                and not MODAL_VERB.search(before, max(0, len(before) - 60)):
            return True
        told = self.found.get("told")                    # the sentence's own tests, asked once
        if told is None:                                 # (outside the deal, told in the past, no modal)
            marked = not toks.isdisjoint(TOLD_MARK_TOKENS) or YEAR_DIGITS.search(text) is not None
            past = [m.start() for m in PAST_PERIOD.finditer(text)] if marked else []
            if marked and PRESENT_TERMS.search(text) is None:
                past += [m.start() for m in IN_YEAR.finditer(text) if self._gone_by(m.group(0)[-4:])]
            told = self.found["told"] = (
                marked and OUTSIDE_DEAL.search(text) is not None, past,
                MODAL_VERB.search(text) is None if marked or background else False)
        if told[0]:
            return True
        # a past told in a later clause is that clause's: "78 billion euros over three years, ..., after Greece
        # took 110 billion euros in May last year"
        if told[2] and (any(p < q.start or not LATER_CLAUSE.search(text, q.end, p) for p in told[1]) or background and (
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
        if ("quarter" in toks or "quarterly" in toks or "annual" in toks) and COMPANY_RESULT.search(text):
            return True                                  # "Boeing reported a third-quarter loss of $6.2 billion,
                                                         # announced plans to cut about 17,000 jobs": the company's news
        if " to " in text and VOTE_BEFORE.search(before, max(0, len(before) - 90)) \
                and (before.endswith("by ") and TALLY_TO_AFTER.match(after) or TALLY_TO_BEFORE.search(before)):
            return True                                  # "approved the offer by 59% to 41%": a vote
        if (m := EARLIER_SUBJECT.match(text)) and not MODAL_VERB.search(before, m.end()):
            return True                                  # "The previous six-year contract gave workers raises of
                                                         # about 3% a year": the deal before this one
        if (m := DATED_SUBJECT.match(text)) and self.published is not None \
                and int(m.group("year")) < self.published.year and not MODAL_VERB.search(before, m.end()) \
                and not PRESENT_TERMS.search(text, m.end()):
            return True                                  # "The March 2021 exchange sent 120 detainees home": a deal
                                                         # of a year before the story's
        if ("unless" in after or " no " in after or "without" in after) and NO_DEAL_AFTER.match(after):
            return True                                  # "are to pay a 25% duty unless an agreement is reached":
                                                         # the threat of no deal
        if q.unit == "day" and "end" in before[-60:] and (
                ENDS_SPAN_BEFORE.search(before, _tail(before, 4)) and ENDED_THING_AFTER.match(after)
                or ENDS_THING_SPAN_BEFORE.search(before, max(0, len(before) - 60))):
            return True                                  # "voted to end the 35-day shutdown", "ending the strike after
                                                         # 46 days": how long what the deal ends went on
        if q.currency and PRICE_BEFORE.search(before, _tail(before, 4)):
            return True                                  # "hay is fetching about $260 a ton": a market price
        if text.lstrip("\"“ ")[:3] == "If " and IF_LAPSE_LEAD.match(text):
            return True                                  # "If the subsidies expire, premiums would jump by 80%": what
                                                         # follows if a term runs out
        if text.lstrip("\"“ ")[:2] in ("Fo", "By") and COMPARISON_LEAD.match(text):
            return True                                  # "For comparison, the army counted about 190,000 before the
                                                         # war"
        if ("needed" in after[:16] or "required" in after[:16]) and VOTES_NEEDED_AFTER.match(after) \
                and (VOTE_HINT.search(text) or "majority" in text):
            return True                                  # "311 votes, well above the 218 needed": a threshold
        if ("%" in after[:2] or "cent" in after[:10]) and WORLD_SHARE_AFTER.match(after) \
                and not MODAL_VERB.search(before):
            return True                                  # "processes about 80% of the world's graphite": a share (not
                                                         # "will enter into force once 55% of global emissions")
        if before[-3:] == "of " and POPULATION_OF_BEFORE.search(before, _tail(before, 2)) and PEOPLE_AFTER.match(after):
            return True                                  # "a country of about 38 million people"
        if ("whether" in before or " if " in before) and ASKED_WHETHER.search(before, max(0, len(before) - 120)):
            return True                                  # "Readers have asked whether the bill includes the $10,000
                                                         # bonuses": a question, no term
        if STATUS_QUO_LEAD.match(text):
            return True                                  # "Under existing rules, adults must work 80 hours a month"
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
        if ", now " in before[-30:] and NOW_ASIDE.search(before, max(0, len(before) - 30)):
            return True                                  # "its stockpile, now close to 10,000 kilograms, must ...": today's
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
                or "omit" in before or "left out" in before or "none " in before.lower() or "untouched" in before
                or "nothing" in before) and NOT_STATED.search(before, max(0, len(before) - 60)):
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
