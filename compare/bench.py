"""`crosscheck bench`: a synthetic corpus generated from a seed, and the time each stage takes on it.

    for article in generate_corpus(seed=7, articles=1000, proposals=20, sources=5): ...   # streams
    results = run_bench(BenchConfig(quick=True))                                          # all figures

The corpus: P proposals, each reported by S invented outlets ("according to the Harbor Ledger")
across N articles of about 1,200 words. Each proposal has a plan (its terms: phases, durations,
counts, timings, named terms) drawn from the seed; on purpose, some sources give a different value
for some terms (the planted discrepancies). An article reports one source's version of one
proposal, in varied phrasings and in phase paragraphs, between filler paragraphs with distractor
numbers (casualty counts, ages, dates, population figures). Every article carries its planted facts.

The run, each corpus size in a fresh process (so that peak memory is that size's own):
ingest + attribute + extract + store (batches of documents, one transaction each, as `crosscheck ingest`),
extraction alone, compare, report rendering, recall of the planted discrepancies; at the largest
size also the two limits (plain sqlite3 executemany of the same fact rows; a bare RapidFuzz cdist
over the same alignment blocks) and an incremental nightly; in the parent, the peer (quantulum3).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator


# ---------------------------------------------------------------- corpus: names and words

SOURCE_POOL = [
    "Harbor Ledger", "Northern Courier", "Valley Gazette", "Meridian Post", "Coastal Chronicle", "Eastern Herald",
    "Riverside Dispatch", "Summit Telegraph", "Lantern Review", "Granite Bulletin", "Cedar Examiner",
    "Beacon Tribune", "Orchard Record", "Compass Monitor", "Delta Sentinel", "Highland Register",
    "Prairie Standard", "Crescent Mirror", "Atlas Messenger", "Juniper Inquirer", "Falcon Advocate",
    "Marble Statesman", "Willow Recorder", "Keystone Courier", "Pinnacle Gazette", "Horizon Ledger",
    "Saffron Dispatch", "Lighthouse Herald", "Ironwood Post", "Bluewater Chronicle",
]
WIRE_POOL = ["Bench Wire", "Desk Digest", "Morning Roundup", "Regional Brief", "World Desk Online",
             "Evening Summary"]
CITIES = ["Cairo", "Doha", "Paris", "Geneva", "Amman", "Muscat", "Rome", "Oslo"]
ORDINAL_WORD = {1: "first", 2: "second", 3: "third"}
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
             17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty",
             60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def number_words(n: int) -> str:
    """33 → 'thirty-three' (1..99)."""
    if n in NUM_WORDS:
        return NUM_WORDS[n]
    return f"{NUM_WORDS[n - n % 10]}-{NUM_WORDS[n % 10]}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# Filler: sentences with no number, no phase word and no term word, so that they add length (and
# the cost of splitting and attributing) without adding facts. Some are on the subject of the
# talks (attribution carries over them), some leave it (attribution ends).
FILLER_ON = [
    "Mediators shuttled between delegations in {city} late into the night, according to people briefed on the meetings.",
    "The draft went through many rounds of edits before it reached the delegations, diplomats in {city} said.",
    "Officials involved in the talks in {city} described the atmosphere as tense but businesslike.",
    "A senior mediator said the gaps between the parties had narrowed, though he declined to give details.",
    "Negotiators from both delegations met separately with the mediators in {city} over the weekend.",
    "The proposal has been revised repeatedly as the mediators tried to bridge the remaining differences.",
    "The sequencing of the steps remained the most contested part of the framework, officials said.",
    "Diplomats cautioned that any agreement could still collapse over the wording of its guarantees.",
    "The mediators have pressed both delegations to accept the framework as a basis for a final text.",
    "People familiar with the draft said its language on guarantees was deliberately vague.",
]
FILLER_OFF = [
    "Markets in {city} were busy on Thursday as shoppers prepared for the holiday.",
    "The weather turned colder across the region, with rain expected along the coast.",
    "A museum in {city} reopened its galleries after a long renovation, drawing large crowds.",
    "Traffic was heavy on the main roads leading out of {city} on Friday afternoon.",
    "Local musicians performed in a square near the old port, where families gathered in the evening.",
    "Schools in {city} announced new timetables to cope with power cuts in the neighbourhoods.",
    "The foreign minister also met business leaders about trade and energy cooperation.",
    "Rough seas had kept the fishing boats in the harbour for much of the week, fishermen said.",
    "A new bridge over the river in {city} was inaugurated by the mayor in a brief ceremony.",
    "Farmers complained about the rising cost of seed and fertiliser as the planting season began.",
    "Analysts said the currency had weakened against the dollar amid uncertainty over the economy.",
    "Volunteers distributed blankets and hot meals at shelters across the city.",
    "The opposition criticised the government over its handling of the economy and public services.",
    "The bakeries had reopened, residents said, though queues stretched around the block.",
    "A court in {city} adjourned a long-running corruption case until next month.",
    "Supplies of medicine were running low in the south, according to hospital staff.",
]
# Distractors: numbers that are not terms (casualty counts, population figures, ages, dates).
DISTRACTORS = [
    ("The war has killed more than {big} people, according to local health officials.", "big"),
    ("More than {mil} million people have taken refuge in the south, aid groups said.", "mil"),
    ("A {age}-year-old girl was among those hurt in a strike on {city} earlier this month, relatives said.", "age"),
    ("The envoy first visited the region on Oct. {day} and has returned many times since 2023.", "day"),
    ("Fighting has dragged on for {months} months, and the talks have stalled more than once.", "months"),
    ("About {mil} million displaced people live in tents and schools across the territory.", "mil"),
]


# ---------------------------------------------------------------- corpus: plans

@dataclass(frozen=True)
class Term:
    """One term of a proposal: what the extractor should find (slot, phase, kind, min, max)."""
    slot: str
    phase: int | None
    kind: str
    value: float | None          # days for durations and timings; None for a named (text) term
    unit: str | None = None

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.slot, self.phase)


@dataclass
class Plan:
    """A proposal: its sources, its terms, and the values each source gives."""
    index: int
    slug: str
    sources: list[str]
    phases: int
    terms: list[Term]
    words: dict[str, str]                                  # wording of the named terms
    values: dict[str, dict[tuple, float | None]]           # source → term key → value
    planted: list[dict[str, Any]]                          # deliberate discrepancies (pairs of sources)


# values per (slot, phase): candidates; the deviant value is another candidate
COUNT_CHOICES = {
    ("hostages released", 1): [18, 24, 28, 33, 35, 40],
    ("prisoners released", 1): [150, 300, 450, 600, 900],
    ("prisoners per hostage", 1): [10, 20, 30, 50],
    ("trucks per day", 1): [200, 400, 600, 800],
    ("fuel trucks per day", 1): [30, 50, 60, 80],
    ("women released", 1): [5, 7, 9, 12],
    ("soldiers released", 2): [6, 8, 10, 12, 15],
    ("prisoners released", 2): [200, 350, 500, 700],
    ("trucks per day", 2): [300, 500, 700, 900],
    ("prisoners released", 3): [100, 250, 400],
}
DURATION_CHOICES = [28, 35, 40, 42, 45, 60]     # days
TIMING_CHOICES = {("return of displaced", 1): [7, 14, 21, 28], ("negotiations", 1): [10, 14, 16, 22]}
SURVEILLANCE_HOURS = [6, 8, 10, 12]
WITHDRAWAL_WORDS = ["redeploy east of the Salah ad-Din road", "withdraw from populated areas of the strip",
                    "pull back to the border buffer zone", "withdraw from the Netzarim corridor",
                    "redeploy away from the coastal road"]
HANDOVER_WORDS = ["hand over control of the Rafah crossing to an agreed authority",
                  "hand over control of the border crossings to an agreed authority",
                  "transfer control of the crossings to the mediators"]
CALM_WORDS = ["declare a sustainable calm", "declare a permanent cessation of military operations",
              "agree on a long-term truce", "work toward a durable ceasefire"]
RECON_WORDS = ["reconstruction of homes and hospitals", "rebuilding of the water network",
               "reconstruction plan overseen by the mediators"]


def _plan_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"crosscheck-bench/{seed}/proposal/{index}")


def make_plan(seed: int, index: int, n_sources: int, deviations: int = 3) -> Plan:
    """The plan of proposal `index`: the same for a seed whatever the corpus size."""
    rng = _plan_rng(seed, index)
    sources = rng.sample(SOURCE_POOL, min(n_sources, len(SOURCE_POOL)))
    phases = 3
    terms: list[Term] = [Term("number of phases", None, "phase_count", 3.0)]
    base: dict[tuple, float | None] = {("number of phases", None): 3.0}
    for p in range(1, phases + 1):
        t = Term("truce duration", p, "duration", float(rng.choice(DURATION_CHOICES)), "day")
        terms.append(t)
        base[t.key] = t.value
    for (slot, p), choices in COUNT_CHOICES.items():
        t = Term(slot, p, "count", float(rng.choice(choices)))
        terms.append(t)
        base[t.key] = t.value
    for (slot, p), choices in TIMING_CHOICES.items():
        t = Term(slot, p, "timing", float(rng.choice(choices)), "day")
        terms.append(t)
        base[t.key] = t.value
    hours = rng.choice(SURVEILLANCE_HOURS)
    t = Term("aerial surveillance per day", 1, "duration", hours / 24, "day")
    terms.append(t)
    base[t.key] = t.value
    words = {"withdrawal": rng.choice(WITHDRAWAL_WORDS), "handover": rng.choice(HANDOVER_WORDS),
             "long-term calm": rng.choice(CALM_WORDS), "reconstruction": rng.choice(RECON_WORDS)}
    for slot, p in (("withdrawal", 1), ("aerial surveillance", 1), ("handover", 2), ("long-term calm", 2), ("return of bodies", 3),
                    ("reconstruction", 3)):
        terms.append(Term(slot, p, "text", None))
        base[(slot, p)] = None
    values = {s: dict(base) for s in sources}
    planted: list[dict[str, Any]] = []
    numeric = [t for t in terms if t.value is not None and t.kind != "phase_count"]
    if len(sources) >= 2:
        for t in rng.sample(numeric, min(deviations, len(numeric))):
            deviant = rng.choice(sources[1:])
            other = _other_value(rng, t)
            values[deviant][t.key] = other
            for s in sources:
                if s != deviant:
                    planted.append({"proposal": f"bench-{index:04d}", "slot": t.slot, "phase": t.phase, "kind": t.kind,
                                    "a": {"source": s, "value": base[t.key]},
                                    "b": {"source": deviant, "value": other}})
    return Plan(index, f"bench-{index:04d}", sources, phases, terms, words, values, planted)


def _other_value(rng: random.Random, t: Term) -> float:
    if t.slot == "truce duration":
        choices = DURATION_CHOICES
    elif t.slot == "aerial surveillance per day":
        choices = [h / 24 for h in SURVEILLANCE_HOURS]
    elif t.key in TIMING_CHOICES:
        choices = TIMING_CHOICES[t.key]
    else:
        choices = COUNT_CHOICES[t.key]
    return float(rng.choice([c for c in choices if float(c) != t.value]))


# ---------------------------------------------------------------- corpus: phrasings


def _count_words(rng: random.Random, n: float, sentence_start: bool = False) -> str:
    n = int(n)
    if n < 100 and rng.random() < 0.5:
        w = number_words(n)
        return _cap(w) if sentence_start else w
    return f"{n:,}" if n >= 10_000 else str(n)


def _days_phrase(rng: random.Random, days: float, compound: bool) -> str:
    """42 → '42-day' / 'six-week' (compound) or '42 days' / 'six weeks'."""
    d = int(days)
    if d % 7 == 0 and 2 <= d // 7 <= 9 and rng.random() < 0.5:
        w = number_words(d // 7) if rng.random() < 0.7 else str(d // 7)
        return f"{w}-week" if compound else f"{w} weeks"
    w = str(d) if rng.random() < 0.7 else number_words(d)
    return f"{w}-day" if compound else f"{w} days"


def _source_ref(rng: random.Random, src: str, first: bool) -> str:
    return f"the {src}" if first or rng.random() < 0.7 else "the newspaper"


def _opener(rng: random.Random, src: str, phase: int, dur: float | None, first: bool) -> tuple[str, str]:
    """A phase paragraph's first sentence: attribution + phase marker (+ the phase's duration).
    Returns (sentence, kind of lead) ."""
    ref = _source_ref(rng, src, first)
    o = ORDINAL_WORD[phase]
    if dur is None:
        forms = [f"According to {ref}, the {o} phase of the deal is set out in detail.",
                 f"According to {ref}, the {o} stage of the plan would follow a set sequence."]
        return rng.choice(forms), "plain"
    forms = [
        f"According to {ref}, the {o} phase would last {_days_phrase(rng, dur, False)}.",
        f"According to {ref}, the {o} phase of the deal would run for {_days_phrase(rng, dur, False)}.",
        f"The {src} reported that the {o} stage would last {_days_phrase(rng, dur, False)}.",
        f"According to {ref}, the plan provides for a {_days_phrase(rng, dur, True)} {o} phase.",
    ]
    if phase == 1:
        forms.append(f"A source familiar with the talks told the {src} that the deal opens with a "
                     f"{_days_phrase(rng, dur, True)} first phase.")
    return rng.choice(forms), "duration"


def _term_sentence(rng: random.Random, t: Term, v: float | None, plan: Plan) -> str | None:
    """One sentence stating term `t` with value `v`, inside its phase paragraph."""
    s = t.slot
    if s == "hostages released":
        return rng.choice([
            f"{_count_words(rng, v, True)} hostages will be released in that period.",
            f"Hamas would free {_count_words(rng, v)} hostages during this phase.",
            f"The plan calls for the release of {_count_words(rng, v)} hostages.",
            f"Under the draft, {_count_words(rng, v)} captives would be freed gradually.",
        ])
    if s == "prisoners released":
        return rng.choice([
            f"Israel would free {_count_words(rng, v)} Palestinian prisoners in this phase.",
            f"The deal would see {_count_words(rng, v)} prisoners released from Israeli jails.",
            f"In exchange, {_count_words(rng, v)} Palestinian detainees would be released.",
        ])
    if s == "prisoners per hostage":
        return rng.choice([
            f"The exchange would free {_count_words(rng, v)} prisoners for every hostage.",
            f"Israel would release {_count_words(rng, v)} Palestinian prisoners for each hostage freed.",
        ])
    if s == "trucks per day":
        return rng.choice([
            f"The accord stipulates that {_count_words(rng, v)} trucks a day will enter the strip.",
            f"Under the plan, {_count_words(rng, v)} trucks per day would cross into Gaza.",
        ])
    if s == "fuel trucks per day":
        return rng.choice([
            f"The plan would allow {_count_words(rng, v)} fuel trucks a day into the territory.",
            f"The draft would permit {_count_words(rng, v)} fuel trucks per day to enter.",
        ])
    if s == "women released":
        return rng.choice([
            f"Hamas would also release {_count_words(rng, v)} women in the first group.",
            f"The first group freed would include {_count_words(rng, v)} women.",
        ])
    if s == "soldiers released":
        return rng.choice([
            f"{_count_words(rng, v, True)} Israeli soldiers will be released in this stage.",
            f"Hamas would free {_count_words(rng, v)} soldiers held in Gaza.",
        ])
    if s == "truce duration":
        return None                               # said by the phase paragraph's opener
    if s == "return of displaced":
        d = int(v)
        if rng.random() < 0.3:
            return f"On day {d}, displaced people will be allowed to start returning to the north."
        return rng.choice([
            f"Displaced people will be allowed to start returning to the north after {_days_phrase(rng, d, False)}.",
            f"Residents would be able to return to their homes in the north after {_days_phrase(rng, d, False)}.",
        ])
    if s == "negotiations":
        return rng.choice([
            f"Indirect talks about the remaining terms will start on day {int(v)} of the truce.",
            f"On day {int(v)}, the parties would begin talks on the permanent arrangements.",
        ])
    if s == "aerial surveillance per day":
        h = round(v * 24)
        hw = number_words(h) if rng.random() < 0.5 else str(h)
        return rng.choice([
            f"Israeli drone flights over the strip would stop for {hw} hours a day.",
            f"Aerial surveillance would be suspended for {hw} hours a day.",
        ])
    if s == "aerial surveillance":
        return None                               # said with its hours a day
    if s == "withdrawal":
        return rng.choice([f"Israeli forces will {plan.words['withdrawal']}.",
                           f"The army would {plan.words['withdrawal']}."])
    if s == "handover":
        return f"Israel would {plan.words['handover']}."
    if s == "long-term calm":
        return f"The parties would {plan.words['long-term calm']}."
    if s == "return of bodies":
        return rng.choice(["The third phase will involve the return of bodies on both sides.",
                           "It would also cover the exchange of the remains of the dead on both sides."])
    if s == "reconstruction":
        return f"The deal would then open the {plan.words['reconstruction']}."
    raise AssertionError(s)


def _filler(rng: random.Random, words: int, distractors: list[str]) -> list[str]:
    """Paragraphs of about `words` words; some leave the subject, some hold a distractor number
    (its sentence is appended to `distractors`)."""
    paras, n = [], 0
    while n < words:
        pool = FILLER_OFF if rng.random() < 0.6 else FILLER_ON
        sents = [rng.choice(pool).format(city=rng.choice(CITIES)) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.35:
            tmpl, _ = rng.choice(DISTRACTORS)
            sents.insert(rng.randrange(len(sents) + 1), d := tmpl.format(
                big=f"{rng.randint(20, 45)},{rng.randint(100, 999)}", mil=rng.choice(["1", "1.2", "1.5", "1.7"]),
                age=rng.randint(4, 15), day=rng.randint(2, 28), months=number_words(rng.randint(3, 11)),
                city=rng.choice(CITIES)))
            distractors.append(d)
        text = " ".join(sents)
        paras.append(text)
        n += len(text.split())
    return paras


def write_article(rng: random.Random, plan: Plan, source: str, outlet: str, target_words: int = 1200,
                  coverage: float = 0.9) -> tuple[str, list[dict[str, Any]], list[str]]:
    """One article: `source`'s version of `plan`, the facts planted in it, its distractor sentences."""
    values = plan.values[source]
    distractors: list[str] = []
    planted: list[dict[str, Any]] = []

    def plant(t: Term, v):
        planted.append({"source": source, "slot": t.slot, "phase": t.phase, "kind": t.kind,
                        "min": v, "max": v, "unit": t.unit})

    intro = [f"Mediators in {rng.choice(CITIES)} are weighing a new framework for a truce, and the {source} "
             f"published what it said was the latest draft."]
    term_paras: list[str] = []
    by_phase: dict[int, list[Term]] = {}
    for t in plan.terms:
        if t.phase is not None:
            by_phase.setdefault(t.phase, []).append(t)
    pc = next(t for t in plan.terms if t.kind == "phase_count")
    if rng.random() < coverage:
        intro.append(rng.choice([f"According to the {source}, the deal includes {number_words(plan.phases)} phases.",
                                 f"The {source} reported that the agreement has {number_words(plan.phases)} stages."]))
    plant(pc, values[pc.key])          # stated, or implied by the highest phase named
    first = True
    for p in sorted(by_phase):
        terms = [t for t in by_phase[p] if rng.random() < coverage or t.slot == "truce duration"]
        dur_t = next((t for t in terms if t.slot == "truce duration"), None)
        opener, _ = _opener(rng, source, p, values[dur_t.key] if dur_t else None, first)
        first = False
        if dur_t:
            plant(dur_t, values[dur_t.key])
        rest = [t for t in terms if t.slot != "truce duration"]
        rng.shuffle(rest)
        # a phase paragraph, sometimes split in two (the second half re-attributed and re-phased)
        sents = [opener]
        for t in rest:
            sent = _term_sentence(rng, t, values[t.key], plan)
            if sent:
                sents.append(sent)
                plant(t, values[t.key])
                if t.slot == "aerial surveillance per day":      # the flights are also a named term
                    plant(Term("aerial surveillance", t.phase, "text", None), None)
        term_paras.append(" ".join(sents))
    body_words = sum(len(p.split()) for p in intro + term_paras)
    filler = _filler(rng, max(0, target_words - body_words), distractors)
    # interleave: intro, then term paragraphs with filler paragraphs between them
    paras = [" ".join(intro)]
    slots = len(term_paras) + 1
    chunks = [filler[i::slots] for i in range(slots)]
    paras += chunks[0]
    for i, tp in enumerate(term_paras):
        paras.append(tp)
        paras += chunks[i + 1]
    return "\n\n".join(paras) + "\n", planted, distractors


def generate_corpus(seed: int, articles: int, proposals: int, sources: int, start: int = 0,
                    prefix: str = "bench", only: list[int] | None = None, words: int = 1200
                    ) -> Iterator[dict[str, Any]]:
    """Articles `start` .. `start + articles - 1`, one dict at a time (never the whole corpus).
    Article k reports proposal k mod P (or the k-th of `only`), by source (k div P) mod S."""
    plans: dict[int, Plan] = {}
    pool = only if only is not None else list(range(proposals))
    for k in range(start, start + articles):
        rng = random.Random(f"crosscheck-bench/{seed}/{prefix}/article/{k}")
        p_index = pool[k % len(pool)]
        plan = plans.get(p_index)
        if plan is None:
            plan = plans[p_index] = make_plan(seed, p_index, sources)
        source = plan.sources[(k // len(pool)) % len(plan.sources)]
        outlet = WIRE_POOL[k % len(WIRE_POOL)]
        text, planted, distractors = write_article(rng, plan, source, outlet, words)
        yield {"id": k, "locator": f"{prefix}://{plan.slug}/{k}", "proposal": plan.slug, "outlet": outlet,
               "source": source, "title": f"{plan.slug}: {source} on the draft ({k})",
               "published": (dt.date(2024, 1, 1) + dt.timedelta(days=k % 365)).isoformat(),
               "text": text, "planted": planted, "distractors": distractors}


# ---------------------------------------------------------------- measuring helpers

TARGETS = {
    "ingest_articles_per_s": 300.0,          # ingest + attribute + extract + store, end to end
    "extract_articles_per_s": 500.0,         # extraction alone
    "store_ratio": 2.0,                      # our fact store path / plain sqlite3 executemany
    "compare_seconds": 10.0,                 # 200 proposals × 50 versions × 40 facts
    "align_ratio": 3.0,                      # our align path / bare cdist
    "report_seconds": 10.0,                  # 200 proposals rendered
    "peak_rss_mb": 500.0,                    # at 20,000 articles
    "nightly_seconds": 10.0,                 # 500 new articles into a 20,000-article store
    "growth": 1.3,                           # (time at 16× / time at 1×) / 16, per stage
}
COMPARE_WORKLOAD = (200, 50, 40)             # proposals, versions, facts per version
REPORT_PROPOSALS = 200
MEMORY_ARTICLES = 20_000
NIGHTLY_STORE = 20_000
SCALES = (1, 4, 16)


def _reset_peak() -> bool:
    """Reset this process's peak RSS (Linux: /proc/self/clear_refs), so a stage's peak is its own."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def peak_rss_mb() -> float:
    """Peak resident memory of this process, MB: VmHWM (since the last reset), else ru_maxrss."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


class Stage:
    """Seconds and peak RSS of one stage; `items` and extra figures are filled in by the caller."""

    def __init__(self, name: str):
        self.name = name
        self.seconds = 0.0
        self.peak_mb = 0.0
        self.figures: dict[str, Any] = {}

    def __enter__(self):
        self.reset = _reset_peak()
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self._t0
        self.peak_mb = peak_rss_mb()
        return False

    def as_dict(self) -> dict[str, Any]:
        return {"seconds": round(self.seconds, 4), "peak_rss_mb": round(self.peak_mb, 1), **self.figures}


def code_digest() -> str:
    """A digest of the package's sources (compare, db, reports), taken when a size's run starts, so
    that a run whose sizes ran different code (the tree edited meanwhile) says so."""
    import hashlib

    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for pkg in ("compare", "db", "reports", "migrations"):
        for path in sorted((root / pkg).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".toml", ".yaml", ".html"):
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:12]


def git_revision() -> str | None:
    """`<commit>[+dirty]` of the checkout the package runs from, when it is a git checkout."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    try:
        rev = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=10)
        if rev.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return rev.stdout.strip() + ("+dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return None


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _per_s(items: float, seconds: float) -> float:
    return round(items / seconds, 2) if seconds > 0 else 0.0


# ---------------------------------------------------------------- one corpus size (in its own process)

@dataclass
class SizeJob:
    label: str                    # "1x", "4x", "16x"
    articles: int
    proposals: int
    sources: int
    seed: int
    workdir: str
    words: int = 1200
    limits: bool = False          # the two limits (storage, alignment) at this size
    workers: int = 1              # extraction processes during ingest
    nightly_articles: int = 0     # incremental nightly after the corpus is in (0: none)
    nightly_proposals: int = 25


def _fact_insert_timer(engine) -> dict[str, float]:
    """Driver time of the `INSERT INTO facts` statements, via SQLAlchemy's cursor events."""
    from sqlalchemy import event

    acc = {"seconds": 0.0, "statements": 0, "rows": 0}

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO facts"):
            conn.info["_bench_t0"] = time.perf_counter()

    def after(conn, cursor, statement, parameters, context, executemany):
        t0 = conn.info.pop("_bench_t0", None)
        if t0 is not None:
            acc["seconds"] += time.perf_counter() - t0
            acc["statements"] += 1
            acc["rows"] += len(parameters) if executemany else 1

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    return acc


@contextmanager
def _timed_write_facts():
    """Time every compare.store.write_facts call (reported versions and facts of a batch)."""
    import compare.store as store_mod

    real = store_mod.write_facts
    acc = {"seconds": 0.0, "calls": 0}

    def timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            acc["seconds"] += time.perf_counter() - t0
            acc["calls"] += 1

    store_mod.write_facts = timed
    try:
        yield acc
    finally:
        store_mod.write_facts = real


def _ingest(engine, articles: Iterator[dict[str, Any]], stage: Stage, workers: int,
            on_article: Callable | None = None) -> dict[str, Any]:
    """The articles through compare.ingest.ingest_files with compare.extract.extract, as
    `crosscheck ingest` stores files: batches of documents, one transaction each. Times only the
    store path, not the generation of the articles."""
    from compare import extract
    from compare.ingest import DocInput, ingest_files

    acc = {"facts": 0, "articles": 0, "words": 0, "generate_seconds": 0.0}
    timings: dict[str, float] = {}

    pending: dict[str, dict[str, Any]] = {}

    def locators() -> Iterator[str]:
        it = iter(articles)
        while True:
            g0 = time.perf_counter()
            art = next(it, None)
            acc["generate_seconds"] += time.perf_counter() - g0
            if art is None:
                return
            pending[art["locator"]] = art
            yield art["locator"]

    def load_one(locator: str) -> list[DocInput]:
        art = pending.pop(locator)
        acc["articles"] += 1
        acc["words"] += len(art["text"].split())
        if on_article:
            on_article(art)
        return [DocInput(locator=art["locator"], text=art["text"], outlet=art["outlet"], proposal=art["proposal"],
                         title=art["title"], published=dt.date.fromisoformat(art["published"]))]

    inserts = _fact_insert_timer(engine)
    with _timed_write_facts() as wf, stage:
        for result in ingest_files(engine, locators(), load_one, extract.extract, workers=workers, timings=timings):
            if result.error:
                raise RuntimeError(result.error)
            acc["facts"] += result.facts
    busy = stage.seconds - acc["generate_seconds"]
    stage.figures.update(wall_seconds=round(stage.seconds, 4), generate_seconds=round(acc["generate_seconds"], 4))
    stage.seconds = busy
    stage.figures.update(
        articles=acc["articles"], facts=acc["facts"], words=acc["words"],
        articles_per_s=_per_s(acc["articles"], busy), facts_per_s=_per_s(acc["facts"], busy),
        workers=workers, extract_seconds=round(timings.get("extract", 0.0), 4),
        write_facts_seconds=round(wf["seconds"], 4), write_seconds=round(timings.get("write", 0.0), 4),
        fact_insert_seconds=round(inserts["seconds"], 4), fact_insert_rows=inserts["rows"],
        other_db_seconds=round(busy - timings.get("extract", 0.0) - wf["seconds"], 4))
    return acc


def _extract_alone(job: SizeJob) -> Stage:
    from compare import extract

    stage = Stage("extract")
    n = facts = 0
    busy = 0.0
    with stage:
        for art in generate_corpus(job.seed, job.articles, job.proposals, job.sources, words=job.words):
            t0 = time.perf_counter()
            facts += len(extract.extract(art["text"], art["outlet"]))
            busy += time.perf_counter() - t0
            n += 1
    stage.figures.update(wall_seconds=round(stage.seconds, 4), articles=n, facts=facts,
                         articles_per_s=_per_s(n, busy), facts_per_s=_per_s(facts, busy))
    stage.seconds = busy
    return stage


def _store_counts(session) -> dict[str, int]:
    from sqlalchemy import func, select

    from db.models import Document, Fact, Proposal, ReportedVersion

    return {"proposals": session.scalar(select(func.count(Proposal.id))),
            "documents": session.scalar(select(func.count(Document.id))),
            "versions": session.scalar(select(func.count(ReportedVersion.id))),
            "facts": session.scalar(select(func.count(Fact.id)))}


def _recall(session, job: SizeJob, present: set[tuple]) -> dict[str, Any]:
    """Share of planted discrepancies (pairs of sources given different values for one term) for
    which `discrepancy_rows` has a discrepancy on that slot and phase whose sides carry both values.
    Only pairs where both sources' articles in the corpus state the term are counted."""
    from compare.listing import discrepancy_rows

    planted = found = 0
    missed: list[dict[str, Any]] = []
    by_kind: dict[str, list[int]] = {}
    for i in range(job.proposals):
        plan = make_plan(job.seed, i, job.sources)
        pairs = [p for p in plan.planted
                 if (plan.slug, p["a"]["source"], p["slot"], p["phase"], p["a"]["value"]) in present
                 and (plan.slug, p["b"]["source"], p["slot"], p["phase"], p["b"]["value"]) in present]
        if not pairs:
            continue
        rows = discrepancy_rows(session, proposal=plan.slug)
        for p in pairs:
            planted += 1
            hit = any(r["slot"] == p["slot"] and r["phase"] == p["phase"] and r["kind"] != "agreement"
                      and _side_has(r, p["a"]) and _side_has(r, p["b"]) for r in rows)
            found += hit
            by_kind.setdefault(p["kind"], [0, 0])
            by_kind[p["kind"]][0] += hit
            by_kind[p["kind"]][1] += 1
            if not hit and len(missed) < 5:
                missed.append(p)
    return {"planted": planted, "found": found, "recall": round(found / planted, 4) if planted else None,
            "by_kind": {k: {"found": v[0], "planted": v[1]} for k, v in sorted(by_kind.items())},
            "missed_examples": missed}


def _side_has(row: dict[str, Any], side: dict[str, Any]) -> bool:
    v = side["value"]
    return any(s["source"] == side["source"] and s["min"] is not None and s["max"] is not None
               and abs(s["min"] - v) <= 1e-6 * max(1.0, abs(v)) and abs(s["max"] - v) <= 1e-6 * max(1.0, abs(v))
               for s in row["sides"])


def _sqlite_path(url: str) -> str:
    return url.split("sqlite:///", 1)[1]


def _store_size(path: str) -> dict[str, Any]:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    return {"bytes": size, "mb": round(size / 2**20, 2)}


def _store_path_alone(db_path: str, workdir: str, batch_docs: int = 200) -> dict[str, Any]:
    """Our store path with the cores to itself: the facts of the store, read back, written again by
    compare.store.write_facts into a fresh store that holds the same documents, a transaction per
    batch of documents as ingest writes them. During ingest the same calls share the two cores with
    the extraction processes, where the bare executemany runs alone."""
    from compare.store import FACT_FIELDS, write_facts
    from db import migrate
    from db.session import dispose_all, get_engine, session_scope

    path = os.path.join(workdir, "store-path-alone.db")
    _remove_store(path)
    engine = get_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.begin() as conn:                  # the documents as they are in the store: not timed
        raw = conn.connection.driver_connection
        raw.execute("ATTACH DATABASE ? AS src", (db_path,))
        for table in ("proposals", "sources", "documents"):
            raw.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
    with engine.begin() as conn:
        conn.connection.driver_connection.execute("DETACH DATABASE src")
    src = sqlite3.connect(db_path)
    columns = ", ".join(f'f."{c}"' for c in FACT_FIELDS)          # "end" is an SQL keyword
    cur = src.execute(f"SELECT v.document_id, v.proposal_id, s.name, {columns} "
                      "FROM facts f JOIN reported_versions v ON v.id = f.version_id JOIN sources s ON s.id = v.source_id "
                      "ORDER BY v.document_id, f.id")
    seconds, rows, batches = 0.0, 0, 0
    batch: list[tuple[int, int, list[tuple]]] = []

    def write() -> None:
        nonlocal seconds, rows, batches
        t0 = time.perf_counter()
        with session_scope(engine) as session:
            rows += write_facts(session, batch)
        seconds += time.perf_counter() - t0
        batches += 1
        batch.clear()

    for row in cur:
        if not batch or batch[-1][0] != row[0]:
            if len(batch) == batch_docs:
                write()
            batch.append((row[0], row[1], []))
        batch[-1][2].append(row[2:])
    if batch:
        write()
    src.close()
    dispose_all()
    return {"seconds": round(seconds, 4), "rows": rows, "batches": batches}


def _storage_limit(db_path: str, workdir: str, ours_seconds: float, insert_seconds: float,
                   alone_seconds: float) -> dict[str, Any]:
    """The same fact rows, read back from our store, inserted into a fresh file table of the same
    columns and indexes with plain sqlite3 executemany in one transaction (chunks of 20,000 rows
    read between the timed calls, so that memory stays flat)."""
    src = sqlite3.connect(db_path)
    ddl = [r[0] for r in src.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'facts' AND sql IS NOT NULL "
                                     "ORDER BY type = 'index'")]
    cols = [r[1] for r in src.execute("PRAGMA table_info(facts)") if r[1] != "id"]
    bare_path = os.path.join(workdir, "bare-executemany.db")
    if os.path.exists(bare_path):
        os.remove(bare_path)
    dst = sqlite3.connect(bare_path, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    for stmt in ddl:
        dst.execute(stmt)
    insert = f"INSERT INTO facts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    cur = src.execute(f"SELECT {', '.join(cols)} FROM facts ORDER BY id")
    rows = 0
    bare = 0.0
    t0 = time.perf_counter()
    dst.execute("BEGIN")
    bare += time.perf_counter() - t0
    while True:
        chunk = cur.fetchmany(20_000)
        if not chunk:
            break
        t0 = time.perf_counter()
        dst.executemany(insert, chunk)
        bare += time.perf_counter() - t0
        rows += len(chunk)
    t0 = time.perf_counter()
    dst.execute("COMMIT")
    bare += time.perf_counter() - t0
    dst.close()
    src.close()
    return {"rows": rows, "bare_executemany_seconds": round(bare, 4), "ours_alone_seconds": round(alone_seconds, 4),
            "ours_write_facts_seconds": round(ours_seconds, 4), "ours_fact_insert_seconds": round(insert_seconds, 4),
            "ratio": round(alone_seconds / bare, 2) if bare else None,
            "ratio_during_ingest": round(ours_seconds / bare, 2) if bare else None,
            "insert_statement_ratio": round(insert_seconds / bare, 2) if bare else None,
            "target": TARGETS["store_ratio"],
            "note": "ratio = our store path alone (compare.store.write_facts writing the same facts again into a "
                    "fresh store holding the same documents, a transaction per 200 documents, commits included) "
                    "/ bare. ratio_during_ingest = the write_facts calls of the ingest stage, which share the two "
                    "cores with the extraction processes (the reported versions of each batch, source look-ups, row "
                    "building, the batched INSERT of its facts); insert_statement_ratio = the INSERT INTO facts "
                    "statements alone during ingest (driver time). Bare = same rows, same columns and indexes, WAL, "
                    "synchronous=NORMAL, no foreign-key checks, one transaction, alone."}


def _align_limit(session) -> dict[str, Any]:
    """Our align path over each proposal's loaded facts vs one bare RapidFuzz cdist per block
    (the block's texts × the same texts; blocks = slot × effective phase, as align forms them)."""
    from collections import defaultdict

    from rapidfuzz import fuzz, process, utils
    from sqlalchemy import select

    from compare.align import _effective_phases, align
    from compare.diff import load_proposal
    from db.models import Proposal

    ours = bare = 0.0
    blocks = pairs = facts_n = terms = 0
    for pid in session.scalars(select(Proposal.id).order_by(Proposal.id)).all():
        _versions, facts = load_proposal(session, pid)
        t0 = time.perf_counter()
        terms += len(align(facts))
        ours += time.perf_counter() - t0
        facts_n += len(facts)
        by_slot: dict[str, list] = defaultdict(list)
        for f in facts:
            by_slot[f.slot].append(f)
        lists = []
        for block in by_slot.values():
            phases = _effective_phases(block)
            by_phase: dict[Any, list[str]] = defaultdict(list)
            for i, f in enumerate(block):
                by_phase[phases[i]].append(f.text)
            lists += list(by_phase.values())
        t0 = time.perf_counter()
        for texts in lists:
            process.cdist(texts, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process)
        bare += time.perf_counter() - t0
        blocks += len(lists)
        pairs += sum(len(t) ** 2 for t in lists)
    return {"facts": facts_n, "terms": terms, "blocks": blocks, "pairs_scored_bare": pairs,
            "ours_align_seconds": round(ours, 4), "bare_cdist_seconds": round(bare, 4),
            "ratio": round(ours / bare, 2) if bare else None, "target": TARGETS["align_ratio"],
            "note": "ours = compare.align.align over each proposal's facts (loading excluded); bare = one "
                    "process.cdist(texts, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process) "
                    "per (slot, effective phase) block over the same facts."}


def run_size(job: SizeJob) -> dict[str, Any]:
    """Every stage on one corpus size, on a fresh SQLite store in job.workdir."""
    from sqlalchemy import select

    from compare.diff import run_compare
    from db import migrate
    from db.models import Proposal
    from db.session import dispose_all, get_engine, read_scope, session_scope
    from reports.render import render_site

    os.makedirs(job.workdir, exist_ok=True)
    db_path = os.path.join(job.workdir, "store.db")
    _remove_store(db_path)
    url = f"sqlite:///{db_path}"
    engine = get_engine(url)
    migrate.upgrade(engine)
    out: dict[str, Any] = {"label": job.label, "articles": job.articles, "proposals": job.proposals,
                           "sources": job.sources, "peak_reset": _reset_peak(), "code": code_digest()}
    present: set[tuple] = set()
    planted_path = os.path.join(job.workdir, "planted.jsonl")
    with open(planted_path, "w", encoding="utf-8") as planted_fh:
        def note(art):
            for p in art["planted"]:
                if p["min"] is not None:
                    present.add((art["proposal"], p["source"], p["slot"], p["phase"], p["min"]))
                planted_fh.write(json.dumps({"article": art["id"], "proposal": art["proposal"], **p}) + "\n")

        _log(f"{job.label}: ingest {job.articles} articles ({job.proposals} proposals × {job.sources} sources)")
        ingest = Stage("ingest")
        _ingest(engine, generate_corpus(job.seed, job.articles, job.proposals, job.sources, words=job.words),
                ingest, job.workers, note)
    out["ingest"] = ingest.as_dict()

    _log(f"{job.label}: extraction alone")
    out["extract"] = _extract_alone(job).as_dict()

    _log(f"{job.label}: compare")
    dispose_all()                   # a store opened afresh, as `crosscheck compare` opens it in its own process (the
    _copy_store(db_path, os.path.join(job.workdir, BEFORE_COMPARE))    # ingest's page cache would hold a small
    engine = get_engine(url)        # store whole and only a big one in part); the copy is for the repeats
    with session_scope(engine) as session:
        counts = _store_counts(session)
        stage = Stage("compare")
        with stage:
            run = run_compare(session)
        stage.figures.update(counts, new=run.new, articles=job.articles,
                             versions_per_proposal=round(counts["versions"] / max(1, counts["proposals"]), 2),
                             facts_per_version=round(counts["facts"] / max(1, counts["versions"]), 2),
                             facts_per_s=_per_s(counts["facts"], stage.seconds))
        commit = Stage("compare-commit")
        with commit:
            session.commit()
    stage.figures["commit_seconds"] = round(commit.seconds, 4)
    stage.seconds += commit.seconds
    out["compare"] = stage.as_dict()

    _log(f"{job.label}: report")
    report_dir = os.path.join(job.workdir, "report")
    shutil.rmtree(report_dir, ignore_errors=True)
    stage = Stage("report")
    with stage:
        with read_scope(engine) as session:
            render_site(session, report_dir)
    pages = sum(1 for _ in Path(report_dir).rglob("*.html"))
    stage.figures.update(proposals=counts["proposals"], documents=counts["documents"], pages=pages,
                         articles=job.articles, proposals_per_s=_per_s(counts["proposals"], stage.seconds))
    out["report"] = stage.as_dict()
    shutil.rmtree(report_dir, ignore_errors=True)

    _log(f"{job.label}: recall of planted discrepancies")
    stage = Stage("recall")
    with stage:
        with read_scope(engine) as session:
            out["recall"] = _recall(session, job, present)
    out["recall"]["seconds"] = round(stage.seconds, 4)

    dispose_all()
    out["store"] = _store_size(db_path)
    out["store"]["kb_per_article"] = round(out["store"]["bytes"] / 1024 / max(1, job.articles), 1)

    if job.limits:
        _log(f"{job.label}: limits (sqlite3 executemany, bare cdist)")
        alone = _store_path_alone(db_path, job.workdir)
        out["storage_limit"] = _storage_limit(db_path, job.workdir, out["ingest"]["write_facts_seconds"],
                                              out["ingest"]["fact_insert_seconds"], alone["seconds"])
        out["storage_limit"].update(alone_rows=alone["rows"], alone_batches=alone["batches"])
        engine = get_engine(url)
        with read_scope(engine) as session:
            out["align_limit"] = _align_limit(session)

    if job.nightly_articles:
        engine = get_engine(url)
        with read_scope(engine) as session:
            slugs = session.scalars(select(Proposal.slug).order_by(Proposal.slug)).all()
        n_touch = max(1, min(job.nightly_proposals, job.proposals))
        touched_idx = [i * job.proposals // n_touch for i in range(n_touch)]
        touched = sorted(f"bench-{i:04d}" for i in touched_idx)
        assert set(touched) <= set(slugs)
        _log(f"{job.label}: incremental nightly, {job.nightly_articles} new articles on {n_touch} proposals")
        ingest = Stage("nightly-ingest")
        _ingest(engine, generate_corpus(job.seed, job.nightly_articles, job.proposals, job.sources, prefix="nightly",
                                        only=touched_idx, words=job.words), ingest, job.workers)
        stage = Stage("nightly-compare")
        with stage:
            with session_scope(engine) as session:
                run = run_compare(session, proposals=touched)
                changed = (run.new, run.changed, run.resolved)
        out["nightly"] = {"articles": job.nightly_articles, "store_articles_before": job.articles,
                          "touched_proposals": n_touch, "ingest": ingest.as_dict(), "compare": stage.as_dict(),
                          "new_changed_resolved": list(changed),
                          "seconds": round(ingest.seconds + stage.seconds, 4),
                          "peak_rss_mb": round(max(ingest.peak_mb, stage.peak_mb), 1),
                          "note": "ingest as crosscheck ingest does (batches of 200 documents), then run_compare(session, proposals=touched) in one "
                                  "transaction; rendering the report is not included"}
        dispose_all()
    out["peak_rss_mb"] = round(max(v.get("peak_rss_mb", 0) for v in out.values() if isinstance(v, dict)), 1)
    # extraction workers and the report's helper are other processes: the largest one's peak
    out["helper_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return out


BEFORE_COMPARE = "before-compare.db"


def _remove_store(path: str) -> None:
    """A SQLite store and its write-ahead log and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def _copy_store(src: str, dst: str) -> None:
    _remove_store(dst)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(src + suffix):
            shutil.copyfile(src + suffix, dst + suffix)


def compare_once(workdir: str) -> dict[str, Any]:
    """run_compare over a fresh copy of a size's store as it was before its compare stage, opened
    afresh: the seconds of run_compare and its commit, and the discrepancies it found."""
    from compare.diff import run_compare
    from db.session import dispose_all, get_engine, session_scope

    scratch = os.path.join(workdir, "repeat.db")
    _copy_store(os.path.join(workdir, BEFORE_COMPARE), scratch)
    try:
        engine = get_engine(f"sqlite:///{scratch}")
        with session_scope(engine) as session:
            t0 = time.perf_counter()
            run = run_compare(session)
            session.commit()
            seconds = time.perf_counter() - t0
            new = run.new
        dispose_all()
    finally:
        _remove_store(scratch)
    return {"seconds": round(seconds, 4), "new": new}


def _compare_child() -> None:
    print(json.dumps(compare_once(sys.argv[1])))


def compare_repeats(workdirs: dict[str, str], rounds: int) -> dict[str, list[dict[str, Any]]]:
    """compare_once on every size, `rounds` times, the sizes interleaved (1×, 4×, 16×, 1×, ...), each
    in a fresh process as `crosscheck compare` runs: a machine that drifts during the run then
    slows every size alike, where the compare stages of the sizes ran minutes apart."""
    import subprocess

    out: dict[str, list[dict[str, Any]]] = {label: [] for label in workdirs}
    for _ in range(rounds):
        for label, workdir in workdirs.items():
            proc = subprocess.run([sys.executable, "-c", "from compare.bench import _compare_child; _compare_child()",
                                   workdir], stdin=subprocess.DEVNULL, capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"bench: the {label} compare repeat exited {proc.returncode}: "
                                   f"{proc.stderr.strip().splitlines()[-1:]}")
            out[label].append(json.loads(proc.stdout))
    return out


def _child_main() -> None:
    """Entry point of the per-size process: JSON job on argv[1], JSON result to argv[2]."""
    job = SizeJob(**json.loads(sys.argv[1]))
    result = run_size(job)
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        json.dump(result, fh)


def run_size_in_subprocess(job: SizeJob) -> dict[str, Any]:
    """run_size in a fresh Python process, so that its peak memory is its own."""
    import subprocess

    result_path = os.path.join(job.workdir + ".result.json")
    os.makedirs(job.workdir, exist_ok=True)
    cmd = [sys.executable, "-c", "from compare.bench import _child_main; _child_main()",
           json.dumps(asdict(job)), result_path]
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise RuntimeError(f"bench: the {job.label} run exited {proc.returncode}")
    with open(result_path, encoding="utf-8") as fh:
        return json.load(fh)


# ---------------------------------------------------------------- the peer: quantulum3

_TIME_UNITS_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
                    "month": 30.0, "year": 365.0}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def run_peer(seed: int, articles: int, proposals: int, sources: int, words: int = 1200) -> dict[str, Any]:
    """quantulum3 and our extractor over the same first `articles` articles: time, and how many of
    the planted counts and durations each finds (as a value in the article; ours also with the
    right source, slot and phase), and how many numbers each reports from distractor sentences."""
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q_parser
    except ImportError:
        return {"skipped": True, "reason": "quantulum3 is not installed (pip install 'crosscheck[bench]')"}
    from compare import extract

    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q_parser.parse("a 42-day phase")           # loads its unit tables once
    init = time.perf_counter() - t0
    tot = {"count": 0, "duration": 0}
    theirs = {"count": 0, "duration": 0, "distractor_numbers": 0, "quantities": 0, "seconds": 0.0}
    ours = {"count": 0, "duration": 0, "count_slot": 0, "duration_slot": 0, "distractor_numbers": 0,
            "facts": 0, "seconds": 0.0}
    n = 0
    for art in generate_corpus(seed, articles, proposals, sources, words=words):
        n += 1
        text = art["text"]
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quants = q_parser.parse(text)
        theirs["seconds"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        facts = extract.extract(text, art["outlet"])
        ours["seconds"] += time.perf_counter() - t0
        theirs["quantities"] += len(quants)
        ours["facts"] += len(facts)
        spans = [(text.find(d), text.find(d) + len(d)) for d in art["distractors"] if text.find(d) >= 0]
        q_counts, q_days = [], []
        for q in quants:
            if any(a <= q.span[0] < b for a, b in spans):
                theirs["distractor_numbers"] += 1
            entity = getattr(getattr(q.unit, "entity", None), "name", "")
            if entity == "time" and q.unit.name in _TIME_UNITS_DAYS:
                q_days.append(q.value * _TIME_UNITS_DAYS[q.unit.name])
            else:
                q_counts.append(q.value)
        ours["distractor_numbers"] += sum(1 for f in facts if f.min is not None and any(
            a <= (f.value_start or -1) < b for a, b in spans))
        for p in art["planted"]:
            if p["kind"] not in ("count", "duration"):
                continue
            v = p["min"]
            tot[p["kind"]] += 1
            pool = q_counts if p["kind"] == "count" else q_days
            theirs[p["kind"]] += any(_close(x, v) for x in pool)
            mine = [f for f in facts if f.min is not None and _close(f.min, v) and _close(f.max, v)]
            ours[p["kind"]] += bool(mine)
            ours[p["kind"] + "_slot"] += any(f.source == p["source"] and f.slot == p["slot"] and f.phase == p["phase"]
                                             for f in mine)
    for d in (theirs, ours):
        d["articles_per_s"] = _per_s(n, d["seconds"])
        d["seconds"] = round(d["seconds"], 4)
    return {"skipped": False, "peer": "quantulum3", "version": _version("quantulum3"), "articles": n,
            "init_seconds": round(init, 3), "planted": tot, "quantulum3": theirs, "crosscheck": ours}


def _version(dist: str) -> str | None:
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:
        return None


# ---------------------------------------------------------------- the whole run

@dataclass
class BenchConfig:
    articles: int = 20000         # the largest corpus (16×); the others are 1/16 and 1/4 of it
    proposals: int = 400          # at the largest size (50 articles, one version each, per proposal)
    sources: int = 5
    seed: int = 7
    quick: bool = False
    words: int = 1200
    peer_articles: int = 40
    nightly_articles: int = 500
    nightly_proposals: int = 25
    workdir: str | None = None    # kept when given; a temporary folder otherwise
    workers: int = field(default_factory=lambda: min(os.cpu_count() or 1, 4))   # extraction processes, as ingest
    compare_rounds: int = 3       # compare again on every size, interleaved, for its growth factor

    @classmethod
    def quick_defaults(cls, **over) -> "BenchConfig":
        base = dict(articles=192, proposals=16, sources=4, quick=True, peer_articles=2, nightly_articles=24,
                    nightly_proposals=4)
        base.update({k: v for k, v in over.items() if v is not None})
        return cls(**base)


def _sizes(cfg: BenchConfig) -> list[tuple[str, int, int]]:
    top = max(SCALES)
    out = []
    for s in SCALES:
        out.append((f"{s}x", max(1, cfg.articles * s // top), max(1, cfg.proposals * s // top)))
    return out


def run_bench(cfg: BenchConfig) -> dict[str, Any]:
    """All figures of one benchmark run (see the module docstring)."""
    started = time.perf_counter()
    revision = git_revision()
    tmp = None
    root = cfg.workdir
    if root is None:
        tmp = tempfile.mkdtemp(prefix="crosscheck-bench-")
        root = tmp
    try:
        sizes = {}
        top_label = f"{max(SCALES)}x"
        for label, n, p in _sizes(cfg):
            job = SizeJob(label=label, articles=n, proposals=p, sources=cfg.sources, seed=cfg.seed,
                          workdir=os.path.join(root, label), words=cfg.words, limits=(label == top_label),
                          nightly_articles=cfg.nightly_articles if label == top_label else 0,
                          nightly_proposals=cfg.nightly_proposals, workers=cfg.workers)
            sizes[label] = run_size_in_subprocess(job)
        workdirs = {label: os.path.join(root, label) for label, _, _ in _sizes(cfg)}
        _log(f"compare again, {cfg.compare_rounds} rounds over the sizes in turn")
        repeats = compare_repeats(workdirs, cfg.compare_rounds)
        for workdir in workdirs.values():
            os.remove(os.path.join(workdir, BEFORE_COMPARE))
        _log(f"peer: quantulum3 over {cfg.peer_articles} articles")
        first = _sizes(cfg)[0]
        peer = run_peer(cfg.seed, cfg.peer_articles, first[2], cfg.sources, cfg.words)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    result = summarise(cfg, sizes, peer, repeats)
    result["code"] = {"revision": revision, "digest_by_size": {k: v["code"] for k, v in sizes.items()},
                      "changed_during_run": len({v["code"] for v in sizes.values()}) > 1}
    result["total_seconds"] = round(time.perf_counter() - started, 2)
    return result


GROWTH_STAGES = ("ingest", "extract", "compare", "report")


def summarise(cfg: BenchConfig, sizes: dict[str, dict], peer: dict[str, Any],
              repeats: dict[str, list[dict]] | None = None) -> dict[str, Any]:
    """Targets, ratios, growth and projections from the per-size figures. Compare's growth is that of
    the best of its interleaved `repeats` where there are some, of its stages otherwise."""
    labels = [f"{s}x" for s in SCALES]
    top = sizes[labels[-1]]
    small, mid = sizes[labels[0]], sizes[labels[1]]
    ratio_items = top["articles"] / max(1, small["articles"])
    growth = {}
    for st in GROWTH_STAGES:
        seconds = {lb: sizes[lb][st]["seconds"] for lb in labels}
        growth[st] = {"seconds": seconds, "factor": _growth(seconds, labels, ratio_items)}
    if repeats and all(repeats.get(lb) for lb in labels):
        best = {lb: min(x["seconds"] for x in repeats[lb]) for lb in labels}
        growth["compare"] = {"seconds": best, "factor": _growth(best, labels, ratio_items),
                             "measured_as": f"best of {min(map(len, repeats.values()))} interleaved repeats",
                             "repeats": repeats, "stage_seconds": growth["compare"]["seconds"],
                             "stage_factor": growth["compare"]["factor"]}
    ing, ext, cmp_, rep = top["ingest"], top["extract"], top["compare"], top["report"]
    wp, wv, wf = COMPARE_WORKLOAD
    cmp_facts = max(1, cmp_["facts"])
    compare_projected = cmp_["seconds"] * (wp * wv * wf) / cmp_facts
    report_projected = rep["seconds"] * REPORT_PROPOSALS / max(1, rep["proposals"])
    # peak memory of each stage: its per-article slope between 4× and 16×, carried to MEMORY_ARTICLES
    rss_stages = {}
    for st in GROWTH_STAGES:
        hi, lo = top[st]["peak_rss_mb"], mid[st]["peak_rss_mb"]
        slope = max(0.0, (hi - lo) / max(1, top["articles"] - mid["articles"]))
        rss_stages[st] = {"mb": {lb: sizes[lb][st]["peak_rss_mb"] for lb in labels},
                          "mb_per_1000_articles": round(slope * 1000, 2),
                          "projected_mb_at_20000": round(hi + slope * max(0, MEMORY_ARTICLES - top["articles"]), 1)}
    rss_projected = max(v["projected_mb_at_20000"] for v in rss_stages.values())
    nightly = top.get("nightly") or {}
    targets = {
        "ingest_articles_per_s": _target(ing["articles_per_s"], TARGETS["ingest_articles_per_s"], ">="),
        "extract_articles_per_s": _target(ext["articles_per_s"], TARGETS["extract_articles_per_s"], ">="),
        "store_ratio": _target(top["storage_limit"]["ratio"], TARGETS["store_ratio"], "<="),
        "compare_seconds": _target(round(compare_projected, 3), TARGETS["compare_seconds"], "<=",
                                   projected=cmp_["facts"] != wp * wv * wf),
        "align_ratio": _target(top["align_limit"]["ratio"], TARGETS["align_ratio"], "<="),
        "report_seconds": _target(round(report_projected, 3), TARGETS["report_seconds"], "<=",
                                  projected=rep["proposals"] != REPORT_PROPOSALS),
        "peak_rss_mb": _target(round(rss_projected, 1), TARGETS["peak_rss_mb"], "<=",
                               projected=top["articles"] != MEMORY_ARTICLES),
        "nightly_seconds": _target(nightly.get("seconds"), TARGETS["nightly_seconds"], "<=",
                                   smaller=top["articles"] != NIGHTLY_STORE
                                   or nightly.get("articles") != 500) if nightly else None,
        "growth": {st: _target(g["factor"], TARGETS["growth"], "<=") for st, g in growth.items()},
    }
    return {
        "date": dt.date.today().isoformat(),
        "machine": {"python": sys.version.split()[0], "cpus": os.cpu_count(), "platform": sys.platform,
                    "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None},
        "config": asdict(cfg),
        "corpus": {"seed": cfg.seed, "articles": top["articles"], "proposals": top["proposals"],
                   "sources": cfg.sources, "words_per_article": round(ing["words"] / max(1, ing["articles"]), 1),
                   "facts_per_article": round(ing["facts"] / max(1, ing["articles"]), 2),
                   "versions_per_proposal": cmp_["versions_per_proposal"],
                   "facts_per_version": cmp_["facts_per_version"]},
        "sizes": sizes,
        "largest": top["label"],
        "stages": {"ingest": ing, "extract": ext, "compare": cmp_, "report": rep, "nightly": nightly},
        "projections": {"compare_seconds_200x50x40": round(compare_projected, 3),
                        "report_seconds_200_proposals": round(report_projected, 3),
                        "peak_rss_mb_at_20000": round(rss_projected, 1),
                        "ingest_seconds_at_20000": round(MEMORY_ARTICLES / ing["articles_per_s"], 1)
                        if ing["articles_per_s"] else None},
        "peak_rss_mb": top["peak_rss_mb"],
        "peak_rss_by_stage": rss_stages,
        "store": top["store"],
        "recall": top["recall"],
        "recall_by_size": {lb: sizes[lb]["recall"]["recall"] for lb in labels},
        "limits": {"storage": top["storage_limit"], "alignment": top["align_limit"]},
        "peer": peer,
        "growth": growth,
        "targets": targets,
    }


def _growth(seconds: dict[str, float], labels: list[str], ratio_items: float) -> float | None:
    t1, t16 = seconds[labels[0]], seconds[labels[-1]]
    return round((t16 / t1) / ratio_items, 3) if t1 > 0 else None


def _target(value, target, op: str, projected: bool = False, smaller: bool = False) -> dict[str, Any]:
    """`projected`: the value is carried from the measured size to the target's size;
    `smaller`: measured as is, on a smaller workload than the target names."""
    met = None if value is None else bool(value >= target if op == ">=" else value <= target)
    return {"value": value, "target": target, "op": op, "met": met, "projected": projected,
            "smaller_workload": smaller}


# ---------------------------------------------------------------- the table


def _yes(t: dict[str, Any] | None) -> str:
    if not t or t.get("met") is None:
        return "n/a"
    return ("yes" if t["met"] else "NO") + (" (projected)" if t.get("projected") else "") + \
        (" (smaller workload)" if t.get("smaller_workload") else "")


def format_table(r: dict[str, Any]) -> str:
    c, st, tg = r["corpus"], r["stages"], r["targets"]
    ing, ext, cmp_, rep, ni = st["ingest"], st["extract"], st["compare"], st["report"], st["nightly"]
    lines = [
        f"crosscheck bench  {r['date']}  python {r['machine']['python']}  {r['machine']['cpus']} cpus  "
        f"load {r['machine']['load_average']}  seed {c['seed']}{'  (quick)' if r['config']['quick'] else ''}",
        f"corpus ({r['largest']}): {c['articles']:,} articles, {c['proposals']} proposals × {c['sources']} sources, "
        f"{c['words_per_article']:.0f} words and {c['facts_per_article']:.1f} facts per article; "
        f"{c['versions_per_proposal']:.0f} versions per proposal, {c['facts_per_version']:.1f} facts per version",
        "",
        f"{'stage (largest size)':<34}{'items':>22}{'seconds':>10}{'items/s':>11}   {'target':<26}met",
        f"{'ingest+attribute+extract+store':<34}{ing['articles']:>14,} articles{ing['seconds']:>10.2f}"
        f"{ing['articles_per_s']:>11.1f}   {'>= 300 articles/s':<26}{_yes(tg['ingest_articles_per_s'])}",
        f"{'  facts stored':<34}{ing['facts']:>17,} facts{'':>10}{ing['facts_per_s']:>11.0f}",
        f"{'  of which extract (' + str(ing.get('workers', 1)) + ' processes)':<34}{'':>22}"
        f"{ing['extract_seconds']:>10.2f}",
        f"{'  of which write_facts':<34}{'':>22}{ing['write_facts_seconds']:>10.2f}",
        f"{'  other DB work, commits':<34}{'':>22}{ing['other_db_seconds']:>10.2f}",
        f"{'extraction alone':<34}{ext['articles']:>14,} articles{ext['seconds']:>10.2f}"
        f"{ext['articles_per_s']:>11.1f}   {'>= 500 articles/s':<26}{_yes(tg['extract_articles_per_s'])}",
        f"{'compare (all proposals)':<34}{cmp_['facts']:>17,} facts{cmp_['seconds']:>10.2f}"
        f"{cmp_['facts_per_s']:>11.0f}   {'200×50×40 <= 10 s':<26}{_yes(tg['compare_seconds'])}",
        f"{'  200×50×40 facts at that rate':<34}{'':>22}{r['projections']['compare_seconds_200x50x40']:>10.2f}",
        f"{'report rendering':<34}{rep['proposals']:>11,} proposals{rep['seconds']:>10.2f}"
        f"{rep['proposals_per_s']:>11.1f}   {'200 proposals <= 10 s':<26}{_yes(tg['report_seconds'])}",
        f"{'  (pages written, incl. documents)':<34}{rep['pages']:>16,} pages",
        f"{'  200 proposals at that rate':<34}{'':>22}{r['projections']['report_seconds_200_proposals']:>10.2f}",
    ]
    if ni:
        lines.append(f"{'incremental nightly':<34}{ni['articles']:>14,} articles{ni['seconds']:>10.2f}"
                     f"{_per_s(ni['articles'], ni['seconds']):>11.1f}   {'500 into 20,000 <= 10 s':<26}"
                     f"{_yes(tg['nightly_seconds'])}")
        lines.append(f"{'  ingest / compare touched':<34}{ni['touched_proposals']:>11,} proposals"
                     f"{ni['ingest']['seconds']:>10.2f}{ni['compare']['seconds']:>11.2f}  "
                     f"(into a store of {ni['store_articles_before']:,} articles)")
    lines += [
        "",
        f"peak RSS (largest size, per stage max): {r['peak_rss_mb']:.0f} MB; projected at 20,000 articles "
        f"{r['projections']['peak_rss_mb_at_20000']:.0f} MB (target <= 500 MB): {_yes(tg['peak_rss_mb'])}",
        "  by stage: " + "; ".join(f"{k} {v['mb'][r['largest']]:.0f} MB (+{v['mb_per_1000_articles']:.0f} MB per 1,000 "
                                   f"articles; {v['projected_mb_at_20000']:.0f} MB at 20,000)"
                                   for k, v in r["peak_rss_by_stage"].items()),
        f"  helper processes (extraction workers, the report's helper): the largest peaked at "
        f"{r['sizes'][r['largest']].get('helper_peak_rss_mb', 0):.0f} MB",
        f"store size on disk: {r['store']['mb']:.1f} MB ({r['store']['kb_per_article']:.1f} KB per article)",
        f"recall of planted discrepancies: {r['recall']['found']}/{r['recall']['planted']} = "
        f"{r['recall']['recall'] if r['recall']['recall'] is not None else 'n/a'}"
        f"  (by size: {', '.join(f'{k} {v}' for k, v in r['recall_by_size'].items())})",
    ]
    s, a = r["limits"]["storage"], r["limits"]["alignment"]
    lines += [
        f"limit, storage: our store path alone {s['ours_alone_seconds']:.2f} s vs sqlite3 executemany "
        f"{s['bare_executemany_seconds']:.2f} s ({s['rows']:,} rows): ratio {s['ratio']} (target <= 2): "
        f"{_yes(tg['store_ratio'])}; during ingest (cores shared with extraction): write_facts "
        f"{s['ours_write_facts_seconds']:.2f} s, ratio {s['ratio_during_ingest']}, its INSERT statements "
        f"{s['insert_statement_ratio']}",
        f"limit, alignment: align {a['ours_align_seconds']:.2f} s vs bare cdist {a['bare_cdist_seconds']:.2f} s "
        f"({a['blocks']:,} blocks, {a['pairs_scored_bare']:,} pairs): ratio {a['ratio']} (target <= 3): "
        f"{_yes(tg['align_ratio'])}",
    ]
    p = r["peer"]
    if p.get("skipped"):
        lines.append(f"peer: skipped: {p['reason']}")
    else:
        q, o, pl = p["quantulum3"], p["crosscheck"], p["planted"]
        lines.append(f"peer, {p['articles']} articles: quantulum3 {p['version']} {q['seconds']:.2f} s "
                     f"({q['articles_per_s']:.1f} articles/s, +{p['init_seconds']:.1f} s to load), planted counts "
                     f"{q['count']}/{pl['count']}, durations {q['duration']}/{pl['duration']}, "
                     f"{q['distractor_numbers']} numbers from distractor sentences")
        lines.append(f"{'':6}crosscheck {o['seconds']:.2f} s ({o['articles_per_s']:.1f} articles/s), planted counts "
                     f"{o['count']}/{pl['count']} ({o['count_slot']} with source, slot and phase), durations "
                     f"{o['duration']}/{pl['duration']} ({o['duration_slot']}), {o['distractor_numbers']} numbers "
                     f"from distractor sentences")
    lines += ["", "growth (time at 16× / time at 1×, per 16× the articles and proposals; target <= 1.3)",
              f"{'stage':<12}" + "".join(f"{lb + ' (' + format(r['sizes'][lb]['articles'], ',') + ')':>18}"
                                          for lb in r["growth"]["ingest"]["seconds"]) + f"{'factor':>10}   met"]
    for stname, g in r["growth"].items():
        lines.append(f"{stname:<12}" + "".join(f"{v:>17.2f}s" for v in g["seconds"].values())
                     + f"{g['factor'] if g['factor'] is not None else 'n/a':>10}   {_yes(tg['growth'][stname])}"
                     + (f"   ({g['measured_as']}; the stage itself: {g['stage_factor']})" if "repeats" in g else ""))
    code = r.get("code") or {}
    lines.append(f"\ncode {code.get('revision') or 'unknown revision'}, sources "
                 f"{', '.join(sorted(set((code.get('digest_by_size') or {}).values())))}; total "
                 f"{r.get('total_seconds', 0):.0f} s")
    if code.get("changed_during_run"):
        lines.append("WARNING: the sources changed during the run: the sizes ran different code, so growth "
                     "factors compare unlike things; run again")
    return "\n".join(lines) + "\n"
