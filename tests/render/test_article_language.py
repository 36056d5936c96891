"""An article in another language than the briefing's is marked with it wherever its text is shown.

A trial of a French briefing (`language: fr`) with Japanese, Chinese and Arabic outlets: their
headlines and summaries were marked lang="fr" on every page (article, topic, edition, outlet,
story, person pages), so screen readers read Japanese with a French voice (WCAG 2.1 SC 3.1.2) and
browsers chose fonts for French; an editor had no way to say otherwise (a title is plain text).
Now `language: ja` in the front matter marks the article's title, summary, body and quotes, its
search result, JSON-LD and feed items.
"""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from support.htmlcheck import validate_html
from support.sites import run_cli, write_site
from support.examples import examples

CONFIG = """\
title: Revue de presse
language: fr
topics:
  - id: asie
    title: Asie
    keywords: [Tokyo, Pékin, 東京, 北京]
"""
TITLES = ["東京で対話が再開", "北京回应欧洲能源问题", "القاهرة تستضيف الحوار", "Athènes et Tokyo signent", "Tokyo talks resume",
          "Pékin et Tokyo reprennent le dialogue"]
# As written in front matter → the tag the page must carry ("" and the briefing's own: "fr").
LANGUAGES = {"": "fr", "ja": "ja", "zh_CN": "zh-CN", "ar": "ar", "en": "en", "FR": "fr", "el": "el"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Languages(HTMLParser):
    """The language (nearest `lang`) of each text node of a page, outside head, scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        tags = [t for t, _ in self.stack]
        if data.strip() and not {"head", "script", "style", "title"} & set(tags):
            self.found.append((data.strip(), next((lang for _, lang in reversed(self.stack) if lang), "")))


def marked_languages(output: Path, expected: dict[str, str], default: str | None = None) -> int:
    """How many times the texts of `expected` (text → language tag) are shown on the pages of
    `output`; asserts that each is marked with its tag (`default`: what no mark means)."""
    seen = 0
    for page in output.rglob("*.html"):
        parser = Languages()
        parser.feed(page.read_text(encoding="utf-8"))
        for text, lang in parser.found:
            if text in expected:
                seen += 1
                assert (lang or default or "").lower() == expected[text].lower(), (page, text, lang)
    return seen


def site_files(languages: list[str]) -> dict[str, str]:
    files = {"config.yaml": CONFIG}
    for n, (title, language) in enumerate(zip(TITLES, languages)):
        line = f"language: {language}\n" if language else ""
        files[f"content/articles/a{n}.md"] = (f"---\ntitle: {title}\nsource: Outlet {n}\npublished: 2023-05-0{n + 1}\n"
                                              f"{line}---\n{title}。Tokyo 東京 Pékin 北京 summary {n}.\n")
    return files


TRIAL = ["ja", "zh_CN", "ar", "", "en", "FR"]


@settings(max_examples=examples(1), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(sorted(LANGUAGES)), min_size=len(TITLES), max_size=len(TITLES)))
@example(TRIAL)
def test_every_page_marks_an_article_title_with_its_language(tmp_path_factory, languages: list[str]) -> None:  # type: ignore[no-untyped-def]
    site = write_site(tmp_path_factory.mktemp("lang") / "site", site_files(languages))
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    expected = {title: LANGUAGES[language] for title, language in zip(TITLES, languages)}
    seen = marked_languages(site / "output", expected)
    assert seen >= 2 * len(TITLES)  # each on its own page and in listings
    records = [r for chunk in (site / "output/search/d").glob("*.json")
               for r in json.loads(chunk.read_text(encoding="utf-8"))["docs"]]
    for r in records:
        if r[3] in expected and r[1] == "article":
            assert (r[7] if len(r) > 7 else "fr").lower() == expected[r[3]].lower(), r
    if languages == TRIAL:  # valid HTML (once: the checker takes seconds to start)
        page = site / "output/articles/a0/index.html"
        assert '<h1 dir="auto" lang="ja">' in page.read_text(encoding="utf-8")
        assert validate_html([page, site / "output/index.html", site / "output/topics/asie/index.html"]) == []


def test_a_language_that_is_no_tag_is_an_error_at_its_line(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", site_files(["japanese", "ja"]))
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 1
    assert 'content/articles/a0.md:5: "language" must be a language tag like ja, ar or pt-BR' in result.stderr
