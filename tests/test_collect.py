"""compare.collect.fewer_collections raises the young-generation threshold for a bulk stage and
always puts back what was set before."""
from __future__ import annotations

import gc

import pytest

from compare.collect import BULK_THRESHOLD, fewer_collections


@pytest.fixture
def threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_threshold_raised_inside_and_restored_after(threshold):
    with fewer_collections():
        assert gc.get_threshold() == (BULK_THRESHOLD, 10, 10)
        with fewer_collections():                       # nested: unchanged, and restored to the outer
            assert gc.get_threshold() == (BULK_THRESHOLD, 10, 10)
        assert gc.get_threshold() == (BULK_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_stage_fails(threshold):
    with pytest.raises(RuntimeError):
        with fewer_collections():
            raise RuntimeError("stage failed")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_is_left_alone(threshold):
    gc.set_threshold(50_000, 5, 5)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 5, 5)
    assert gc.get_threshold() == (50_000, 5, 5)


def test_ingest_compare_and_report_run_with_fewer_collections(threshold, sqlite_url, tmp_path, monkeypatch):
    """Each bulk stage does its work under the raised threshold, and leaves the default after."""
    import compare.diff
    from compare.extract import extract
    from compare.ingest import DocInput, ingest_files
    from db.session import get_engine, read_scope, session_scope
    from reports import context
    from reports.render import render_site

    seen: dict[str, int] = {}

    def recording(stage, fn):
        def call(*args, **kwargs):
            seen[stage] = gc.get_threshold()[0]
            return fn(*args, **kwargs)
        return call

    texts = {"a": "According to the Harbor Ledger, the first phase would last 40 days and 33 hostages would go free.",
             "b": "The Tide Post reported that the first phase would last six weeks and 30 hostages would go free."}
    load = lambda name: [DocInput(locator=name, text=texts[name], outlet="Example Daily", proposal="harbour")]
    engine = get_engine(sqlite_url)
    assert all(r.error is None for r in ingest_files(engine, list(texts), load, recording("ingest", extract)))
    monkeypatch.setattr(compare.diff, "compare_proposal", recording("compare", compare.diff.compare_proposal))
    with session_scope(engine) as session:
        compare.diff.run_compare(session)
    monkeypatch.setattr(context, "proposal_input", recording("report", context.proposal_input))
    with read_scope(engine) as session:
        render_site(session, tmp_path / "report", workers=1)
    assert seen == {"ingest": BULK_THRESHOLD, "compare": BULK_THRESHOLD, "report": BULK_THRESHOLD}
    assert gc.get_threshold() == (700, 10, 10)
