"""Long listings paginate with pages numbered from the oldest, so full pages never change.

Topic, source, edition-archive and people pages show their newest (or first) `page_size`
items at their own URL and the rest on `page/N/` pages; every page is linked (rel
prev/next, an index of all pages), in the sitemap, valid HTML, and every article stays
reachable from the front page. Adding an article re-renders only the landing and last
pages of the listings it is in: every full page is byte-identical.
"""
from __future__ import annotations

import re
from pathlib import Path

from support.htmlcheck import require_vnu, validate_html
from support.links import Pages, broken_links, reachable
from support.sites import run_cli, write_site
from support.trees import tree_bytes

CONFIG = """\
title: Long Briefing
base_url: https://example.org/long/
timezone: UTC
listings:
  page_size: 10
topics:
  - id: ceasefire-talks
    title: Ceasefire talks
    keywords: [ceasefire]
people:
  - name: Antony Blinken
    aliases: [Blinken]
"""


def article(n: int) -> str:
    # `story: none`: every report its own story, so listings count one item per article.
    return (f"---\ntitle: Ceasefire report {n}\nsource: Wire {n % 2}\npublished: 2023-{1 + n // 28:02d}-{1 + n % 28:02d}\n"
            f"story: none\n{'via: The Wall Street Journal' if n % 5 == 0 else ''}\n---\n"
            f"The ceasefire was discussed. Blinken said \"we are ready to talk {n}.\"\n")


def _site(tmp_path: Path, count: int) -> Path:
    files = {"config.yaml": CONFIG}
    for n in range(count):
        files[f"content/articles/report-{n:03d}.md"] = article(n)
    # Notes on the topic: shown beside the stories of their period, not all on its landing page.
    files["content/notes/early.md"] = "---\ntitle: Early context\ndate: 2023-01-05\ntopics: [ceasefire-talks]\n---\nEarly.\n"
    files["content/notes/late.md"] = "---\ntitle: Late context\ndate: 2023-03-20\ntopics: [ceasefire-talks]\n---\nLate.\n"
    return write_site(tmp_path / "site", files)


def test_long_listings_paginate_from_the_oldest_and_keep_everything_reachable(tmp_path: Path) -> None:
    site = _site(tmp_path, 75)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    out = site / "output"
    topic = (out / "topics/ceasefire-talks/index.html").read_text()
    assert topic.count('class="card entry') == 10
    assert "Ceasefire report 74" in topic and "Ceasefire report 65" in topic and "report 64<" not in topic
    # 75 items, 10 a page, numbered from the oldest: page 1 = reports 0-9 ... page 8 = reports 70-74.
    pages = sorted(int(p.parent.name) for p in (out / "topics/ceasefire-talks/page").glob("*/index.html"))
    assert pages == list(range(1, 9))
    first = (out / "topics/ceasefire-talks/page/1/index.html").read_text()
    assert all(f"Ceasefire report {n}<" in first for n in range(10))
    # Reports 0-9 are 1-10 January: the early note is on page 1 only; the late one (after report 74
    # of 19 March) on the landing page and the last page.
    assert "Early context" in first and "Early context" not in topic and "Late context" in topic
    assert [n for n in pages if "Late context" in (out / f"topics/ceasefire-talks/page/{n}/index.html").read_text()] == [8]
    head = first.split("</head>")[0]
    assert '<link rel="next" href="../../../../topics/ceasefire-talks/page/2/">' in head and 'rel="prev"' not in head
    assert '<link rel="canonical" href="https://example.org/long/topics/ceasefire-talks/page/1/">' in first
    assert '<link rel="prev" href="../../topics/ceasefire-talks/page/7/">' in topic  # the landing continues at 7
    assert re.search(r'id="2023-0\d"', topic)  # month headings to jump to
    sitemap = (out / "sitemap.xml").read_text()
    for n in pages:
        assert f"https://example.org/long/topics/ceasefire-talks/page/{n}/" in sitemap
    assert (out / "sources/wire-0/page/1/index.html").exists()
    assert (out / "people/index.html").exists()
    pages = Pages(out)  # (each page read once by both checks)
    everywhere = reachable(out, mount="/long/", pages=pages)
    for n in range(75):
        assert f"articles/report-{n:03d}/index.html" in everywhere
    assert broken_links(out, mount="/long/", base_url="https://example.org/long/", pages=pages) == []
    require_vnu()
    listing_pages = [p for p in out.rglob("*.html") if "/page/" in p.as_posix() or p.name == "index.html"
                     and p.parent.name in ("ceasefire-talks", "wire-0", "editions", "people", "output")]
    assert validate_html(sorted(listing_pages)) == []


def test_a_new_article_leaves_every_full_page_byte_identical(tmp_path: Path) -> None:
    site = _site(tmp_path, 75)
    assert run_cli(["build", "-q"], cwd=site).returncode == 0
    before = tree_bytes(site / "output")
    (site / "content/articles/report-075.md").write_text(article(75))
    assert run_cli(["build", "-q"], cwd=site).returncode == 0
    after = tree_bytes(site / "output")
    numbered = [p for p in before if "/page/" in p]
    changed = sorted(p for p in numbered if before[p] != after.get(p))
    last = {}
    for path in numbered:
        listing, number = path.split("/page/")[0], int(path.split("/page/")[1].split("/")[0])
        last[listing] = max(last.get(listing, 0), number)
    # Only the last page of each listing the article is in (and its landing page) may change.
    assert changed == ["editions/page/2/index.html", "people/antony-blinken/page/8/index.html",
                       "sources/wire-1/page/4/index.html", "topics/ceasefire-talks/page/8/index.html"]
    assert all(int(p.split("/page/")[1].split("/")[0]) == last[p.split("/page/")[0]] for p in changed)


def test_a_large_edition_continues_on_numbered_pages(tmp_path: Path) -> None:
    # 23 stories in one week, 5 a page: the edition's sections run over five pages, a section
    # longer than a page continues under the same heading, and everything stays reachable.
    files = {"config.yaml": CONFIG.replace("  page_size: 10\n", "  page_size: 10\n  edition_size: 5\n")
             .replace("keywords: [ceasefire]", "keywords: [ceasefire]\n  - id: grain\n    title: Grain\n"
                      "    keywords: [grain]"),
             "content/notes/why.md": "---\ntitle: Why this week matters\ndate: 2023-05-10\n---\nContext.\n"}
    for n in range(23):
        word = "ceasefire" if n < 13 else "grain" if n < 20 else "weather"
        files[f"content/articles/report-{n:03d}.md"] = (
            f"---\ntitle: Report {n} on the {word}\nsource: Wire {n % 3}\npublished: 2023-05-{8 + n % 5:02d}\n"
            f"story: none\n---\nA {word} report, number {n}.\n")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    out = site / "output"
    edition = out / "editions/2023-W19"
    pages = [edition / "index.html", *(edition / f"page/{n}/index.html" for n in range(2, 6))]
    assert all(p.is_file() for p in pages) and not (edition / "page/6").exists()
    texts = [p.read_text() for p in pages]
    assert [t.count('class="card') for t in texts] == [5, 5, 5, 5, 3]
    assert "Why this week matters" in texts[0] and all("Why this week matters" not in t for t in texts[1:])
    assert "(continued)" in texts[1] and "(continued)" not in texts[0]
    assert '<a href="../../../../editions/2023-W19/page/3/#topic-grain"><bdi>Grain</bdi></a>' in texts[1]  # TOC, every page
    assert '<link rel="next" href="../../../../editions/2023-W19/page/3/">' in texts[1]
    assert '<link rel="canonical" href="https://example.org/long/editions/2023-W19/page/2/">' in texts[1]
    front = (out / "index.html").read_text()
    assert front.count('class="card') == 5 and 'href="./editions/2023-W19/page/2/" rel="next"' in front
    read = Pages(out)  # (each page read once by both checks; `pages` are the edition's pages above)
    everywhere = reachable(out, mount="/long/", pages=read)
    for n in range(23):
        assert f"articles/report-{n:03d}/index.html" in everywhere
    assert broken_links(out, mount="/long/", base_url="https://example.org/long/", pages=read) == []
    require_vnu()
    assert validate_html([out / "index.html", *pages]) == []


def test_articles_in_other_offsets_are_listed_and_dated_on_the_site_calendar(tmp_path: Path) -> None:
    """A trial: in a Kyiv briefing, 30 November 22:27 UTC (1 December in Kyiv) sorted between two
    articles but kept "November" — month headings repeated out of order, a duplicate id; and an
    article in the week of 4–10 December was dated 3 December (its UTC date)."""
    def one(slug: str, published: str) -> str:
        return (f"---\ntitle: Ceasefire {slug}\nsource: Wire\npublished: {published}\nstory: none\n"
                f"topics: [ceasefire-talks]\n---\nThe ceasefire was discussed.\n")
    root = write_site(tmp_path / "site", {
        "config.yaml": CONFIG.replace("timezone: UTC", "timezone: Europe/Kyiv"),
        "content/articles/a.md": one("a", "2023-11-30T22:27:00+00:00"),
        "content/articles/b.md": one("b", "2023-12-01"),
        "content/articles/c.md": one("c", "2023-11-30T10:00:00+02:00"),
        "content/articles/d.md": one("d", "2023-12-03T22:30:00+00:00"),
    })
    assert run_cli(["build", "--quiet"], cwd=root).returncode == 0
    page = (root / "output/topics/ceasefire-talks/index.html").read_text(encoding="utf-8")
    months = re.findall(r'class="month-heading" id="([^"]+)"', page)
    assert months == sorted(set(months), reverse=True), months  # each month once, newest first
    edition = (root / "output/editions/2023-W49/index.html").read_text(encoding="utf-8")
    assert "4 December 2023" in edition and "3 December 2023" not in edition


FIRST = "Anna Boris Clara Dmytro Elena Farid Greta Hugo Irena Jonas Katja Lukas Marta Nikolai Olga".split()
LAST = "Abbott Bauer Costa Duval Engel Fischer Garcia Horvath Ivanova Jansen Kowalski Lindqvist Moreau Novak Ortiz".split()


def test_a_listing_of_many_pages_indexes_runs_of_them_and_stays_small(tmp_path: Path) -> None:
    """A topic of 210 stories and a people index of 210 names, 5 a page: 42 pages each. The index of
    every page used to list them all (~85 bytes a page: at 100,000 stories, ~280 KB on a landing page;
    on the people index, on every one of its pages); now at most PAGE_INDEX entries, runs of pages."""
    files = {"config.yaml": CONFIG.replace("page_size: 10", "page_size: 5")}
    for n in range(210):
        who = f"{FIRST[n % 15]} {LAST[n // 15]}"
        files[f"content/articles/report-{n:03d}.md"] = article(n).replace(
            "Blinken said", f"{who}, the envoy, said").replace("\n---\n", "\ntopics: [ceasefire-talks]\n---\n", 1)
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build", "-q"], cwd=site)
    assert result.returncode == 0, result.stderr
    out = site / "output"
    topic = (out / "topics/ceasefire-talks/index.html").read_text()
    index = re.search(r'<details class="pager__all-pages" id="pages">.*?</details>', topic, re.S)[0]
    # Page 42 holds this page's five stories: one page with it (site/listing.py), so 42 pages, and the
    # index lists runs of the 41 others (20 of 2, then page 41) and this page.
    assert "<summary>All 42 pages</summary>" in index and index.count("<li>") == 22
    assert '<a href="../../topics/ceasefire-talks/page/40/">' in index and "(pages 39\u201340)" in index
    assert '<a href="../../topics/ceasefire-talks/page/41/">' in index and "page/42/" not in index
    assert '<link rel="canonical" href="https://example.org/long/topics/ceasefire-talks/page/42/">' in topic
    people = sorted(out.glob("people/page/*/index.html"))
    assert len(people) == 41  # and people/index.html: 210 names, 42 pages
    assert all(p.read_text().count("(pages ") == 21 for p in people)
    pages = Pages(out)
    assert reachable(out, mount="/long/", pages=pages) >= {f"articles/report-{n:03d}/index.html" for n in range(210)}
    assert broken_links(out, mount="/long/", base_url="https://example.org/long/", pages=pages) == []
