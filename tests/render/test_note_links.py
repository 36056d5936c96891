"""An editor note's relative links reach the same place on every page that shows it.

A note is shown on its edition and its articles' pages (depth 2), on the front page (depth 0)
when recent, and on topic pages, whose later pages are two folders deeper (topics/x/page/2/). Its Markdown
links were printed as written, so `[the call](articles/a/)` worked on the front page alone
(found by a helper's trial). They are read from the site root, as the digest feed reads them.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urljoin

from support.sites import write_site

from briefgen.build import BuildOptions, build

BASE = "https://example.org/briefing/"
HREF = re.compile(r'<div class="note__body prose"[^>]*>(.*?)</div>', re.S)
LINK = re.compile(r'(?:href|src)="([^"]*)"')


def _site(tmp_path: Path) -> Path:
    files = {"config.yaml": f"title: Links\nbase_url: {BASE}\nedition: weekly\nlistings: {{page_size: 5}}\n"
                            "topics:\n  - id: talks\n    title: Talks\n    keywords: [ceasefire]\n"}
    for n in range(12):  # more than two pages of five: the topic has pages below its landing page
        files[f"content/articles/a{n}.md"] = (f"---\ntitle: Envoys meet in city {n}\nsource: Outlet {n}\n"
                                              f"published: 2023-05-{10 + n}\ntopics: [talks]\n---\n"
                                              f"A ceasefire report from city number {n}.\n")
    files["content/notes/n.md"] = ("---\ntitle: Why it matters\ndate: 2023-05-11\ntopics: [talks]\narticles: [a0]\n---\n"
                                   "See [the report](articles/a1/), ![chart](static/chart.png), [up](../outside/), "
                                   "[the note's footnote][^1] and [mail](mailto:desk@example.org).\n\n[^1]: A footnote.\n")
    return write_site(tmp_path / "site", files)


def test_a_notes_relative_links_reach_the_same_place_from_every_page(tmp_path: Path) -> None:
    result = build(_site(tmp_path) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    shown = {}
    for page in sorted(result.output_dir.rglob("*.html")):
        path = page.relative_to(result.output_dir).as_posix()
        for body in HREF.findall(page.read_text()):
            if "the report" in body:
                shown[path] = {urljoin(BASE + path, html.unescape(link)) for link in LINK.findall(body)
                               if not link.startswith("#")}
    depths = {path.count("/") for path in shown}
    assert {2, 4} <= depths, shown  # the edition, its article and a topic's landing page; a later topic page
    expected = {BASE + "articles/a1/", BASE + "static/chart.png", "https://example.org/outside/",
                "mailto:desk@example.org"}
    for path, targets in shown.items():
        assert targets == expected, path
    for page in shown:  # a footnote link names the note's own footnote, shown with it: left as written
        assert 'href="#fn-' in "".join(HREF.findall((result.output_dir / page).read_text())), page
