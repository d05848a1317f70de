import pytest
from hypothesis import given, strategies as st

from compare.normalize import find_quantities, parse_number, parse_quantity


@pytest.mark.parametrize("text, value", [
    ("33", 33), ("6,104", 6104), ("2.5 million", 2_500_000), ("Thirty-three", 33), ("forty-two", 42),
    ("forty two", 42), ("a dozen", 12), ("one hundred and twenty", 120), ("10,000", 10000), ("seven", 7),
    ("6bn", 6e9), ("1.5m", 1.5e6), ("2.5 bn", 2.5e9), ("1.2tn", 1.2e12),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value", [
    ("access to about $6bn of frozen funds", 6e9), ("sales of 1.5m barrels", 1.5e6), ("€300m in aid", 3e8),
    ("2m people", 2e6),
    ("a 700m buffer", 700),                   # "m" with no currency and no plural noun after it: metres, not a million
])
def test_abbreviated_scales(text, value):
    assert [q.min for q in find_quantities(text)] == [value]


@pytest.mark.parametrize("text, lo, hi, unit, qualifier", [
    ("a truce of between 30 and 40 days", 30, 40, "day", None),
    ("open for three months at most", 90, 90, "day", "up to"),                    # a bound said after the number
    ('open for "three months at most"', 90, 90, "day", "up to"),
    ("a pause of 30 days or more", 30, 30, "day", "at least"),
    ("a plan lasting between three and five years", 1095, 1825, "day", None),      # two numbers, not one
    ("droughts lasting three consecutive years", 1095, 1095, "day", None),
    ("caps binding for two fiscal years", 730, 730, "day", None),
    ("a further week of truce", 7, 7, "day", None),
    ("a pause of 90 straight days", 90, 90, "day", None),
    ("one hundred and five prisoners", 105, 105, None, None),
    ("several dozen prisoners", 24, 99, None, "approximately"),                      # vague, never a point
    ("a few hundred prisoners", 200, 500, None, "approximately"),
    ("several hundred thousand people", 200_000, 999_999, None, "approximately"),
    ("30-40 days", 30, 40, "day", None),
    ("5-6 million tonnes", 5e6, 6e6, None, None),                                    # the scale is both ends'
    ("between 195 and 205 trillion dinars", 195e12, 205e12, None, None),
    ("between 500 and 2 million", 500, 2e6, None, None),                             # not when the first is larger
    ("30 to 40 days", 30, 40, "day", None),
    ("one to one-and-a-half kilometres", 1, 1.5, None, None),                       # the half is the second's
    ("for a period not exceeding 60 days", 60, 60, "day", "up to"),
    ("scaled up to 600 trucks a day", 600, 600, None, None),                         # where it goes, no ceiling
    ("up to six weeks", 42, 42, "day", "up to"),
    ("a 40-day phase", 40, 40, "day", None),
    ("a six-week first phase", 42, 42, "day", None),
    ("limits that stay for a decade", 3650, 3650, "day", None),
    ("spent over the next decade", 3650, 3650, "day", None),                # "the next" unit: one of it
    ("a truce for the coming month", 30, 30, "day", None),
    ("well over a thousand prisoners", 1000, 1000, None, "more than"),     # "a" before a scale word
    ("about a hundred trucks", 100, 100, None, "approximately"),
    ("a hundred and fifty people", 150, 150, None, None),
    ("a pact for two decades", 7300, 7300, "day", None),
    ("a maximum five-year-long duration", 1825, 1825, "day", "up to"),
    ("after three weeks", 21, 21, "day", None),
    ("over two months", 60, 60, "day", "more than"),
    ("10 hours", 10 / 24, 10 / 24, "day", None),
    ("about 500 prisoners", 500, 500, None, "approximately"),
    ("at least 300,000 to 400,000 people", 300_000, 400_000, None, "at least"),
    ("hundreds of prisoners", 200, 999, None, "approximately"),
    ("dozens of trucks", 24, 99, None, "approximately"),
    ("hundreds of millions of dollars", 200_000_000, 999_999_999, None, "approximately"),
    ("tens of millions of dollars", 20_000_000, 99_999_999, None, "approximately"),
    ("billions of dollars", 2e9, 9_999_999_999, None, "approximately"),
    ("will take several weeks", 21, 63, "day", "approximately"),       # a vague span of time: a range, about
    ("within a few days", 2, 5, "day", "approximately"),
    ("within days", 2, 5, "day", "approximately"),                     # a bare plural unit after "within": a few
    ("within weeks", 14, 35, "day", "approximately"),
    ("a couple of months", 60, 90, "day", "approximately"),
    ("Thirty-three hostages", 33, 33, None, None),
    ("a six-to-eight-week truce", 42, 56, "day", None),
    ("as many as 1,000 prisoners", 1000, 1000, None, "up to"),
    ("$1.5 trillion", 1.5e12, 1.5e12, None, None),
    # one unit without a number, and halves
    ("a week-long truce", 7, 7, "day", None),
    ("a pause of up to a week", 7, 7, "day", "up to"),
    ("a month and a half", 45, 45, "day", None),
    ("two and a half years", 912.5, 912.5, "day", None),
    ("a five-and-a-half-year transition", 2007.5, 2007.5, "day", None),
])
def test_parse_quantity(text, lo, hi, unit, qualifier):
    q = parse_quantity(text)
    assert q is not None
    assert (q.min, q.max, q.unit, q.qualifier) == (pytest.approx(lo), pytest.approx(hi), unit, qualifier)


@pytest.mark.parametrize("text, compound", [
    ("a 30 to 40 day truce", True), ("a 40-day phase", True), ("one week later", False), ("it lasts one day.", False),
    ("30 to 40 days of truce", False),
])
def test_a_singular_unit_before_a_noun_is_an_adjective(text, compound):
    assert parse_quantity(text).compound is compound


def test_offsets_point_at_the_quantity():
    text = "It calls for 33 hostages and a truce of 30 to 40 days."
    spans = [text[q.start:q.end] for q in find_quantities(text)]
    assert spans == ["33", "30 to 40 days"]


words = st.sampled_from(["one", "two", "twelve", "thirty", "forty-two", "hundred", "thousand", "and", "days",
                         "weeks", "between", "to", "-", "up", "about", "0", "7", "1,200", "3.5", "–", " "])


@given(st.text(max_size=60) | st.lists(words, max_size=12).map(" ".join))
def test_normaliser_never_crashes_and_ranges_are_ordered(text):
    for q in find_quantities(text):
        assert q.min <= q.max
        assert 0 <= q.start < q.end <= len(text)


# find_quantities searches in lower case and only around numbers; it must find what the pattern,
# tried at every offset of the original text with re.IGNORECASE, finds.
def _reference_spans(text):
    from compare.normalize import QUANTITY_RE
    return [m.span() for m in QUANTITY_RE.finditer(text)
            if m.group("vague") or parse_number(m.group("a")) is not None
            or (m.group("a").lower() in ("a", "an") and m.group("u"))]       # "a week"


lead = st.sampled_from(["no more than", "at least", "About", "UP TO", "a maximum of", "an estimated", "between",
                        "some", "(about", "awesome", "a", "tens of thousands of", "Hundreds of", "a dozen", "and",
                        "to", "of", "ſome", "İn", "ſix", "Kelvın", "x’five", "F-16", "IR2", ".5", "1.", "2024",
                        "9-year-old", "40", "6,104", "2.5 million", "Forty-two", "one hundred and five", "days",
                        "day", "week", "weeks", "-", "–", "  ", "\u00a0", "\t", "people", "trucks", "someone", "often",
                        "or", "more", "$", "€5"])


@given(st.lists(lead, max_size=14).map(" ".join))
def test_fast_quantity_search_finds_what_the_pattern_finds(text):
    assert [(q.start, q.end) for q in find_quantities(text)] == _reference_spans(text)


def test_quantities_keep_the_text_as_written():
    q = parse_quantity("It frees FORTY-TWO detainees.")
    assert (q.min, q.raw) == (42, "FORTY-TWO")


@pytest.mark.parametrize("text", ["600 trucks a day", "a plan", "once a week", "an official"])
def test_a_alone_is_no_number(text):
    """'a' counts as one only before a unit, and then as that unit: never as a count."""
    found = find_quantities(text)
    assert all(q.unit == "day" for q in found if q.raw.lower().startswith(("a ", "an ")))
    assert not any(q.raw.lower() in ("a", "an") for q in found)



@pytest.mark.parametrize("text", ["talks will begin next year", "the next round of talks", "next month's vote",
                                  "the coming days' events"])
def test_next_without_the_and_a_unit_is_no_duration(text):
    """'the next' counts as one of a unit only before it ("over the next decade"): "next year" is a date."""
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, lo, hi, currency, qualifier", [
    ("raise the threshold to C$150", 150, 150, "C$", None),
    ("parts worth up to US$32.4 billion a year", 32.4e9, 32.4e9, "US$", "up to"),
    ("a bill of between A$268 billion and A$368 billion", 268e9, 368e9, "A$", None),
    ("about $200 billion", 200e9, 200e9, "$", "approximately"),
])
def test_a_dollar_whose_country_precedes_its_sign_is_one_quantity_in_that_currency(text, lo, hi, currency, qualifier):
    q = find_quantities(text)[0]
    assert (q.min, q.max, q.currency, q.qualifier) == (lo, hi, currency, qualifier)


@pytest.mark.parametrize("text, lo, hi", [
    ("the 750-billion-euro deal", 750e9, 750e9),          # a hyphenated scale, not a range from 750 to a billion
    ("a $1.5-trillion package", 1.5e12, 1.5e12),
    ("a 2-billion plan", 2e9, 2e9),
    ("1-2 million people", 1e6, 2e6),                     # a range still
    ("$5-6 billion", 5e9, 6e9),
])
def test_a_scale_joined_to_its_number_by_a_hyphen_scales_it(text, lo, hi):
    q = find_quantities(text)[0]
    assert (q.min, q.max) == (lo, hi)
