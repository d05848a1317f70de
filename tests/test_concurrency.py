"""Several processes on one store at once, on both backends: nothing stored twice, no history lost."""
import os
import subprocess
import sys

from sqlalchemy import func, select

from db.models import Discrepancy, Document, ReviewEvent
from db.session import get_engine, session_scope

ARTICLE = ("According to Reuters, the plan frees {n} hostages in a first phase lasting 42 days. "
           "The second phase will see talks on a permanent ceasefire.\n")


def _spawn(args, db, cwd):
    env = dict(os.environ, CROSSCHECK_DB=db)
    return subprocess.Popen([sys.executable, "-m", "compare", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_ingests_over_overlapping_folders_store_each_document_once(store_url, tmp_path):
    shared = tmp_path / "inbox"
    shared.mkdir()
    for n in range(12):
        (shared / f"a{n:02}.txt").write_text(ARTICLE.format(n=n + 10))
    left, right = tmp_path / "left", tmp_path / "right"
    for folder, names in ((left, range(0, 8)), (right, range(4, 12))):
        folder.mkdir()
        for n in names:
            os.symlink(shared / f"a{n:02}.txt", folder / f"a{n:02}.txt")
    # the same files reached through two folders: ingest resolves paths, so they are the same documents
    procs = [_spawn(["ingest", str(left), str(shared), "--outlet", "Desk", "--proposal", "p"], store_url, tmp_path),
             _spawn(["ingest", str(shared), str(right), "--outlet", "Desk", "--proposal", "p"], store_url, tmp_path)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    with session_scope(get_engine(store_url)) as s:
        assert s.scalar(select(func.count(Document.id))) == 12
        assert s.scalar(select(func.count(func.distinct(Document.content_hash)))) == 12


def test_two_reviewers_at_once_lose_no_history(store_url, tmp_path, run_cli):
    for name, n in (("a.txt", 33), ("b.txt", 20)):
        (tmp_path / name).write_text(ARTICLE.format(n=n).replace("Reuters", "Axios" if n == 20 else "Reuters"))
    run_cli("ingest", tmp_path / "a.txt", tmp_path / "b.txt", "--outlet", "Desk", "--proposal", "p",
            db=store_url, check=True)
    run_cli("compare", db=store_url, check=True)
    with session_scope(get_engine(store_url)) as s:
        did = s.scalar(select(Discrepancy.id).where(Discrepancy.kind != "agreement").limit(1))
    rounds = 5
    procs = []
    for i in range(rounds):
        procs.append(_spawn(["review", "set", str(did), "--status", "confirmed", "--note", f"alice {i}",
                             "--reviewer", "alice"], store_url, tmp_path))
        procs.append(_spawn(["review", "set", str(did), "--status", "dismissed", "--note", f"bob {i}",
                             "--reviewer", "bob"], store_url, tmp_path))
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    with session_scope(get_engine(store_url)) as s:
        events = s.scalars(select(ReviewEvent).where(ReviewEvent.discrepancy_id == did)
                           .order_by(ReviewEvent.id)).all()
        assert len(events) == 2 * rounds                      # every decision is a row
        for before, after in zip(events, events[1:]):         # the chain of statuses is unbroken
            assert after.from_status == before.to_status
        assert s.get(Discrepancy, did).status == events[-1].to_status
