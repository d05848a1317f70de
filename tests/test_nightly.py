"""`crosscheck nightly`: inbox metadata, the run record, the report folders, exit codes, and the
single-instance lock with real processes (a holder that sleeps, one that is SIGKILLed)."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from compare import nightly
from compare.errors import CrosscheckError
from compare.lock import LockHeld, lock_path, nightly_lock
from db.models import Document, Run
from db.session import get_engine, session_scope
from tests.test_report import build_store, without_generated

ARTICLE = ("The Northern Ministry said the first phase of the harbor truce would last 42 days, and the "
           "Coastal Front said 40 days.\n")
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d nightly: ")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_inbox(root: Path) -> Path:
    """Three articles with metadata (a JSON sidecar, a TOML sidecar, a manifest entry) and one without."""
    inbox = root / "inbox"
    write(inbox / "a.txt", ARTICLE)
    write(inbox / "a.txt.meta.json", json.dumps({"outlet": "Tidewater Post", "proposal": "harbor-truce",
                                                 "published": "2031-01-05", "title": "Staged truce"}))
    write(inbox / "b.md", ARTICLE.replace("42", "43"))
    write(inbox / "b.meta.toml", 'outlet = "Meridian Daily"\nproposal = "harbor-truce"\npublished = 2031-01-06\n')
    write(inbox / "sub" / "c.txt", ARTICLE.replace("42", "44"))
    write(inbox / "manifest.json", json.dumps({"sub/c.txt": {"outlet": "Bayside Wire", "proposal": "harbor-truce"}}))
    return inbox


def runs(url: str) -> list[Run]:
    with session_scope(get_engine(url)) as s:
        return list(s.scalars(select(Run).order_by(Run.id)))


def count(url: str, model) -> int:
    with session_scope(get_engine(url)) as s:
        return s.scalar(select(func.count()).select_from(model))


def tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- metadata

def test_metadata_from_sidecars_and_manifests(tmp_path):
    inbox = make_inbox(tmp_path)
    write(inbox / "sub" / "manifest.toml", '["d.txt"]\noutlet = "Upland Radio"\nproposal = "river-accord"\n'
                                           '["c.txt"]\ntitle = "Nearest manifest adds a title"\n')
    write(inbox / "sub" / "d.txt", ARTICLE)
    write(inbox / "sub" / "d.txt.meta.toml", 'url = "https://upland.example/d"\n')
    write(inbox / "e.txt", ARTICLE)
    box = nightly.Inbox(inbox)
    names = [str(p.relative_to(inbox)) for p in box.files()]
    assert names == ["a.txt", "b.md", "e.txt", "sub/c.txt", "sub/d.txt"]  # no sidecars, no manifests
    assert box.metadata(inbox / "a.txt") == {"outlet": "Tidewater Post", "proposal": "harbor-truce",
                                              "published": "2031-01-05", "title": "Staged truce"}
    assert box.metadata(inbox / "b.md") == {"outlet": "Meridian Daily", "proposal": "harbor-truce",
                                             "published": "2031-01-06"}
    assert box.metadata(inbox / "sub/c.txt") == {"outlet": "Bayside Wire", "proposal": "harbor-truce",
                                                  "title": "Nearest manifest adds a title"}
    assert box.metadata(inbox / "sub/d.txt") == {"outlet": "Upland Radio", "proposal": "river-accord",
                                                  "url": "https://upland.example/d"}
    assert box.metadata(inbox / "e.txt") is None
    with pytest.raises(CrosscheckError, match="no metadata"):
        nightly.defaults_for(inbox / "e.txt", None)
    d = nightly.defaults_for(inbox / "b.md", box.metadata(inbox / "b.md"))
    assert (d.outlet, d.proposal, str(d.published)) == ("Meridian Daily", "harbor-truce", "2031-01-06")


def test_bad_metadata_is_an_error_for_that_file(tmp_path):
    inbox = tmp_path / "inbox"
    write(inbox / "x.txt", ARTICLE)
    write(inbox / "x.txt.meta.json", json.dumps({"outlet": "A", "proposal": "p", "outlt": "typo"}))
    write(inbox / "y.txt", ARTICLE)
    write(inbox / "y.meta.json", "{not json")
    write(inbox / "z.txt", ARTICLE)
    write(inbox / "z.txt.meta.toml", 'title = "no outlet"\n')
    box = nightly.Inbox(inbox)
    with pytest.raises(CrosscheckError, match="unknown metadata key.*outlt"):
        box.metadata(inbox / "x.txt")
    with pytest.raises(CrosscheckError, match="malformed JSON"):
        box.metadata(inbox / "y.txt")
    with pytest.raises(CrosscheckError, match="lacks outlet and proposal"):
        nightly.defaults_for(inbox / "z.txt", box.metadata(inbox / "z.txt"))


# ---------------------------------------------------------------- end to end

def test_nightly_end_to_end(store_url, tmp_path, run_cli):
    """The real pipeline (whatever the extractor and diff engine do by now): shape only."""
    inbox = make_inbox(tmp_path)
    write(inbox / "orphan.txt", ARTICLE.replace("42", "45"))            # no metadata: reported, skipped
    out = tmp_path / "reports"
    p = run_cli("nightly", "--inbox", inbox, "--out", out, db=store_url)
    assert p.returncode == 1, p.stderr
    assert "orphan.txt: no metadata" in p.stderr
    lines = p.stderr.strip().splitlines()
    assert lines and all(LOG_LINE.match(ln) for ln in lines), p.stderr
    for stage in ("start:", "ingest:", "compare", "report:", "done:"):
        assert any(f"nightly: {stage}" in ln for ln in lines), stage
    assert "\r" not in p.stderr                                          # no progress bar off a terminal
    [run] = runs(store_url)
    assert (run.kind, run.status, run.documents, run.failures) == ("nightly", "partial", 3, 1)
    assert run.finished_at is not None and run.facts >= 0
    assert run.detail["files"] == {"failed": 1, "new": 3}
    assert count(store_url, Document) == 3
    day = run.detail["report"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", day)
    for name in ("index.html", "discrepancies.json", "discrepancies.csv", "proposals/harbor-truce.html"):
        assert (out / day / name).is_file(), name
    assert (out / "latest").is_symlink() and os.readlink(out / "latest") == day
    assert (out / "latest" / "index.html").read_bytes() == (out / day / "index.html").read_bytes()
    runs_index = (out / "index.html").read_text()
    assert f'href="{day}/index.html"' in runs_index and "partial" in runs_index

    # the inbox fixed: the orphan gets metadata; the others are unchanged
    write(inbox / "orphan.txt.meta.json", json.dumps({"outlet": "Bayside Wire", "proposal": "harbor-truce"}))
    p = run_cli("nightly", "--inbox", inbox, "--out", out, db=store_url)
    assert p.returncode == 0, p.stderr
    second = runs(store_url)[-1]
    assert (second.status, second.documents, second.failures) == ("ok", 1, 0)
    assert second.detail["files"] == {"new": 1, "unchanged": 3}


def test_nightly_twice_reports_nothing_new_and_the_same_report(store_url, tmp_path, run_cli):
    with session_scope(get_engine(store_url)) as s:
        build_store(s)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    out = tmp_path / "reports"
    # an empty inbox compares every proposal: the rows built by hand meet the real diff engine here
    p = run_cli("nightly", "--inbox", inbox, "--out", out, db=store_url)
    assert p.returncode == 0, p.stderr
    write(inbox / "a.txt", ARTICLE)
    write(inbox / "a.txt.meta.json", json.dumps({"outlet": "Tidewater Post", "proposal": "harbor-truce"}))
    p = run_cli("nightly", "--inbox", inbox, "--out", out, db=store_url)
    assert p.returncode == 0, p.stderr
    assert "1 new, 0 updated, 0 unchanged, 0 failed" in p.stderr
    first = tree(out / "latest")
    p = run_cli("nightly", "--inbox", inbox, "--out", out, db=store_url)
    assert p.returncode == 0, p.stderr
    assert "nothing new" in p.stderr and "0 new, 0 updated, 1 unchanged, 0 failed" in p.stderr
    last = runs(store_url)[-1]
    assert (last.kind, last.status, last.documents, last.new, last.changed, last.resolved) == \
           ("nightly", "ok", 0, 0, 0, 0)
    second = tree(out / "latest")
    assert sorted(first) == sorted(second)
    assert {k: without_generated(v) for k, v in first.items()} == {k: without_generated(v) for k, v in second.items()}
    assert first["index.html"] != second["index.html"]   # only the generated-at line moved


def test_nightly_fatal_errors_exit_2(store_url, tmp_path, run_cli):
    p = run_cli("nightly", "--inbox", tmp_path / "missing", "--out", tmp_path / "out", db=store_url)
    assert p.returncode == 2 and "inbox" in p.stderr and "not a folder" in p.stderr
    assert runs(store_url) == []
    inbox = make_inbox(tmp_path)
    blocker = write(tmp_path / "out-is-a-file", "x")
    p = run_cli("nightly", "--inbox", inbox, "--out", blocker / "reports", db=store_url)
    assert p.returncode == 2, p.stderr
    assert "fatal in report" in p.stderr and "Traceback" not in p.stderr
    [run] = runs(store_url)
    assert run.status == "failed" and run.finished_at is not None
    assert count(store_url, Document) == 3            # what was ingested before the failure stays


def test_nightly_unreachable_store_exits_2(tmp_path, run_cli):
    inbox = make_inbox(tmp_path)
    p = run_cli("nightly", "--inbox", inbox, "--out", tmp_path / "out",
                db=f"sqlite:///{tmp_path}/no/such/folder/store.db")
    assert p.returncode == 2 and "fatal" in p.stderr and "Traceback" not in p.stderr


# ---------------------------------------------------------------- OUT/latest

def test_latest_falls_back_to_a_copy_and_back_to_a_symlink(tmp_path, monkeypatch):
    out = tmp_path / "out"
    for day in ("2031-01-01", "2031-01-02"):
        write(out / day / "index.html", day)
    def no_symlinks(*a, **k):
        raise OSError(95, "Operation not supported")
    monkeypatch.setattr(nightly.os, "symlink", no_symlinks)
    assert nightly.point_latest(out, "2031-01-01") == "copy"
    assert not (out / "latest").is_symlink() and (out / "latest/index.html").read_text() == "2031-01-01"
    assert nightly.point_latest(out, "2031-01-02") == "copy"
    assert (out / "latest/index.html").read_text() == "2031-01-02"
    monkeypatch.undo()
    assert nightly.point_latest(out, "2031-01-01") == "symlink"
    assert (out / "latest").is_symlink() and (out / "latest/index.html").read_text() == "2031-01-01"
    assert sorted(p.name for p in out.iterdir()) == ["2031-01-01", "2031-01-02", "latest"]   # no leftovers


def test_publish_replaces_a_same_day_report_whole(tmp_path):
    out = tmp_path / "out"
    nightly.publish(out, "2031-01-01", lambda d: (write(d / "index.html", "one"), write(d / "old.html", "x")))
    nightly.publish(out, "2031-01-01", lambda d: write(d / "index.html", "two"))
    assert sorted(p.name for p in (out / "2031-01-01").iterdir()) == ["index.html"]
    assert (out / "latest/index.html").read_text() == "two"
    with pytest.raises(RuntimeError):
        nightly.publish(out, "2031-01-01", lambda d: (_ for _ in ()).throw(RuntimeError("boom")))
    assert (out / "latest/index.html").read_text() == "two"     # a failed render leaves the last one
    assert sorted(p.name for p in out.iterdir()) == ["2031-01-01", "latest"]


# ---------------------------------------------------------------- the lock

HOLDER = textwrap.dedent("""
    import sys, time
    from compare.lock import nightly_lock
    from db.session import get_engine
    with nightly_lock(get_engine(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(120)
""")


def start_holder(url: str) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLDER, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd=Path(__file__).resolve().parents[1])
    line = p.stdout.readline()
    assert line.strip() == "locked", p.stderr.read() if p.poll() is not None else line
    return p


def test_lock_in_process(engine):
    with nightly_lock(engine):
        if engine.url.get_backend_name() == "sqlite":
            assert lock_path(engine).name.endswith(".db.nightly.lock")
    with nightly_lock(engine):   # released: taken again
        pass


def test_second_nightly_exits_3_and_changes_nothing(store_url, tmp_path, run_cli):
    inbox = make_inbox(tmp_path)
    out = tmp_path / "out"
    holder = start_holder(store_url)
    try:
        started = time.monotonic()
        p = run_cli("nightly", "--inbox", inbox, "--out", out, db=store_url)
        assert p.returncode == 3, p.stderr
        assert time.monotonic() - started < 30                      # at once, no waiting for the holder
        assert "another nightly run holds the lock" in p.stderr and "exiting without changes" in p.stderr
        assert runs(store_url) == [] and count(store_url, Document) == 0
        assert not out.exists()
        with pytest.raises(LockHeld):
            with nightly_lock(get_engine(store_url)):
                pass
    finally:
        holder.kill()
        holder.wait()


def test_killed_holder_does_not_block_the_next_run(store_url, tmp_path, run_cli):
    inbox = make_inbox(tmp_path)
    holder = start_holder(store_url)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    deadline = time.monotonic() + 30          # PostgreSQL ends the dead client's session promptly
    while True:
        p = run_cli("nightly", "--inbox", inbox, "--out", tmp_path / "out", db=store_url)
        if p.returncode != 3 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert p.returncode == 0, p.stderr
    assert [r.status for r in runs(store_url)] == ["ok"]
