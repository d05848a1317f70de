"""Versions × terms: block facts on cheap keys (slot, then phase), then align free text within a
block with RapidFuzz and a one-to-one assignment. An unphased fact joins the lowest phase that the
other versions give for the same slot when its own version has nothing there ("a truce of 30 to
40 days" is the first phase of a phased deal)."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process, utils

from compare.levels import TEXT_THRESHOLD, FactView


@dataclass
class Term:
    slot: str
    phase: int | None
    label: str
    cells: dict[int, FactView] = field(default_factory=dict)     # version id → fact


def _effective_phases(facts: list[FactView]) -> dict[int, int | None]:
    """Fact id (by position) → phase used for alignment: an unphased fact takes the lowest phase
    that the other versions give, unless its own version gives that phase too."""
    by_version: dict[int, set] = defaultdict(set)
    for f in facts:
        by_version[f.version_id].add(f.phase)
    versions_with = Counter(p for ps in by_version.values() for p in ps if p is not None)
    phases = sorted(versions_with)
    out = {}
    for i, f in enumerate(facts):
        phase = f.phase
        if phase is None and phases:
            mine = by_version[f.version_id]
            # the lowest phase that some other version gives
            lowest = next((p for p in phases if versions_with[p] > (p in mine)), None)
            if lowest is not None and lowest not in mine:
                phase = lowest
        out[i] = phase
    return out


def _numeric_score(a: FactView, b: FactView) -> float:
    if not (a.numeric and b.numeric):
        return 50.0
    lo, hi = max(a.min, b.min), min(a.max, b.max)
    if lo <= hi:
        return 100.0
    gap = lo - hi
    return max(0.0, 99.0 - 99.0 * gap / max(abs(a.max), abs(b.max), 1e-9))


def _assign(block: list[FactView], threshold: float) -> list[list[FactView]]:
    """Group a block's facts into terms, at most one fact per version in each."""
    versions: dict[int, list[FactView]] = defaultdict(list)
    for f in block:
        versions[f.version_id].append(f)
    if all(len(fs) == 1 for fs in versions.values()):
        return [block]                       # one fact per version: one term (agree or conflict)
    terms: list[list[FactView]] = []
    for v in sorted(versions, key=lambda v: (-len(versions[v]), v)):
        facts = versions[v]
        if not terms:
            terms = [[f] for f in facts]
            continue
        reps = [t[0] for t in terms]
        text_pairs = [(i, j) for i, f in enumerate(facts) for j, r in enumerate(reps) if not (f.numeric and r.numeric)]
        scores = {}
        if text_pairs:
            matrix = process.cdist([f.text for f in facts], [r.text for r in reps],
                                   scorer=fuzz.token_set_ratio, processor=utils.default_process)
            # a number and a phrase may name one term, but a pair of numbers always matches first
            scores.update({(i, j): float(matrix[i][j]) if not (facts[i].numeric or reps[j].numeric)
                           else min(float(matrix[i][j]), threshold - 1) for i, j in text_pairs})
        for i, f in enumerate(facts):
            for j, r in enumerate(reps):
                if f.numeric and r.numeric:
                    scores[(i, j)] = _numeric_score(f, r)
        used_f, used_t = set(), set()
        for (i, j), score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            f, r = facts[i], reps[j]
            need = 0.0 if (f.numeric and r.numeric) else threshold
            if i in used_f or j in used_t or score < need or any(x.version_id == v for x in terms[j]):
                continue
            terms[j].append(f)
            used_f.add(i)
            used_t.add(j)
        terms += [[f] for i, f in enumerate(facts) if i not in used_f]
    return terms


def align(facts: list[FactView], threshold: float = TEXT_THRESHOLD) -> list[Term]:
    """Terms of one proposal, each with at most one fact per version, in a stable order."""
    by_slot: dict[str, list[FactView]] = defaultdict(list)
    for f in facts:
        by_slot[f.slot].append(f)
    terms: list[Term] = []
    for slot in sorted(by_slot):
        block = by_slot[slot]
        phases = _effective_phases(block)
        by_phase: dict[int | None, list[FactView]] = defaultdict(list)
        for i, f in enumerate(block):
            by_phase[phases[i]].append(f)
        for phase in sorted(by_phase, key=lambda p: (p is not None, p or 0)):
            groups = _assign(sorted(by_phase[phase], key=lambda f: (f.version_id, f.id or 0)), threshold)
            for n, group in enumerate(groups):
                label = slot if len(groups) == 1 else f"{slot} #{n + 1}: {group[0].text[:60]}"
                terms.append(Term(slot, phase, label, {f.version_id: f for f in group}))
    return terms
