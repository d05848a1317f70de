"""The report in a real browser: headless Chromium (Debian's `chromium`) loads the pages from disk,
and the test reads the DOM it dumps. Skips only when no browser is found; under CI a missing
browser is a failure. Screenshots are kept in test-artifacts/ (gitignored).

The browser runs with no network: every page is self-contained, and file:// is all it loads.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from db.session import get_engine, session_scope
from tests.test_report import SCRIPT, build_store, render_desk

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.slow


def find_browser() -> str | None:
    named = os.environ.get("CROSSCHECK_BROWSER")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    found = find_browser()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no browser for the report tests: install Debian's chromium (apt-get install -y chromium)")
        pytest.skip("no browser found (apt-get install -y chromium, or set CROSSCHECK_BROWSER)")
    return found


def run_browser(browser: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="cc-chromium-") as profile:
        env = dict(os.environ, HOME=profile)
        return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                              text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL)


def dump_dom(browser: str, page: Path) -> str:
    p = run_browser(browser, "--dump-dom", page.resolve().as_uri())
    assert p.returncode == 0 and "<html" in p.stdout, f"chromium exited {p.returncode}: {p.stderr[-2000:]}"
    return p.stdout


def screenshot(browser: str, page: Path, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / name
    shot.unlink(missing_ok=True)
    p = run_browser(browser, f"--screenshot={shot}", "--window-size=1280,2200", "--hide-scrollbars",
                    page.resolve().as_uri())
    assert p.returncode == 0 and shot.is_file(), f"chromium exited {p.returncode}: {p.stderr[-2000:]}"
    return shot


def not_run(dom: str) -> None:
    """The injected markup did not run: no attribute on <body>, title intact, no <img> element."""
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert "data-pwned" not in body, body
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert title.strip() != "pwned" and title.endswith(" · crosscheck"), title
    assert "<img" not in dom


@pytest.fixture
def site(store_url, tmp_path):
    with session_scope(get_engine(store_url)) as s:
        ids = build_store(s)
    return render_desk(store_url, tmp_path / "report"), ids


def test_report_in_chromium(browser, site, backend):
    out, ids = site
    shown = "&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;"

    index = dump_dom(browser, out / "index.html")
    not_run(index)
    assert 'href="proposals/harbor-truce.html"' in index and 'href="proposals/river-accord.html"' in index
    assert "River accord " + shown in index                    # a hostile title, as text

    harbor = dump_dom(browser, out / "proposals/harbor-truce.html")
    not_run(harbor)
    matrix = re.search(r'<table class="matrix">.*?</table>', harbor, re.S).group(0)
    assert len(re.findall(r'data-state="(agree|differ|missing)"', matrix)) == 4 * 3   # 4 terms × 3 versions
    assert matrix.count('data-state="differ"') == 6 and matrix.count('data-state="missing"') == 2
    assert re.findall(r'<article class="disc[^"]*" id="d-(\d+)"', harbor) == [str(i) for i in (
        ids["discrepancies"][0], ids["discrepancies"][2], ids["discrepancies"][1])]
    assert "<mark>42 days</mark>" in harbor
    assert 'id="filters" class="filters" data-ready="1"' in harbor   # our own script did run (CSP allows it)
    assert "3 of 3 shown" in harbor

    river = dump_dom(browser, out / "proposals/river-accord.html")
    not_run(river)
    assert re.search(r"<title>River accord " + re.escape(shown), river)
    assert "&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt;Bayside Wire" in river    # outlet
    assert "Checked \"&gt;&lt;img src=x onerror=" in river and "twice " + shown in river       # note
    assert "<b>" not in river and "&lt;b&gt;bold?&lt;/b&gt;" in river                         # summary
    assert len(re.findall(r'<article class="disc', river)) == 1

    doc = dump_dom(browser, out / f"documents/{ids['docs']['hostile']}.html")
    not_run(doc)
    assert "Accord text " + shown in doc and "<mark>10 days</mark>" in doc
    assert "javascript:" not in re.sub(r">[^<]*<", "><", doc)

    for name, page in (("index", out / "index.html"), ("proposal", out / "proposals/harbor-truce.html"),
                       ("hostile", out / "proposals/river-accord.html")):
        shot = screenshot(browser, page, f"report-{name}-{backend}.png")
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_payload_constant_is_what_the_fixture_holds():
    """Guards the browser test: the fixture really carries the payloads it looks for."""
    text = (Path(__file__).parent / "data" / "reports" / "desk.json").read_text()
    assert SCRIPT in text and "onerror=\\\"document.title='pwned'" in text
