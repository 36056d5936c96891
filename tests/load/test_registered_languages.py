"""A `lang` value is published only when the IANA registry has its subtags (load/languageregistry.py).

BR12 (2026-12-06): a feed's `<a lang="rtl">` was published on an imported article's page — invalid HTML5
("The language subtag “rtl” is not a valid ISO language part of a language tag"), as were `lang="xxx"`,
`lang="en-abcdefgh"` and `lang="fr-FR-1996"` in a body, and `language: zzz` in config.yaml or an article
made every page invalid without a word: the tag was checked for its shape only. Now such a value is
dropped from a body (the sanitiser's warning says so) and is an error at its line in front matter and in
config.yaml. The pages are checked with the Nu Html Checker, as SPEC asks.
"""
from __future__ import annotations

import html
import random
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.htmlattrs import language_tag
from briefgen.load.languageregistry import registered, registry
from support.examples import examples
from support.htmlcheck import require_vnu, validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site

REFUSED = ["rtl", "ltr", "xxx", "zzz", "en-abcdefgh", "fr-FR-1996", "en-aaa", "en-999", "sl-biske", "en-a-bbb",
           "en-ABC", "de-CH-CH", "x"]
KEPT = ["en", "de-CH-1996", "sl-rozaj-biske", "zh-yue-HK", "qtz", "en-419", "sr-Latn-RS", "gsw", "ar-aao-EG",
        "en-GB-oxendict", "ja-Jpan", "und", "zh-min-nan"]
# (a tag with a one-letter subtag, as i-klingon, en-x-mine or en-u-ca-gregory, is no tag to htmlattrs.language_tag's
# shape, as before: never published; languageregistry.registered itself takes them, as the checker does)


def test_the_reported_values_and_registered_ones() -> None:
    assert [value for value in REFUSED if language_tag(value) is not None] == []
    assert {value: language_tag(value) for value in KEPT} == {value: value for value in KEPT}
    assert all(registered(value) for value in ("i-klingon", "en-US-x-mine", "en-u-ca-gregory", "x-mine"))


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=3))
@example("rtl")
def test_a_short_language_subtag_is_kept_exactly_when_registered(code: str) -> None:
    private = len(code) == 3 and "qaa" <= code <= "qtz"
    assert registered(code) == (code in registry().languages or private)


SUBTAGS = st.sampled_from(["Latn", "Cyrl", "Zzzz", "Abcd", "CH", "419", "999", "XY", "1996", "rozaj", "biske",
                           "abcdefgh", "yue", "aao", "x", "mine", "u", "ca", "a"])
LANGUAGES = st.sampled_from(["en", "de", "sl", "zh", "ar", "fr", "xxx", "rtl", "qaa", "gsw", "i", "x"])
VALUES = st.builds(lambda first, rest: "-".join([first, *rest]), LANGUAGES, st.lists(SUBTAGS, max_size=3))


# Three drawn lists a site, each the body of an article of its own: one build and one validation for three of the
# lists that were a site each (~7 builds a run -> 4, 2026-12-07, CT4: the suite's time). Hypothesis's first example is
# its simplest; the two others draw six lists, where the six examples drew five.
@settings(max_examples=examples(6), deadline=None)
@given(st.lists(st.lists(VALUES, min_size=20, max_size=40, unique=True), min_size=3, max_size=3))
@example([REFUSED + KEPT])
def test_a_page_with_any_lang_values_in_its_body_is_valid(tmp_path_factory, bodies: list[list[str]]) -> None:
    require_vnu()
    articles = {}
    for a, values in enumerate(bodies):
        spans = " ".join(f'<span lang="{html.escape(value)}">w{n}</span>' for n, value in enumerate(values))
        articles[f"content/articles/langs-{a}.md"] = (f"---\ntitle: Many languages {a}\nsource: Wire\n"
                                                      f"published: 2023-05-1{a}\n---\nThe minister said {spans} in "
                                                      "Geneva.\n")
    root = write_site(tmp_path_factory.mktemp("site"), {**MINIMAL_SITE, **articles})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    pages = [root / f"output/articles/langs-{a}/index.html" for a in range(len(bodies))]
    for page, values in zip(pages, bodies):
        text = page.read_text(encoding="utf-8")
        for n, value in enumerate(values):
            kept = language_tag(value)
            assert (f'<span lang="{html.escape(kept)}">w{n}</span>' if kept else f"<span>w{n}</span>") in text, value
    assert validate_html(pages) == []


def test_an_unregistered_language_in_config_or_front_matter_is_an_error_at_its_line(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"].replace("title: Test Briefing\n", "title: Test Briefing\nlanguage: zzz\n")
    root = write_site(tmp_path, {**MINIMAL_SITE, "config.yaml": config,
                                 "content/articles/l.md": "---\ntitle: T\nsource: S\npublished: 2023-05-10\n"
                                                          "language: rtl\n---\nBody.\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 1
    assert 'config.yaml:2: "language" must be a language tag like en or pt-BR, got "zzz"' in result.stderr
    assert 'content/articles/l.md:5: "language" must be a language tag like ja, ar or pt-BR (BCP 47), got "rtl"' \
        in result.stderr
    assert not (root / "output").exists()


def test_every_registered_language_subtag_alone_is_kept() -> None:
    languages = sorted(registry().languages)
    assert len(languages) > 8000
    for code in random.Random(12).sample(languages, 400) + ["en", "abc", "tlh", "yue"]:
        assert language_tag(code) == code or len(code) == 3 and language_tag(code) and len(language_tag(code)) == 2
