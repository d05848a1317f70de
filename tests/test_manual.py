"""Facts added or corrected by hand, through the CLI, on both backends."""
import json

from sqlalchemy import func, select

from db.models import Fact
from db.session import get_engine, session_scope


def facts_json(run_cli, db, *args):
    return json.loads(run_cli("facts", "--format", "json", *args, db=db, check=True).stdout)


def test_add_a_fact_by_hand(store_url, run_cli):
    out = run_cli("facts", "add", "--proposal", "p", "--source", "Al-Qahera News", "--slot", "hostages released",
                  "--phase", "1", "--kind", "count", "--min", "33", "--quote", "33 captives in the first stage",
                  "--reviewer", "maria", db=store_url, check=True)
    assert "added fact" in out.stdout
    [row] = facts_json(run_cli, store_url)
    assert (row["source"], row["phase"], row["slot"], row["min"], row["max"], row["origin"]) == \
        ("Al-Qahera News", 1, "hostages released", 33, 33, "manual")
    assert row["extractor"].startswith("manual:maria")


def test_import_is_all_or_nothing(store_url, run_cli, tmp_path):
    good = [{"proposal": "p", "source": "Kan", "slot": "truce duration", "kind": "duration", "min": 42,
             "phase": 1, "quote": "six weeks"},
            {"proposal": "p", "source": "Kan", "slot": "withdrawal", "text": "from the Philadelphi corridor"}]
    bad = good + [{"proposal": "p", "source": "Kan", "slot": "x", "kind": "count", "min": 9, "max": 3}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    p = run_cli("facts", "import", path, db=store_url)
    assert p.returncode == 1 and "bad.json:3" in p.stderr and "greater than" in p.stderr
    assert facts_json(run_cli, store_url) == []
    yaml_path = tmp_path / "good.yaml"
    yaml_path.write_text("\n".join(
        f"- {{proposal: p, source: Kan, slot: '{r['slot']}', {', '.join(f'{k}: {v!r}' for k, v in r.items() if k not in ('proposal', 'source', 'slot'))}}}"
        for r in good))
    run_cli("facts", "import", yaml_path, db=store_url, check=True)
    rows = facts_json(run_cli, store_url)
    assert {(r["slot"], r["unit"]) for r in rows} == {("truce duration", "day"), ("withdrawal", None)}


def test_a_correction_replaces_the_fact_and_keeps_the_original(store_url, run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("According to Reuters, the first phase will last 40 days and 33 hostages will be released.")
    run_cli("ingest", article, "--outlet", "Desk", "--proposal", "p", db=store_url, check=True)
    [dur] = [r for r in facts_json(run_cli, store_url) if r["slot"] == "truce duration"]
    run_cli("facts", "correct", dur["id"], "--min", "42", db=store_url, check=True)
    rows = [r for r in facts_json(run_cli, store_url) if r["slot"] == "truce duration"]
    assert len(rows) == 1 and rows[0]["min"] == 42 and rows[0]["corrects"] == dur["id"]
    assert rows[0]["quote"] == dur["quote"] and rows[0]["phase"] == 1
    with session_scope(get_engine(store_url)) as s:
        assert s.get(Fact, dur["id"]).min == 40                # the original is kept
        assert s.scalar(select(func.count(Fact.id)).where(Fact.slot == "truce duration")) == 2
    p = run_cli("facts", "correct", "99999", "--min", "1", db=store_url)
    assert p.returncode == 1 and "no fact with id 99999" in p.stderr
