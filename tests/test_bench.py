"""`crosscheck bench`: the corpus generator (reproducible, streaming, readable by the extractor)
and the shape of a --quick run's figures (not its times)."""
from __future__ import annotations

import inspect
import json
import sys

from compare.bench import generate_corpus, make_plan, run_peer
from compare.extract import extract


def test_the_generator_is_reproducible_and_streams():
    gen = generate_corpus(seed=11, articles=10**9, proposals=50, sources=5)
    assert inspect.isgenerator(gen)
    first = next(gen)                         # a billion articles: only the first is ever made
    again = next(generate_corpus(seed=11, articles=10**9, proposals=50, sources=5))
    other = next(generate_corpus(seed=12, articles=1, proposals=50, sources=5))
    assert first["text"] == again["text"] and first["planted"] == again["planted"]
    assert first["text"] != other["text"]
    assert 1000 <= len(first["text"].split()) <= 1500
    assert {"locator", "proposal", "outlet", "source", "title", "published", "text", "planted",
            "distractors"} <= set(first)


def test_plans_plant_discrepancies_between_sources():
    plan = make_plan(seed=3, index=0, n_sources=4)
    assert plan.planted
    for p in plan.planted:
        assert p["a"]["source"] != p["b"]["source"] and p["a"]["value"] != p["b"]["value"]
        assert plan.values[p["b"]["source"]][(p["slot"], p["phase"])] == p["b"]["value"]


def test_the_extractor_reads_the_planted_facts():
    found = total = 0
    for art in generate_corpus(seed=5, articles=6, proposals=3, sources=3):
        facts = extract(art["text"], art["outlet"])
        for p in art["planted"]:
            total += 1
            found += any(f.source == p["source"] and f.slot == p["slot"] and f.phase == p["phase"]
                         and (p["min"] is None or (f.min is not None and abs(f.min - p["min"]) < 1e-6))
                         for f in facts)
        # distractor sentences (casualty counts, ages, dates, population figures) give no fact
        assert not [f for f in facts if f.min is not None and any(f.quote in d or d in f.quote
                                                                  for d in art["distractors"])]
    assert total and found / total >= 0.9


def test_the_peer_is_skipped_when_quantulum3_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "quantulum3", None)     # import fails as if not installed
    result = run_peer(seed=1, articles=1, proposals=1, sources=2)
    assert result["skipped"] and "quantulum3" in result["reason"]


def _positive(value) -> bool:
    return isinstance(value, (int, float)) and value > 0


def test_quick_run_writes_every_figure(run_cli, tmp_path):
    out = tmp_path / "bench.json"
    p = run_cli("bench", "--quick", "--json", out, check=True)
    assert "ingest+attribute+extract+store" in p.stdout and "growth" in p.stdout
    assert "peer" in p.stdout                                  # a line either way: figures or "skipped"
    r = json.loads(out.read_text())

    assert set(r["sizes"]) == {"1x", "4x", "16x"}
    assert r["sizes"]["1x"]["articles"] < r["sizes"]["4x"]["articles"] < r["sizes"]["16x"]["articles"]
    for stage in ("ingest", "extract", "compare", "report"):
        s = r["stages"][stage]
        assert _positive(s["seconds"]) and _positive(s["peak_rss_mb"]), stage
        assert len(r["growth"][stage]["seconds"]) == 3 and all(map(_positive, r["growth"][stage]["seconds"].values()))
        assert _positive(r["growth"][stage]["factor"])
        assert r["targets"]["growth"][stage]["met"] in (True, False)
    # compare's growth: the best of three runs per size, the sizes in turn, each on a copy of the store as it was
    # before the size's compare stage (so each finds the same discrepancies the stage found)
    g = r["growth"]["compare"]
    assert {lb: len(v) for lb, v in g["repeats"].items()} == {"1x": 3, "4x": 3, "16x": 3}
    for lb, runs in g["repeats"].items():
        assert all(x["new"] == r["sizes"][lb]["compare"]["new"] > 0 for x in runs), lb
        assert g["seconds"][lb] == min(x["seconds"] for x in runs)
    n1, n16 = r["sizes"]["1x"]["articles"], r["sizes"]["16x"]["articles"]
    assert g["factor"] == round(g["seconds"]["16x"] / g["seconds"]["1x"] / (n16 / n1), 3)
    assert g["stage_seconds"] == {lb: r["sizes"][lb]["compare"]["seconds"] for lb in ("1x", "4x", "16x")}
    assert "best of 3 interleaved repeats" in p.stdout
    ing = r["stages"]["ingest"]
    assert _positive(ing["articles_per_s"]) and _positive(ing["facts_per_s"]) and _positive(ing["facts"])
    assert _positive(r["stages"]["extract"]["articles_per_s"])
    assert _positive(r["stages"]["compare"]["facts"]) and _positive(r["stages"]["report"]["pages"])
    nightly = r["stages"]["nightly"]
    assert _positive(nightly["seconds"]) and _positive(nightly["articles"]) and nightly["touched_proposals"] >= 1

    assert _positive(r["peak_rss_mb"]) and _positive(r["store"]["bytes"])
    assert r["recall"]["planted"] > 0 and 0.0 <= r["recall"]["recall"] <= 1.0
    storage, align = r["limits"]["storage"], r["limits"]["alignment"]
    assert _positive(storage["ratio"]) and _positive(storage["bare_executemany_seconds"])
    assert storage["rows"] == ing["facts"]
    # our store path timed alone wrote every fact again; the figure during ingest is kept beside it
    assert storage["alone_rows"] == ing["facts"] and storage["alone_batches"] >= 1
    assert _positive(storage["ours_alone_seconds"]) and _positive(storage["ratio_during_ingest"])
    assert _positive(align["ratio"]) and _positive(align["bare_cdist_seconds"])
    for name in ("ingest_articles_per_s", "extract_articles_per_s", "store_ratio", "compare_seconds", "align_ratio",
                 "report_seconds", "peak_rss_mb", "nightly_seconds"):
        t = r["targets"][name]
        assert _positive(t["value"]) and _positive(t["target"]) and t["met"] in (True, False), name

    peer = r["peer"]
    if peer["skipped"]:
        assert "quantulum3" in peer["reason"]
    else:
        assert peer["articles"] > 0 and _positive(peer["quantulum3"]["seconds"])
        for side in ("quantulum3", "crosscheck"):
            assert 0 <= peer[side]["count"] <= peer["planted"]["count"]
            assert 0 <= peer[side]["duration"] <= peer["planted"]["duration"]
