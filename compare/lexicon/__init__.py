"""Domain lexicons: the shipped cease-fire one, or another loaded from a TOML or YAML file."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from compare.errors import CrosscheckError


TOKEN = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def tokens(text: str) -> frozenset[str]:
    """Lower-case words of a text, hyphenated words also split into their parts."""
    found = TOKEN.findall(text.lower())
    return frozenset(found + [p for w in found if "-" in w for p in w.split("-")])


def _leading_words(patterns: list[str]) -> list[str] | None:
    """Word starts that every match of the patterns begins with ('\\bquotas?\\b' → 'quota'); None
    when a pattern does not begin with a literal word."""
    out = []
    for p in patterns:
        m = re.match(r"^(?:\\b)?(?:\(\?:)?([a-z][a-z-]+)", p)
        if not m or p[m.end():m.end() + 1] == "|":
            return None                       # no literal start, or one of several alternatives
        word = m.group(1)
        out.append(word[:-1] if p[m.end():m.end() + 1] in ("?", "*") else word)
    return out


class Prefixes:
    """Word starts ("negotiat", "release"): does any token begin with one? Cheaper than a regex
    alternation, which Python's re tries at every position of the text."""

    def __init__(self, words):
        self.by_len: dict[int, frozenset[str]] = {}
        starts = {w.lower().split()[0] for w in words if w.strip()}
        for w in starts:
            self.by_len[len(w)] = self.by_len.get(len(w), frozenset()) | {w}
        self.short = frozenset(w for w in starts if len(w) < 3)
        self.first3 = frozenset(w[:3] for w in starts if len(w) >= 3)

    def hits(self, toks: frozenset[str]) -> bool:
        toks = frozenset(t for t in toks if t[:3] in self.first3) | (toks & self.short)
        if not toks:
            return False
        for n, group in self.by_len.items():
            if not group.isdisjoint({t[:n] for t in toks}):
                return True
        return False


@dataclass(frozen=True)
class Event:
    slot: str
    pattern: re.Pattern


@dataclass(frozen=True)
class Lexicon:
    name: str
    truce_nouns: frozenset[str]
    duration_slot: str
    phase_words: frozenset[str]
    reject_nouns: frozenset[str]
    noise: re.Pattern
    release: re.Pattern
    group_of: dict[str, str]          # noun → group
    people_groups: frozenset[str]
    events: tuple[Event, ...]
    events_re: re.Pattern             # all event patterns in one pass; group e<i> is events[i]
    cues: Prefixes                    # term words: a paragraph still speaks of the terms
    event_cues: Prefixes | None       # event keywords (None: some event has none, always run them)
    release_cues: Prefixes
    concept_slots: frozenset[str]     # event slots whose phrasings never conflict

    def mentions_terms(self, toks: frozenset[str]) -> bool:
        return self.cues.hits(toks)

    def may_name_events(self, toks: frozenset[str]) -> bool:
        return self.event_cues is None or self.event_cues.hits(toks)

    @classmethod
    def from_dict(cls, data: dict, where: str) -> "Lexicon":
        try:
            groups = dict(data.get("groups", {}))
            people = groups.pop("people_groups", [])
            group_of = {w.lower(): g for g, words in groups.items() for w in words}
            events = tuple(Event(e["slot"], re.compile("|".join(f"(?:{p})" for p in e["patterns"]), re.I))
                           for e in data.get("events", []))
            words = lambda key: r"\b(?:%s)\b" % "|".join(re.escape(w) for w in data.get(key, []) or ["(?!)"])
            raw_events = data.get("events", [])
            event_keywords = [e.get("keywords") or _leading_words(e["patterns"]) for e in raw_events]
            keywords = [k for ks in event_keywords for k in ks or []]
            has_all_keywords = all(event_keywords)
            return cls(
                name=data.get("name", Path(where).stem),
                truce_nouns=frozenset(w.lower() for w in data.get("truce_nouns", [])),
                duration_slot=data.get("duration_slot", "duration"),
                phase_words=frozenset(w.lower() for w in data.get("phase_words", ["phase", "stage"])),
                reject_nouns=frozenset(w.lower() for w in data.get("reject_nouns", [])),
                noise=re.compile(words("noise_words"), re.I),
                release=re.compile(words("release_words"), re.I),
                group_of=group_of,
                people_groups=frozenset(people),
                events=events,
                events_re=re.compile("|".join(f"(?P<e{i}>{e.pattern.pattern})" for i, e in enumerate(events)) or "(?!)",
                                     re.I),
                cues=Prefixes([*data.get("truce_nouns", []), *data.get("release_words", []),
                               *data.get("phase_words", ["phase", "stage"]), *keywords]),
                event_cues=Prefixes(keywords) if has_all_keywords else None,
                release_cues=Prefixes(data.get("release_words", [])),
                concept_slots=frozenset(e["slot"] for e in raw_events if e.get("concept")),
            )
        except (KeyError, TypeError, re.error) as exc:
            raise CrosscheckError(f"{where}: bad lexicon: {exc}") from None


def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped cease-fire lexicon, or the TOML/YAML file at `path`."""
    if path is None:
        text = resources.files("compare.lexicon").joinpath("ceasefire.toml").read_text("utf-8")
        return Lexicon.from_dict(tomllib.loads(text), "ceasefire.toml")
    try:
        raw = Path(path).read_text("utf-8")
        if path.endswith((".yaml", ".yml")):
            import yaml
            data = yaml.safe_load(raw)
        else:
            data = tomllib.loads(raw)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CrosscheckError(f"{path}: cannot read lexicon: {exc}") from None
    except Exception as exc:  # yaml.YAMLError without importing yaml at module load
        raise CrosscheckError(f"{path}: cannot read lexicon: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise CrosscheckError(f"{path}: a lexicon must be a mapping")
    return Lexicon.from_dict(data, path)
