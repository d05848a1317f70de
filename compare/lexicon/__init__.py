"""Domain lexicons: the shipped cease-fire one, or another loaded from a TOML or YAML file."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from compare.errors import CrosscheckError
from compare.normalize import HAS_NUMBER


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
    cues: re.Pattern                  # any term word: tells a paragraph still speaks of the terms
    interest: re.Pattern              # a number or a term word: a sentence worth extracting from

    @classmethod
    def from_dict(cls, data: dict, where: str) -> "Lexicon":
        try:
            groups = dict(data.get("groups", {}))
            people = groups.pop("people_groups", [])
            group_of = {w.lower(): g for g, words in groups.items() for w in words}
            events = tuple(Event(e["slot"], re.compile("|".join(f"(?:{p})" for p in e["patterns"]), re.I))
                           for e in data.get("events", []))
            words = lambda key: r"\b(?:%s)\b" % "|".join(re.escape(w) for w in data.get(key, []) or ["(?!)"])
            event_cues = [r"\b(?:%s)" % "|".join(re.escape(k) for k in e["keywords"]) if e.get("keywords")
                          else e_re.pattern for e, e_re in zip(data.get("events", []), (x.pattern for x in events))]
            cue_parts = [words("truce_nouns"), words("release_words"), words("phase_words"), *event_cues]
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
                cues=re.compile("|".join(f"(?:{p})" for p in cue_parts), re.I),
                interest=re.compile("|".join([HAS_NUMBER.pattern, *(f"(?:{p})" for p in cue_parts)]), re.I),
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
