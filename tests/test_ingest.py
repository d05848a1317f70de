"""Ingest end to end through the CLI on both backends, plus the library path for the crash test."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import compare.extract
import compare.ingest
from compare import store as store_module
from compare.cli import Store
from compare.cli_core import ingest_paths
from compare.errors import CrosscheckError
from compare.extract import ExtractedFact
from compare.ingest import DocInput
from db.session import get_engine

DATA = Path(__file__).resolve().parent / "data" / "foundation"
META = ("--outlet", "Example Daily", "--proposal", "harbour-accord")
ARTICLE = "Under the plan, a pause of six weeks would begin once both sides sign.\n"


def rows(url: str, sql: str, **params) -> list:
    with get_engine(url).connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def count(url: str, table: str) -> int:
    return rows(url, f"SELECT count(*) FROM {table}")[0][0]


def documents(url: str) -> list[tuple]:
    return rows(url, "SELECT d.locator, d.version, d.is_current, s.name, p.slug, d.title, d.url, d.published, d.text "
                     "FROM documents d JOIN sources s ON s.id = d.outlet_id JOIN proposals p ON p.id = d.proposal_id "
                     "ORDER BY d.locator, d.version")


def as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def test_same_file_twice_is_stored_once(store_url, run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    first = run_cli("ingest", article, *META, db=store_url, check=True)
    assert "1 new" in first.stdout
    second = run_cli("ingest", article, *META, db=store_url, check=True)
    assert "1 unchanged" in second.stdout and "0 new" in second.stdout
    assert count(store_url, "documents") == 1


def test_changed_text_at_same_path_is_a_new_version(store_url, run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run_cli("ingest", article, *META, db=store_url, check=True)
    article.write_text(ARTICLE.replace("six weeks", "eight weeks"), encoding="utf-8")
    p = run_cli("ingest", article, *META, db=store_url, check=True)
    assert "1 updated" in p.stdout

    docs = documents(store_url)
    assert [(d[0], d[1], bool(d[2])) for d in docs] == [(str(article.resolve()), 1, False),
                                                        (str(article.resolve()), 2, True)]
    assert "six weeks" in docs[0][8] and "eight weeks" in docs[1][8]


BAD_FILES = {
    # name: (content, words the error line must contain)
    "binary.txt": (b"PK\x03\x04\x00\x00\x00\x08\x00binary", "binary"),
    "latin1.txt": ("Déclaration commune sur la trêve".encode("latin-1"), "UTF-8"),
    "empty.txt": (b"  \n\n", "empty"),
    "huge.txt": (("A long article. " * 400).encode(), "larger than"),
    "broken.json": (b'{"text": "The pause would last 42 days", ', "malformed JSON"),
    "broken.jsonl": (b'{"text": "A good record about the pause."}\n{"text": oops}\n', "malformed JSON"),
    "notext.json": (b'{"title": "A record with a title and no body"}', "no text"),
}


def test_bad_files_are_reported_and_the_good_ones_land(store_url, run_cli, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good.json").write_text('{"text": "Aid would rise to 600 trucks a day.", "id": "g-1"}', encoding="utf-8")
    for name, (content, _) in BAD_FILES.items():
        (folder / name).write_bytes(content)

    p = run_cli("ingest", folder, *META, "--max-bytes", "4000", db=store_url)

    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == len(BAD_FILES), p.stderr
    for name, (_, words) in BAD_FILES.items():
        line = [ln for ln in lines if f"{name}:" in ln]
        assert len(line) == 1, f"no one-line error for {name}: {p.stderr}"
        assert words in line[0], line[0]
    assert f"2 new, 0 unchanged, 0 updated, {len(BAD_FILES)} failed" in p.stdout
    assert sorted(d[0] for d in documents(store_url)) == sorted(["g-1", str((folder / "good.txt").resolve())])


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_alone_fails_with_one_line(name, sqlite_url, run_cli, tmp_path):
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name][0])
    p = run_cli("ingest", bad, *META, "--max-bytes", "4000", db=sqlite_url)
    assert p.returncode == 1
    assert p.stderr.count("\n") == 1 and str(bad) in p.stderr and BAD_FILES[name][1] in p.stderr, p.stderr
    assert count(sqlite_url, "documents") == 0


def test_folder_is_ingested_recursively(store_url, run_cli, tmp_path):
    root = tmp_path / "articles"
    deep = root / "2024" / "may" / "wires"
    deep.mkdir(parents=True)
    (root / "top.txt").write_text("Top-level story about the truce talks.\n", encoding="utf-8")
    (deep / "nested.md").write_text("# Wire\n\nA nested story about the exchange of captives.\n", encoding="utf-8")
    (deep / "nested.meta.json").write_text('{"outlet": "Example Wire"}', encoding="utf-8")
    (deep / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")

    p = run_cli("ingest", root, *META, db=store_url, check=True)
    assert "2 new" in p.stdout and "0 failed" in p.stdout
    assert sorted(d[0] for d in documents(store_url)) == sorted(
        [str((root / "top.txt").resolve()), str((deep / "nested.md").resolve())])


def test_html_keeps_the_article_and_drops_the_boilerplate(store_url, run_cli, tmp_path):
    page = tmp_path / "article.html"
    shutil.copy(DATA / "article.html", page)
    run_cli("ingest", page, *META, db=store_url, check=True)
    [doc] = documents(store_url)
    body = doc[8]
    assert "first stage would last six weeks" in body
    assert "second round is expected later this week" in body
    for boilerplate in ("Skip to main content", "Newsletters", "Cookie settings", "All rights reserved", "<p>"):
        assert boilerplate not in body
    assert doc[5] == "Truce talks resume in Cairo"


def test_jsonl_records_carry_their_own_metadata(store_url, run_cli, tmp_path):
    p = run_cli("ingest", DATA / "records.jsonl", "--outlet", "Example Daily", "--proposal", "other-plan",
                "--published", "2024-01-15", db=store_url, check=True)
    assert "2 new" in p.stdout
    by_locator = {d[0]: d for d in documents(store_url)}
    assert set(by_locator) == {"https://example.org/news/draft-truce", "wire-0002"}

    own = by_locator["https://example.org/news/draft-truce"]
    assert own[3:7] == ("Example Wire", "harbour-accord", "Draft truce seen by reporters",
                        "https://example.org/news/draft-truce")
    assert as_date(own[7]) == dt.date(2024, 5, 2)
    assert own[8].startswith("The draft foresees a first phase of 42 days")

    plain = by_locator["wire-0002"]  # no metadata of its own: the command line's
    assert plain[3:7] == ("Example Daily", "other-plan", None, None)
    assert as_date(plain[7]) == dt.date(2024, 1, 15)


def test_stdin(store_url, run_cli):
    p = run_cli("ingest", "-", *META, "--title", "From a pipe", input=ARTICLE, db=store_url, check=True)
    assert "1 new" in p.stdout
    [doc] = documents(store_url)
    assert doc[0].startswith("stdin:") and doc[5] == "From a pipe" and doc[8] == ARTICLE
    again = run_cli("ingest", "-", *META, input=ARTICLE, db=store_url, check=True)
    assert "1 unchanged" in again.stdout


def test_bad_published_value_is_named(sqlite_url, run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    p = run_cli("ingest", article, *META, "--published", "2024-13-45", db=sqlite_url)
    assert p.returncode != 0
    assert "2024-13-45" in p.stderr and "--published" in p.stderr
    assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr
    assert count(sqlite_url, "documents") == 0


def test_crash_during_ingest_leaves_no_rows(store_url, monkeypatch, tmp_path):
    """The document row, a reported version and a fact are written before the crash: all of it
    rolls back, the file is reported as failed, and the next file still lands."""
    real_write_facts = store_module.write_facts
    seen = {}

    def write_then_crash(session, documents):
        if not session.scalar(text("SELECT count(*) FROM documents WHERE locator LIKE '%a.txt'")):
            return real_write_facts(session, documents)
        doc_id, proposal_id, facts = documents[0]
        fact = ExtractedFact(source="Example Daily", slot="pause length", kind="duration", min=42, max=42,
                             unit="day", quote="42 days", start=0, end=7)
        real_write_facts(session, [(doc_id, proposal_id, store_module.fact_rows([fact]))])
        seen["rows"] = [session.scalar(text(f"SELECT count(*) FROM {t}"))
                        for t in ("documents", "reported_versions", "facts")]
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr(store_module, "write_facts", write_then_crash)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Example", "Sample"), encoding="utf-8")
    defaults = DocInput(locator="-", text="", outlet="Example Daily", proposal="harbour-accord")
    errors = []

    counts = ingest_paths(Store(store_url), [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], defaults,
                          max_bytes=100_000, echo_err=errors.append)

    assert seen["rows"][2] == 1 and counts["failed"] == 1 and counts["new"] == 1, errors
    assert len(errors) == 1 and "a.txt" in errors[0] and "extractor crashed" in errors[0]
    assert count(store_url, "documents") == 1
    with get_engine(store_url).connect() as conn:
        assert conn.scalar(text("SELECT locator FROM documents")).endswith("b.txt")
        assert conn.scalar(text("SELECT count(*) FROM facts f JOIN reported_versions v ON v.id = f.version_id "
                                "JOIN documents d ON d.id = v.document_id WHERE d.locator LIKE :a"),
                           {"a": "%a.txt"}) == 0


def test_sqlite_connection_settings(sqlite_url):
    with get_engine(sqlite_url).connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar().lower() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_relative_paths_are_also_tried_from_the_shells_folder(tmp_path, sqlite_url):
    """A caller that runs us in another folder (as a scoring script does) still finds the file."""
    import subprocess, sys, os
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("According to Reuters, 33 hostages will be released.")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, CROSSCHECK_DB=sqlite_url, PWD=str(tmp_path))
    p = subprocess.run([sys.executable, "-m", "compare", "ingest", "in/a.txt", "--outlet", "O", "--proposal", "p"],
                       cwd=elsewhere, env=env, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "1 new" in p.stdout


def _extract_or_fail(text_: str, outlet: str, published=None):
    """An extractor that fails on one marked text; module level, so that worker processes get it."""
    if "UNREADABLE" in text_:
        raise ValueError("cannot parse this one")
    return compare.extract.extract(text_, outlet)


def _stored_facts(url: str) -> list[tuple]:
    return rows(url, "SELECT d.locator, d.version, d.is_current, s.name, f.slot, f.phase, f.kind, f.min, f.max, "
                     "f.text, f.start, f.value_start FROM facts f JOIN reported_versions v ON v.id = f.version_id "
                     "JOIN documents d ON d.id = v.document_id JOIN sources s ON s.id = v.source_id "
                     "ORDER BY d.locator, d.version, f.start, f.slot, f.kind, f.min")


def _generated_files(tmp_path: Path, n: int) -> list[str]:
    from compare.bench import generate_corpus

    paths = []
    for art in generate_corpus(3, n, 3, 3, words=300):
        path = tmp_path / f"{art['id']}.txt"
        path.write_text(art["text"], encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("batch_docs,workers", [(5, 2), (200, 1), (200, 2)])
def test_batches_and_workers_store_what_one_file_at_a_time_does(store_url, tmp_path, batch_docs, workers):
    """Batched writes (several files per transaction, one INSERT per table) and extraction in
    worker processes give the same rows as one file per transaction; a changed text at a path
    already in the same batch becomes its next version, the same text again is unchanged."""
    from compare.ingest import ingest_files, load

    paths = _generated_files(tmp_path, 12)
    twice = tmp_path / "changed.txt"
    twice.write_text("According to the Harbor Ledger, the first phase would last six weeks.", encoding="utf-8")
    texts = {"again": "According to the Harbor Ledger, the first phase would last 40 days."}
    defaults = DocInput(locator="-", text="", outlet="Example Daily", proposal="harbour-accord")

    def load_one(path: str) -> list[DocInput]:
        if path.endswith("#again"):                    # the same path, changed text, within the batch
            return [replace(load(path.removesuffix("#again"), defaults, 1_000_000)[0], text=texts["again"])]
        return load(path, defaults, 1_000_000)

    reference = store_url.replace("store.db", "reference.db") if store_url.startswith("sqlite") else None
    order = [*paths, str(twice), str(twice) + "#again", paths[0]]

    def run(url, batch, n_workers):
        out = []
        for r in ingest_files(get_engine(url), order, load_one, _extract_or_fail, batch_docs=batch,
                              workers=n_workers):
            assert r.error is None, r.error
            out.extend(r.statuses)
        return out

    statuses = run(store_url, batch_docs, workers)
    assert statuses == ["new"] * 13 + ["updated", "unchanged"]
    versions = rows(store_url, "SELECT version, is_current FROM documents WHERE locator LIKE :p ORDER BY version",
                    p="%changed.txt")
    assert [(v, bool(c)) for v, c in versions] == [(1, False), (2, True)]
    assert count(store_url, "facts") > 12 * 3
    if reference:
        from db import migrate
        migrate.upgrade(get_engine(reference))
        assert run(reference, 1, 1) == statuses
        assert _stored_facts(store_url) == _stored_facts(reference)


def test_a_file_whose_extraction_fails_in_a_worker_is_reported_alone(sqlite_url, tmp_path):
    from compare.ingest import ingest_files, load

    paths = _generated_files(tmp_path, 6)
    Path(paths[2]).write_text("UNREADABLE " + Path(paths[2]).read_text(encoding="utf-8"), encoding="utf-8")
    defaults = DocInput(locator="-", text="", outlet="Example Daily", proposal="harbour-accord")
    results = list(ingest_files(get_engine(sqlite_url), paths, lambda p: load(p, defaults, 1_000_000),
                                _extract_or_fail, workers=2))
    errors = [r.error for r in results if r.error]
    assert errors == [f"{paths[2]}: ValueError: cannot parse this one"]
    assert [r.statuses for r in results if not r.error] == [["new"]] * 5
    assert count(sqlite_url, "documents") == 5


def test_workers_setting(monkeypatch):
    from compare.config import auto_workers
    from compare.errors import CrosscheckError

    monkeypatch.setenv("CROSSCHECK_WORKERS", "3")
    assert auto_workers(1, 100) == 3
    monkeypatch.delenv("CROSSCHECK_WORKERS")
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert auto_workers(99, 100) == 1 and auto_workers(100, 100) == 4     # one per core, up to 4
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert auto_workers(500, 100) == 2
    monkeypatch.setenv("CROSSCHECK_WORKERS", "zero")
    with pytest.raises(CrosscheckError, match="workers: 'zero'"):
        auto_workers(500, 100)


def test_cli_workers_option_stores_the_same_facts(tmp_path, run_cli):
    """`ingest --workers 2` (extraction in two processes) stores what `--workers 1` does."""
    paths = _generated_files(tmp_path, 8)
    urls = [f"sqlite:///{tmp_path / f'w{n}.db'}" for n in (1, 2)]
    for url, n in zip(urls, (1, 2)):
        p = run_cli("ingest", *paths, "--outlet", "Example Daily", "--proposal", "harbour-accord",
                    "--workers", n, db=url, check=True)
        assert "8 new" in p.stdout
    assert _stored_facts(urls[0]) == _stored_facts(urls[1]) and len(_stored_facts(urls[0])) > 8 * 3
    assert run_cli("ingest", paths[0], *META, "--workers", 0, db=urls[0]).returncode == 2


def _extract_noting_pid(text_: str, outlet: str, published=None):
    """Notes the process that extracts (in the file named by CROSSCHECK_TEST_PIDS), then extracts."""
    with open(os.environ["CROSSCHECK_TEST_PIDS"], "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")
    return compare.extract.extract(text_, outlet)


def test_with_workers_extraction_runs_in_other_processes(sqlite_url, tmp_path, monkeypatch):
    from compare.ingest import ingest_files, load

    pids = tmp_path / "pids.txt"
    monkeypatch.setenv("CROSSCHECK_TEST_PIDS", str(pids))
    paths = _generated_files(tmp_path, 8)
    defaults = DocInput(locator="-", text="", outlet="Example Daily", proposal="harbour-accord")
    results = list(ingest_files(get_engine(sqlite_url), paths, lambda p: load(p, defaults, 1_000_000),
                                _extract_noting_pid, batch_docs=3, workers=2))
    assert [r.statuses for r in results] == [["new"]] * 8
    seen = pids.read_text().split()
    assert len(seen) == 8 and str(os.getpid()) not in seen


def test_two_names_of_one_source_in_one_document_are_one_version(sqlite_url, tmp_path):
    """Facts filed under a source's alias and under its canonical name ("Majed al-Ansari" and "Qatar")
    are one reported version: the document lands instead of failing on the versions' unique key."""
    with Store(sqlite_url).session() as session:
        store_module.store_documents(session, [(DocInput(locator="a.txt", text=ARTICLE, outlet="Example Daily",
                                                         proposal="harbour-accord"), store_module.fact_rows([
            ExtractedFact(source="Qatar", slot="trucks per day", kind="count", min=200, max=200, quote="200 trucks"),
            ExtractedFact(source="Majed al-Ansari", slot="flights", kind="text", text="no drone flights"),
        ]))])
    assert rows(sqlite_url, "SELECT s.name, count(f.id) FROM reported_versions v JOIN sources s ON s.id = v.source_id "
                            "JOIN facts f ON f.version_id = v.id GROUP BY s.name") == [("Qatar", 2)]


def test_a_document_that_breaks_a_constraint_says_which(sqlite_url, monkeypatch):
    """A constraint that fails on every attempt is named in the error, not blamed on other writers."""
    def clash(*args, **kwargs):
        raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed: reported_versions.document_id"))

    monkeypatch.setattr(compare.ingest, "store_documents", clash)
    with pytest.raises(CrosscheckError, match=r"^a\.txt: could not be stored \(UNIQUE constraint failed: reported"):
        compare.ingest._write(get_engine(sqlite_url), [(DocInput(locator="a.txt", text=ARTICLE, outlet="Example Daily",
                                                                   proposal="harbour-accord"), None)], None, 2)
