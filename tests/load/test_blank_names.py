"""A name shown as text — an article's title and `source:`, an author, config.yaml's topic titles, outlet and
people names — that holds no character a reader sees is refused as one, whatever Unicode property makes it blank
(briefgen/load/codepoints.py `visible`): Default_Ignorable_Code_Point (the Hangul fillers U+3164, U+115F, U+1160,
U+FFA0, U+034F, variation selectors, tags), White_Space, format characters, and U+2800 BRAILLE PATTERN BLANK.
A hostile trial (2026-12-04): a title of Hangul fillers built a blank headline without a word, and U+034F or
U+2800 gave only a warning where U+200B gave an error."""
from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.codepoints import shows_nothing, visible
from briefgen.load.config import load_config

sys.path.insert(0, str(Path(__file__).parent))
from test_invisible_text import CONFIG, RENDERER, problems_of, quoted  # noqa: E402

from briefgen.load.documents import make_article, parse_file  # noqa: E402

PATH = "content/articles/a.md"

# Default_Ignorable_Code_Point (DerivedCoreProperties.txt), White_Space (PropList.txt) and the braille blank
DEFAULT_IGNORABLE = [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, *range(0x180B, 0x1810),
                     *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070), 0x3164,
                     *range(0xFE00, 0xFE10), 0xFEFF, 0xFFA0, *range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B),
                     0xE0001, *range(0xE0020, 0xE0080), *range(0xE0100, 0xE01F0)]
WHITE_SPACE = [0x20, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
BLANK = st.sampled_from([chr(c) for c in (*DEFAULT_IGNORABLE, *WHITE_SPACE, 0x2800)])
FILLERS = "\u3164\u115f\u1160\uffa0"


def blank_text(draw_from: st.SearchStrategy[str] = BLANK) -> st.SearchStrategy[str]:
    return st.lists(draw_from, min_size=1, max_size=5).map("".join).filter(lambda t: t.strip(" ") != "")


@given(BLANK)
def test_each_blank_character_shows_nothing(character: str) -> None:
    assert shows_nothing(character) and not visible(character * 3)


@given(st.characters(categories=("L", "N", "P", "S")).filter(lambda c: c not in FILLERS + "\u2800"))
def test_letters_digits_punctuation_and_symbols_show(character: str) -> None:
    assert visible(character)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(blank_text(), st.sampled_from(["title", "source"]))
@example(FILLERS, "title")  # the trial's title
@example("\u034f", "title")
@example("\u2800", "title")
@example("\u3164", "source")
@example("\xad\u2028\xad", "title")  # (the CI draw)
def test_an_article_title_or_source_that_shows_nothing_is_an_error(blank: str, key: str) -> None:
    found = problems_of(blank) if key == "title" else problems_of("Envoys meet", blank)
    line = 2 if key == "title" else 3
    # (a blank holding a line break, U+2028, is also warned as such at its line: a fresh-clone CI draw)
    found = [p for p in found if "holds a line break" not in p]
    assert len(found) == 1 and found[0].startswith(f'content/articles/a.md:{line}: "{key}" '), found
    assert "shows nothing" in found[0] or "must not be empty" in found[0]


@settings(max_examples=examples(40), deadline=None, database=None)
@given(blank_text(), st.sampled_from(["topics[0].title", "sources[0].name", "people[0].name"]))
@example(FILLERS, "topics[0].title")
def test_a_config_name_that_shows_nothing_is_an_error(tmp_path_factory, blank: str, key: str) -> None:  # type: ignore[no-untyped-def]
    names = {key: quoted(blank)}
    text = (f"title: T\ntopics:\n  - id: talks\n    title: {names.get('topics[0].title', 'Talks')}\n"
            f"sources:\n  - name: {names.get('sources[0].name', 'Example Times')}\n"
            f"people:\n  - name: {names.get('people[0].name', 'Ada Brenn')}\n")
    path = tmp_path_factory.mktemp("config") / "config.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_config(path)
    said = [str(p) for p in problems if f'"{key}"' in p.message and not p.message.startswith("warning")]
    assert any("shows nothing" in s or "must not be empty" in s for s in said), [str(p) for p in problems]


@settings(max_examples=examples(30), deadline=None, database=None)
@given(blank_text(st.sampled_from(list(FILLERS + "\u034f\u2800"))))
def test_an_author_that_shows_nothing_is_left_out_with_a_warning(blank: str) -> None:
    """An author list item: the same `visible` rule as a title's (Fields.text_list)."""
    raw = (f"---\ntitle: Envoys meet\nsource: Example Times\npublished: 2024-03-05\nauthor: [{quoted(blank)}]\n"
           f"---\nBody text.\n").encode("utf-8")
    article, problems = make_article(parse_file(raw, PATH, "a", RENDERER), PATH, "a", "r", CONFIG)
    assert article is not None and article.authors == ()
    assert [p for p in map(str, problems) if "shows nothing" in p], [str(p) for p in problems]
