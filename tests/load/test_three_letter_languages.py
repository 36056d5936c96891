"""A language written with its three-letter ISO 639-2 code ("deu", "ger", "fra", "fre") is the two-letter tag
BCP 47 takes ("de", "fr": load/languagecodes.py), in an article's `language:`, config.yaml's, a feed's and a
`lang` attribute alike (htmlattrs.language_tag).

A hostile test of the German/French gate (2026-12-02): `language: deu` was accepted as it was, so the article's
pages said lang="deu" (the Nu Html Checker: "not a valid ISO language part of a language tag") and the gate
(analyse/languages.lexicon_of) read the German article as English: „…“, sagte Scholz had no speaker.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyse.languages import lexicon_of
from briefgen.load.htmlattrs import language_tag
from briefgen.load.languagecodes import TWO_LETTER
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

# A script, then a region, as the IANA registry orders them ("aar-CH-CH" and "fra-1996" are no tags: the region
# twice; a variant registered for German alone, languageregistry.py, since 2026-12-06)
REGIONS = st.tuples(st.sampled_from([[], [("-", "Latn")], [("_", "Cyrl")]]),
                    st.sampled_from([[], [("-", "CH")], [("_", "at")], [("-", "CA")], [("-", "419")]])).map(
    lambda parts: parts[0] + parts[1])
SPACE = st.sampled_from(["", " ", "\t", " \n"])


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(sorted(TWO_LETTER)), st.data())
def test_a_three_letter_code_is_its_two_letter_tag(code: str, data: st.DataObject) -> None:
    written = "".join(c.upper() if data.draw(st.booleans()) else c for c in code)
    subtags = data.draw(REGIONS)
    value = data.draw(SPACE) + written + "".join(sep + part for sep, part in subtags) + data.draw(SPACE)
    assert language_tag(value) == TWO_LETTER[code] + "".join("-" + part for _, part in subtags), value
    assert lexicon_of(language_tag(value) or "") == lexicon_of(TWO_LETTER[code]), value


def test_the_gated_languages_and_those_without_a_two_letter_code() -> None:
    assert {code: language_tag(code) for code in ("deu", "ger", "GER", "fra", "fre", "eng")} == {
        "deu": "de", "ger": "de", "GER": "de", "fra": "fr", "fre": "fr", "eng": "en"}
    assert [lexicon_of(language_tag(c) or "") for c in ("deu", "ger", "fra", "fre", "eng")] == ["de", "de", "fr", "fr", ""]
    # ("xx" is no tag since 2026-12-03: two letters ISO 639-1 does not have, tests/load/test_two_letter_languages.py)
    assert [language_tag(c) for c in ("gsw", "yue", "xx", "DE", "de_DE")] == ["gsw", "yue", None, "DE", "de-DE"]


ARTICLE = """---
title: Scholz zum Waffenstillstand
source: Example Times
published: 2023-05-11T09:00:00+03:00
language: {language}
---
„Wir werden nicht länger auf andere warten“, sagte Olaf Scholz am Mittwoch in Berlin.
"""


def test_an_article_in_deu_is_read_and_marked_as_german(tmp_path: Path) -> None:
    files = {**MINIMAL_SITE, "content/articles/scholz.md": ARTICLE.format(language="deu")}
    files["config.yaml"] = files["config.yaml"].replace("title: Test Briefing\n", "title: Test Briefing\nlanguage: eng\n")
    root = write_site(tmp_path / "site", files)
    done = run_cli(["build", "-q"], root)
    assert done.returncode == 0, done.stderr
    page = (root / "output/articles/scholz/index.html").read_text(encoding="utf-8")
    assert re.findall(r'lang="([^"]*)"', page)[:1] == ["en"] and 'lang="de"' in page and "deu" not in page
    person = (root / "output/people/olaf-scholz/index.html").read_text(encoding="utf-8")
    assert re.search(r"quoted 1 time\b", person)
    assert "<language>en</language>" in (root / "output/feed.xml").read_text(encoding="utf-8")
