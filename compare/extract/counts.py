"""Counts of people and things: the group counted, ratios, rates, shares and amounts of money, and
the numbers a sentence lists after one named in full."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from compare.attribute import Sentence
from compare.extract.fact import ExtractedFact
from compare.extract.patterns import (ADJECTIVES, ADVERB_HINTS, AFTER_BREAK, APPROXIMATE_WORDS, AT_ONCE_AT,
                                      BARE_SCALE_AFTER, BASELINE_AFTER, BATCH_OF, BODY_OF_BEFORE, BODY_WITH_BEFORE,
                                      BREAKDOWN_BEFORE, BY_COUNT_AFTER, CELSIUS, CENTS_ON_THE_DOLLAR, CHANGED_OBJECT,
                                      CHANGE_BY, CHANGE_OF_TO, CHANGE_VERB, CLAUSE_EACH, CLAUSE_END, COLON_HEAD_BEFORE,
                                      COMMITTED_TO, COUNTER_CUE, COUNT_LEAD, CURRENCY, CURRENCY_WORDS, DEAL_GIVES,
                                      DEAL_LEAD, DEMONYM_PLURAL, DEPLOY, DESCRIBED_AS_AMOUNT, DIGIT, DIVIDES_BEFORE,
                                      DONE_BEFORE, EACH_FOR, EACH_SIDE_NAMES, EARN_BEFORE, ESTIMATE_IS_AT, EVEN_SHARES,
                                      EVEN_SPLIT, EXTENTS, FIGURE_WORDS, FORMATIONS, FRACTION_AFTER, FREED, FROM_END,
                                      FUNCTION_WORDS, GENERIC_HEADS, GRADUAL_AT, HELD_AS, HELD_GROUPS, ING_NOUNS,
                                      IRREGULAR_PLURALS, LIMIT_NOUNS, LIMIT_OF_BEFORE, LIMIT_ON_AFTER, LIST_WORDS,
                                      LOWER_WORD_NEXT, LY_NOUNS, MARKET_AT_BEFORE, MEASURED_OF, MEASURES, MEMBER_NOUNS,
                                      MODAL_AFTER_SUBJECT, MODAL_VERB, MODIFIERS, MONEY_FOR, MONEY_PER, MONEY_PLACED_IN,
                                      MONEY_RATE_AFTER, MONEY_UNITS, MORE_AFTER, MOVED_AFTER, MOVED_BEFORE, MOVED_VERBS,
                                      NAMED_CURRENCY, NAMED_CURRENCY_CODES, NAMED_SIBLING_BEFORE, NOT_ABOVE,
                                      NOT_A_RATE_BEFORE, NOT_NOUNS, NOT_SUBJECT, NP_WORD, NUMBER_OF,
                                      NUMBER_OF_MODIFIERS, NUMBER_TOKENS, NUMBER_VERBS, OF, OF_IN, OF_WHICH,
                                      OWN_DETERMINER, PARTICIPLES, PART_DESCRIBED, PART_OF, PART_VERBS, PERCENT,
                                      PERCENT_OF, PERCENT_TO, PERSON_NOUNS, PER_SIDE_AFTER, PLACE_PREPOSITIONS, POLL,
                                      PRISON, PROCESS_NOUNS, PROVIDES_AT, PUT_AT, PUT_IT_AT, PUT_NUMBER_OF,
                                      QUALIFIER_BEFORE, QUOTE_MARKS, RATE_AFTER, RATE_NOUNS, RATE_OF_AFTER, RATIO_AFTER,
                                      REACH_BEFORE, REFERS_BACK, RELATIVE_TALLY, RELEASED_AFTER, REMAINS_OF,
                                      RISES_BY_AFTER, RISES_TO_BEFORE, SAID_LEAD, SHARE_OF_BEFORE, SHARE_OF_WHOLE,
                                      SIBLING_BEFORE, SMALL_NOISE, SUBJECT_RISES_TO, SUBJECT_SET_AT, SWAP_AFTER,
                                      SWAP_BEFORE, TALLY, THOSE_RELEASED, THROUGH_BEFORE, TIME_WORDS, TO_NUMBER,
                                      TO_PLACE_AFTER, TROOP_BEFORE, TROOP_MEASURES, TROOP_NOUNS, UNEVEN_SHARES,
                                      UNIT_NAMES, UNIT_WORD, VOTE_HINT, WORD, ZERO_RATE_BEFORE, _body_size, _clause,
                                      _elided_unit, _in_the_past, _last, _last_noun, _listed, _money_noun, _num_text,
                                      _percent_noun, _plural, _rate_later, _rate_of, _rate_unit, _singular, _tail)
from compare.lexicon import lower_tokens
from compare.normalize import QUALIFIERS, Quantity, parse_number, parse_quantity, to_days


# the level a rise takes a figure to: "rises by 30 percent, to more than $42 an hour", "..., taking it above $42"
RISES_TO_END = re.compile(r",\s+(?:to|(?:taking|bringing|lifting|pushing)\s+(?:it|them)\s+(?P<above>to|above|past|over|"
                          r"beyond))\s+(?:about\s+|nearly\s+|around\s+|roughly\s+)?$")
GETS_BEFORE = re.compile(r"\b(?:get|gets|getting|receive|receives|receiving|hold|holds|holding|keep|keeps|gain|gains|win|wins)\s+(?:[a-z]+\s+)?$")
NP_ADVERBS = frozenset("already still now alone only just together later earlier immediately upfront afterwards".split())    # "the €3 billion already allocated"
CURRENCY_CODE_BEFORE = re.compile(r"\b(USD|EUR|GBP)\s$")
LEVEL_BEFORE = re.compile(r"\b[Tt]he\s+(?P<np>(?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s+of\s+(?:an?\s+|the\s+)?"
                          r"(?P<of>(?:[a-z-]+\s+){0,2}?[a-z-]+))?\s+(?:will|would|is\s+to|shall|must)\s+"
                          r"(?:gradually\s+|then\s+|eventually\s+)?(?:rise|increase|climb|go\s+up|fall|drop|decline|"
                          r"be\s+(?:raised|lowered|cut|increased|reduced|set|capped|fixed))\s+"
                          r"(?:from\s+[^;]{1,30}?\s+)?to\s+$")     # "would climb from $75,608 today to"
MONEY_APPOSED = re.compile(r"\b(?:the|its|their)\s+(?P<np>[a-z]+(?:\s+[a-z]+)?),\s+$")
LEAVE_DAYS = re.compile(r"\s+((?:(?:paid|unpaid|sick|personal|vacation|holiday|floating|additional|extra|more|"
                        r"bereavement|parental|family)\s+){1,3}days?)(?:\s+off)?\b", re.I)   # "one additional paid
                                                                                         # personal day (off)"
TRANSFERRED = re.compile(r"\b(?:moved|deposited|transferred|wired|paid|sent|credited|unfrozen|released|"
                         r"handed\s+over)\b")
TRANSFER_TOKENS = frozenset("moved deposited transferred wired paid sent credited unfrozen released handed".split())
NUMBER_WOULD_BE = re.compile(r"\bthe\s+(?:number|total|figure|tally)\s+(?:would|will|could|should|might)\s+be\s+"
                             r"(?:close\s+to\s+|closer\s+to\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+|"
                             r"up\s+to\s+|at\s+least\s+)?$", re.I)
HOMECOMING = re.compile(r"\b(?:(?:brought|bring|brings|bringing|came|come|comes|coming)\s+home|"
                        r"on\s+(?:their|his|her|its)\s+way\s+home|reunited\s+with)\b")
HOMECOMING_TOKENS = frozenset(("home", "reunited"))
MOVED_VERB = re.compile(MOVED_VERBS)
# a number as a clause's subject and its verb: "one will join ...", "two have chosen to stay ..."
SUBJECT_VERB_AFTER = re.compile(r"\s+(?:will|would|have|has|had|are|is|was|were|can|could|must|shall)\s+(?:not\s+)?"
                                r"(?:also\s+)?(?:been\s+|be\s+)?(?:[a-z]+\s+to\s+)?(?P<verb>[a-z]+)\b")
TARIFF_NOUNS = dict.fromkeys(("tariff", "duty", "duties", "levy", "levies"), "tariffs")   # one slot for a tax on goods
ON_THE_LIST = re.compile(r"\b(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?on\s+the\s+(?:[a-z]+\s+)?list\b")
ARRIVED = re.compile(r"\b(?:handed\s+to|back\s+(?:in|on|home)|crossed\s+(?:into|over)|arrived\s+(?:in|at|home)|"
                     r"landed\s+(?:in|at)|on\s+(?:[A-Z]\w+\s+)?soil|reached)\b")
ARRIVAL_TOKENS = frozenset("handed back crossed arrived landed soil reached".split())
OF_CEILING = re.compile(r"\b(?:of|for)\s+(?:(?:up\s+to|no\s+more\s+than|at\s+most)\s+)?$")


def _level_noun(level: re.Match) -> str:
    """What a level is of: "the retirement age", "the number of checkpoints" (the checkpoints)."""
    np = level.group("np").lower()
    return level.group("of").lower() if level.group("of") and np in ("number", "total", "level", "amount") else np


def _acts_otherwise(after: str, slot: str, lex) -> bool:
    """Whether a bare number is the subject of a verb its would-be sibling's slot does not name, nor any
    release or move: "Two of them will return to Iran; one will join his family ..., and two have chosen to
    stay": not two more returns (but "163 will be sent to Gaza, and 40 will be deported abroad" are)."""
    verb = SUBJECT_VERB_AFTER.match(after)
    return verb is not None and verb.group("verb").lower() not in slot.split() \
        and not lex.release.fullmatch(verb.group("verb")) and MOVED_VERB.fullmatch(verb.group("verb")) is None


def _moved_elsewhere(slot: str, text: str, after: str) -> str:
    """A sibling's slot with its own destination: "11 of those freed were flown on to Austria and four to Canada" →
    "people freed flown canada" for the four (not Austria's)."""
    words = slot.split()
    if (dest := TO_PLACE_AFTER.match(after)) and len(words) > 1 \
            and re.search(rf"\bto\s+(?:the\s+)?{re.escape(words[-1])}\b", text, re.I):
        return " ".join(words[:-1] + dest.group("place").lower().split())
    return slot


class Counts:
    """Mixed into document._Doc, which keeps the state these rules use."""

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
        side = PER_SIDE_AFTER.match(after) if q.unit is None and q.currency is None and (
            " each " in after[:60] or " every " in after[:60] or " either " in after[:60]) else None
        if side and (prev := next((f for f in reversed(self.facts) if f.start == s.start and f.kind == "count"
                                   and f.unit is None and f.min is not None and f.min > q.max), None)) \
                and (side.group("noun") is None or prev.slot.endswith(side.group("noun"))):
            self.add(fact(f"{prev.slot} per {side.group('target') or 'party'}", "count", q.start, q.start, q.end, min=q.min,
                          max=q.max, phase=prev.phase, text=f"{q.raw.strip().lower()}{side.group(0).rstrip()}"))
            return prev_group
        if side and side.group("noun") and side.group("target") and (body := BODY_WITH_BEFORE.search(before)):
            noun = f"{body.group(1).lower()} {side.group('noun')} per {side.group('target')}"    # "A Joint Water
            self.add(fact(noun, "count", q.start, q.start, q.end, min=q.min, max=q.max,          # Committee, with three
                          text=f"{q.raw.strip().lower()}{side.group(0).rstrip()}"))              # members from each
            return prev_group                                                                   # country"
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
        if pct is None and q.min != q.max and (shares := UNEVEN_SHARES.fullmatch(q.raw.strip(" \"“”"))) \
                and int(shares.group("a")) + int(shares.group("b")) == 100 \
                and (split := DIVIDES_BEFORE.search(before, _tail(before, 6))):
            noun = split.group("noun").lower()           # 'the map divides the country "51 to 49"': 51% and 49%
            for part in ("a", "b"):
                share = float(shares.group(part))
                self.add(fact(f"{noun} share percent", "quantity", q.start, q.start, q.end, min=share, max=share,
                              unit="percent", text=f"{noun} split {shares.group(0)} ({shares.group(part)}%)"),
                         distinct=True)
            return prev_group
        if "cents" in after[:7] and (cents := CENTS_ON_THE_DOLLAR.match(after)) and self.term(s):
            self.add(fact("recovery percent", "quantity", q.start, q.start, q.end + cents.end(), min=q.min, max=q.max,
                          unit="percent", qualifier=q.qualifier,           # "75 cents for every dollar claimed": 75%
                          text=f"{q.raw.strip().lower()}{cents.group(0).lower()}"))
            return prev_group
        release = self.has(s, "release", lex.release_at) or not s.toks.isdisjoint(ARRIVAL_TOKENS) \
            and ARRIVED.search(text) is not None and self.live_blog \
            or "list" in s.toks and ON_THE_LIST.search(text) is not None \
            or not s.toks.isdisjoint(HOMECOMING_TOKENS) and HOMECOMING.search(text) is not None
        # "13 hostages are back in Israel" (as a live blog tells the deal carried out), "six citizens are also on the
        # list", "has brought home 215 people", "are on their way home", "will be reunited with their families"
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
            self.add(fact(f"{TARIFF_NOUNS.get(noun, noun)} {unit}", "quantity", q.start, q.start, q.end + pct.end(),
                          min=q.min, max=q.max,          # "a 30% duty", "the 25% levy": a tariff, as "tariffs"
                          unit=unit, qualifier=q.qualifier or ceiling,
                          text=f"{noun} {q.raw.strip()}{' percentage points' if pct.group('points') else '%'}"))
            return prev_group
        money = CURRENCY.get(q.currency or before[-1:])
        if money is None and (code := CURRENCY_CODE_BEFORE.search(before, max(0, len(before) - 5))):
            money, before = code.group(1), before[:code.start()]     # "USD 100 billion", as "$100 billion"
            if q.qualifier is None and (lead := QUALIFIER_BEFORE.search(before, _tail(before, 4))):
                q = replace(q, qualifier=QUALIFIERS[" ".join(lead.group("qual").lower().split())])   # "about EUR 9"
        bare_scale = money is None and q.raw.rstrip().lower().endswith(("billion", "million", "trillion")) \
            and BARE_SCALE_AFTER.match(after) is not None
        if bare_scale:
            money = next((f.unit for f in reversed(self.facts) if f.unit in MONEY_UNITS and f.start >= s.start - 3000),
                         None)                           # "78 billion euros ... Of the total, 52 billion will come from
                                                         # Europe and 26 billion from the IMF": euros too
        if before[-6:].rstrip().lower().endswith("from") and BASELINE_AFTER.match(after):
            return prev_group                            # "from about 10,000 kilograms to 300": a baseline
        if money and " by" in after[:40] and RISES_BY_AFTER.match(after):
            return prev_group                            # "the $14.3 trillion debt limit rises by $900 billion"
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
            whole = prev_group or (self._released_just_before(s) if part.group(0).lower().strip().endswith(
                ("them", "those", "these")) and (not before.strip(" \"“‘'") or SAID_LEAD.fullmatch(before)) else None) \
                or ("people" if part.group(0).lower().strip().endswith("those")
                    and THOSE_RELEASED.match(after[part.end():]) else None)
            self._part_of(s, q, after, part, whole, fact)        # "30 of whom are serving life sentences",
            return prev_group                                   # "including 100 serving life sentences"; "26 people
                                                                # were exchanged. Ten of them were flown to Russia",
                                                                # "... Officials said 11 of those freed were flown
                                                                # on to Austria"
        if q.unit is None and money is None and after.startswith(" of ") and (whole := SHARE_OF_WHOLE.match(after)) \
                and not VOTE_HINT.search(after, 0, 90):      # (not "58 of the 62 deputies attending voted")
            g, n, _ = self._noun_phrase(after[whole.end("total"):])
            if n and g is None:                          # "75 of the 300 seats": 75 seats (not a group of people,
                head = n.split()[-1]
                end = after.lower().find(head, whole.end("total")) + len(head)     # (the phrase ends at its noun)
                self.add(fact(n, "count", q.start, q.start, q.end + end, min=q.min,
                              max=q.max, qualifier=q.qualifier,                  # whose share its own rules read)
                              text=f"{q.raw.strip().lower()} of {whole.group('total')} {n}"))
                return prev_group
        group, noun, np_end = self._noun_phrase(after, money is not None) if not CELSIUS.match(after) \
            else (None, "degrees", 1)                    # "well below 2C", "to 1.5C": degrees Celsius
        if group is not None and not release and group not in lex.group_of:
            group, noun = None, group                    # a nationality with no release: "will take in 72,000
                                                         # Syrians" reads as any other noun
        if group is None and noun and before.endswith(" of the ") and SHARE_OF_BEFORE.search(before, _tail(before, 4)):
            return prev_group                            # the 300 of "75 of the 300 seats": the whole
        lead_rate = None
        if group is None and noun is None and (lead_rate := RATE_OF_AFTER.match(after)):
            group, noun, np_end = self._noun_phrase(after[lead_rate.end():], money is not None)   # "$40 billion a
            np_end += lead_rate.end()                                                          # year of farm goods"
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
        rate = lead_rate or RATE_AFTER.match(after[np_end:])
        if rate is None and not self._people(group):
            rate = _rate_later(after, np_end)            # "600 trucks of aid would enter Gaza each day"
        qualifier = q.qualifier or ("up to" if REACH_BEFORE.search(before, _tail(before, 3))
                                    or NOT_ABOVE.search(before, _tail(before, 10)) else None) \
            or self._adverb(s, q.start)                  # "could reach 1,904", "capped at 1,048 euros": at most
        phrase = (q.raw + after[:np_end]).strip().lower()
        per = MONEY_RATE_AFTER.match(after) if money is not None and group is None and noun is None else None
        if per and (q.min != q.max and before.endswith(" by ") or MOVED_BEFORE.search(before, _tail(before, 3))
                    or MARKET_AT_BEFORE.search(before, _tail(before, 4)) or FROM_END.search(before, _tail(before, 1))
                    or NOT_A_RATE_BEFORE.search(before, _tail(before, 25))):
            per = None                                   # not the change and level of "cut by €1 to €7.65 an hour", a
                                                         # market's move or price, a baseline, a cost or a spend now
        if group is None and noun is None and money is not None:
            noun = _money_noun(before)                   # "purchases of $40 billion", "would pay €650 million"
            if noun is None and (m := MONEY_FOR.match(after)) and m.group(1) not in FUNCTION_WORDS:
                noun = m.group(1)                        # "$895 billion for defense"
            if noun is None and " be " in after[:20] and (m := MONEY_PLACED_IN.match(after)):
                noun = m.group("np")                     # "$1 billion is to be placed in a security account"
            if noun is None and MONEY_PER.match(after) and EARN_BEFORE.search(before, max(0, len(before) - 90)):
                noun = "hourly pay"                      # "will earn at least $25 an hour"
            if noun is None and " to " in before[-6:] and (level := LEVEL_BEFORE.search(before, _tail(before, 16))):
                noun = _level_noun(level)                # "the average wage would climb from $75,608 to $119,309"
            if noun is None and before.endswith(", ") and after[:1] == "," \
                    and (apposed := MONEY_APPOSED.search(before, max(0, len(before) - 40))):
                noun = apposed.group("np").lower()       # "Half of the proceeds, €25 billion, will go to ..."
            if noun is None and bare_scale:
                noun = "amounts"                         # "52 billion will come from the European side"
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
                  or (money is None and " at" in before[-6:] and PUT_IT_AT.search(before, _tail(before, 6)))
                  or (money is None and " be " in before[-30:] and NUMBER_WOULD_BE.search(before, _tail(before, 8)))) \
                    and (group := prev_group or self._released_before(("count",) if money else ("count", "text"))):
                referred = True                          # "The remaining 550 are to be freed", "put the total at 2,000",
                                                         # "Haaretz puts it at 250", "the number would be close to
                                                         # 2,000" (after "Israel will free prisoners")
            elif (sibling := self._sibling(s, q, before, "money" if money else "count")) \
                    and not _acts_otherwise(after, sibling.slot, lex):
                slot = _moved_elsewhere(sibling.slot, text, after)
                named = f"{q.raw.strip().lower()} {slot.removesuffix(' released')}"
                self.add(fact(slot, "count", q.start, q.start, q.end, min=q.min, max=q.max, unit=sibling.unit,
                              qualifier=q.qualifier, text=_listed(named, text, q.end)),
                         distinct=True)                  # "$2 billion from Saudi Arabia and $1 billion from the UAE",
                return prev_group                        # "six members, three appointed by X and three by Y"
            elif q.unit is None and not ratio and (p := self._countered(s, q)) is not None:
                self._parallel_value(q, fact, p)         # "342 tanks, against the 800 Kyiv offered", "... while Kyiv
                return prev_group                        # proposed a ceiling of 250,000": the same term
            elif " to " in before[-6:] and (level := LEVEL_BEFORE.search(before, _tail(before, 16))):
                noun = _level_noun(level)                # "the retirement age will rise to 67"
                if group := lex.group_of.get(noun.split()[-1]):
                    noun = None                          # "the number of aid trucks would rise to 600 a day": trucks
            else:
                group, noun = self._bare_number(s, before, prev_group, money is not None)
                if noun in LIMIT_NOUNS and (on := LIMIT_ON_AFTER.match(after)) \
                        and on.group("np") not in FIGURE_WORDS:
                    noun = " ".join([w for w in on.group("np").split() if w not in FUNCTION_WORDS][-2:])
                    np_end = on.end()                    # "a ceiling of 800,000 on Ukraine's armed forces": the armed
                                                         # forces; "a cap of 800 on deployed and non-deployed launchers"
                if group is None and noun is None and release and RELEASED_AFTER.match(after) \
                        and (group := self._released_before(("count", "text"))):
                    referred = True                      # "Hostages would be handed over in batches. Three would be
                                                         # released on the first day": the group released before
            rises_to = RISES_TO_END.search(before, max(0, len(before) - 40)) if money is not None else None
            if group is None and noun is None and per and not rises_to:
                head = COLON_HEAD_BEFORE.search(before, max(0, len(before) - 120))    # "thresholds: $15,000 a minute,
                noun = _singular(head.group(1)) if head else "payment"               # ...", "$309 for each minute"
                phrase = (q.raw + after[:per.end()]).strip().lower()
            if group is None and noun is None:
                if self.parallel is not None and q.unit is None and not ratio \
                        and not _acts_otherwise(after, self.parallel.slot, lex):
                    self._parallel_value(q, fact, self.parallel)   # "..., Hamas says it would last 60": the same term
                elif rises_to and (pct := next((f for f in self._sentence_facts(s) if f.unit == "percent"
                                                and f.slot.endswith(" percent")), None)):
                    base = pct.slot.removesuffix(" percent")      # "rises by 30 percent, to more than $42 an hour":
                    slot = f"{base} per {_rate_of(per)}" if per else base     # the wage it rises to
                    above = rises_to.group("above") not in (None, "to")    # "taking it above $42": more than
                    self.add(fact(slot, "count", q.start, q.start, q.end, min=q.min, max=q.max, unit=money,
                                  qualifier=q.qualifier or ("more than" if above else None),
                                  text=f"{base} {q.raw.strip().lower()}"))
                return prev_group
        if group in HELD_GROUPS and not ratio and (held := HELD_AS.match(after, np_end)):
            group = "hostages" if held.group("h") else "prisoners"    # "50 women and children held hostage"
        elif group in HELD_GROUPS and not ratio and lex.side_groups \
                and (side := next((lex.side_groups[w] for w in phrase.split() if w in lex.side_groups), None)):
            group = side                                 # "50 Israeli women and children": hostages
        if group in ("soldiers", "men") and not (release or ratio) and DEPLOY.search(text):
            group, noun = None, "troops"                 # "send 5,000 soldiers to the border", "units of 39,000 men
                                                         # will be deployed": a deployment
        if group:
            people = self._people(group)
            returning = group in ("palestinians", "displaced") and any(e[0] == "return of displaced" for e in events)
            moved = MOVED_AFTER.match(after, np_end) if people and " be " in after else None
            if people and not (release or ratio or referred or returning or moved
                               or self.has(s, "provides", PROVIDES_AT)
                               or ("number of" in before[-100:] and (MODAL_VERB.search(text)
                                                                      or PUT_NUMBER_OF.search(before)))
                               or BREAKDOWN_BEFORE.search(before, max(0, len(before) - 120))):
                return prev_group
            if noise or (people and (_in_the_past(text, q.start, q.end) or self.past_event(s))):
                return prev_group
            if not people and (not (rate or self.in_phase or self.term(s)) or TALLY.search(_clause(text, q.end, 12))):
                return prev_group                        # "250 trucks entered on Monday": news, not a term
            if returning:
                slot = "return of displaced"
            elif moved and not release:
                slot = f"{group} {moved.group('verb')}"  # "163 prisoners will be sent to Gaza": a term of its own
            else:
                if group == "palestinians" and (PRISON.search(text) or (release and FREED.search(text))):
                    group = "prisoners"                  # Palestinians freed under a deal are prisoners
                slot = f"{group} released" if self._people(group) else group
                if group == "displaced" and "displac" not in phrase:
                    slot = "people released"             # "26 people are being exchanged": not the displaced
            if ratio:
                target = self._ratio_target(ratio.group("target"))
                slot = f"{group} per {_singular(target)}"
            elif rate:
                slot += f" per {_rate_unit(rate)}"
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
            if prev_group and before.endswith("including "):
                return prev_group                        # "10 to Russia, including two minors, 13 to Germany": the
            return group                                 # count after the aside is not of minors
        # a quantity no lexicon entry names: a fact when tied to a noun in a sentence about the terms
        # people freed as the deal is carried out: "Ten US citizens ... are being freed", "Washington releases 14
        # Venezuelans" (a live blog's present, not a past release)
        freed = release and (noun.split()[-1] in PERSON_NOUNS or DEMONYM_PLURAL.fullmatch(noun.split()[-1].title()) is not None) \
            and not self.past_event(s)
        if noun.split()[-1] in MEMBER_NOUNS and not noise and EACH_SIDE_NAMES.search(before, _tail(before, 6)):
            # "A Boundary Commission composed of five members ... Each side names two commissioners": per side
            body = next((f.slot for f in reversed(self.facts) if f.slot.endswith(" members") and 0 <= s.start - f.end < 600),
                        None)
            self.add(fact(f"{body or _plural(noun)} per side", "count", q.start, q.start, q.end, min=q.min, max=q.max,
                          qualifier=qualifier, text=f"{q.raw.strip().lower()} {noun} per side"))
            return prev_group
        paid = (money is not None or noun.split()[0] in CURRENCY_WORDS) and not s.toks.isdisjoint(TRANSFER_TOKENS) \
            and self.live_blog and TRANSFERRED.search(text) is not None \
            and self._carried_out(s)             # "5.573 billion euros had been deposited", as the deal is carried out
        if noise or not (self.in_phase or freed or paid or self.term(s)) \
                or noun.split()[-1] in lex.reject_nouns:
            return prev_group
        if (body := _body_size(noun, before, after)) is not None:
            noun = f"{body} members"                     # "a team of 12 members", "a five-member committee"
        elif ((tally := TALLY.search(clause := _clause(text, q.end, 12)))
              and not RELATIVE_TALLY.match(clause, max(0, tally.start() - 12), tally.end())
              and not ((freed or paid) and self.live_blog)) \
                or not (PROCESS_NOUNS.isdisjoint(noun.split()) or qualifier == "up to" and self.term(s)) \
                or (" ha" in before[-40:] and DONE_BEFORE.search(before, max(0, q.start - 60))
                    and not ((freed or paid) and self.live_blog)):     # (a live blog's "has freed 10 Americans")
            return prev_group                            # "24 million tonnes had been shipped": a tally; "ten
                                                         # ministers met" (but "up to ten ministers" is a term)
        if body is None and not (any(c.isdigit() for c in q.raw) or q.max >= 10 or noun.split()[0] in MEASURES
                                 or noun.split()[-1] in FORMATIONS     # "Egypt may keep one mechanised infantry division"
                                 or (rate and not before.rstrip().lower().endswith("the"))) \
                and q.qualifier != "approximately" and not (qualifier == "up to" and not OF_CEILING.search(before)) \
                and not (     # a ceiling is a term: "no more than one division" (not "for a season of up to six episodes")
                    # a small number in words is a term only as one: "would sail from three ports", not "two sides"
                    (noun.split()[-1].endswith("s") or noun.split()[-1] in IRREGULAR_PLURALS)
                    and noun.split()[-1] not in SMALL_NOISE
                    and (MODAL_VERB.search(before, max(0, len(before) - 80))
                         or freed                               # "Western countries released eight Russians", done
                         or ((DEAL_LEAD.match(text)             # "Under the terms, five U.S. citizens go home",
                              or DEAL_GIVES.match(text))        # "The accord guarantees it five seats"
                             and not before.rstrip().lower().endswith(("the", "its", "their", "both")))
                         or COMMITTED_TO.search(before)         # "agreed to allow ..., and to open three corridors"
                         or (s.source is not None and GETS_BEFORE.search(before, max(0, len(before) - 30)))   # '"They
                                                                # get four ministries," Spencer said'
                         or (s.source is not None and THROUGH_BEFORE.search(before, max(0, len(before) - 80))
                             and self._reported(s))      # "the mechanism operates through ... nine regional teams"
                         or (MODAL_AFTER_SUBJECT.match(after)      # "eight officers in Muscat would handle ...",
                             and not before.rstrip().lower().endswith(("the", "its", "their", "both"))))):   # not "the two armies"
            return prev_group
        words = noun.split()
        currency_word = None
        if money is None and words[0] in CURRENCY_WORDS:             # "650 million euros"
            money, currency_word = CURRENCY_WORDS[words[0]], words[0]
            noun = " ".join(words[1:]) or _money_noun(before) or "amount"    # "a 20 billion yuan fund": a fund
            words = noun.split()
            if whose := NAMED_CURRENCY.match(after):                 # "150 Canadian dollars": not US dollars
                money = NAMED_CURRENCY_CODES[" ".join(whose.group("whose").lower().split())]
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
        elif measure and " at" in before[-6:] and (put := PUT_AT.search(before, _tail(before, 9))) \
                and put.group("np").split()[-1].lower() in FIGURE_WORDS \
                and (last := self._last_amount(False, self.text.rfind("\n", 0, s.start) + 1)) is not None \
                and last.unit == UNIT_NAMES.get(measure, measure):
            slot = last.slot                             # "... a range of 40 kilometers; Kyiv put the figure at 280
                                                         # kilometers": the range
        elif extent and (what := owner or _last_noun(before)):
            slot = f"{what} {extent}"                    # "a buffer zone about 700 metres wide": zone width
        elif extent:
            slot = extent
        measure = UNIT_NAMES.get(measure, measure)       # one unit, however it is written
        if noun.split()[-1] in TROOP_NOUNS or (noun in TROOP_MEASURES and TROOP_BEFORE.search(before[-80:])):
            slot = "troops"                              # "troop levels ... cut to 8,600"
        if rate:
            slot += f" per {_rate_unit(rate)}"
        elif per and noun != "hourly pay":
            slot += f" per {_rate_of(per)}"
        self.last_noun = noun
        self.add(fact(slot, "count", q.start, q.start, q.end, min=q.min, max=q.max, qualifier=qualifier,
                      unit=money or measure, confidence=0.6,
                      text=phrase if phrase != q.raw.strip().lower()
                      and not phrase.endswith((" of", " in", " its", " their", " his", " her", " our"))
                      else f"{phrase} {currency_word}" if currency_word and phrase.endswith(" of")   # "billions of
                      else f"{phrase} {noun}"))                                                   # dollars"
        return prev_group

    def _noun_phrase(self, after: str, money: bool = False) -> tuple[str | None, str | None, int]:
        """(group, generic noun, end offset) of the noun phrase right after a number ("of" between
        them; for an amount of money also "in": "$28 billion in relief funds")."""
        lex = self.lex
        if not money and (leave := LEAVE_DAYS.match(after)):
            words = [w for w in leave.group(1).lower().split()[:-1] if w not in ("additional", "extra", "more")]
            return None, " ".join(words + ["days"]), leave.end()    # "15 paid sick days", "one more paid day": the days
        m = (OF_IN if money else OF).match(after)
        pos = m.end() if m else 0
        partitive = None
        own = OWN_DETERMINER.match(after, pos) if m else None
        if own:
            partitive = pos if own.group("the") and not (money and "of" in m.group(0)) else None   # "280 of the
                                                                           # prisoners": a group of the
                                                                           # lexicon ("€25 billion of the new money":
                                                                           # the money)
            pos = own.end()                              # "$56 billion of its frozen assets", "280 of the prisoners"
        words = list(islice(NP_WORD.finditer(after[pos:pos + 80]), 6))    # the loop reads six at most
        last = 0                                    # where the last word of the noun ends
        generic: list[str] = []
        skip = -1                                   # a number inside the phrase, passed over
        for i, w in enumerate(words[:5]):
            if i == skip:
                continue
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
            if low == "and" and not generic and i and i + 1 < len(words) and words[i + 1].group(0)[:1].isupper() \
                    and (words[i - 1].group(0)[:1].isupper() or words[i - 1].group(0).lower() in ADJECTIVES):
                continue                                 # "55 Russian and Donetsk servicemen": the noun after both
            if low == "and" and not generic and i and i + 2 < len(words) and words[i - 1].group(0)[:1].isupper() \
                    and (parse_number(words[i + 1].group(0)) is not None) and words[i + 2].group(0)[:1].isupper():
                skip = i + 1                             # "32 Armenian and two Azerbaijani detainees": the noun after
                continue                                 # the second number is the first's too
            if low in FUNCTION_WORDS or low in TIME_WORDS or low in NUMBER_TOKENS or low in APPROXIMATE_WORDS \
                    or low in NP_ADVERBS \
                    or (generic and (low.endswith(("ing", "ed")) and low not in ING_NOUNS
                                                                             or low in NOT_NOUNS)) \
                    or (not generic and (low in PARTICIPLES or low in NUMBER_VERBS       # "the rest of the 33 freed": no noun
                                         or (low.endswith("ed") and i + 1 < len(words)       # "three appointed by X"
                                             and words[i + 1].group(0).lower() == "by"))):
                break                                    # "5,000 centrifuges enriching uranium": the centrifuges
            if token[0].isupper() and DEMONYM_PLURAL.fullmatch(token) and not generic and not money:
                return low, None, pos + w.end()          # "10 jailed Americans", "six Venezuelans": people
            if token[0].isupper() or low in ADJECTIVES or (low.endswith("ly") and low not in LY_NOUNS):
                if generic:
                    break
                if money and token[0].isupper() and low not in ADJECTIVES and (
                        i + 1 >= len(words) or words[i + 1].group(0) in ",;:.()"
                        or words[i + 1].group(0).lower() in FUNCTION_WORDS):
                    return None, low, pos + w.end()          # "a $20bn Extended Fund Facility": the facility
                continue
            generic.append(low)
            last = w.end()
        if not generic or partitive is not None:      # "day 16 of the truce": no group of anything
            return None, None, pos if partitive is None else partitive
        if len(generic) > 1 and generic[-1] in GENERIC_HEADS:
            generic = generic[:-1]
        return None, " ".join(generic[-2:]), pos + last if money and own and "of" in m.group(0) else pos

    def _sibling(self, s: Sentence, q: Quantity, before: str, kind: str) -> ExtractedFact | None:
        """The fact whose noun a bare number in a list shares: the sentence's fact before it of the same
        kind (a percentage, an amount of money, a count), when a comma, "and", "while", "with" or "a
        further" joins them; of several, the one followed by the same word ("three writers for a season
        of up to six episodes, five for seven to twelve": the writers)."""
        if not (SIBLING_BEFORE.search(before, max(0, len(before) - 40))
                or kind == "money" and NAMED_SIBLING_BEFORE.search(before, max(0, len(before) - 60))):
            return None                                  # (an amount also after "and" and a name: "Ford will invest
                                                         # $8.1 billion and Stellantis $19 billion")
        text = s.text
        facts = [f for f in reversed(list(self._sentence_facts(s))) if f.kind in ("count", "quantity") and f.min is not None
                 and " per " not in f.slot
                 and f.value_end - s.start <= q.start and q.start - (f.value_end - s.start) <= 160
                 and (f.unit == "percent" if kind == "percent" else
                      (f.unit in CURRENCY.values()) == (kind == "money") and f.unit != "percent")]
        if not facts:
            return None
        if not text.endswith("including ", 0, q.start):
            facts = [f for f in facts if not text.endswith("including ", 0, f.value_start - s.start)] or facts
        word = WORD.match(text, q.end + 1)       # (not the part an aside named: "10 to Russia, including two minors,
                                                 # 13 to Germany": people, not minors)
        for f in reversed(facts):                        # the word after each one's number and noun
            named = set(f.slot.split()) | set(f.text.lower().split())
            nxt = next((w for w in WORD.findall(text, f.value_end - s.start, f.value_end - s.start + 60)
                        if w.lower() not in named), None)
            if word and nxt and nxt.lower() == word.group(0).lower():
                return f
        return facts[-1]

    def _countered(self, s: Sentence, q: Quantity):
        """The count of this sentence that a bare number answers, set against it by "while", "against",
        "compared with" ...: "capped at 85,000 troops, while Kyiv proposed a ceiling of 250,000"."""
        p = next((f for f in reversed(self.facts) if f.start == s.start and f.kind == "count" and f.min is not None
                  and f.value_end <= s.start + q.start), None)
        if p is None:                                   # the clause after "while" split off as another speaker's
            last = self.facts[-1] if self.facts else None   # ("..., while Kyiv proposed ...": Kyiv's own)
            if last is None or last.kind != "count" or last.min is None or not 0 <= s.start - last.end <= 12 \
                    or not COUNTER_CUE.search(self.text, last.end, s.start) or s.start + q.start - last.value_end > 80:
                return None
            between = s.text[:q.start]
            return last if "," not in between and ";" not in between and " and " not in between else None
        if s.start + q.start - p.value_end > 80:
            return None
        cue = _last(COUNTER_CUE.finditer(s.text, p.value_end - s.start, q.start))
        between = s.text[cue.end():q.start] if cue else ","
        return p if "," not in between and ";" not in between and " and " not in between else None

    def _parallel_value(self, q: Quantity, fact, p) -> None:
        """A bare number in the second clause of a contrast states the term of the first clause's
        last number, in its unit: "the Israeli draft provides for 33 hostages; the Hamas text speaks of 18"."""
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

    def _people(self, group: str | None) -> bool:
        """Whether a group counts people, whose number is a term only when they are freed or moved: a
        group of the lexicon's people, or a nationality ("230 Ukrainians", "ten Americans")."""
        return group in self.lex.people_groups or group is not None and group not in self.lex.group_of \
            and DEMONYM_PLURAL.fullmatch(group.title()) is not None

    def _released_before(self, kinds: tuple[str, ...]) -> str | None:
        """The group of the last release stated before, as a fact of one of these kinds."""
        return next((f.slot.removesuffix(" released") for f in reversed(self.facts)
                     if f.kind in kinds and f.slot.endswith(" released")), None)

    def _bare_number(self, s: Sentence, before: str, prev_group: str | None, money: bool = False
                     ) -> tuple[str | None, str | None]:
        """(group, noun) of a number that no noun follows, from what comes before it; (None, None)
        when nothing says what it counts."""
        text = s.text
        lw = before.rstrip().lower()
        if lw.endswith(" of") and (body := BODY_OF_BEFORE.search(before, max(0, len(before) - 40))):
            if body.group("body").lower() == "force" and not lw.endswith(("task force of", "taskforce of")):
                return None, "troops"                    # "a force of 250,000": troops, as "250,000 troops"
            return None, "members"                       # "an arbitration panel of five": its members
        if lw.endswith(" of") and (limit := LIMIT_OF_BEFORE.search(lw, max(0, len(lw) - 30))):
            return None, limit.group(1)                  # "a separate ceiling of 800", "the full quota of 18 a year"
        if (" at" in before[-6:] and PUT_IT_AT.search(before, _tail(before, 6))
                or ESTIMATE_IS_AT.search(before, _tail(before, 9))) and (last := self._last_amount(money)):
            return (last.slot.removesuffix(" released"), None) if last.slot.endswith(" released") \
                else (None, last.slot)                   # "The Financial Times put it at $390 million": the
                                                         # amount named before
        colon = lw.rfind(":")
        if colon > 0 and prev_group and not lw[colon + 1:].strip():
            return prev_group, None                      # "26 people will be freed: 10 will go to Russia, ..."
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
                if obj.group("obj").split()[-1].lower() in FIGURE_WORDS:
                    return None, self._figure_of(s, money, opening=True)    # "The counter-draft raised the figure
                                                                            # to 800,000": the troops capped before
                return None, obj.group("obj").lower()    # "raises the age limit to 52": the age limit
            if lw.endswith(" to") and (subject := SUBJECT_RISES_TO.search(lw, max(0, len(lw) - 60))) \
                    and subject.group("np").split()[-1] not in NOT_SUBJECT:
                return None, subject.group("np")         # "the limit rises to 50": the limit
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
            if noun and lw.endswith(" to") and RISES_TO_BEFORE.search(lw, max(0, len(lw) - 40)):
                return None, noun.lower()                # "the number of seats in parliament rises to 108"
        if self.last_noun and OF_WHICH.search(before, _tail(before, 3)):
            return None, self.last_noun                  # "to 6,104, of which only 5,060 will enrich"
        if (" at" in before[-8:] or "near" in before[-9:] or " to" in before[-6:] or "where " in before[-7:]) \
                and (m := PUT_AT.search(before, _tail(before, 9))) \
                or " as" in before[-6:] and (m := DESCRIBED_AS_AMOUNT.search(before, _tail(before, 9))):
            words = [w for w in QUOTE_MARKS.sub("", m.group("np")).lower().split() if w not in FUNCTION_WORDS]
            if words and words[-1] in FIGURE_WORDS:
                return None, self._figure_of(s, money)
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

    def _last_amount(self, money: bool, since: int = 0) -> ExtractedFact | None:
        """The count read last (from offset `since` on), of money or not as `money` says."""
        return next((f for f in reversed(self.facts) if f.kind == "count" and f.min is not None and f.start >= since
                     and (f.unit in CURRENCY.values()) == money), None)

    def _figure_of(self, s: Sentence, money: bool, opening: bool = False) -> str | None:
        """What "the figure" or "the total" that a source puts at a value counts: the amount named last
        in the paragraph ("Britain pays £39bn. The OBR puts the figure nearer £37bn": the payment); none
        after a number that is no term ("Syria keeps 33,000 soldiers there. Diplomats put the figure closer
        to 40,000"); "total" where the paragraph has no number before it. `opening`: a sentence that opens
        its paragraph reads the paragraph before."""
        start = self._paragraph_before(s) if opening else self.text.rfind("\n", 0, s.start) + 1
        if (last := self._last_amount(money, start)) is not None:
            return last.slot
        return None if DIGIT.search(self.text, start, s.start) else "total"

    def _paragraph_before(self, s) -> int:
        """Where the sentence's paragraph starts, or the paragraph before it (over blank lines) for a sentence
        that opens its paragraph."""
        start = self.text.rfind("\n", 0, self.text.rfind("\n", 0, s.start)) + 1
        while start > 1 and not self.text[start:s.start].strip(" \n"):
            start = self.text.rfind("\n", 0, start - 1) + 1     # over blank lines: the paragraph before is one of words
        return start

    def _released_just_before(self, s) -> str | None:
        """The group of the last release counted in the sentence's paragraph (or in the paragraph before, for a
        sentence that opens its paragraph), for a sentence that opens on a part of it ("Ten of them were flown to
        Russia")."""
        start = self._paragraph_before(s)
        last = next((f for f in reversed(self.facts) if f.kind == "count" and f.start >= start), None)
        return last.slot.removesuffix(" released") if last and last.slot.endswith(" released") else None

    def _part_of(self, s, q: Quantity, after: str, part: re.Match, prev_group: str | None, fact) -> None:
        """A part of what was just counted, named by what follows: "50 prisoners ..., 30 of whom are
        serving life sentences" → "prisoners serving life sentences"."""
        base = prev_group or self.last_noun
        if base == "displaced" and (last := next((f for f in reversed(self.facts) if f.kind == "count"), None)) \
                and last.start == s.start and last.slot == "people released":
            base = "people"                              # "brought home 215 people, 188 of them defenders"
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
