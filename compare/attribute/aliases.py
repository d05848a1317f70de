"""Source names and their canonical forms: the shipped alias table, extended by a TOML file."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

import tomllib

from compare.errors import CrosscheckError


# "the London-based Al-Quds", "Saudi-owned Al Arabiya": a description before the name
_DESCRIBED = r"[\w.-]+-(?:based|owned|run|affiliated|backed|funded|linked|controlled|language)\s+"
LEADING_THE = re.compile(rf"^the\s+(?:{_DESCRIBED})?|^{_DESCRIBED}")
POSSESSIVE_END = re.compile(r"'s$")
SPACES = re.compile(r"\s+")
LEADING_THE_ANY_CASE = re.compile(rf"^(?:the\s+)?{_DESCRIBED}|^the\s+", re.I)
ANY_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=8192)                  # a pure function of a short name; names recur
def _norm_name(name: str) -> str:
    n = name.strip().strip("\"'“”‘’").lower().replace("’", "'").replace("–", "-").replace("—", "-")
    if not n.isascii():                   # "Erdoğan", "António": the letters without their accents
        n = "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c))
    n = LEADING_THE.sub("", n)
    n = POSSESSIVE_END.sub("", n)
    return SPACES.sub(" ", n).strip(" ,.;:")


# the last word of a newspaper's name: what "the paper" means later, whoever spoke in between
PAPER_NAME_WORDS = frozenset("times post journal ledger herald tribune gazette courier chronicle observer telegraph "
                             "inquirer globe mail express standard register clarion record digest sentinel dispatch "
                             "bulletin echo star shimbun zeitung".split())
DEMONYM_END = re.compile(r"(?:i|an|ese|ish|ch|ine|ino)$")     # "israeli", "philippine", "filipino"
PAPER_COMPOUND = re.compile(r"[a-zäöü](?:post|zeitung|blatt|kurier)\b")     # "the Rheinische Abendpost"


def _last_word_of(alias: str, name: str) -> bool:
    """Whether an alias is the name's last word, or its singular: "khamenei" of "ali khamenei", "el-sisi" and
    "sisi" of "abdel fattah el-sisi", "houthi" of "houthis"."""
    return name.endswith(alias) and (len(name) == len(alias) or name[-len(alias) - 1] in " -") \
        or name == alias + "s" or name.endswith((" " + alias + "s", "-" + alias + "s"))


class AliasTable:
    """Canonical source names by alias (shipped defaults, extended by a TOML file)."""

    def __init__(self, mapping: dict[str, list[str]], speaks_for: dict[str, str] | None = None):
        self._by_alias: dict[str, str] = {}
        # a leader or an office that is a source of its own → the side it speaks for
        self.speaks_for: dict[str, str] = dict(speaks_for or {})
        for canonical, names in mapping.items():
            for a in [canonical, *names]:
                self._by_alias[_norm_name(a)] = canonical
        # states: the names listed with a demonym ("Argentina": "argentine"), whose other names are places; not
        # a name's own last word that only ends like one ("Houthis": "houthi", "Ali Khamenei": "khamenei")
        self.states = frozenset(c for c, names in mapping.items()
                                if any(a != c.lower() and DEMONYM_END.search(a)
                                       and (" " not in a or a.split()[0] == c.lower().split()[0])
                                       and not _last_word_of(a, c.lower()) for a in names))
        # sides that have an administration ("Biden administration"): what "the administration" means later
        self.administrations = frozenset(c for c, names in mapping.items()
                                         if any(a.endswith(" administration") for a in names))

    @classmethod
    def load(cls, extra: str | None = None) -> "AliasTable":
        data = tomllib.loads(resources.files("compare.lexicon").joinpath("aliases.toml").read_text("utf-8"))
        mapping, speaks_for = dict(data["aliases"]), dict(data.get("speaks_for", {}))
        if extra:
            try:
                more = tomllib.loads(Path(extra).read_text("utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise CrosscheckError(f"{extra}: cannot read aliases: {exc}") from None
            for canonical, names in more.get("aliases", {}).items():
                mapping[canonical] = [*mapping.get(canonical, []), *names]
            speaks_for.update(more.get("speaks_for", {}))
        return cls(mapping, speaks_for)

    def without(self, *names: str) -> "AliasTable":
        """The same table with `names` no longer aliases: for a document where a short name means
        another paper ("The Times" in a review of London's papers)."""
        table = AliasTable({}, self.speaks_for)
        drop = {_norm_name(n) for n in names}
        table._by_alias = {a: c for a, c in self._by_alias.items() if a not in drop}
        table.states, table.administrations = self.states, self.administrations
        return table

    def side(self, source: str) -> str:
        """The side a source speaks for: a leader's or an office's state ("White House": the United
        States), else the source itself."""
        return self.speaks_for.get(source, source)

    def members(self, side: str) -> set[str]:
        """The sources of a side: the side itself and those that speak for it ("United States": also
        "White House", "Donald Trump" ...)."""
        side = self.canonical(side)
        return {side, *(s for s, owner in self.speaks_for.items() if owner == side)}

    def lookup(self, name: str) -> str | None:
        n = _norm_name(name)
        found = self._by_alias.get(n)
        if found is None and "'s " in n:        # "Israel's Channel 12": the name after the possessive
            found = self._by_alias.get(n.split("'s ", 1)[1])
        return found

    def canonical(self, name: str) -> str:
        found = self.lookup(name)
        if found:
            return found
        n = LEADING_THE_ANY_CASE.sub("", name.strip().strip(" ,.;:\"'“”"))
        owner, sep, rest = n.replace("’", "'").partition("'s ")
        paper = rest.split()[-1].lower() in PAPER_NAME_WORDS or PAPER_COMPOUND.search(rest) if rest else False
        if sep and rest[:1].isupper() and paper and self.lookup(owner):
            return rest                   # "Beijing's Global Times": the paper, its city known
        return ANY_POSSESSIVE_END.sub("", n)
