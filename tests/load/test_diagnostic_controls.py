"""What a diagnostic quotes of the editor's text never acts on the terminal, and a character reference's
semicolon makes no list.

A trial's `title: "Envoys &#8207; meet"` printed a right-to-left mark into its warning's line, and a tab,
U+061C and U+200E went out raw the same way: `Diagnostic.__str__` (the one place every printed diagnostic
passes through) escaped the C0 and C1 controls but the tab, and of the bidi controls only the embeddings,
overrides and isolates. `author: "Ann &#1; Lee"` was warned to be a list of two ("Ann &#1" and "Lee"): the
reference's semicolon was read as a separator (load/listlike.py).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.diagnostics import Diagnostic, shown_line
from briefgen.load.listlike import items
from support.examples import examples
from support.hostile import article
from support.sites import MINIMAL_SITE, run_cli, write_site

# Every C0 and C1 control, DEL, the line and paragraph separators and every Bidi_Control character.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
EVERY_CONTROL = ([chr(c) for c in [*range(0x20), *range(0x7f, 0xa0)]]
                 + list("\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
NONCHARACTERS = ["\ufdd0", "\ufdef", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff"]
ODD = st.sampled_from(EVERY_CONTROL + NONCHARACTERS)


@settings(max_examples=examples(200), deadline=None)
@given(text=st.text(st.one_of(ODD, st.characters()), max_size=30))
@example(text="write \u200f instead")
@example(text="Envoys\tmeet \u061c \u200e")
def test_no_printed_line_holds_a_control_or_bidi_control(text: str) -> None:
    for shown in (str(Diagnostic("content/articles/a.md", 2, text, "warning")), shown_line(text),
                  str(Diagnostic(text, 0, "x"))):
        assert not CONTROLS.search(shown) and len(shown.splitlines()) <= 1, repr(shown)


def _yaml(text: str) -> str:
    return json.dumps(text)  # (JSON is YAML: every character reaches the loader as written)


def _site(tmp_path: Path, forms: list[str]) -> Path:
    files = {"config.yaml": MINIMAL_SITE["config.yaml"]}
    for n, form in enumerate(forms):
        files[f"content/articles/a{n}.md"] = (
            f"---\ntitle: {_yaml(f'Envoys {form} meet')}\nsource: {_yaml(f'Example {form} Times')}\n"
            f"published: 2023-05-10T09:00:00+03:00\nauthor: {_yaml(f'Ann {form} Lee')}\n"
            f"tags: [{_yaml(f'x{form}y')}]\n---\nDiplomats {form} met in Geneva on a ceasefire.\n")
    return write_site(tmp_path, files)


def _printed_lines_are_clean(root: Path) -> list[str]:
    lines = []
    for command in (["check"], ["build"]):
        result = run_cli(command, root)
        assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr, result.stderr
        for line in (result.stdout + result.stderr).split("\n"):
            assert not CONTROLS.search(line), repr(line)
            lines.append(line)
    return lines


def test_every_control_written_or_referenced_in_every_field_prints_escaped(tmp_path: Path) -> None:
    """Each C0, C1 and bidi control and some noncharacters, as written and as a numeric reference, in a title,
    an outlet's name, an author, a tag and a body: no line `check` or `build` prints holds one."""
    forms = [form for c in EVERY_CONTROL + NONCHARACTERS for form in (c, f"&#{ord(c)};", f"&#x{ord(c):x};")]
    lines = _printed_lines_are_clean(_site(tmp_path, forms))
    assert any("\\u200f" in line for line in lines) and any("\\t" in line for line in lines)


@settings(max_examples=examples(6), deadline=None)
@given(forms=st.lists(st.one_of(ODD.map(lambda c: f"&#{ord(c)};"), ODD,
                                st.text(st.one_of(ODD, st.characters(blacklist_categories=("Cs",))), min_size=1,
                                        max_size=4)), min_size=1, max_size=3))
def test_drawn_controls_in_titles_authors_tags_and_bodies_print_escaped(tmp_path_factory, forms: list[str]) -> None:
    _printed_lines_are_clean(_site(tmp_path_factory.mktemp("site"), forms))


REFERENCE = st.one_of(st.integers(0, 0x10FFFF).map(lambda c: f"&#{c};"), st.integers(0, 0x10FFFF).map(
    lambda c: f"&#x{c:X};"), st.sampled_from(["&amp;", "&nbsp;", "&mdash;", "&eacute;"]))
WORD = st.sampled_from(["Ann", "Lee", "R", "D", "Jean-Luc", "O'Brien", "Ines"])


@settings(max_examples=examples(100), deadline=None)
@given(words=st.lists(st.one_of(WORD, REFERENCE), min_size=1, max_size=5), joiner=st.sampled_from([" ", ""]))
@example(words=["Ann", "&#1;", "Lee"], joiner=" ")
@example(words=["R", "&amp;", "D"], joiner="")
def test_a_character_references_semicolon_separates_nothing(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    assert items(text, "names") is None and items(text, "items") is None, text
    parts = items(f"{text}; Bob Ray", "names")  # a semicolon of its own still does
    assert parts == [text.strip(), "Bob Ray"], parts


def test_the_reported_author_is_one_name_without_a_list_warning() -> None:
    value, problems = article('---\ntitle: T\nsource: S\npublished: 2023-05-08\nauthor: "Ann &#1; Lee"\n---\nBody.\n')
    assert value is not None and value.authors == ("Ann &#1; Lee",)
    assert not [p for p in problems if "does not make a list" in p], problems


@settings(max_examples=examples(100), deadline=None)
@given(code=st.integers(0, 0x10FFFF + 10), hexadecimal=st.booleans())
@example(code=0, hexadecimal=False)
@example(code=1, hexadecimal=False)
def test_a_reference_to_no_showable_character_is_named_so(code: int, hexadecimal: bool) -> None:
    """The rule a title's warning needs to say "remove it" instead of "write � instead" (titlemarks.py)."""
    import html

    from briefgen.load.unshowable import unshowable_reference

    why = unshowable_reference(f"&#x{code:X};" if hexadecimal else f"&#{code};")
    meant = html.unescape(f"&#{code};")
    if code in (0, 1) or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        assert why, code
    if not why:  # what it stands for is a character a page shows, not nothing or U+FFFD
        assert meant not in ("", "\ufffd") or code == 0xFFFD, code
