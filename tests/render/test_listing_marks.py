"""What every listing of a `build --drafts` tells a reader, on a realistic briefing (tests/sites/volcano: a reader
trial's 23-article volcano briefing with Greek, Arabic and Chinese articles, one draft, one correction, editions of
five stories a page).

A trial (2026-12-05) found, where README promises drafts "each marked Draft" and corrections marked in "every
listing": a person page's quote from a draft and from a corrected report unmarked, its story row unmarked and its
header counting the draft; the digest feed listing the draft unmarked in a title that counts it and leads with the
whole site title; an English outlet name tagged `lang="ar"` for its Arabic article, spellings in other scripts
with no `lang`; the numbered pages of an edition titled as its first; "Vrettou, Eleni – Vrettou, Eleni" on a
one-name page; edition contents counts with no unit for a screen reader.
"""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyse.scripts import fits, written_in
from support.htmlcheck import validate_html
from support.sites import run_cli

SITE = Path(__file__).resolve().parent.parent / "sites" / "volcano"
DRAFT_BADGE = '<span class="badge badge--draft"'


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("volcano")
    shutil.copytree(SITE, root, dirs_exist_ok=True)
    result = run_cli(["build", "--drafts"], root)
    assert result.returncode == 0, result.stderr
    return root / "output"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _figures(page: str) -> list[str]:
    return re.findall(r"<figure class=\"quote\">.*?</figure>", page, re.S)


def test_a_person_page_marks_the_draft_and_the_corrected_report_in_quotes_rows_and_counts(built: Path) -> None:
    page = _read(built / "people/eleni-vrettou/index.html")
    draft_quote = next(f for f in _figures(page) if "It changes by the hour" in f)
    assert DRAFT_BADGE in draft_quote
    row = next(line for line in page.splitlines() if 'href="../../articles/draft-lava-map/"' in line and "<li>" in line)
    assert DRAFT_BADGE in row
    header = re.search(r'<p class="page-header__meta">Named in (.*?)</p>', page).group(1)
    assert re.sub(r"<[^>]+>", "", header).startswith("6 articles (1 a draft) of 4 stories, quoted 2 times (1 in a draft)")
    # Every quote of every person page from a draft or a corrected report is marked
    for person in (built / "people").glob("*/index.html"):
        for figure in _figures(_read(person)):
            if "articles/draft-lava-map/" in figure.split("</a>")[0]:
                assert DRAFT_BADGE in figure, person
            if "articles/lantern-skaros-fountains/" in figure.split("</a>")[0]:
                assert "badge--corrected" in figure, person
    petros = _read(built / "people/petros-antoniadis/index.html")
    assert any("badge--corrected" in f for f in _figures(petros))


def test_the_digest_leads_with_the_edition_marks_the_draft_and_writes_dates_as_pages_do(built: Path) -> None:
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    assert feed.bozo == 0
    titles = [e.title for e in feed.entries]
    assert titles[1] == "Week 47, 2026 (16–22 November 2026): 8 stories (1 a draft), 1 note", titles
    assert titles[2] == "Week 46, 2026 (9–15 November 2026): 7 stories, 3 notes"
    assert not any(t.startswith("Thyra Volcano Watch") for t in titles)
    week47 = re.sub(r"<[^>]+>", "", feed.entries[1].description)
    assert "Draft: A new lava-flow map of Skaros — Aegean Courier, 20 November 2026" in week47
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", " ".join(e.description for e in feed.entries))


class _Tagged(HTMLParser):
    """Each element with `lang` and the text directly inside it (the text of its children counts too)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str, list[str]]] = []  # (tag, lang, text)
        self.found: list[tuple[str, str]] = []  # (lang, text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "meta", "link", "input", "hr", "wbr", "source"):
            return
        self.open.append((tag, dict(attrs).get("lang") or "", []))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, lang, text = self.open.pop()
            if self.open:
                self.open[-1][2].extend(text)
            if lang and name != "html":
                self.found.append((lang, "".join(text)))
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][2].append(data)


def test_no_page_tags_a_part_with_a_language_its_letters_deny(built: Path) -> None:
    """The class: every `lang` on every page is one its text can be in (analyse/scripts.fits): "Al-Marsa Daily"
    is not `ar` for its article being Arabic; and the spellings in other scripts carry their language."""
    wrong = []
    for path in sorted(built.rglob("*.html")):
        parser = _Tagged()
        parser.feed(_read(path))
        wrong += [(str(path.relative_to(built)), lang, text[:40]) for lang, text in parser.found
                  if not fits(text, lang)]
    assert wrong == []
    sources = _read(built / "sources/index.html")
    assert re.search(r'<h2 class="source-list__name" dir="auto"><a href="../sources/al-marsa-daily/">', sources)
    assert 'lang="zh"><a href="../sources/' in sources  # 华夏科学周刊 keeps its Chinese
    assert 'also written as <bdi lang="el">Ελένη Βρεττού</bdi>' in _read(built / "people/eleni-vrettou/index.html")
    assert '<bdi lang="ar">يوسف الحداد</bdi>' in _read(built / "people/yusuf-al-haddad/index.html")
    assert '<bdi lang="zh">李明华</bdi>' in _read(built / "people/li-minghua/index.html")


def _title_and_h1(path: Path) -> tuple[str, str]:
    page = _read(path)
    return (re.search(r"<title>(.*?)</title>", page, re.S).group(1),
            re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)))


def test_every_numbered_page_of_every_listing_has_its_own_title_and_heading(built: Path) -> None:
    numbered = sorted(built.glob("**/page/*/index.html"))
    assert {p.relative_to(built).parts[0] for p in numbered} >= {"editions", "people", "sources", "topics"}
    for path in numbered:
        landing = path.parent.parent.parent / "index.html"
        title, h1 = _title_and_h1(path)
        first_title, first_h1 = _title_and_h1(landing)
        number = path.parent.name
        assert title != first_title and f"page {number}" in title, path
        assert h1 != first_h1 and f"(page {number})" in h1, path


def test_the_people_index_and_edition_contents(built: Path) -> None:
    people = _read(built / "people/page/2/index.html")
    meta = re.sub(r"<[^>]+>", "", re.search(r'<p class="page-header__meta">(.*?)</p>', people).group(1))
    first, _, last = meta.partition("this page: ")[2].partition(" – ")
    assert first != last, meta
    edition = _read(built / "editions/2026-W46/index.html")
    assert re.search(r'<span class="toc__count">\d+<span class="visually-hidden"> stor(y|ies)</span></span>', edition)


def test_the_pages_are_valid_html(built: Path) -> None:
    pages = [built / p for p in ("people/eleni-vrettou/index.html", "people/petros-antoniadis/index.html",
                                 "people/index.html", "people/page/2/index.html", "editions/2026-W47/index.html",
                                 "editions/2026-W47/page/2/index.html", "editions/index.html", "sources/index.html",
                                 "sources/aegean-courier/page/2/index.html", "sources/al-marsa-daily/index.html")]
    assert validate_html(pages) == []


_LATIN = st.text(st.characters(min_codepoint=0x41, max_codepoint=0x7A).filter(str.isalpha), min_size=1, max_size=20)


@settings(max_examples=200, deadline=None)
@given(_LATIN, st.sampled_from(["ar", "el", "zh", "ru", "he", "ja", "ko", "sr-Cyrl", "zh-Hant"]),
       st.text(max_size=5))
def test_latin_letters_are_never_tagged_with_a_language_of_another_script(name: str, language: str, tail: str) -> None:
    """A name in Latin letters (and any digits, marks, spaces beside them, `tail` without letters) is never `lang`
    of a language written in another script; the same name with one letter of that script may be."""
    tail = "".join(c for c in tail if not c.isalpha())
    assert not fits(name + tail, language)
    one = {"ar": "ب", "el": "β", "zh": "华", "ru": "б", "he": "ב", "ja": "の", "ko": "한", "sr-Cyrl": "б",
           "zh-Hant": "華"}[language]
    assert fits(f"{name} {one}", language)
    assert written_in(name + tail, [language], "en") == ""
    assert written_in(one + tail, [language, "en"], "en") == language


def test_spellings_of_an_unknown_or_shared_script_get_no_guess() -> None:
    assert written_in("李明华", [], "en") == ""  # seen in no article of a Chinese-script language
    assert written_in("李明华", ["zh", "ja"], "en") == ""  # two candidates: no guess
    assert written_in("Dr Vrettou", ["el", "de"], "en") == ""  # it reads in the briefing's own language
    assert fits("2026", "ar") and fits("Der Spiegel", "de") and fits("anything", "x-klingon")
