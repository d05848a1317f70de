"""A fact as the extraction gives it, before it is stored."""
from __future__ import annotations

from dataclasses import dataclass


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
