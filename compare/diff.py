"""Aligned terms → discrepancies and agreements, fingerprints, run deltas. (Being written.)"""
from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Run, utcnow


def run_compare(session: Session, proposals: list[str] | None = None, run: Run | None = None) -> Run:
    """Compare every reported version of each proposal (or those named); store discrepancies and
    agreements; return the Run with counts of new, changed and resolved discrepancies."""
    run = run or Run(kind="compare")
    session.add(run)
    session.flush()
    run.finished_at = utcnow()
    run.status = "ok"
    return run
