"""Fewer garbage collections during a bulk stage (ingest, compare, report).

A bulk stage allocates millions of small containers (fact tuples, rows, views) that are freed by
reference counting; with CPython's default threshold the cycle collector runs every 700
allocations and, as the survivors pile up, re-scans the whole heap. Collecting less often costs
a little memory and saves several percent of the stage's time."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

BULK_THRESHOLD = 10_000      # allocations between young collections (CPython's default: 700)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the young-generation threshold for the block; restore what was set before. Nested
    blocks and a threshold already higher are left as they are."""
    before = gc.get_threshold()
    if before[0] < BULK_THRESHOLD:
        gc.set_threshold(BULK_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
