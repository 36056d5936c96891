"""A title with no letter or digit ("?!", "   ?  ") is warned about at its line.

A trial (2026-12-03): `title: "?!"` built without a word and "?!" was the headline on every page, while
`briefgen new` refuses such a title. Property: a title of punctuation, symbols and spaces gives the warning
(at the title's line, once), a title with any letter or digit of any script does not; both are published.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.checking import check

WORDLESS = st.text(st.sampled_from("?!.,;:-–—…*#/()\"'  "), min_size=1, max_size=8).filter(lambda t: t.strip(" \"'"))
WORDED = st.tuples(WORDLESS, st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd")), min_size=1,
                                     max_size=3)).map("".join)


def _warnings(tmp: Path, title: str) -> list[str]:
    site = tmp / "site"
    (site / "content" / "articles").mkdir(parents=True, exist_ok=True)
    (site / "config.yaml").write_text("title: T\nbase_url: https://example.org/\ntopics: []\n", encoding="utf-8")
    quoted = title.replace("\\", "\\\\").replace('"', '\\"')
    (site / "content" / "articles" / "a.md").write_text(
        f'---\ntitle: "{quoted}"\nsource: Example Times\npublished: 2026-11-01\n---\nA body of words.\n', encoding="utf-8")
    result = check(site / "config.yaml")
    assert result.plan is not None
    return [str(d) for d in result.diagnostics if "has no letter or digit" in str(d)]


@settings(max_examples=examples(30), deadline=None)
@given(WORDLESS)
@example("?!")
@example("   ?  ")
def test_a_title_without_words_is_warned_about(tmp_path_factory, title: str) -> None:
    found = _warnings(tmp_path_factory.mktemp("t"), title)
    assert len(found) == 1 and found[0].startswith(str(Path("content/articles/a.md")) + ":2:"), (title, found)


@settings(max_examples=examples(30), deadline=None)
@given(WORDED)
def test_a_title_with_a_letter_or_digit_is_not(tmp_path_factory, title: str) -> None:
    assert _warnings(tmp_path_factory.mktemp("t"), title) == []
