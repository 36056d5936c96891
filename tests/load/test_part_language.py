"""The language and direction an editor or a feed gives a part of a body are kept, as values HTML takes.

Reported: in a body, `<q lang="ar" dir="rtl">لا اتفاق بعد</q>` lost its `dir` and
`<bdi>الجزيرة</bdi>` its element (both silently, the text kept), so a quote the editor had
set right to left was laid out by the paragraph around it; while `<span lang="english">`
and `<span lang="fr_FR">` were published as written: pages the Nu Html Checker rejects.
Feeds bring the same (`<div dir="RTL" lang="ar_EG">` in an Arabic outlet's entries).

Now `dir` (ltr, rtl, auto, any case) and `lang` (a BCP 47 tag; a POSIX locale "fr_FR" is
"fr-FR") are kept on every element and `<bdi>` is allowed; other values are dropped.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.languagecodes import TWO_LETTER, TWO_LETTER_CODES
from briefgen.load.languageregistry import registered
from briefgen.load.markup import MarkdownRenderer, sanitise
from support.htmlcheck import validate_html
from support.sites import run_cli, write_site
from support.examples import examples

TAG = re.compile(r"(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?")
_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))  # (controls: the body's own warnings)
DIRS = st.sampled_from(["rtl", "RTL", " ltr ", "auto", "Auto", "rtl;", "right", "", "ltr rtl"]) | st.text(_PRINTABLE,
                                                                                                        max_size=6)
LANGS = (st.sampled_from(["ar", "he-IL", "fr_FR", "zh-Hant", "sr-Latn-RS", "english", "", "en-", "x", "de-1996",
                          " uk ", "pt_br", "ar-"]) | st.text(_PRINTABLE, max_size=8))
ELEMENTS = st.sampled_from(["span", "q", "p", "bdi", "blockquote", "em", "td"])


def _attributes(markup: str, element: str) -> dict[str, str]:
    found = re.search(rf"<{element}\b([^>]*)>שלום", markup)
    assert found, (element, markup)
    return {name: html.unescape(value) for name, value in re.findall(r'([a-z]+)="([^"]*)"', found.group(1))}


@settings(max_examples=examples(150), deadline=None, database=None)
@given(element=ELEMENTS, direction=DIRS, language=LANGS)
@example(element="q", direction="rtl", language="ar")
@example(element="span", direction="", language="english")
@example(element="span", direction="", language="fr_FR")
@example(element="span", direction="rtl", language="MAY")  # a CI draw
@example(element="span", direction="rtl", language="rtl")  # a feed's (BR12): invalid HTML until 2026-12-06
def test_a_parts_direction_and_language_are_kept_when_html_takes_them(element: str, direction: str,
                                                                      language: str) -> None:
    inner = f'<{element} dir="{html.escape(direction)}" lang="{html.escape(language)}">שלום x</{element}>'
    source = f"<table><tr>{inner}</tr></table>" if element == "td" else f"Before {inner} after."
    body = MarkdownRenderer().render(source, "b")
    assert "שלום x" in body  # the text is kept either way
    got = _attributes(body, element)
    wanted_dir = direction.strip(" \t\n\r\f").lower()
    assert got.get("dir") == (wanted_dir if wanted_dir in ("ltr", "rtl", "auto") else None)
    wanted_lang = language.strip(" \t\n\r\f").replace("_", "-")
    primary = wanted_lang.partition("-")[0].lower()  # (two letters: ISO 639-1's only, test_two_letter_languages.py)
    taken = TAG.fullmatch(wanted_lang) and (len(primary) != 2 or primary in TWO_LETTER_CODES)
    short = TWO_LETTER.get(primary) if len(primary) == 3 else None  # "MAY" (Malay, ISO 639-2) is written "ms"
    written = short + wanted_lang[3:] if short else wanted_lang
    taken = taken and (not written or registered(written))  # ("CQA", "rtl": no registered subtags, 2026-12-06)
    assert got.get("lang") == (written if taken else None)


def test_a_feeds_direction_and_locale_survive_the_sanitiser() -> None:
    clean = sanitise('<div dir="RTL" lang="ar_EG"><p>قال المسؤول <bdi>CNN</bdi></p></div>')
    assert clean == '<div dir="rtl" lang="ar-EG"><p>قال المسؤول <bdi>CNN</bdi></p></div>'


def test_the_reported_body_is_published_valid_with_its_parts_marked(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        "config.yaml": "title: T\ntopics:\n  - id: t\n    title: T\n",
        "content/articles/a.md": (
            "---\ntitle: Quotes in other languages\nsource: X\npublished: 2024-03-04\n---\n"
            'The minister said <span lang="fr_FR">« pas encore »</span>, <span lang="english">no</span> and '
            '<q lang="ar" dir="rtl">لا اتفاق بعد</q>.\n\n<bdi>الجزيرة</bdi> reported it on 4 March.\n'),
    })
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    page = root / "output/articles/a/index.html"
    text = page.read_text(encoding="utf-8")
    assert '<span lang="fr-FR">« pas encore »</span>' in text and "<span>no</span>" in text
    assert '<q lang="ar" dir="rtl">لا اتفاق بعد</q>' in text
    assert "<bdi>الجزيرة</bdi> reported it on 4 March." in text
    assert validate_html([page]) == []
