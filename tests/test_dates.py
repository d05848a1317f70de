"""Calendar dates: read from the words, bound to a term, compared as spans of days, shown in words."""
import datetime as dt
import json

import pytest
from hypothesis import given, strategies as st

from compare import dates
from compare.diff import value_text
from compare.extract import extract
from compare.levels import FactView, compare_facts
from reports.context import display_value

JULY_2023 = dt.date(2023, 7, 14)


def span_of(words, published=JULY_2023):
    m = dates.DATE.search(words)
    return dates.span(m, published) if m else None


@pytest.mark.parametrize("words, published, lo, hi", [
    ("March 10, 2025", None, 20250310, 20250310),
    ("10 March 2025", None, 20250310, 20250310),
    ("Sept. 3, 2024", None, 20240903, 20240903),
    ("October 2023", None, 20231001, 20231031),
    ("February 2024", None, 20240201, 20240229),            # a leap year
    ("2025", None, 20250101, 20251231),
    ("end of 2025", None, 20251201, 20251231),
    ("early 2024", None, 20240101, 20240430),
    ("mid-2024", None, 20240501, 20240831),
    ("late March 2024", None, 20240321, 20240331),
    ("the first half of 2026", None, 20260101, 20260630),
    ("last day of February 2023", None, 20230228, 20230228),
    ("first day of next month", JULY_2023, 20230801, 20230801),
    ("end of this year", JULY_2023, 20231201, 20231231),
    ("next year", JULY_2023, 20240101, 20241231),
    ("November", JULY_2023, 20231101, 20231130),            # the year of publication
    ("March 1", JULY_2023, 20240301, 20240301),             # long before publication: the next year's
    ("June 20", JULY_2023, 20230620, 20230620),             # just before publication: this year's
    ("Friday", JULY_2023, 20230714, 20230714),              # a weekday: the next from publication (a Friday) ...
    ("Monday", JULY_2023, 20230717, 20230717),
    ("next Friday", JULY_2023, 20230721, 20230721),         # ... "next" on the day itself: a week on
    ("the 2030s", None, 20300101, 20391231),                # a decade, and a part of one
    ("the early 2030s", None, 20300101, 20331231),
    ("late 2030s", None, 20370101, 20391231),
    ("spring 2024", None, 20240301, 20240531),              # a season, northern
    ("the summer of 1999", None, 19990601, 19990831),
    ("winter 2024", None, 20241201, 20250228),              # into the next year
    ("late autumn 2025", None, 20251101, 20251130),
    ("next spring", JULY_2023, 20240301, 20240531),
    ("this summer", JULY_2023, 20230601, 20230831),
    ("by the spring", JULY_2023, 20240301, 20240531),       # no year: the next one not over
    ("next fall", JULY_2023, 20230901, 20231130),
    ("next September", JULY_2023, 20230901, 20230930),      # a month with "next": the first after publication
    ("next June", JULY_2023, 20240601, 20240630),
    ("this March", JULY_2023, 20230301, 20230331),
])
def test_a_date_is_the_span_of_days_it_allows(words, published, lo, hi):
    assert span_of(words, published) == (lo, hi)


@pytest.mark.parametrize("words, published", [
    ("March 10", None),             # no year and no publication date: not read
    ("May", JULY_2023),             # "May" alone is more often the verb
    ("end of the year", None),
    ("February 30, 2024", None),    # no such day
    ("Friday", None),               # a weekday with no publication date
    ("Friday's vote", JULY_2023),   # an owner, not a day
    ("the Good Friday Agreement", JULY_2023),
    ("the Arab Spring", JULY_2023),  # a season's name with a capital and no year: a name
    ("the fall of Kabul", JULY_2023),  # "fall" with no year, "this" or "next"
    ("next spring", None),
])
def test_words_that_name_no_date_give_none(words, published):
    assert span_of(words, published) is None


def test_dates_are_found_from_their_anchors_as_a_full_scan_finds_them():
    text = ("The truce runs until the end of this year; talks open on Sunday, February 15, and by 20 November the "
            "second stage starts, in early 2024 or mid-2024 at the latest, not before the first day of next month. "
            "It lifts 42,000 caps and May 2025 is the end.")
    assert [m.span() for m in dates.find(text)] == [m.span() for m in dates.DATE.finditer(text)
                                                    if not text[m.start() - 1].isdigit()]
    assert "2000" not in [m.group(0) for m in dates.find("the 42,000 civil servants and 42000 others")]


def test_may_the_verb_is_no_month():
    assert dates.DATE.search("the talks may resume") is None


@pytest.mark.parametrize("lo, hi, words", [
    (20250310, 20250310, "10 March 2025"),
    (20231001, 20231031, "October 2023"),
    (20250101, 20251231, "2025"),
    (20240101, 20240430, "January to April 2024"),
    (20240315, 20240402, "15 March 2024 to 2 April 2024"),
    (20300101, 20391231, "2030 to 2039"),
])
def test_a_span_reads_back_in_words(lo, hi, words):
    assert dates.text(lo, hi) == words


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["", "end of ", "early ", "mid-", "late ", "the first half of ", "first day of "]),
       st.sampled_from(["{d:%B} {d.day}, {d.year}", "{d.day} {d:%B} {d.year}", "{d:%B} {d.year}", "{d.year}"]))
def test_every_date_reads_as_an_ordered_span_that_holds_its_day(day, part, form):
    words = part + form.format(d=day)
    lo, hi = span_of(words, None)
    assert lo <= hi
    if not part:
        assert lo <= dates.number(day) <= hi
    dates.text(lo, hi)                                   # never fails


WORDS = ("by until from on in the end of early mid- late this next year month May March 2024 31 February 30 and to "
         "between , . - : ; no not would will 5% $3 billion three stages first second final day week Sunday "
         "spring winter fall Spring 2030s at latest earliest as soon").split()


@given(st.lists(st.sampled_from(WORDS), max_size=40),
       st.sampled_from([None, dt.date(2024, 2, 29), dt.date(2023, 12, 31), dt.date(1999, 1, 1)]))
def test_extraction_never_fails_on_date_words_and_every_date_is_an_ordered_span(words, published):
    for f in extract(" ".join(words), "Wire", published=published):
        if f.kind == "date":
            assert f.unit == "date" and f.min <= f.max
            dates.day_of(f.min), dates.day_of(f.max)             # real days


def facts_of(text, published=JULY_2023, outlet="Test Outlet"):
    return [f for f in extract(text, outlet, published=published) if f.kind == "date"]


def test_a_stage_list_gives_each_stage_its_start():
    facts = facts_of("The paper says the new rules will be phased in over three stages: the first from October 2023, "
                     "the second from October 2024 and the final stage from July 2025.")
    assert [(f.phase, f.min, f.max, f.qualifier, f.unit) for f in facts] == [
        (1, 20231001, 20231031, "from", "date"), (2, 20241001, 20241031, "from", "date"),
        (3, 20250701, 20250731, "from", "date")]


@pytest.mark.parametrize("text, published, source, lo, hi, qualifier", [
    ("All foreign forces would leave by May 2021, the Taliban said.", None, "Taliban", 20210501, 20210531,
     "no later than"),
    ("The transition will run until the end of 2025, the European Commission said.", None, "European Commission",
     20251201, 20251231, "until"),
    ("Talks on the second stage would open no later than March 10, Qatar said.", JULY_2023, "Qatar",
     20240310, 20240310, "no later than"),
    ("The fund will be up and running before the end of this year, Ukraine says.", JULY_2023, "Ukraine",
     20231201, 20231231, "no later than"),
    ("Under the deal, the tariff cut would take effect on the first day of next month.", JULY_2023, "Test Outlet",
     20230801, 20230801, None),
    ("The second tranche would be paid after a review in November, Pakistan said.", JULY_2023, "Pakistan",
     20231101, 20231130, None),
    ("A four-day pause will begin at 7 a.m. local time on Tuesday, Qatar said.", JULY_2023, "Qatar",
     20230718, 20230718, None),
    ("Members can go back to work from Thursday, the union said.", JULY_2023, "Test Outlet", 20230720, 20230720, "from"),
    ("Ankara expected the mechanism to hold its first meeting by the end of August, an official said.", JULY_2023,
     "Test Outlet", 20230821, 20230831, "no later than"),          # a past verb that expects, not a past act
    ("The embargo would stay in place at least until early 2016, a Western diplomat said.", JULY_2023,
     "Western diplomat", 20160101, 20160430, "not before"),         # an end no earlier than that
])
def test_a_date_a_term_is_bound_to_is_a_fact(text, published, source, lo, hi, qualifier):
    facts = facts_of(text, published)
    assert [(f.min, f.max, f.qualifier) for f in facts] == [(lo, hi, qualifier)]
    assert source.lower() in facts[0].source.lower()
    assert text[facts[0].value_start - facts[0].start:facts[0].value_end - facts[0].start] in facts[0].quote


@pytest.mark.parametrize("text, spans", [
    ("Armenia hands back the Aghdam district by 20 November, the Kalbajar district by 15 November and the Lachin "
     "district by 1 December.", [(20231120, 20231120, "no later than"), (20231115, 20231115, "no later than"),
                                  (20231201, 20231201, "no later than")]),
    ("The cease-fire is to take hold at 00:00 Kyiv time on Sunday, February 15.", [(20240215, 20240215, None)]),
    ("Later tranches are tied to quarterly reviews, the first of which is due in October.",
     [(20231001, 20231031, None)]),
    ("The members' ratification vote will run from October 2 to October 9.", [(20231002, 20231009, None)]),
    ("Voting would take place between March 3 and March 10, 2025.", [(20250303, 20250310, None)]),
    ("Beijing agreed to lift foreign ownership caps by April 1, the White House said.",          # a promise
     [(20230401, 20230401, "no later than")]),
    ("The cut takes effect on Feb. 14, 30 days after the signing.", [(20240214, 20240214, None)]),   # a deal's
    ("The suspension lapses in January 2025, the White House said.", [(20250101, 20250131, None)]),  # timeline
    ("Putin said Kyiv had agreed to put a new constitution in place by the end of the year.",   # a promise, told
     [(20231201, 20231231, "no later than")]),                                               # in the past
])
def test_deadlines_told_in_the_present_weekdays_and_ranges(text, spans):
    assert [(f.min, f.max, f.qualifier) for f in facts_of(text)] == spans


def test_a_weekday_counts_from_the_latest_day_the_text_names_in_the_week_before_publication():
    published = dt.date(2019, 6, 12)                             # a Wednesday
    text = "The minister said on June 7 that the new checks would start on Monday."
    assert [(f.min, f.max) for f in facts_of(text, published) if f.kind == "date"] == [(20190610, 20190610)]
    text = "The minister said the new checks would start on Monday."
    assert [(f.min, f.max) for f in facts_of(text, published) if f.kind == "date"] == [(20190617, 20190617)]


def test_the_date_of_a_listed_value_is_that_values():
    facts = extract("Minimum rates go up 7% on ratification, the union says, followed by 4% on July 1, 2024 and "
                    "3.5% on July 1, 2025.", "Wire")
    assert [(f.slot, f.min, f.text) for f in facts if f.kind == "quantity"] == [
        ("rates percent", 7, "rates 7%"), ("rates percent", 4, "4% (on july 1, 2024)"),
        ("rates percent", 3.5, "3.5% (on july 1, 2025)")]
    assert [(f.min, f.text) for f in facts if f.kind == "date"] == [
        (20240701, "4% (on july 1, 2024)"), (20250701, "3.5% (on july 1, 2025)")]


def test_a_dates_text_says_what_it_bounds():
    [fact] = facts_of("Under the accord the contract would run until April 30, 2028.")
    assert fact.text == "the accord the contract would run (until april 30, 2028)"


@pytest.mark.parametrize("text", [
    "The deal was signed on February 28, 2020 in Doha.",                          # a past event
    "Under the deal, Armenian forces had left the district by 20 November.",     # told in the past
    "Lessons from 2024",                                                          # a heading, a year alone
    "Under a 2011 deal, Israel freed 1,027 prisoners in October 2011.",
    "The TNLA seized the town in mid-2024, during the second stage of an offensive.",
    "Talks would cover prisoners captured after October 7, 2023.",                # who, not when
    "Some 160,000 film and TV actors walked out on July 14, SAG-AFTRA says.",         # a past act, with its particle
    "Officials said it would enlarge the mechanism set up after 2006.",               # what it is
    "Reuters reported that Iraq hosted five rounds of talks from April 2021.",        # a past act, no modal
    "Reuters reported that a phase two deal might not be concluded before the November election.",  # the election's
    "Reuters reported that Biden on Saturday signed the act, two days before June 5.",
    "Employees hired after 2007 would be reviewed by a commission.",
    "The sides would return to commitments from 2019 talks in Doha.",            # a year as a name
    "The ceasefire held in 2024 as it did in 2023.",                              # a year alone, no modal
    "Under the deal, talks would resume in 2023.",                                # the year of publication
    "Prices may fall next year, analysts said.",                                  # no term
    "Talks would open by March 10.",                                              # no year to be had
    "Some 33,000 machinists will vote on Monday on the new offer.",               # a weekday of the news: a vote,
    "The country's bond due in 2024 rose more than 4 cents on Thursday.",         # a market's move
    "Both leaders were to brief the summit later on Thursday.",
    "Parliament is to lift the designation it placed on the group in May 2021.",  # when a past act happened
])
def test_dates_that_bound_no_term_are_not_facts(text):
    assert facts_of(text, published=None if "March 10" in text else JULY_2023) == []


@pytest.mark.parametrize("text, lo, hi, qualifier", [
    # with no bound before it, a date relative to publication, in a clause with a modal
    ("The tax would be written into law next year, the ministry said.", 20240101, 20241231, None),
    ("Sailors would start training on British boats this year.", 20230101, 20231231, None),
    ("Elections for the assembly will be held next spring.", 20240301, 20240531, None),
    ("The diplomat said the vote would come \"next September at the latest\".", 20230901, 20230930, "no later than"),
    ("The first rotation will begin in March 2027 at the earliest.", 20270301, 20270331, "not before"),
    # a year still to come after "in", a decade, a season, and the bounds that say "not before"
    ("Australia will buy three submarines in 2032.", 20320101, 20321231, None),
    ("A new class of boats would be built from the late 2030s.", 20370101, 20391231, "from"),
    ("Australia would end up with eight boats by the 2050s.", 20500101, 20591231, "no later than"),
    ("The commission is to report by the summer of 1999.", 19990601, 19990831, "no later than"),
    ("Boats would rotate through Perth as early as 2027.", 20270101, 20271231, "not before"),
    ("The new rules will apply no earlier than 2026.", 20260101, 20261231, "not before"),
    ("The last boats will not arrive until 2040.", 20400101, 20401231, "not before"),   # "not ... until": from then
    # a time of day between the bound and the day
    ("The parties agreed to halt all operations, starting at 7 p.m. on April 2.", 20230402, 20230402, "from"),
    ("The extended truce will run until 21:45 on Saturday, 3 June.", 20230603, 20230603, "until"),
    # a past act in a relative clause dates nothing of the main clause
    ("The second, which Grundberg announced on August 2, adds another two months and runs to October 2.",
     20231002, 20231002, "until"),
])
def test_relative_dates_seasons_decades_and_bounds_after_the_date(text, lo, hi, qualifier):
    assert [(f.min, f.max, f.qualifier) for f in facts_of(text)] == [(lo, hi, qualifier)]


@pytest.mark.parametrize("text", [
    "A round planned for Geneva this September never started.",      # no modal: what became of a plan
    "The talks resumed this spring.",
    "Protests spread after the Arab Spring in 2011.",
    "The sides met next to the border in 2022.",                       # a year gone by
    "The plant will shut down within the next year.",                  # a span from now, read as a timing
    "The 27 leaders agreed shortly after 5.30 on Tuesday morning.",      # when the news happened
])
def test_relative_dates_and_seasons_that_bound_no_term_are_not_facts(text):
    assert facts_of(text) == []


def test_the_first_day_of_a_month_is_no_day_of_the_deal():
    facts = extract("Under the deal, the tariff cut would take effect from the first day of next month.", "Wire",
                    published=JULY_2023)
    assert not [f for f in facts if f.kind == "timing"]


def view(lo, hi, qualifier=None, version=1):
    return FactView(None, version, "withdrawal date", "date", None, float(lo), float(hi), "date", "", qualifier)


@pytest.mark.parametrize("a, b, level", [
    (view(20250310, 20250310), view(20250310, 20250310), "exact"),
    (view(20251201, 20251231, "until"), view(20250701, 20250731, "until"), "disjoint"),
    (view(20250301, 20250331, "no later than"), view(20250310, 20250310), "narrower"),
    (view(20231001, 20231031), view(20231015, 20231115), "overlapping"),
])
def test_two_versions_dates_compare_as_spans(a, b, level):
    assert compare_facts(a, b).level.name == level


def test_a_date_is_shown_in_words_in_findings_and_pages():
    assert value_text(view(20251201, 20251231, "until")) == "until December 2025"
    assert display_value(20250310.0, 20250310.0, "date", "", "no later than") == "no later than 10 March 2025"


def test_ingest_reads_dates_with_the_publication_year_and_manual_dates_take_iso(tmp_path, run_cli, sqlite_url):
    article = tmp_path / "a.txt"
    article.write_text("Truce terms\n\nAccording to the Harbor Ledger, the truce would take effect on March 1 and "
                       "the second stage would start no later than April 15.\n", encoding="utf-8")
    run_cli("ingest", article, "--outlet", "Example Daily", "--proposal", "harbour", "--published", "2024-02-20",
            db=sqlite_url, check=True)
    run_cli("facts", "add", "--proposal", "harbour", "--source", "Bay Times", "--slot", "truce date",
            "--kind", "date", "--min", "2024-03-02", db=sqlite_url, check=True)
    facts = json.loads(run_cli("facts", "--format", "json", db=sqlite_url, check=True).stdout)
    got = sorted((f["source"], f["min"], f["max"], f["unit"], f["qualifier"]) for f in facts if f["kind"] == "date")
    assert got == [("Bay Times", 20240302, 20240302, "date", None),
                   ("Harbor Ledger", 20240301, 20240301, "date", None),
                   ("Harbor Ledger", 20240415, 20240415, "date", "no later than")]
    bad = run_cli("facts", "add", "--proposal", "harbour", "--source", "Bay Times", "--slot", "truce date",
                  "--kind", "date", "--min", "2024-13-01", db=sqlite_url)
    assert bad.returncode != 0 and "2024-13-01" in bad.stderr and "Traceback" not in bad.stderr
