"""The built wheel works on its own: installed into a clean venv, run outside the checkout, it
creates and migrates a store (so the migrations ship inside the wheel) and ingests a file."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COPY_IGNORE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                     ".hypothesis", ".benchmarks", "*.db", "*.db-wal", "*.db-shm", "demo", "report", "test-artifacts")


def run(cmd, **kw) -> subprocess.CompletedProcess:
    p = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert p.returncode == 0, f"{' '.join(map(str, cmd))} exited {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}"
    return p


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    # build from a copy, so that build/ and egg-info of a concurrent run never collide with ours
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=COPY_IGNORE)
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--wheel", "--outdir", dist, src])
    [wheel] = dist.glob("crosscheck-*.whl")

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    bin_ = venv / "bin"
    run([bin_ / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel])

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "CROSSCHECK_CONFIG")}
    env["CROSSCHECK_DB"] = f"sqlite:///{outside / 'store.db'}"

    where = run([bin_ / "python", "-c", "import compare, migrations; print(compare.__file__, migrations.__file__)"],
                cwd=outside, env=env).stdout
    assert str(ROOT) not in where and str(venv) in where  # the installed copy, not the checkout

    assert "Example" in run([bin_ / "crosscheck", "--help"], cwd=outside, env=env).stdout

    article = outside / "article.txt"
    article.write_text("Under the plan, the first phase of the truce would last six weeks.\n", encoding="utf-8")
    p = run([bin_ / "crosscheck", "ingest", article, "--outlet", "Example Daily", "--proposal", "harbour-accord"],
            cwd=outside, env=env)
    assert "1 new" in p.stdout

    with sqlite3.connect(outside / "store.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() is not None
