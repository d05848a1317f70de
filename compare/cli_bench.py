"""bench command: a thin wrapper over compare.bench."""
from __future__ import annotations

import json
from pathlib import Path

import click

from compare.cli import main


@main.command()
@click.option("--articles", type=click.IntRange(16), help="Articles in the largest corpus (16×) "
              "[default 20,000; --quick 192]. The 1× and 4× runs use 1/16 and 1/4 of it.")
@click.option("--proposals", type=click.IntRange(1), help="Proposals in the largest corpus, scaled like the "
              "articles [default 400; --quick 16].")
@click.option("--sources", type=click.IntRange(2), help="Sources reporting each proposal [default 5; --quick 4].")
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the synthetic corpus.")
@click.option("--quick", is_flag=True, help="A small run (under a minute) for CI smoke use.")
@click.option("--peer-articles", type=click.IntRange(0), help="Articles given to the peer, quantulum3 "
              "[default 40; --quick 2].")
@click.option("--nightly-articles", type=click.IntRange(0), help="New articles of the incremental nightly "
              "[default 500; --quick 24].")
@click.option("--workers", type=click.IntRange(1), help="Extraction processes during ingest "
              "[default: as crosscheck ingest on a large input, one per core up to 4].")
@click.option("--compare-rounds", type=click.IntRange(0), help="Times compare runs again on every size, the "
              "sizes in turn, each in a fresh process; its growth factor is that of the best [default 3]; 0: "
              "the compare stages' own.")
@click.option("--workdir", type=click.Path(file_okay=False), help="Keep the stores and planted facts here "
              "(default: a temporary folder, removed).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write every figure to this JSON file.")
def bench(articles, proposals, sources, seed, quick, peer_articles, nightly_articles, workers, compare_rounds, workdir,
          json_out):
    """Benchmark every stage on a synthetic corpus and print a table of figures and targets.

    Runs 1×, 4× and 16× corpus sizes, each in a fresh process on a fresh SQLite store (the --db
    store is not touched): ingest + attribute + extract + store, extraction alone, compare, report
    rendering, recall of planted discrepancies; at the largest size the limits (plain sqlite3
    executemany, bare RapidFuzz cdist) and an incremental nightly; then compare again on every
    size, the sizes in turn; then the peer, quantulum3 (skipped when not installed: pip install
    'crosscheck[bench]').

    \b
    Example:
      crosscheck bench --quick --json bench.json
      crosscheck bench --articles 20000 --proposals 400 --sources 5
    """
    from compare.bench import BenchConfig, format_table, run_bench

    over = dict(articles=articles, proposals=proposals, sources=sources, peer_articles=peer_articles,
                nightly_articles=nightly_articles, workers=workers,
                compare_rounds=compare_rounds)
    if quick:
        cfg = BenchConfig.quick_defaults(seed=seed, workdir=workdir, **over)
    else:
        cfg = BenchConfig(seed=seed, workdir=workdir, **{k: v for k, v in over.items() if v is not None})
    result = run_bench(cfg)
    click.echo(format_table(result), nl=False)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2, sort_keys=False) + "\n", encoding="utf-8")
        click.echo(f"figures: {json_out}")
