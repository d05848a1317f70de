"""Facts added or corrected by hand. A correction is a new manual fact pointing at the original."""
from __future__ import annotations

import datetime as dt
import getpass
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from compare import dates
from compare.errors import CrosscheckError
from compare.ingest import content_hash
from compare.store import get_or_create_proposal, get_or_create_source, get_or_create_version
from db.models import Document, Fact

KINDS = {"count", "duration", "timing", "date", "phase_count", "text", "quantity", "commitment"}
FIELDS = {"proposal", "source", "document", "outlet", "slot", "phase", "kind", "min", "max", "unit", "text",
          "qualifier", "quote", "reviewer"}


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def _value(value, where: str) -> float:
    """A number, or a date (YYYY-MM-DD) as the number YYYYMMDD that date facts hold."""
    if isinstance(value, dt.date):
        return dates.number(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        pass
    try:
        return dates.number(dt.date.fromisoformat(str(value)))
    except ValueError:
        raise CrosscheckError(f"{where} {value!r} is neither a number nor a date YYYY-MM-DD") from None


def _check(rec: dict, where: str) -> None:
    unknown = set(rec) - FIELDS
    if unknown:
        raise CrosscheckError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("proposal", "source", "slot"):
        if not rec.get(key):
            raise CrosscheckError(f"{where}: {key} is required")
    kind = rec.get("kind") or ("text" if rec.get("min") is None else "count")
    if kind not in KINDS:
        raise CrosscheckError(f"{where}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    for key in ("min", "max"):
        if rec.get(key) is not None:
            rec[key] = _value(rec[key], f"{where}: {key}")
    lo, hi = rec.get("min"), rec.get("max")
    if lo is not None and hi is not None and float(lo) > float(hi):
        raise CrosscheckError(f"{where}: min {lo} is greater than max {hi}")


def add_fact(session: Session, rec: dict, where: str = "fact") -> int:
    """Store one manual fact; without a document, under a per-source manual record of the proposal."""
    _check(rec, where)
    proposal = get_or_create_proposal(session, rec["proposal"])
    source = get_or_create_source(session, rec["source"])
    if rec.get("document"):
        doc = session.get(Document, int(rec["document"]))
        if doc is None:
            raise CrosscheckError(f"{where}: no document with id {rec['document']}")
    else:
        locator = f"manual:{proposal.slug}:{source.name}"
        doc = session.scalar(select(Document).where(Document.locator == locator))
        if doc is None:
            outlet = get_or_create_source(session, rec.get("outlet") or rec["source"])
            text = f"Facts entered by hand for {source.name} on {proposal.slug}."
            doc = Document(locator=locator, version=1, is_current=True, outlet_id=outlet.id, proposal_id=proposal.id,
                           title=f"Manual facts: {source.name}", content_hash=content_hash(locator), text=text)
            session.add(doc)
            session.flush()
    version = get_or_create_version(session, doc, source)
    lo = rec.get("min")
    hi = rec.get("max", lo) if rec.get("max") is not None else lo
    kind = rec.get("kind") or ("text" if lo is None else "count")
    fact = Fact(version_id=version.id, phase=rec.get("phase"), slot=rec["slot"], kind=kind,
                min=None if lo is None else float(lo), max=None if hi is None else float(hi),
                unit=rec.get("unit") or ("day" if kind in ("duration", "timing") else "date" if kind == "date" else None),
                text=rec.get("text") or "", qualifier=rec.get("qualifier"), quote=rec.get("quote") or "",
                extractor=f"manual:{rec.get('reviewer') or _login()}", extractor_version="-", confidence=1.0,
                origin="manual")
    session.add(fact)
    session.flush()
    return fact.id


def correct_fact(session: Session, fact_id: int, changes: dict, reviewer: str | None = None) -> int:
    original = session.get(Fact, fact_id)
    if original is None:
        raise CrosscheckError(f"no fact with id {fact_id}")
    fields = {c: getattr(original, c) for c in ("version_id", "phase", "slot", "kind", "min", "max", "unit", "text",
                                                "qualifier", "basis", "quote", "start", "end", "value_start",
                                                "value_end")}
    fields.update({k: _value(v, k) if k in ("min", "max") and v is not None else v for k, v in changes.items()})
    if "min" in changes and "max" not in changes:
        fields["max"] = fields["min"]
    if fields["min"] is not None and fields["max"] is not None and fields["min"] > fields["max"]:
        raise CrosscheckError(f"min {fields['min']} is greater than max {fields['max']}")
    fact = Fact(**fields, extractor=f"manual:{reviewer or _login()}", extractor_version="-", confidence=1.0,
                origin="manual", corrects_id=original.id)
    session.add(fact)
    session.flush()
    return fact.id


def read_fact_file(path: str) -> list[dict]:
    raw = Path(path).read_text("utf-8")
    try:
        if path.endswith((".yaml", ".yml")):
            import yaml
            data = yaml.safe_load(raw)
        else:
            data = json.loads(raw)
    except Exception as exc:
        raise CrosscheckError(f"{path}: cannot parse: {str(exc).splitlines()[0]}") from None
    if isinstance(data, dict):
        data = data.get("facts", [data])
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise CrosscheckError(f"{path}: expected a list of fact objects")
    return data
