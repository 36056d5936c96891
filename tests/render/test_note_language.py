"""An editor note in another language than the briefing's says so (`language: el`), as an article does,
and is marked with it wherever its title and body are shown.

A trial of an English wildfire briefing with a Greek desk: a note written in Greek could not say so
(`language: el` was 'unknown key "language"', with no hint), so its title and body were marked as
English on every page, in the feeds and in search, and screen readers read Greek with an English voice.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from render.test_article_language import marked_languages
from support.htmlcheck import validate_html
from support.sites import run_cli, write_site
from support.examples import examples

CONFIG = """\
title: Wildfire Briefing
language: en
topics:
  - id: fires
    title: Fires
    keywords: [fire]
"""
# (title, body) of each note, and as written in its front matter → the tag its text must carry.
NOTES = [("Σημείωμα της σύνταξης", "Η Βόρεια Εύβοια κάηκε και το 2021."),
         ("حرائق جنوب لبنان", "امتدت الحرائق إلى ثلاث قرى."),
         ("Note de la rédaction", "Les massifs restent fermés."),
         ("Desk note", "Watch the winds.")]
LANGUAGES = {"": "en", "el": "el", "ar": "ar", "fr_FR": "fr-FR", "EN": "en", "en-GB": "en-GB"}


def site_files(languages: list[str]) -> dict[str, str]:
    files = {"config.yaml": CONFIG,
             "content/articles/a.md": "---\ntitle: Fire on Evia\nsource: Outlet\npublished: 2026-07-22\n---\n"
                                      "A fire on Evia.\n"}
    for n, ((title, body), language) in enumerate(zip(NOTES, languages)):
        line = f"language: {language}\n" if language else ""
        files[f"content/notes/n{n}.md"] = (f"---\ntitle: {title}\ndate: 2026-07-2{n + 2}\ntopics: [fires]\n"
                                           f"articles: [a]\n{line}---\n{body}\n")
    return files


TRIAL = ["el", "ar", "fr_FR", ""]


@settings(max_examples=examples(3), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(sorted(LANGUAGES)), min_size=len(NOTES), max_size=len(NOTES)))
@example(TRIAL)
def test_every_page_feed_and_search_result_marks_a_note_with_its_language(tmp_path_factory,  # type: ignore[no-untyped-def]
                                                                           languages: list[str]) -> None:
    site = write_site(tmp_path_factory.mktemp("notelang") / "site", site_files(languages))
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    expected = {text: LANGUAGES[language] for (title, body), language in zip(NOTES, languages)
                for text in (title, body)}
    seen = marked_languages(site / "output", expected, default="en")
    assert seen >= 3 * len(expected)  # its edition, its topic and its article's page at least
    records = [r for chunk in (site / "output/search/d").glob("*.json")
               for r in json.loads(chunk.read_text(encoding="utf-8"))["docs"]]
    notes = [r for r in records if r[1] == "note"]
    assert len(notes) == len(NOTES)
    for r in notes:
        assert (r[7] if len(r) > 7 else "en").lower() == expected[r[3]].lower(), r
    feed = feedparser.parse((site / "output/topics/fires/feed.xml").read_bytes())
    assert feed.bozo == 0
    for entry in feed.entries:
        for (title, body), language in zip(NOTES, languages):
            if title in entry.title:
                marked = re.search(r'<div lang="([^"]+)">', entry.summary)
                own = LANGUAGES[language]
                assert (marked.group(1) if marked else "en").lower() == own.lower(), entry.summary
    if languages == TRIAL:  # valid HTML (once: the checker takes seconds to start)
        assert validate_html([site / "output/index.html", site / "output/topics/fires/index.html",
                              site / "output/articles/a/index.html"]) == []


def test_a_note_language_that_is_no_tag_is_an_error_at_its_line(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", site_files(["greek", "el", "", ""]))
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 1
    assert 'content/notes/n0.md:6: "language" must be a language tag like ja, ar or pt-BR' in result.stderr
    assert "content/notes/n1.md" not in result.stderr
