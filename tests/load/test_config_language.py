"""config.yaml's `language:` follows the rule an article's does (load/htmlattrs.language_tag).

Trial: `language: en_US` (a locale as Pelican's LOCALE and many CMSs write it) was an error in
config.yaml, while an article's `language: en_US` was read as the tag en-US: the same words, two rules.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.load.config import parse_config
from briefgen.load.htmlattrs import language_tag
from briefgen.load.languagecodes import TWO_LETTER_CODES
from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

TOPICS = "topics:\n  - id: talks\n    title: Talks\n"
# (two letters are a language only as ISO 639-1 has them: tests/load/test_two_letter_languages.py)
LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=3).filter(
    lambda primary: len(primary) == 3 or primary.lower() in TWO_LETTER_CODES)
SUBTAGS = st.lists(st.tuples(st.sampled_from("-_"), st.text(alphabet="abcXYZ0123456789", min_size=2, max_size=8)),
                   max_size=2)


def _language(written: str) -> tuple[str, list[str]]:
    data, problems = load_mapping(f'title: T\nlanguage: "{written}"\n{TOPICS}', "config.yaml")
    assert data is not None
    config = parse_config(data, "config.yaml", problems)
    return config.language, [str(p) for p in problems]


@settings(max_examples=examples(150), deadline=None)
@given(primary=LETTERS, subtags=SUBTAGS)
def test_a_tag_an_article_takes_config_yaml_takes_too(primary: str, subtags: list[tuple[str, str]]) -> None:
    written = primary + "".join(sep + part for sep, part in subtags)
    tag = language_tag(written)
    if tag is None:  # (a shape the IANA registry does not have: "AEF", "ab-XY-12": an error for both, 2026-12-06)
        assert _language(written) == ("en", [f'config.yaml:2: "language" must be a language tag like en or pt-BR, '
                                             f'got "{written}"'])
        return
    assert _language(written) == (tag, [])
    assert "_" not in _language(written)[0]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["English", "", "en-", "e", "en_", "en us", "1en", "en--US"]))
def test_what_is_no_tag_is_an_error_for_both(written: str) -> None:
    language, problems = _language(written)
    assert language == "en" and not language_tag(written)
    assert problems == [f'config.yaml:2: "language" must be a language tag like en or pt-BR, got "{written}"']


def test_the_reported_config_builds_with_the_tag_in_the_feed(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"].replace("title: Test Briefing\n", "title: Test Briefing\nlanguage: en_US\n")
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": config})
    done = run_cli(["build", "-q"], root)
    assert done.returncode == 0, done.stderr
    assert "<language>en-US</language>" in (root / "output/feed.xml").read_text(encoding="utf-8")
