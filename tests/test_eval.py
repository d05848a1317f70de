"""The shared gold cases, scored through the CLI, when ../shared is there (it is not in a user's clone)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="no ../shared/eval (not part of a user's clone)")
def test_gold_cases(tmp_path):
    out = tmp_path / "score.json"
    p = subprocess.run([sys.executable, str(SHARED / "score.py"), str(SHARED / "dev"), "--cli",
                        f"{sys.executable} -m compare", "--json", str(out), "--min-fact-recall", "0.85",
                        "--min-disc-recall", "0.8", "--max-false-alarms", "0", "--max-forbidden", "0"],
                       capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "CROSSCHECK_DB": ""})
    assert p.returncode == 0, p.stdout + p.stderr
    results = {r["case"]: r for r in json.loads(out.read_text())}
    seed = results["seed-egypt-2024"]
    assert seed["discrepancies_flagged_matching_gold"] >= 0.6 * seed["discrepancies_flagged"]
