"""Passages → facts with phase scope and evidence spans. (Being written.)"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

EXTRACTOR = "crosscheck-rules"
EXTRACTOR_VERSION = "0.1"


@dataclass
class ExtractedFact:
    source: str
    slot: str
    kind: str
    phase: int | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    text: str = ""
    qualifier: str | None = None
    basis: str | None = None
    quote: str = ""
    start: int | None = None
    end: int | None = None
    value_start: int | None = None
    value_end: int | None = None
    confidence: float = 0.8


class _Aliases:
    def canonical(self, name: str) -> str:
        return name.strip()


@lru_cache(maxsize=1)
def aliases():
    return _Aliases()


def extract(text: str, outlet: str) -> list[ExtractedFact]:
    return []
