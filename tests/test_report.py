"""The HTML report: pages from a store built row by row (no extractor, no diff engine), escaping
of hostile text, determinism, and discrepancies.json/csv against the pages."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import select, update
from db.models import (Discrepancy, Document, Fact, Proposal, ReportedVersion, ReviewEvent, Run,
                       Source)
from db.session import get_engine, read_scope, session_scope
from reports import context, render

FIXTURE = Path(__file__).resolve().parent / "data" / "reports" / "desk.json"
SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>"
IMG = "\"><img src=x onerror=\"document.title='pwned'\">"
T1 = dt.datetime(2031, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
T2 = dt.datetime(2032, 6, 7, 8, 9, 10, tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------- the fixture store

def build_store(session, path: Path = FIXTURE) -> dict:
    """Insert the proposals, documents, facts, runs, discrepancies and review events of a fixture
    file through db.models. Fact offsets are found from each quote and value in the text.
    Returns ids by name: {"docs": {key: id}, "facts": {key: id}, "discrepancies": [ids in order],
    "runs": [ids], "versions": {(doc key, source): id}}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sources: dict[str, Source] = {}

    def source(name: str) -> Source:
        if name not in sources:
            sources[name] = Source(name=name)
            session.add(sources[name])
            session.flush()
        return sources[name]

    proposals = {}
    for p in data["proposals"]:
        proposals[p["slug"]] = Proposal(slug=p["slug"], title=p["title"])
        session.add(proposals[p["slug"]])
    session.flush()
    ids: dict = {"docs": {}, "facts": {}, "discrepancies": [], "runs": [], "versions": {}}
    versions: dict[tuple[str, str], ReportedVersion] = {}
    docs: dict[str, Document] = {}
    facts: dict[str, Fact] = {}

    def version(doc_key: str, name: str) -> ReportedVersion:
        if (doc_key, name) not in versions:
            doc = docs[doc_key]
            v = ReportedVersion(proposal_id=doc.proposal_id, document_id=doc.id, source_id=source(name).id)
            session.add(v)
            session.flush()
            versions[(doc_key, name)] = v
            ids["versions"][(doc_key, name)] = v.id
        return versions[(doc_key, name)]

    for d in data["documents"]:
        text = d["text"]
        doc = Document(locator=d.get("locator") or f"fixture://{d['key']}", version=1, is_current=True,
                       outlet_id=source(d["outlet"]).id, proposal_id=proposals[d["proposal"]].id, title=d["title"],
                       url=d["url"], content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
        session.add(doc)
        session.flush()
        docs[d["key"]] = doc
        ids["docs"][d["key"]] = doc.id
        for f in d["facts"]:
            start = text.index(f["quote"])
            vstart = start + f["quote"].index(f["value"])
            row = Fact(version_id=version(d["key"], f["source"]).id, phase=f["phase"], slot=f["slot"], kind=f["kind"],
                       min=f.get("min"), max=f.get("max"), unit=f.get("unit"), text=f.get("text", ""),
                       quote=f["quote"], start=start, end=start + len(f["quote"]), value_start=vstart,
                       value_end=vstart + len(f["value"]), extractor="fixture", extractor_version="1")
            session.add(row)
            session.flush()
            facts[f["key"]] = row
            ids["facts"][f["key"]] = row.id

    runs = []
    for i, r in enumerate(data["runs"]):
        run = Run(kind=r["kind"], status=r["status"], started_at=dt.datetime(2031, 1, 1 + i, tzinfo=dt.timezone.utc),
                  finished_at=dt.datetime(2031, 1, 1 + i, 0, 5, tzinfo=dt.timezone.utc))
        session.add(run)
        session.flush()
        runs.append(run.id)
    ids["runs"] = runs

    def run_id(n):
        return runs[n - 1] if n else None

    for n, x in enumerate(data["discrepancies"]):
        key = hashlib.sha256(f"{x['proposal']}|{x['phase']}|{x['slot']}".encode()).hexdigest()
        d = Discrepancy(key=key, fingerprint=hashlib.sha256(f"{key}|{n}".encode()).hexdigest(),
                        proposal_id=proposals[x["proposal"]].id, slot=x["slot"], phase=x["phase"], kind=x["kind"],
                        severity=x["severity"], status=x["status"], summary=x["summary"],
                        first_run_id=run_id(x.get("first_run")), changed_run_id=run_id(x.get("changed_run")),
                        resolved_run_id=run_id(x.get("resolved_run")))
        d.sides = []
        for s in x["sides"]:
            if "fact" in s:
                f = facts[s["fact"]]
                d.sides.append([f.version_id, f.id, None, f.min, f.max, f.unit, f.text or None, None])
            else:
                d.sides.append([version(*s["missing"]).id, None, None, None, None, None, None, None])
        session.add(d)
        session.flush()
        ids["discrepancies"].append(d.id)
        for e in x.get("reviews", []):
            session.add(ReviewEvent(discrepancy_id=d.id, reviewer=e["reviewer"], from_status=e["from"],
                                    to_status=e["to"], note=e["note"],
                                    at=dt.datetime.fromisoformat(e["at"]).replace(tzinfo=dt.timezone.utc)))
    session.flush()
    return ids


@pytest.fixture
def desk(store_url):
    """A store holding the fixture desk; yields (url, ids)."""
    with session_scope(get_engine(store_url)) as s:
        ids = build_store(s)
    return store_url, ids


def render_desk(url: str, out: Path, generated_at=T1, proposal=None) -> Path:
    with read_scope(get_engine(url)) as s:
        return render.render_site(s, out, proposal=proposal, generated_at=generated_at)


def without_generated(data: bytes) -> bytes:
    """The bytes of a page less its one generated-at line (and that line must be there)."""
    lines = data.split(b"\n")
    kept = [ln for ln in lines if f'id="{render.GENERATED_ID}"'.encode() not in ln]
    if data.startswith(b"<!DOCTYPE"):
        assert len(lines) - len(kept) == 1
    return b"\n".join(kept)


class Dom(HTMLParser):
    """A small element tree: enough to find elements by tag and attributes and read their text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = {"tag": "#root", "attrs": {}, "children": [], "parent": None}
        self.cur = self.root
        self.feed(html)

    VOID = {"meta", "link", "br", "img", "input", "hr"}

    def handle_starttag(self, tag, attrs):
        node = {"tag": tag, "attrs": dict(attrs), "children": [], "parent": self.cur}
        self.cur["children"].append(node)
        if tag not in self.VOID:
            self.cur = node

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n["tag"] != tag:
            n = n["parent"]
        if n is not None and n["parent"] is not None:
            self.cur = n["parent"]

    def handle_data(self, data):
        self.cur["children"].append(data)

    def find_all(self, tag=None, node=None, **attrs):
        node = node or self.root
        out = []
        for c in node["children"]:
            if isinstance(c, dict):
                if (tag is None or c["tag"] == tag) and all(
                        (v in c["attrs"].get(k.rstrip("_"), "").split()) if k == "class_" else c["attrs"].get(k) == v
                        for k, v in attrs.items()):
                    out.append(c)
                out.extend(self.find_all(tag, c, **attrs))
        return out

    @staticmethod
    def text(node) -> str:
        return "".join(c if isinstance(c, str) else Dom.text(c) for c in node["children"])


def page(out: Path, rel: str) -> Dom:
    return Dom((out / rel).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- unit pieces

@pytest.mark.parametrize("args, shown", [
    ((33, 33, None, ""), "33"),
    ((30, 40, None, ""), "30–40"),
    ((40, 40, "day", ""), "40 days"),
    ((1, 1, "day", ""), "1 day"),
    ((2.5, 2.5, "%", ""), "2.5%"),
    ((None, None, None, "full withdrawal"), "full withdrawal"),
    ((None, 40, "day", ""), "up to 40 days"),
    ((600, 600, None, "", "at least"), "at least 600"),
])
def test_display_value(args, shown):
    assert context.display_value(*args) == shown


def test_quote_segments_split_at_the_value_and_refuse_bad_offsets():
    segs = context.quote_segments("It lasts 42 days.", 100, 109, 116)
    assert [(s.text, s.mark) for s in segs] == [("It lasts ", False), ("42 days", True), (".", False)]
    assert [(s.text, s.mark) for s in context.quote_segments("short", 100, 90, 95)] == [("short", False)]
    assert [(s.text, s.mark) for s in context.quote_segments("short", 0, 2, 99)] == [("short", False)]
    assert context.quote_segments("", 0, 0, 1) == ()


def test_one_environment_autoescape_strict():
    from jinja2 import StrictUndefined

    assert render.ENV.autoescape is True
    assert render.ENV.undefined is StrictUndefined
    from jinja2 import UndefinedError
    with pytest.raises(UndefinedError):
        render.ENV.get_template("index.html").render()


def test_templates_ship_in_the_wheel():
    """Every template file is matched by the package-data patterns of pyproject.toml."""
    import tomllib

    root = Path(render.__file__).resolve().parent
    patterns = tomllib.loads((root.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["reports"]
    for f in (root / "templates").rglob("*"):
        if f.is_file():
            assert any(f.relative_to(root).match(p) for p in patterns), f


def test_safe_url_and_filenames():
    assert context.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert context.safe_url("javascript:alert(1)") is None
    assert context.safe_url("data:text/html,x") is None
    assert context.slug_filename("../../etc/passwd") == "etc-passwd"
    assert context.slug_filename("<>") == "proposal"


# ---------------------------------------------------------------- the site

def test_render_site_writes_every_page(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    assert out == tmp_path / "r"
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert names == sorted(["index.html", "discrepancies.json", "discrepancies.csv", "proposals/harbor-truce.html",
                            "proposals/river-accord.html", *(f"documents/{i}.html" for i in ids["docs"].values())])


def test_index_lists_proposals_counts_and_changes(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    dom = page(out, "index.html")
    rows = dom.find_all("tr", node=dom.find_all("table", class_="proposals")[0])[1:]
    assert len(rows) == 2
    harbor = Dom.text(rows[0])
    assert "Harbor truce proposal" in harbor and "Coastal Front, Northern Ministry" in harbor
    assert "Meridian Daily, Tidewater Post" in harbor
    links = [a["attrs"]["href"] for a in dom.find_all("a")]
    assert "proposals/harbor-truce.html" in links and "proposals/river-accord.html" in links
    counts = {Dom.text(li).split()[0]: int(Dom.text(li).split()[1]) for li in dom.find_all("li", node=rows[0])}
    assert counts == {"high": 1, "medium": 1, "low": 0}  # the dismissed high one is not open
    d = ids["discrepancies"]
    new, changed, resolved = (dom.find_all("section", node=None, **{"aria-labelledby": f"delta-{k}"})[0]
                              for k in ("new", "changed", "resolved"))
    assert [a["attrs"]["href"] for a in dom.find_all("a", node=new)] == [f"proposals/harbor-truce.html#d-{d[2]}"]
    assert [a["attrs"]["href"] for a in dom.find_all("a", node=changed)] == [f"proposals/harbor-truce.html#d-{d[1]}"]
    assert f"#{d[4]}" in Dom.text(resolved) and "3 miles against 6 miles." in Dom.text(resolved)
    assert f"run {ids['runs'][1]}" in Dom.text(dom.root)
    assert "discrepancies.json" in links and "discrepancies.csv" in links


def test_proposal_matrix_groups_terms_by_phase_with_states(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    dom = page(out, "proposals/harbor-truce.html")
    table = dom.find_all("table", class_="matrix")[0]
    heads = [Dom.text(th) for th in dom.find_all("th", node=table, scope="col")]
    assert heads[0] == "Term"
    assert [h.split("in ")[0] for h in heads[1:]] == ["Coastal Front", "Coastal Front", "Northern Ministry"]
    assert "Meridian Daily" in heads[1] and "Tidewater Post" in heads[2]
    groups = [Dom.text(th) for th in dom.find_all("th", node=table, scope="rowgroup")]
    assert groups == ["Phase 1", "Phase 2"]
    cells = {}
    for tr in dom.find_all("tr", node=table, class_="term"):
        slot = Dom.text(dom.find_all("th", node=tr)[0]).split(" #")[0].split(" (")[0]
        cells[slot] = [(td["attrs"]["data-state"], Dom.text(td)) for td in dom.find_all("td", node=tr)]
    assert list(cells) == ["aid trucks per day", "detainees released", "duration", "naval withdrawal"]
    # columns: Coastal Front in Meridian Daily, Coastal Front in Tidewater Post, Northern Ministry in Tidewater Post
    assert [s for s, _ in cells["aid trucks per day"]] == ["agree"] * 3
    assert [s for s, _ in cells["duration"]] == ["differ"] * 3
    assert [t.split(" ≠")[0] for _, t in cells["duration"]] == ["42 days", "40 days", "42 days"]
    assert [t.split(" ≠")[0] for _, t in cells["detainees released"]] == ["33", "30–40", "33"]
    assert [s for s, _ in cells["naval withdrawal"]] == ["missing", "missing", "agree"]
    assert "not reported" in cells["naval withdrawal"][0][1]   # a label, not colour alone
    assert "fishing limit" not in cells                          # resolved: no longer a term of the matrix


def test_proposal_lists_every_discrepancy_open_first_with_review_and_quotes(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    dom = page(out, "proposals/harbor-truce.html")
    d = ids["discrepancies"]
    arts = dom.find_all("article", class_="disc")
    assert [int(a["attrs"]["data-id"]) for a in arts] == [d[0], d[2], d[1]]   # open high, open medium, dismissed high
    dismissed = arts[2]
    text = Dom.text(dismissed)
    assert "dismissed" in text and "range_mismatch" in text and "high" in text
    assert "The range includes 33; same number in substance." in text and "desk-b" in text
    assert "First look" not in text     # only the newest review event's note
    first = arts[0]
    marks = [Dom.text(m) for m in dom.find_all("mark", node=first)]
    assert marks == ["42 days", "40 days", "six weeks"]
    q = dom.find_all("q", node=first)[0]
    assert Dom.text(q) == ("The Northern Ministry said on Monday that the first phase of the proposed harbor truce "
                           "would last 42 days.")
    hrefs = [a["attrs"]["href"] for a in dom.find_all("a", node=first, class_="doc")]
    assert hrefs[0] == f"../documents/{ids['docs']['tide']}.html#fact-{ids['facts']['nm-dur']}"
    assert hrefs[2] == f"../documents/{ids['docs']['mer']}.html#fact-{ids['facts']['mcf-dur']}"
    missing = Dom.text(arts[1])
    assert missing.count("not reported") == 2


def test_document_page_highlights_every_fact_in_the_text(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    doc_id = ids["docs"]["tide"]
    html = (out / f"documents/{doc_id}.html").read_text()
    dom = Dom(html)
    art = dom.find_all("div", class_="article")[0]
    with session_scope(get_engine(url)) as s:
        text = s.get(Document, doc_id).text
    plain = "".join(c if isinstance(c, str) else (Dom.text(c) if c["attrs"].get("class") != "tag" else "")
                    for c in art["children"])
    assert plain == text                                   # the whole text, nothing lost or doubled
    anchors = {a["attrs"]["id"] for a in dom.find_all("span", node=art, class_="anchor")}
    tide_facts = [k for k in ids["facts"] if k in ("nm-dur", "nm-det", "cf-dur", "cf-det", "nm-aid", "cf-aid",
                                                       "nm-nav", "nm-old")]
    assert anchors == {f"fact-{ids['facts'][k]}" for k in tide_facts}
    tags = [Dom.text(t) for t in dom.find_all("a", node=art, class_="tag")]
    assert len(tags) == len(tide_facts)
    assert any(t.endswith("Northern Ministry · duration") for t in tags)
    assert any(t.endswith("Coastal Front · detainees released") for t in tags)
    marks = [Dom.text(m) for m in dom.find_all("mark", node=art)]
    assert "42 days" in marks and "between 30 and 40" in marks and "40 days" in marks
    rows = dom.find_all("tr", node=dom.find_all("table", class_="facts")[0])[1:]
    assert len(rows) == len(tide_facts)
    assert 'href="https://tidewater.example/truce"' in html


def test_hostile_text_shows_as_text_everywhere(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    pages = [p for p in out.rglob("*.html")]
    assert len(pages) == 6
    for p in pages:
        html = p.read_text()
        body = html.split("<body>", 1)[1]
        assert "<img" not in html and "onerror=\"document" not in html, p
        assert body.count("<script>") <= 1 and "document.body.setAttribute" not in body.split("<script>")[0].replace(
            "&lt;script&gt;document.body.setAttribute", ""), p
        assert "javascript:" not in re.sub(r">[^<]*<", "><", html), p   # never in an attribute
    river = (out / "proposals/river-accord.html").read_text()
    assert "River accord &lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&lt;/script&gt;" in river
    assert "&#34;&gt;&lt;img src=x onerror=&#34;document.title=&#39;pwned&#39;&#34;&gt;Bayside Wire" in river  # outlet
    assert "Checked &#34;&gt;&lt;img src=x" in river                                                          # note
    assert "10 days against 14 days &lt;b&gt;bold?&lt;/b&gt;" in river                                       # summary
    doc = (out / f"documents/{ids['docs']['hostile']}.html").read_text()
    assert "Accord text &lt;script&gt;" in doc                                                                # title
    assert "<mark>10 days</mark>" in doc and "&lt;script&gt;document.body" in doc                             # text
    dom = Dom(doc)
    assert Dom.text(dom.find_all("title")[0]).startswith("Accord text <script>")


def test_same_store_renders_the_same_bytes_but_the_generated_line(desk, tmp_path):
    url, _ = desk
    a = render_desk(url, tmp_path / "a", generated_at=T1)
    b = render_desk(url, tmp_path / "b", generated_at=T2)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    differ = []
    for rel in files:
        x, y = (a / rel).read_bytes(), (b / rel).read_bytes()
        assert without_generated(x) == without_generated(y), rel
        differ.append(x != y)
    assert any(differ)                                    # the generated-at line did change
    assert b"2031-01-02 03:04:05" in (a / "index.html").read_bytes()
    # no other date or time in the pages
    for rel in files:
        rest = without_generated((a / rel).read_bytes()).decode()
        assert not re.search(r"\b(19|20)\d\d-\d\d-\d\d\b", rest), rel


def test_render_again_into_the_same_folder_drops_stale_pages(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    stale = out / "documents" / "99999.html"
    stale.write_text("old")
    render_desk(url, out, proposal="harbor-truce")
    assert not stale.exists()
    assert not (out / "proposals/river-accord.html").exists()
    assert not (out / f"documents/{ids['docs']['hostile']}.html").exists()
    assert (out / "proposals/harbor-truce.html").exists()


def test_json_and_csv_hold_what_the_pages_show(desk, tmp_path):
    url, ids = desk
    out = render_desk(url, tmp_path / "r")
    rows = json.loads((out / "discrepancies.json").read_text())
    on_pages = []
    for slug in ("harbor-truce", "river-accord"):
        dom = page(out, f"proposals/{slug}.html")
        for art in dom.find_all("article", class_="disc"):
            meta = {Dom.text(dt_).strip(): Dom.text(dd).strip()
                    for dt_, dd in zip(dom.find_all("dt", node=art), dom.find_all("dd", node=art))}
            on_pages.append((int(art["attrs"]["data-id"]), slug, meta["Kind"], meta["Severity"],
                             meta["Review status"], Dom.text(dom.find_all("p", node=art, class_="summary")[0])))
    assert [(r["id"], r["proposal"], r["kind"], r["severity"], r["status"], r["summary"]) for r in rows] == on_pages
    d = ids["discrepancies"]
    assert d[3] not in [r["id"] for r in rows] and d[4] not in [r["id"] for r in rows]  # agreement, resolved
    notes = {r["id"]: r["note"] for r in rows}
    assert notes[d[1]] == "The range includes 33; same number in substance."
    assert notes[d[5]] == "Checked " + IMG + " twice " + SCRIPT
    assert [len(r["sides"]) for r in rows] == [3, 3, 3, 2]
    table = list(csv.DictReader(io.StringIO((out / "discrepancies.csv").read_text())))
    assert [int(r["id"]) for r in table] == [r["id"] for r in rows]
    assert list(table[0]) == render.CSV_COLUMNS and set(render.CSV_COLUMNS) == set(rows[0])
    for c, j in zip(table, rows):
        assert (c["proposal"], c["kind"], c["severity"], c["status"], c["note"], c["summary"]) == \
               (j["proposal"], j["kind"], j["severity"], j["status"], j["note"], j["summary"])
        assert json.loads(c["sides"]) == j["sides"]


def test_proposal_filter_and_unknown_proposal(desk, tmp_path):
    url, _ = desk
    out = render_desk(url, tmp_path / "r", proposal="river-accord")
    assert sorted(p.name for p in (out / "proposals").iterdir()) == ["river-accord.html"]
    assert {r["proposal"] for r in json.loads((out / "discrepancies.json").read_text())} == {"river-accord"}
    from compare.errors import CrosscheckError

    with pytest.raises(CrosscheckError, match="no proposal 'nope'"):
        render_desk(url, tmp_path / "x", proposal="nope")


def test_empty_store_renders(store_url, tmp_path):
    out = render_desk(store_url, tmp_path / "r")
    assert "The store has no proposals yet." in (out / "index.html").read_text()
    assert json.loads((out / "discrepancies.json").read_text()) == []
    assert (out / "discrepancies.csv").read_text().startswith("id,proposal,")


def test_pages_are_self_contained_with_a_strict_policy(desk, tmp_path):
    url, _ = desk
    out = render_desk(url, tmp_path / "r")
    for p in out.rglob("*.html"):
        html = p.read_text()
        tags = " ".join(re.findall(r"<[^>]+>", html))              # markup only, not (escaped) text
        assert not re.search(r'\s(src|srcset)=|<link\b|https?://(?!tidewater\.example)', tags), p
        style = html.split("<style>", 1)[1].split("</style>", 1)[0]
        assert "@import" not in style and "url(" not in style
        assert "Content-Security-Policy" in html and "default-src 'none'" in unescape(html)
    html = (out / "proposals/harbor-truce.html").read_text()
    script = html.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = __import__("base64").b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in unescape(html)
    assert "@media print" in html


def test_report_command(desk, tmp_path, run_cli):
    url, _ = desk
    p = run_cli("report", "--out", tmp_path / "out", db=url)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "out/index.html").exists() and "index.html" in p.stdout
    p = run_cli("report", "--out", tmp_path / "one", "--proposal", "harbor-truce", db=url)
    assert p.returncode == 0, p.stderr
    assert [x.name for x in (tmp_path / "one/proposals").iterdir()] == ["harbor-truce.html"]
    p = run_cli("report", "--out", tmp_path / "none", "--proposal", "nope", db=url)
    assert p.returncode == 1 and "no proposal 'nope'" in p.stderr and "Traceback" not in p.stderr


def test_rows_for_context_use_no_orm_objects(desk):
    """Pages are built from frozen dataclasses holding plain values only."""
    import dataclasses

    url, ids = desk
    with read_scope(get_engine(url)) as s:
        pages = [context.index_page(s), context.proposal_page(s, "harbor-truce", set(ids["docs"].values())),
                 context.document_page(s, ids["docs"]["tide"])]

    def check(v):
        if dataclasses.is_dataclass(v):
            assert type(v).__dataclass_params__.frozen, type(v)
            for f in dataclasses.fields(v):
                check(getattr(v, f.name))
        elif isinstance(v, tuple):
            for x in v:
                check(x)
        else:
            assert v is None or isinstance(v, (str, int, float, bool)), type(v)

    for pg in pages:
        check(pg)


# ---------------------------------------------------------------- streaming, fragments, the helper process

def test_json_rows_are_the_contract_text():
    """The JSON of rows (compare.output.to_json through orjson) is what json.dumps(indent=2,
    ensure_ascii=False, default=str) reads back as: the same values, dates as their str(), NaN as
    null; rows encoded apart (stream.json_items) join into the whole list's text."""
    import collections
    import math
    import random

    from compare.output import render as render_rows, to_json
    from reports import stream

    rnd = random.Random(7)

    class Sub(str):
        pass

    def scalar():
        return rnd.choice([None, True, False, 0, -3, 2.5, float("nan"), 1e300, 1e-05, "", "a", 'q"uo,te}',
                           "x\n\r\ty", "},\n      {", "ü€😀", "\\", "\u2028", Sub("sub"), dt.date(2020, 1, 2), SCRIPT])

    def value(depth=0):
        r = rnd.random()
        if depth > 3 or r < 0.45:
            return scalar()
        if r < 0.6:
            return {rnd.choice(["a", "b", "é", 'k"', "}"]) + str(i): value(depth + 1) for i in range(rnd.randint(0, 4))}
        if r < 0.65:
            return collections.OrderedDict((f"o{i}", value(depth + 1)) for i in range(rnd.randint(0, 3)))
        if r < 0.8:
            return [value(depth + 1) for _ in range(rnd.randint(0, 4))]
        if r < 0.85:
            return tuple(value(depth + 1) for _ in range(rnd.randint(0, 3)))
        return [{f"k{j}": scalar() for j in range(rnd.randint(0, 3))} for _ in range(rnd.randint(1, 4))]

    def expected(o):        # what the standard encoder writes, read back, NaN as null
        if isinstance(o, float) and math.isnan(o):
            return None
        if isinstance(o, dict):
            return {k: expected(v) for k, v in o.items()}
        if isinstance(o, (list, tuple)):
            return [expected(v) for v in o]
        return json.loads(json.dumps(o, default=str))

    for _ in range(3000):
        o = value()
        for indent in (False, True):
            text = to_json(o, indent)
            assert json.loads(text) == expected(o), o
            assert ("\n" in text) == (indent and isinstance(o, (list, tuple, dict)) and len(o) > 0)
    assert to_json([{"a": 1, "b": [2, "é"]}], indent=True) == '[\n  {\n    "a": 1,\n    "b": [\n      2,\n      "é"\n    ]\n  }\n]'
    assert to_json({1: "a", None: [1]}) == '{"1":"a","null":[1]}'
    rows = [{"id": i, "sides": [{"quote": SCRIPT, "min": 1.5}] * i, "scores": {"pairs": [{"a": [0], "b": []}]}}
            for i in range(4)]
    assert "[\n" + stream.json_items(rows) + "\n]\n" == render_rows(rows, "json")
    assert "[\n" + stream.json_items(rows[:2]) + ",\n" + stream.json_items(rows[2:]) + "\n]\n" == render_rows(rows, "json")
    assert stream.json_items([]) == "" and render_rows([], "json") == "[]\n"


def test_rows_written_in_parts_are_the_contract_files(tmp_path):
    """discrepancies.json/csv written a row, a block, a file at a time: the same bytes as
    compare.output.render of the whole list, valid JSON and CSV; nothing left on an error."""
    import random

    from compare.output import render as render_rows
    from reports import stream

    rnd = random.Random(3)

    def cell():
        return rnd.choice([None, "", " ", "a", "a,b", 'q"q', "line\nbreak", "cr\rx", "crlf\r\n", 3, 2.5, True, IMG])

    def blob():
        return rnd.choice([[], {}, [1, "a,b"], {"k": 'v"'}, [{"a": "x\ny"}], {"s": "\r"}, ["plain"], None, "s,", 5])

    columns = ["a", "b", "c", "s", "t"]
    rows = [{"a": cell(), "b": cell(), "c": cell(), "s": blob(), "t": blob()} for _ in range(600)]
    rows.append({"a": "", "b": None, "c": None, "s": [1], "t": [2]})
    for subset in (rows, rows[:1], [], [{"a": "", "b": [1], "c": "", "s": [], "t": {}}]):
        for cols in (columns, ["a", "s"], ["s"]):
            path = tmp_path / "x.csv"
            part = tmp_path / "part.csv"
            part.write_text(stream.csv_lines(subset[3:5], cols), encoding="utf-8", newline="\n")
            with stream.RowsFile(path, "csv", columns=cols) as f:
                f.write_all(subset[:2])
                f.write(subset[2]) if len(subset) > 2 else None
                f.add_file(part, len(subset[3:5]))
                f.add(stream.csv_lines(subset[5:], cols), len(subset[5:]))
            text = path.read_bytes().decode("utf-8")
            assert text == render_rows(subset, "csv", columns=cols)
            readable = [r for r in subset if not any(isinstance(v, str) and "\r" in v for v in r.values())]
            assert len(list(csv.reader(io.StringIO(stream.csv_lines(readable, cols), newline="")))) == len(readable)
        path = tmp_path / "x.json"
        part = tmp_path / "part.json"
        part.write_text(stream.json_items(subset[1:3]), encoding="utf-8", newline="\n")
        with stream.RowsFile(path, "json") as f:
            f.write_all(subset[:1])
            f.add_file(part, len(subset[1:3]))
            f.add(stream.json_items(subset[3:]), len(subset[3:]))
        assert path.read_bytes().decode("utf-8") == render_rows(subset, "json")
        assert len(json.loads(path.read_text(encoding="utf-8"))) == len(subset)
    with pytest.raises(RuntimeError):
        with stream.RowsFile(tmp_path / "broken.json", "json") as f:
            f.write(rows[0])
            raise RuntimeError("boom")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part.csv", "part.json", "x.csv", "x.json"]


# The loops the fragments replaced, as they stood in the templates: the reference for their bytes.
MATRIX_CELLS = """{% for cell in r.cells %}
<td class="cell {{ cell.state }}" data-state="{{ cell.state }}">{% if cell.value %}<span class="value">{% if cell.href %}<a href="{{ cell.href }}">{{ cell.value }}</a>{% else %}{{ cell.value }}{% endif %}</span> {% endif %}<span class="state"><span aria-hidden="true">{{ cell.symbol }}</span> {{ cell.label }}</span></td>
{% endfor %}
"""
SIDE_ROWS = """{% for s in d.sides %}
<tr>
<th scope="row">{{ s.source }}<span class="sub">in {{ s.outlet }}</span></th>
<td>{% if s.value %}{{ s.value }}{% else %}<span class="none">not reported</span>{% endif %}{% if s.relation %} <span class="muted">({{ s.relation }})</span>{% endif %}</td>
<td>{% if s.quote %}<q>{% for g in s.quote %}{% if g.mark %}<mark>{{ g.text }}</mark>{% else %}{{ g.text }}{% endif %}{% endfor %}</q>{% else %}<span class="none">(no quote)</span>{% endif %}{% if s.href %} <a class="doc" href="{{ s.href }}">in the document: {{ s.document }}</a>{% endif %}</td>
</tr>
{% endfor %}
"""
ARTICLE = """
{%- for p in pieces -%}
{%- if p.kind == "anchor" -%}<span class="anchor" id="fact-{{ p.fact_id }}"></span>
{%- elif p.kind == "label" -%}<a class="tag" href="#f-{{ p.number }}">[{{ p.number }}] {{ p.text }}</a>
{%- elif p.value -%}<mark>{{ p.text }}</mark>
{%- elif p.quote -%}<span class="ev">{{ p.text }}</span>
{%- else -%}{{ p.text }}
{%- endif -%}
{%- endfor -%}
"""
FACT_ROWS = """{% for f in facts %}
<tr id="f-{{ f.number }}">
<td class="num">{{ f.number }}</td>
<th scope="row">{{ f.source }}</th>
<td>{{ f.phase }}</td>
<td>{{ f.slot }}</td>
<td>{{ f.kind }}</td>
<td>{{ f.value }}</td>
<td>{% if f.in_text %}<a href="#fact-{{ f.id }}">show</a>{% else %}<span class="none">no span</span>{% if f.quote %}: <q>{{ f.quote }}</q>{% endif %}{% endif %}</td>
</tr>
{% endfor %}
"""


def _reference_pieces(text, spans):
    """How the article text was cut before the fragments: every span boundary, labels then
    anchors at a position, a piece in a quote (a value) when a whole span holds it."""
    from types import SimpleNamespace as P

    quotes = [(s.start, s.end) for s in spans]
    values = [(s.value_start, s.value_end) for s in spans if s.value_start is not None]
    cuts = {0, len(text)}
    anchors, labels = {}, {}
    for s in spans:
        cuts.update((s.start, s.end))
        anchors.setdefault(s.start, []).append(s)
        at = s.value_end if s.value_start is not None else s.end
        cuts.add(at)
        labels.setdefault(at, []).append(s)
    for a, b in values:
        cuts.update((a, b))
    points = sorted(cuts)
    out = []
    for i, pos in enumerate(points):
        out += [P(kind="label", text=s.label, number=s.number) for s in labels.get(pos, [])]
        out += [P(kind="anchor", fact_id=s.fact_id) for s in anchors.get(pos, [])]
        if i + 1 < len(points) and text[pos:points[i + 1]]:
            nxt = points[i + 1]
            out.append(P(kind="text", text=text[pos:nxt], quote=any(a <= pos and nxt <= b for a, b in quotes),
                         value=any(a <= pos and nxt <= b for a, b in values)))
    return out


def test_fragments_are_the_template_loops_they_replace():
    """Matrix cells, discrepancy sides, article text and fact rows: byte for byte what the Jinja
    loops gave, for hostile text and overlapping, nested, invalid or touching spans."""
    import random

    from reports import fragments
    from reports.context import Cell, FactView, Segment, SideView, Span

    env = render.ENV
    rnd = random.Random(11)
    words = ["a", "b & c", SCRIPT, IMG, "‘quoted’", "", "x" * 3, "<", "'", '"']

    def word():
        return rnd.choice(words)

    for _ in range(300):
        cells = [Cell(rnd.choice(["agree", "differ", "missing"]), "✓", word(), word(), rnd.choice([None, "", word()]))
                 for _ in range(rnd.randint(0, 5))]
        assert fragments.matrix_cells(cells) == env.from_string(MATRIX_CELLS).render(r={"cells": cells})
        sides = [SideView(word(), word(), word(), word(), word(),
                          tuple(Segment(word(), rnd.random() < 0.3) for _ in range(rnd.randint(0, 3))),
                          rnd.choice([None, word()])) for _ in range(rnd.randint(0, 4))]
        assert fragments.side_rows(sides) == env.from_string(SIDE_ROWS).render(d={"sides": sides})
        facts = [FactView(rnd.randint(1, 99), n, word(), word(), word(), word(), word(), word(), rnd.random() < 0.5)
                 for n in range(1, rnd.randint(1, 5))]
        assert fragments.fact_rows(facts) == env.from_string(FACT_ROWS).render(facts=facts)
        text = "".join(rnd.choice(["ab", " ", "<b>", "&", "é", "\x00", "'"]) for _ in range(rnd.randint(0, 30)))
        if rnd.random() < 0.5:
            text = text.replace("\x00", "")
        n = len(text)
        spans = []
        for number in range(1, rnd.randint(1, 6)):
            if n < 1:
                break
            start = rnd.randint(0, n - 1)
            end = rnd.randint(start + 1, n)
            vs = rnd.randint(0, n - 1)
            ve = rnd.randint(vs + 1, n)
            valid = rnd.random() < 0.7
            spans.append(Span(number, 1000 + number, start, end, vs if valid else None, ve if valid else None,
                              f"{word()} · {word()}"))
        assert fragments.article(text, spans) == env.from_string(ARTICLE).render(pieces=_reference_pieces(text, spans))


def test_helper_process_renders_the_same_bytes(desk, tmp_path):
    """The helper process (forced by workers=2) changes nothing in the report, stale pages are
    still dropped, and its spool folder is gone afterwards."""
    url, ids = desk
    with read_scope(get_engine(url)) as s:
        one = render.render_site(s, tmp_path / "one", generated_at=T1, workers=1)
    with read_scope(get_engine(url)) as s:
        two = render.render_site(s, tmp_path / "two", generated_at=T1, workers=2)
    files = sorted(str(p.relative_to(one)) for p in one.rglob("*"))
    assert files == sorted(str(p.relative_to(two)) for p in two.rglob("*"))
    for rel in files:
        if (one / rel).is_file():
            assert (one / rel).read_bytes() == (two / rel).read_bytes(), rel
    stale = two / "documents" / "99999.html"
    stale.write_text("old")
    with read_scope(get_engine(url)) as s:
        render.render_site(s, two, proposal="harbor-truce", generated_at=T1, workers=2)
    assert not stale.exists() and not (two / "proposals/river-accord.html").exists()
    assert sorted(p.name for p in two.iterdir()) == ["discrepancies.csv", "discrepancies.json", "documents",
                                                     "index.html", "proposals"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_page_fails_the_render_and_leaves_no_partial_data(desk, tmp_path, monkeypatch, workers):
    url, ids = desk
    real = context.build_document_page

    def broken(inp):
        if inp.id == ids["docs"]["tide"]:
            raise ValueError("broken page")
        return real(inp)

    monkeypatch.setattr(context, "build_document_page", broken)   # inherited by the forked helper
    with read_scope(get_engine(url)) as s:
        with pytest.raises((ValueError, render.HelperFailed), match="broken page"):
            render.render_site(s, tmp_path / "r", generated_at=T1, workers=workers)
    left = sorted(p.name for p in (tmp_path / "r").iterdir())
    assert "discrepancies.json" not in left and not any(n.startswith(".") for n in left), left


def test_render_reads_in_batches_not_per_row(desk, tmp_path):
    """No query per discrepancy, side or document: the statements of a render grow with the
    proposals (a few each) and the batches of documents only."""
    from sqlalchemy import event

    url, ids = desk
    engine = get_engine(url)
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with read_scope(engine) as s:
            render.render_site(s, tmp_path / "r", generated_at=T1, workers=1)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    proposals, documents = 2, len(ids["docs"])
    assert len(statements) <= 20 + 8 * proposals, len(statements)
    assert documents >= 3


def test_templates_are_compiled_once():
    assert render.ENV.auto_reload is False
    assert render._template("document.html") is render._template("document.html")


def test_a_document_no_longer_current_gets_a_page_while_a_side_names_it(engine):
    """A re-ingested article's old version keeps its page while an unresolved discrepancy's side
    names it (found in the stored sides); an old version that no side names gets none."""
    from tests.test_diff import THREE, _compare, _ingest

    _ingest(engine, THREE)
    _compare(engine)
    _ingest(engine, {"Desk C": THREE["Desk C"].replace("20 hostages", "25 hostages")})   # not compared yet
    with read_scope(engine) as s:
        [old] = s.scalars(select(Document.id).where(~Document.is_current)).all()
        current = set(s.scalars(select(Document.id).where(Document.is_current)))
        assert set(context.document_ids(s)) == current | {old}
        assert set(context.document_ids(s, proposal="p")) == current | {old}
    with session_scope(engine) as s:        # no unresolved discrepancy names the old version any more
        s.execute(update(Discrepancy).values(resolved_run_id=s.scalar(select(Run.id))))
    with read_scope(engine) as s:
        assert set(context.document_ids(s)) == current

