"""A list key written as one value (`author: Jane Doe`, `tags: gas`) is checked as its one item is.

Trial: `author: "A\x85B"` (a C1 control through a YAML escape) was published in every byline and the
JSON-LD, and the Nu Html Checker reported "Forbidden code point U+0085", while `author: ["A\x85B"]`
was an error at its line; `tags: "g\x01"` likewise; `author: "\u200b"` printed "By " and nothing.
Python's `str.strip` removes U+0085 and U+001C-U+001F as white space, so a trailing one vanished
unsaid. The class: every list key read by `Fields.text_list` (author, tags, topics, articles,
keywords, aliases, plugins …), one value or a list, any forbidden character (load/codepoints.py).
"""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.load.codepoints import FORBIDDEN
from briefgen.load.fields import Fields
from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

FORBIDDEN_CHARS = st.sampled_from(["\x01", "\x0b", "\x1c", "\x1f", "\x7f", "\x85", "\x9f", "\ufdd0", "\ufffe"])
WORDS = st.text(alphabet="abc XYZ-é", max_size=8)


def _read(key: str, written: object) -> tuple[tuple[str, ...], list[str]]:
    data, problems = load_mapping(f"title: t\n{key}: {json.dumps(written)}\n", "f.md")
    assert data is not None and problems == []
    found: list = []
    kept = Fields(data, "f.md", found).text_list(key)
    return kept, [f"{p.severity}:{p.line}:{p.message}" for p in found]


@settings(max_examples=examples(150), deadline=None)
@given(key=st.sampled_from(["author", "tags", "topics", "articles", "aliases"]), before=WORDS,
       bad=FORBIDDEN_CHARS, after=WORDS)
@example(key="author", before="A", bad="\x85", after="B")
@example(key="tags", before="g", bad="\x1f", after="")
def test_one_value_with_a_forbidden_character_is_the_error_its_list_of_one_is(
        key: str, before: str, bad: str, after: str) -> None:
    value = before + bad + after
    alone, said_alone = _read(key, value)
    listed, said_listed = _read(key, [value])
    assert alone == listed == ()
    assert said_alone == [f'error:2:"{key}" must be text, got text containing the control character '
                          f"U+{ord(bad):04X}, which no web page may hold (remove it)"]
    assert said_listed == [m.replace(f'"{key}" must be text', f'"{key}" items must be text') for m in said_alone]


@settings(max_examples=examples(100), deadline=None)
@given(key=st.sampled_from(["author", "tags", "aliases"]), value=WORDS)
def test_one_clean_value_is_kept_as_written(key: str, value: str) -> None:
    kept, said = _read(key, value)
    assert said == [] or all("warning" in s for s in said)
    assert kept == ((value.strip(),) if value.strip() else ())
    assert not any(FORBIDDEN.search(item) for item in kept)


@settings(max_examples=examples(100), deadline=None)
@given(key=st.sampled_from(["author", "tags", "topics", "articles", "aliases", "keywords"]),
       value=st.text(alphabet=" \t\u00a0\u2003\u3000", max_size=4))
@example(key="author", value="")
def test_an_empty_single_value_is_left_out_with_a_warning(key: str, value: str) -> None:
    """`author: ""` printed no byline and said nothing (a trial): the editor hears that it is left out."""
    kept, said = _read(key, value)
    assert kept == ()
    assert said == [f'warning:2:"{key}" is empty, so it is left out; remove it or write what it should say']


def test_an_invisible_single_value_is_left_out_with_a_warning() -> None:
    kept, said = _read("author", "\u200b")
    assert kept == ()
    assert said == ['warning:2:"author" shows nothing: it holds only invisible characters (U+200B), so it is left '
                    "out; remove it or write what it should say"]


def test_the_reported_byline_is_an_error_and_nothing_is_published(tmp_path: Path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"].replace(
        "url: https://", 'author: "Anna\\x85Berzina"\ntags: "grid\\x01"\nurl: https://')
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/first-report.md": article})
    done = run_cli(["build"], root)
    assert done.returncode == 1 and not (root / "output").exists()
    assert done.stderr.splitlines()[:2] == [
        'content/articles/first-report.md:5: "author" must be text, got text containing the control character '
        "U+0085, which no web page may hold (remove it)",
        'content/articles/first-report.md:6: "tags" must be text, got text containing the control character '
        "U+0001, which no web page may hold (remove it)"]
