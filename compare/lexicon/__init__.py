"""Domain lexicons: the shipped cease-fire one, or another loaded from a TOML or YAML file."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from compare.errors import CrosscheckError


TOKEN = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")

try:                                      # the parser of `re`, to read a pattern's literal starts
    from re import _parser as _sre_parse  # Python 3.11+
except ImportError:                       # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse


def tokens(text: str) -> frozenset[str]:
    """Lower-case words of a text, hyphenated words also split into their parts."""
    return lower_tokens(text.lower())


def lower_tokens(low: str) -> frozenset[str]:
    """tokens() of a text already in lower case."""
    found = TOKEN.findall(low)
    if "-" in low:                      # fast path: most sentences have no hyphenated word
        found += [p for w in found if "-" in w for p in w.split("-")]
    return frozenset(found)


def _literal_starts(items) -> set[str] | None:
    """Strings one of which begins every match of a parsed pattern; None when the pattern does not
    begin with a literal (zero-width tests such as \\b are skipped)."""
    sp = _sre_parse
    prefix = ""
    for op, av in items:
        if op is sp.LITERAL:
            prefix += chr(av)
            continue
        if op in (sp.AT, sp.ASSERT, sp.ASSERT_NOT) and not prefix:
            continue
        found = None
        if op is sp.SUBPATTERN and not (av[1] or av[2]):          # a group without inline flags
            found = _literal_starts(av[3])
        elif op is sp.BRANCH:
            each = [_literal_starts(alt) for alt in av[1]]
            found = set().union(*each) if all(each) else None
        if found:                                                 # "th(?:is|at)" -> this, that
            return {prefix + w for w in found}
        break
    return {prefix} if prefix else None


def _after_boundary(items, seen: bool = False) -> bool:
    """Whether every match of a parsed pattern begins right after a \\b test."""
    sp = _sre_parse
    for op, av in items:
        if op is sp.AT:
            seen = seen or av is sp.AT_BOUNDARY
        elif op is sp.SUBPATTERN:
            return _after_boundary(av[3], seen)
        elif op is sp.BRANCH:
            return all(_after_boundary(alt, seen) for alt in av[1])
        else:
            return seen and op is sp.LITERAL
    return False


APOSTROPHE = re.compile("['’]")


def word_pieces(toks: frozenset[str], low: str) -> frozenset[str]:
    """Tokens (of `low`) and their parts between apostrophes: every place a word can begin after \\b
    ("x’said" is one token, "said" one of its pieces). Hyphenated tokens have their parts already."""
    if "'" not in low and "’" not in low:
        return toks
    glued = [t for t in toks if "'" in t or "’" in t]
    return toks.union(*(APOSTROPHE.split(t) for t in glued)) if glued else toks


class Anchored:
    """A compiled pattern whose every match begins with one of a few literal words, tried only where
    one of them occurs. Python's re tries a pattern such as r"\\b(?:release|freed)\\b" at every
    position of the text, which is slow; finding the words with str.find is fast, and the pattern is
    then tried at those positions only. Same matches as the pattern's own finditer() and search();
    a pattern without literal starts is searched as is.

    For a pattern with re.I, `low` must be fold_lower(text) (see compare.normalize): it has the same
    offsets, and holds a word wherever the pattern, ignoring case, can match it."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.fold = bool(pattern.flags & re.I)
        try:
            starts = _literal_starts(_sre_parse.parse(pattern.pattern, pattern.flags))
        except Exception:                 # noqa: BLE001 - an unreadable pattern is searched as is
            starts = None
        if starts and self.fold and not all(w.isascii() for w in starts):
            starts = None                 # fold_lower() matches what re.I matches for ASCII letters only
        self.words: tuple[str, ...] | None = tuple(sorted({w.lower() if self.fold else w for w in starts})) \
            if starts else None
        # With a \\b before each word, a word can occur only where a word piece (see word_pieces) begins
        # with its first letters: the pieces tell which words to look for, with two set operations
        # for a sentence whose pieces were all seen before.
        keys = {w: re.split(r"[\s'’-]", w.lower())[0] for w in self.words or ()}
        self.keys = keys if self.words and all(k.isascii() and k.isalnum() for k in keys.values()) and \
            _after_boundary(_sre_parse.parse(pattern.pattern, pattern.flags)) else None
        self.known: set[str] = set()                           # pieces seen
        self.hits: set[str] = set()                            # pieces seen that begin a word's key
        self.piece_words: dict[str, tuple[str, ...]] = {}      # ... and those words
        self._last: tuple[frozenset[str] | None, tuple[str, ...]] = (None, ())

    def _present(self, pieces: frozenset[str]) -> tuple[str, ...]:
        if pieces is self._last[0]:             # the same sentence again (windows, several rules)
            return self._last[1]
        present = self._lookup(pieces)
        self._last = (pieces, present)
        return present

    def _lookup(self, pieces: frozenset[str]) -> tuple[str, ...]:
        if not pieces <= self.known:
            if len(self.known) > 500_000:                       # bounded memory in a long run
                self.known.clear()
                self.hits.clear()
                self.piece_words.clear()
            for t in pieces - self.known:
                words = tuple(w for w, k in self.keys.items() if t.startswith(k))
                if words:
                    self.piece_words[t] = words
                    self.hits.add(t)
                self.known.add(t)
        if pieces.isdisjoint(self.hits):
            return ()
        return tuple({w for t in pieces & self.hits for w in self.piece_words[t]})

    def _starts(self, hay: str, pos: int, end: int, pieces: frozenset[str] | None) -> list[int]:
        found = []
        for w in self._present(pieces) if pieces is not None and self.keys else self.words:
            if w in hay:
                i = hay.find(w, pos, end)
                while i >= 0:
                    found.append(i)
                    i = hay.find(w, i + 1, end)
        found.sort()
        return found

    def finditer(self, text: str, low: str | None = None, pos: int = 0, endpos: int | None = None,
                 pieces: frozenset[str] | None = None):
        """`pieces`: word_pieces() of the text, or of a text it is part of (None: not known)."""
        end = len(text) if endpos is None else endpos
        if self.words is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        match = self.pattern.match
        for start in self._starts(low if self.fold else text, pos, end, pieces):
            if start >= pos and (m := match(text, start, end)):
                yield m
                pos = m.end()             # never empty: a match begins with a literal

    def search(self, text: str, low: str | None = None, pos: int = 0, endpos: int | None = None,
               pieces: frozenset[str] | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        if self.words is None:
            return self.pattern.search(text, pos, end)
        match = self.pattern.match
        for start in self._starts(low if self.fold else text, pos, end, pieces):
            if m := match(text, start, end):
                return m
        return None


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
        starts = {w.lower().split()[0] for w in words if w.strip()}
        self.short = frozenset(w for w in starts if len(w) < 3)
        # the word starts a token may begin with, by the token's first three letters (a short start
        # counts for a token whose first three letters are those of a longer start)
        first3 = {w[:3] for w in starts if len(w) >= 3}
        self.by_first3: dict[str, tuple[str, ...]] = {
            f: tuple(sorted(w for w in starts if w[:3] == f or (len(w) < 3 and f.startswith(w)))) for f in first3}
        # tokens already classified: a text's words are mostly words seen before, so most calls are
        # two set operations
        self.hit_tokens: set[str] = set()
        self.miss_tokens: set[str] = set()

    def _starts(self, t: str) -> bool:
        if t in self.short:
            return True
        starts = self.by_first3.get(t[:3])
        return bool(starts) and t.startswith(starts)

    def hits(self, toks: frozenset[str]) -> bool:
        if not toks.isdisjoint(self.hit_tokens):
            return True
        if toks <= self.miss_tokens:
            return False
        if len(self.miss_tokens) > 500_000:       # bounded memory in a long run
            self.miss_tokens.clear()
            self.hit_tokens.clear()
        found = False
        for t in toks - self.miss_tokens:
            if self._starts(t):
                self.hit_tokens.add(t)
                found = True
            else:
                self.miss_tokens.add(t)
        return found


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
    side_groups: dict[str, str] = field(default_factory=dict)   # "israeli" → "hostages": whose people a group is
    # the same patterns, searched only where one of their words occurs (see Anchored)
    events_at: Anchored = field(init=False, repr=False, compare=False)
    release_at: Anchored = field(init=False, repr=False, compare=False)
    noise_at: Anchored = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "events_at", Anchored(self.events_re))
        object.__setattr__(self, "release_at", Anchored(self.release))
        object.__setattr__(self, "noise_at", Anchored(self.noise))

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
                # "free" in "free-trade area", "a free trade deal", "duty-free" frees no one
                release=re.compile(words("release_words") + r"(?!-|\s+(?:trade|market)\b)(?<!\w-free)", re.I),
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
                side_groups={k.lower(): v for k, v in data.get("side_groups", {}).items()},
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
