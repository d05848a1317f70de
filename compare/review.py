"""Manual review of flagged discrepancies: the queue, decisions with a history, reopening when the
facts under a decision change, and export/import of decisions for a spreadsheet.

The review status lives on the discrepancy row, which the diff engine keeps across runs by its `key`;
every change is also a row in review_events (who, when, from which status to which, the note).
Functions take a session and never commit.
"""
from __future__ import annotations

import csv
import getpass
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from compare.errors import CrosscheckError
from compare.listing import SEVERITY_LEVELS, discrepancy_rows
from db.models import Discrepancy, Document, Fact, ReportedVersion, ReviewEvent, Source, SourceAlias

STATUSES = ("open", "confirmed", "dismissed", "needs-info")
REVIEWED = ("confirmed", "dismissed", "needs-info")
AUTO_REVIEWER = "crosscheck"

LIST_COLUMNS = ["id", "severity", "status", "proposal", "phase", "slot", "kind", "reported", "note"]
EXPORT_COLUMNS = ["id", "fingerprint", "status", "note", "reviewer",  # read back by import
                  "proposal", "slot", "phase", "kind", "severity", "summary"]  # context, ignored by import
HISTORY_COLUMNS = ["at", "reviewer", "from_status", "to_status", "note", "automatic"]


@dataclass
class Filters:
    """The selection shared by `review list`, `review set` and `review export`."""
    proposal: str | None = None
    status: str | None = None
    kind: str | None = None
    min_severity: str | None = None
    source: str | None = None
    include_resolved: bool = False

    def any(self) -> bool:
        return any([self.proposal, self.status, self.kind, self.min_severity, self.source])


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something
        return "unknown"


def normalize_status(value: Any) -> str | None:
    """A status as written by a person ('Needs info', 'needs_info') → 'needs-info'; None if unknown."""
    s = str(value or "").strip().lower().replace("_", "-").replace(" ", "-")
    return s if s in STATUSES else None


def _check_status(status: str) -> str:
    s = normalize_status(status)
    if s is None:
        raise CrosscheckError(f"bad status {status!r}: one of {', '.join(STATUSES)}")
    return s


def _clean_note(note: Any) -> str | None:
    if note is None:
        return None
    s = str(note).replace("\r\n", "\n").replace("\r", "\n").strip()
    return s or None


# --- formatting of sides -------------------------------------------------------------------------

def format_number(v: float | int | None) -> str:
    if v is None:
        return ""
    f = float(v)
    return str(int(f)) if f.is_integer() and abs(f) < 1e15 else repr(f)


def side_value(side: dict[str, Any]) -> str:
    """'at least 33-40 hostages', as the v_discrepancies view writes it."""
    lo, hi = side.get("min"), side.get("max")
    prefix = f"{side['qualifier']} " if side.get("qualifier") else ""
    if lo is None and hi is None:
        return prefix + (side.get("text") or "not reported")
    if hi is None or lo == hi:
        value = format_number(lo)
    elif lo is None:
        value = "up to " + format_number(hi)
    else:
        value = f"{format_number(lo)}-{format_number(hi)}"
    return prefix + value + (f" {side['unit']}" if side.get("unit") else "")


def side_label(side: dict[str, Any]) -> str:
    who = side["source"] + (f" ({side['outlet']})" if side.get("outlet") and side["outlet"] != side["source"] else "")
    return f"{who}: {side_value(side)}"


# --- the queue -------------------------------------------------------------------------------------

def _canonical_source(session: Session, name: str | None) -> str | None:
    """A source as named on the command line: its canonical name when it is a known alias."""
    if not name:
        return name
    if session.scalar(select(Source.id).where(Source.name == name)) is not None:
        return name
    canonical = session.scalar(select(Source.name).join(SourceAlias, SourceAlias.source_id == Source.id)
                               .where(SourceAlias.alias == name.strip().lower()))
    return canonical or name


def _latest(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per discrepancy: the latest non-empty note, and who made the latest change and when."""
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = select(ReviewEvent).where(ReviewEvent.discrepancy_id.in_(chunk)).order_by(ReviewEvent.id)
        for e in session.scalars(q):
            info = out.setdefault(e.discrepancy_id, {"note": None, "reviewer": None, "reviewed_at": None})
            if e.note:
                info["note"] = e.note
            info["reviewer"] = e.reviewer
            info["reviewed_at"] = e.at
    return out


def current_note(session: Session, discrepancy_id: int) -> str | None:
    return session.scalar(select(ReviewEvent.note).where(
        ReviewEvent.discrepancy_id == discrepancy_id, ReviewEvent.note.is_not(None), ReviewEvent.note != "")
        .order_by(ReviewEvent.id.desc()).limit(1))


def queue_rows(session: Session, filters: Filters | None = None, ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Discrepancies most severe first (discrepancy_rows) with `reported` (the sides in one string),
    the latest `note`, `reviewer` and `reviewed_at`. Agreements only when kind is 'agreement'."""
    f = filters or Filters()
    if f.status:
        _check_status(f.status)
    if f.min_severity and f.min_severity not in SEVERITY_LEVELS:
        raise CrosscheckError(f"bad severity {f.min_severity!r}: one of {', '.join(SEVERITY_LEVELS)}")
    if ids is not None and not ids:
        return []
    rows = discrepancy_rows(session, proposal=f.proposal, status=normalize_status(f.status) if f.status else None,
                            kind=f.kind, min_severity=f.min_severity, source=_canonical_source(session, f.source),
                            include_agreements=f.kind == "agreement", include_resolved=f.include_resolved,
                            ids=ids)
    latest = _latest(session, [r["id"] for r in rows])
    for r in rows:
        r["reported"] = "; ".join(side_label(s) for s in r["sides"])
        r.update(latest.get(r["id"], {"note": None, "reviewer": None, "reviewed_at": None}))
    return rows


def get_discrepancy(session: Session, discrepancy_id: int) -> Discrepancy:
    d = session.get(Discrepancy, discrepancy_id)
    if d is None:
        raise CrosscheckError(f"no discrepancy with id {discrepancy_id}")
    return d


def history(session: Session, discrepancy_id: int) -> list[dict[str, Any]]:
    q = (select(ReviewEvent).where(ReviewEvent.discrepancy_id == discrepancy_id)
         .order_by(ReviewEvent.at, ReviewEvent.id))
    return [{"id": e.id, "at": e.at, "reviewer": e.reviewer, "from_status": e.from_status,
             "to_status": e.to_status, "note": e.note, "automatic": bool(e.automatic)}
            for e in session.scalars(q)]


def quote_in_context(text: str, start: int | None, end: int | None, quote: str | None,
                     context: int = 120) -> dict[str, Any]:
    """The quote with up to `context` characters of document text either side, cut at word boundaries.
    Uses the offsets when they still point at the quote, else looks the quote up in the text."""
    text = text or ""
    if not (start is not None and end is not None and 0 <= start <= end <= len(text)
            and (not quote or text[start:end] == quote)):
        pos = text.find(quote) if quote else -1
        if pos < 0:
            return {"before": "", "quote": quote or "", "after": "", "found": False}
        start, end = pos, pos + len(quote)
    b0 = max(0, start - context)
    a1 = min(len(text), end + context)
    before, after = text[b0:start], text[end:a1]
    if b0 > 0:  # start and end at a word boundary, marked with an ellipsis
        m = re.search(r"\s", before) if not text[b0 - 1].isspace() else None
        before = "…" + (before[m.end():] if m else before)
    if a1 < len(text):
        m = re.search(r"\s\S*$", after) if not text[a1].isspace() else None
        after = (after[:m.start()] if m else after) + "…"
    return {"before": " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
            "quote": " ".join(text[start:end].split()),
            "after": (" " if after[:1].isspace() else "") + " ".join(after.split()),
            "found": True}


def show(session: Session, discrepancy_id: int, context: int = 120) -> dict[str, Any]:
    """One discrepancy, each side with its quote in context, and its review history."""
    rows = discrepancy_rows(session, include_agreements=True, include_resolved=True, ids=[discrepancy_id])
    if not rows:
        raise CrosscheckError(f"no discrepancy with id {discrepancy_id}")
    row = rows[0]
    d = session.get(Discrepancy, discrepancy_id)
    row["first_run_id"], row["changed_run_id"], row["resolved_run_id"] = (
        d.first_run_id, d.changed_run_id, d.resolved_run_id)
    row["updated_at"] = d.updated_at
    for s in row["sides"]:
        fact = session.get(Fact, s["fact_id"]) if s["fact_id"] else None
        doc_text = session.scalar(select(Document.text).join(ReportedVersion, ReportedVersion.document_id == Document.id)
                                  .where(ReportedVersion.id == s["version_id"]))
        quote = s["quote"] or (fact.quote if fact else None)
        s["value"] = side_value(s)
        s["context"] = quote_in_context(doc_text or "", fact.start if fact else None, fact.end if fact else None,
                                        quote, context)
    row["reported"] = "; ".join(side_label(s) for s in row["sides"])
    row["note"] = current_note(session, discrepancy_id)
    row["history"] = history(session, discrepancy_id)
    return row


# --- decisions -------------------------------------------------------------------------------------

def set_status(session: Session, discrepancy: Discrepancy, status: str, note: str | None = None,
               reviewer: str | None = None, automatic: bool = False) -> ReviewEvent | None:
    """Record a decision: a review_events row and the new status on the discrepancy. The same status
    with no new note is a no-op (returns None); the same status with a new note records the note."""
    status = _check_status(status)
    note = _clean_note(note)
    # lock the row (PostgreSQL; SQLite writers are serialised by BEGIN IMMEDIATE) and read the status
    # as it is now, so two reviewers at once both land in the history, in order
    session.refresh(discrepancy, with_for_update=True)
    old = discrepancy.status
    if status == old and (note is None or note == current_note(session, discrepancy.id)):
        return None
    event = ReviewEvent(discrepancy_id=discrepancy.id, reviewer=reviewer or default_reviewer(),
                        from_status=old, to_status=status, note=note, automatic=automatic)
    session.add(event)
    discrepancy.status = status
    session.flush()
    return event


def reopen(session: Session, discrepancy: Discrepancy, what_changed: str) -> None:
    """Called by the diff engine when the facts under a reviewed discrepancy changed (its fingerprint
    differs): back to open, with an automatic history entry saying what changed. An open discrepancy
    is left alone."""
    if discrepancy.status not in REVIEWED:
        return
    session.add(ReviewEvent(discrepancy_id=discrepancy.id, reviewer=AUTO_REVIEWER, from_status=discrepancy.status,
                            to_status="open", note=_clean_note(what_changed) or "the reported values changed",
                            automatic=True))
    discrepancy.status = "open"
    session.flush()


def select_ids(session: Session, filters: Filters | None = None, ids: Iterable[int] = ()) -> list[int]:
    """Ids named and/or matching the filters (both: those named that match). Unknown ids are an error."""
    ids = list(dict.fromkeys(ids))
    if ids:
        known = set(session.scalars(select(Discrepancy.id).where(Discrepancy.id.in_(ids))))
        missing = [i for i in ids if i not in known]
        if missing:
            raise CrosscheckError(f"no discrepancy with id {', '.join(map(str, missing))}")
        if not (filters and filters.any()):
            return ids
        f = Filters(**{**filters.__dict__, "include_resolved": True})
        return [r["id"] for r in queue_rows(session, f, ids=ids)]
    return [r["id"] for r in queue_rows(session, filters)]


def set_many(session: Session, ids: Iterable[int], status: str, note: str | None,
             reviewer: str | None = None) -> dict[str, int]:
    """The same decision for many discrepancies; returns counts of changed and unchanged."""
    status = _check_status(status)
    reviewer = reviewer or default_reviewer()
    counts = {"changed": 0, "unchanged": 0}
    for i in ids:
        event = set_status(session, get_discrepancy(session, i), status, note, reviewer)
        counts["changed" if event else "unchanged"] += 1
    return counts


# --- export / import -------------------------------------------------------------------------------

def export_rows(session: Session, filters: Filters | None = None) -> list[dict[str, Any]]:
    """One row per discrepancy: id, fingerprint, status, note, reviewer (read back by import) and
    read-only context columns."""
    return [{"id": r["id"], "fingerprint": r["fingerprint"], "status": r["status"], "note": r["note"],
             "reviewer": r["reviewer"], "proposal": r["proposal"], "slot": r["slot"], "phase": r["phase"],
             "kind": r["kind"], "severity": r["severity"], "summary": r["summary"]}
            for r in queue_rows(session, filters)]


class ImportRejected(CrosscheckError):
    """An import with bad rows: `problems` has one line per bad row; nothing was applied."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} bad row{'s' if len(problems) != 1 else ''}; nothing imported")


@dataclass
class ImportResult:
    changed: int = 0
    unchanged: int = 0
    events: list[ReviewEvent] = field(default_factory=list)


def read_decisions(path: str | Path, data: str | None = None) -> list[tuple[int, dict[str, Any]]]:
    """(row number, row) pairs from a CSV or JSON file. CSV row numbers count the header as row 1, as a
    spreadsheet does; JSON rows count from 1. Raises CrosscheckError for an unreadable file."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CrosscheckError(f"{path}: cannot read: {exc}") from None
    data = data.lstrip("\ufeff")
    if path.suffix.lower() == ".json" or (path.suffix.lower() != ".csv" and data.lstrip()[:1] in ("[", "{")):
        try:
            items = json.loads(data)
        except json.JSONDecodeError as exc:
            raise CrosscheckError(f"{path}: not valid JSON: {exc}") from None
        if isinstance(items, dict) and isinstance(items.get("decisions"), list):
            items = items["decisions"]
        if not isinstance(items, list):
            raise CrosscheckError(f"{path}: expected a JSON list of decisions")
        return [(n, item if isinstance(item, dict) else {"_invalid": item}) for n, item in enumerate(items, 1)]
    try:
        dialect = csv.Sniffer().sniff(data[:4096], delimiters=",;\t") if data.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(data, newline=""), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in ("id", "fingerprint", "status") if c not in header]
    if missing:
        raise CrosscheckError(f"{path}: row 1: missing column{'s' if len(missing) > 1 else ''} "
                              f"{', '.join(missing)} (export a file with `crosscheck review export` to start from)")
    reader.fieldnames = header
    rows = []
    for n, row in enumerate(reader, 2):
        if not any((v or "").strip() for k, v in row.items() if k is not None):
            continue  # a blank line in the spreadsheet
        rows.append((n, row))
    return rows


def _parse_id(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    s = str(value if value is not None else "").strip()
    try:
        f = float(s)
    except ValueError:
        return None
    return int(f) if f.is_integer() else None


def import_decisions(session: Session, path: str | Path, reviewer: str | None = None,
                     data: str | None = None) -> ImportResult:
    """Apply the decisions of an exported (and edited) file, all or nothing: unknown ids, bad statuses
    and stale fingerprints are each reported (ImportRejected.problems, one line a row naming the file
    and the row) and then nothing is applied. A row whose status and note equal the current ones is a
    no-op. The reviewer of a row is its `reviewer` cell, else `reviewer`, else the login name."""
    rows = read_decisions(path, data)
    fallback = reviewer or default_reviewer()
    problems: list[str] = []
    plan: list[tuple[Discrepancy, str, str | None, str]] = []
    seen: dict[int, int] = {}
    for n, row in rows:
        where = f"{path}: row {n}"
        if "_invalid" in row:
            problems.append(f"{where}: expected an object with id, fingerprint, status, note")
            continue
        row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        did = _parse_id(row.get("id"))
        if did is None:
            problems.append(f"{where}: bad id {row.get('id')!r}")
            continue
        if did in seen:
            problems.append(f"{where}: id {did} appears again (first at row {seen[did]})")
            continue
        seen[did] = n
        d = session.get(Discrepancy, did)
        status = normalize_status(row.get("status"))
        bad = []
        if d is None:
            bad.append(f"unknown id {did}")
        if status is None:
            bad.append(f"bad status {row.get('status')!r} (one of {', '.join(STATUSES)})")
        fp = str(row.get("fingerprint") or "").strip()
        if d is not None:
            if not fp:
                bad.append("no fingerprint")
            elif fp != d.fingerprint:
                bad.append(f"stale fingerprint: discrepancy {did} changed since the export "
                           f"(export again and redo this row)")
        if bad:
            problems.append(f"{where}: " + "; ".join(bad))
            continue
        who = str(row.get("reviewer") or "").strip()
        if not who or who == AUTO_REVIEWER:  # the automatic reopen's name left in the cell is not a person
            who = fallback
        plan.append((d, status, _clean_note(row.get("note")), who))
    if problems:
        raise ImportRejected(str(path), problems)
    result = ImportResult()
    for d, status, note, who in plan:
        event = set_status(session, d, status, note, who)
        if event is None:
            result.unchanged += 1
        else:
            result.changed += 1
            result.events.append(event)
    return result
