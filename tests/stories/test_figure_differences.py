"""A story page names the figures its reports give differently ("Where the reports differ"), and its words score is
not called agreement (a reader trial, 2026-12-04: a re-telling's "14,000 homes" for "140,000" was shown nowhere, and
the page said "Agreement between the reports: 96 %")."""
from __future__ import annotations

import html
import re
from pathlib import Path

from briefgen.build import BuildOptions, build
from support.sites import write_site

CONFIG = """\
title: Grid briefing
base_url: https://example.org/grid/
topics:
  - id: grid
    title: The grid
    keywords: [substation, transformer]
"""
ORIGINAL = ("Internal inspection memos seen by The Gridwatch Letter show engineers at Halvara Power flagged the Pier 9 "
            "substation as running above its rated load weeks before the transformer failure that cut electricity to "
            "140,000 homes.\n\nThe memos list the transformer's peak load at 118 per cent of its rating.\n\n"
            "Halvara Power said it would answer the regulator's questions.")
RETELLING = ("Engineers at Halvara Power flagged the overloaded Pier 9 substation weeks before its transformer failed, "
             "leaving 14,000 homes without electricity, according to memos first reported by The Gridwatch Letter.\n\n"
             "The memos put the transformer's peak load at 181 per cent of its rating.\n\n"
             "The regulator said it had opened an inquiry into the substation.")


def _article(source: str, when: str, title: str, body: str, via: str = "") -> str:
    via_line = f"via: {via}\n" if via else ""
    return f"---\ntitle: {title}\nsource: {source}\npublished: {when}\n{via_line}---\n{body}\n"


def _story_page(tmp_path: Path, titles: tuple[str, str], bodies: tuple[str, str]) -> tuple[str, str]:
    """The story page of the Gridwatch Letter's report and the Morning Post's re-telling of it (`via:`), built, and
    its "Where the reports differ" section."""
    site = write_site(tmp_path / "site", {
        "config.yaml": CONFIG,
        "content/articles/gridwatch-pier9.md": _article("The Gridwatch Letter", "2026-07-10T08:00:00Z", titles[0],
                                                        bodies[0]),
        "content/articles/post-pier9.md": _article("Halvara Morning Post", "2026-07-10T15:00:00Z", titles[1],
                                                   bodies[1], via="The Gridwatch Letter"),
    })
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    page = (site / "output/stories/gridwatch-pier9/index.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="coverage__differ".*?</section>', page, re.S)
    assert section, page
    return page, section.group(0)


def test_the_story_page_shows_the_figures_that_differ(tmp_path: Path) -> None:
    page, section = _story_page(tmp_path, ("Memos show Pier 9 substation ran hot for weeks",
                                           "Utility was warned about Pier 9, memos show"), (ORIGINAL, RETELLING))
    pairs = [html.unescape(re.sub(r"<[^>]+>", "", pair))
             for pair in re.findall(r'<li class="differ__pair">(.*?)</li>', section, re.S)]
    assert len(pairs) == 2
    assert "140,000 homes" in pairs[0] and "14,000 homes" in pairs[0]
    assert "118 per cent" in pairs[1] and "181 per cent" in pairs[1]
    assert "Agreement" not in page and "Similarity of their words:" in page


def test_the_story_page_shows_a_headline_figure_that_differs(tmp_path: Path) -> None:
    """The headlines are compared too (slips.headline_slips): a re-telling whose headline says "14,000 homes" where
    the original's says "140,000" — its body right — is named under "Where the reports differ" of the built page
    (the build passed only the bodies to compare_reports until 2026-12-05)."""
    body = ORIGINAL.replace("140,000", "many")
    _, section = _story_page(tmp_path, ("\"Pier 9 outage: memos on 140,000 homes\"",
                                        "\"Pier 9 outage: memos on 14,000 homes\""), (body, body))
    text = html.unescape(re.sub(r"<[^>]+>", "", section))
    assert "140,000 homes" in text and "14,000 homes" in text, text
