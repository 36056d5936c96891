"""Every text field shown to readers — front matter and config.yaml — is checked by the one rule of what shows
nothing (codepoints.visible), and every diagnostic about one names its invisible characters by code point.

A hostile re-test (2026-12-05): `via: "\u3164"` (a Hangul filler) gave no warning and the page said "via <bdi>ㅤ</bdi>",
"re-tells reporting first published by ㅤ", with the filler as a name in the feeds and JSON-LD; an invisible topic
`description:` and an outlet's `note:` in config.yaml were quiet too; and `via:` equal to an invisible `source:`
printed the filler raw in its warning ("a re-telling of ㅤ's reporting"). A required field that shows nothing is an
error; an optional one is left out with a warning at its line (Fields.text `shown`, Fields.text_list)."""
from __future__ import annotations

import re
import unicodedata

import sys
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.viaoutlets import misnamed_vias
from briefgen.load.codepoints import shows_nothing
from briefgen.load.config import load_config
from briefgen.load.documents import make_article, make_note, parse_file

sys.path.insert(0, str(Path(__file__).parent))
from test_blank_names import BLANK, FILLERS, blank_text  # noqa: E402
from test_invisible_text import CONFIG, RENDERER, quoted  # noqa: E402

ARTICLE = "content/articles/a.md"
NOTE = "content/notes/n.md"
# (key, its line in `_article`'s front matter, whether required: an error; else left out with a warning)
ARTICLE_FIELDS = {"title": (2, True), "source": (3, True), "via": (5, False), "author": (6, False),
                  "tags": (7, False)}
NOTE_FIELDS = {"title": (2, True), "author": (4, False)}
CONFIG_FIELDS = {"title": 1, "topics[0].title": 5, "topics[0].description": 6, "sources[0].name": 8,
                 "sources[0].note": 9, "people[0].name": 11}


def _unseen_in(line: str) -> list[str]:
    """The characters of a printed diagnostic that show nothing and are no white space (which shows as a space)."""
    return [c for c in line if shows_nothing(c) and not c.isspace()]  # (white space shows as space: U+00A0 quoted)


def _article(values: dict[str, str]) -> tuple[object, list]:
    v = {"title": "Envoys meet", "source": "Example Times", "via": "Reuters", "author": "Ada Brenn", "tags": "gas",
         **{key: quoted(text) for key, text in values.items()}}
    raw = (f"---\ntitle: {v['title']}\nsource: {v['source']}\npublished: 2024-03-05\nvia: {v['via']}\n"
           f"author: {v['author']}\ntags: {v['tags']}\n---\nBody text.\n").encode("utf-8")
    return make_article(parse_file(raw, ARTICLE, "a", RENDERER), ARTICLE, "a", "r", CONFIG)


def _said_at(problems: list, path: str, line: int, key: str) -> list[str]:
    return [str(p) for p in problems if str(p).startswith(f'{path}:{line}: ') and f'"{key}"' in str(p)]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(blank_text(), st.sampled_from(sorted(ARTICLE_FIELDS)))
@example("\u3164", "via")  # the re-test's input
@example(FILLERS, "via")
@example("\u2800", "via")
@example("\xad\u2000\xad", "author")  # (a fresh-clone CI draw: U+2000 is read as U+2002)
def test_an_article_field_that_shows_nothing_is_named_by_code_point_at_its_line(blank: str, key: str) -> None:
    article, problems = _article({key: blank})
    line, required = ARTICLE_FIELDS[key]
    said = _said_at(problems, ARTICLE, line, key)
    # (a blank holding a line break, U+2028, is also warned as such at its line: a draw at ten times the examples)
    said = [s for s in said if "shows nothing" in s or "empty" in s]
    assert said, list(map(str, problems))
    # (as the text is read: U+2000 EN QUAD is U+2002 EN SPACE, a CI draw; a line break is folded to a space)
    read = re.sub("[\n\r\x85\u2028\u2029]", " ", unicodedata.normalize("NFC", blank))
    assert all(f"U+{ord(c):04X}" in said[0] for c in read if c != " " and c in read.strip()), said
    assert not [s for s in map(str, problems) if _unseen_in(s)], list(map(str, problems))
    if not required:
        value = getattr(article, {"author": "authors"}.get(key, key))
        assert value in ("", ()) and str(problems[0]).split(": ")[1].startswith("warning"), (value, problems)


@settings(max_examples=examples(30), deadline=None, database=None)
@given(blank_text(), st.sampled_from(sorted(NOTE_FIELDS)))
def test_a_note_field_that_shows_nothing_is_named_at_its_line(blank: str, key: str) -> None:
    v = {"title": "Context", "author": "Ada Brenn", key: quoted(blank)}
    raw = f"---\ntitle: {v['title']}\ndate: 2024-03-05\nauthor: {v['author']}\n---\nBody text.\n".encode("utf-8")
    _, problems = make_note(parse_file(raw, NOTE, "n", RENDERER), NOTE, "n", "r", CONFIG)
    said = _said_at(problems, NOTE, NOTE_FIELDS[key][0], key)
    assert said and not [s for s in map(str, problems) if _unseen_in(s)], list(map(str, problems))


@settings(max_examples=examples(60), deadline=None, database=None)
@given(blank_text(), st.sampled_from(sorted(CONFIG_FIELDS)))
@example("\u3164", "topics[0].description")  # the re-test's inputs
@example("\u3164", "sources[0].note")
def test_a_config_field_that_shows_nothing_is_named_by_code_point_at_its_line(tmp_path_factory, blank: str,  # type: ignore[no-untyped-def]
                                                                               key: str) -> None:
    v = {"title": "T", "topics[0].title": "Talks", "topics[0].description": "The talks",
         "sources[0].name": "Example Times", "sources[0].note": "A daily", "people[0].name": "Ada Brenn",
         key: quoted(blank)}
    text = (f"title: {v['title']}\nlanguage: en\ntopics:\n  - id: talks\n    title: {v['topics[0].title']}\n"
            f"    description: {v['topics[0].description']}\nsources:\n  - name: {v['sources[0].name']}\n"
            f"    note: {v['sources[0].note']}\npeople:\n  - name: {v['people[0].name']}\n")
    path = tmp_path_factory.mktemp("config") / "config.yaml"
    path.write_text(text, encoding="utf-8")
    config, problems = load_config(path)
    said = [str(p) for p in problems if p.line == CONFIG_FIELDS[key] and f'"{key}"' in p.message]
    # (a blank holding a line break is also warned as such, at the same line: a draw at four times the examples)
    assert said and any(w in s for s in said for w in ("shows nothing", "empty")), list(map(str, problems))
    assert not [s for s in map(str, problems) if _unseen_in(s)], list(map(str, problems))
    if key == "topics[0].description" and config is not None:
        assert config.topics[0].description == ""
    if key == "sources[0].note" and config is not None:
        assert config.sources[0].note == ""


@settings(max_examples=examples(20), deadline=None, database=None)
@given(blank_text(BLANK.filter(lambda c: c != " ")))
@example("\u3164")  # the re-test: `via:` equal to an invisible `source:` printed the filler raw
def test_a_via_equal_to_an_invisible_source_prints_no_invisible_character(blank: str) -> None:
    article, problems = _article({"source": blank, "via": blank})
    said = [str(p) for p in (*problems, *misnamed_vias([article], CONFIG))]
    assert not [s for s in said if _unseen_in(s)], said
    assert article.via == ""
