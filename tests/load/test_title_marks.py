"""Markdown or HTML written in a title is shown as written: a warning at the title's line says so.

`title: Gas *pipeline* talks`, `title: Tom &amp; Jerry`, `title: <em>Talks</em> resume` were
published with the asterisks, "&amp;" and tags showing on every page, in feeds and in search,
without a word (a title is plain text; only the body is Markdown). `load/titlemarks.py` finds
such marks for a warning; nothing is changed. Property: plain titles stay quiet, a title with
one mark of any kind is warned about, naming it; titles that mean their characters (Q&A,
AT&T, snake_case, __init__, 5*3) stay quiet. The same for every other name a page shows as plain
text (config.yaml's site title, topics, outlets and people; `source:`, `via:`, `author:`), checked
with `briefgen check` on a real site.
"""
from __future__ import annotations

import html
import unicodedata


from html.entities import html5
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from briefgen.load.titlemarks import title_marks, title_warning
from support.sites import run_cli, write_site
from support.examples import examples

PLAIN = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="*_`<>&[]"), max_size=40)
MARKS = st.sampled_from(["*pipeline*", "**gas**", "_Le Monde_", "`code_name`", "&amp;", "&mdash;", "&#8217;",
                         "<em>", "</strong>", "<br/>", "[report](https://x.org/a)"])


@settings(max_examples=examples(80), deadline=None)
@given(before=PLAIN, mark=MARKS, after=PLAIN)
@example(before="Gas ", mark="*pipeline*", after=" talks")
def test_a_mark_in_a_title_is_named(before: str, mark: str, after: str) -> None:
    title = f"{before} {mark} {after}"
    found = title_marks(title)
    assert len(found) == 1 and mark in found[0], (title, found)


@settings(max_examples=examples(80), deadline=None)
@given(PLAIN)
def test_plain_titles_stay_quiet(title: str) -> None:
    assert title_marks(title) == []


@pytest.mark.parametrize("title", ["Q&A: what next", "AT&T and T-Mobile", "snake_case_names", "Why __init__ runs",
                                   "5*3*2 and a * b", "C++ and C#", "&foo; is no reference", "Rates < 5% > 3%"])
def test_characters_meant_as_such_stay_quiet(title: str) -> None:
    assert title_warning(title) is None

# The concrete input on a real site: tests/test_editor_markdown.py.


# --- every other name a page shows as plain text ------------------------------------------

NAMES = {  # where the name is written → how the warning calls it
    "config title": "the site title", "topic title": "a topic's title",
    "topic description": "a topic's description", "outlet name": "an outlet's name",
    "outlet note": "an outlet's note", "person": "a person's name", "source": "the outlet's name",
    "via": "the outlet it credits", "author": "an author's name", "note author": "an author's name",
}


def _site(names: dict[str, str]) -> dict[str, str]:
    """MINIMAL_SITE with each name of NAMES written as `names` gives it (a plain one otherwise)."""
    n = {key: "Plain " + key.title() for key in NAMES} | names
    config = (f'title: "{n["config title"]}"\nbase_url: https://example.org/briefing/\ntopics:\n'
              f'  - id: ceasefire-talks\n    title: "{n["topic title"]}"\n'
              f'    description: "{n["topic description"]}"\n    keywords: [ceasefire]\n'
              f'sources:\n  - name: "{n["outlet name"]}"\n    note: "{n["outlet note"]}"\n'
              f'people:\n  - name: "{n["person"]}"\n')
    article = (f'---\ntitle: Envoys meet\nsource: "{n["source"]}"\nvia: "{n["via"]}"\n'
               f'author: [Jane Roe, "{n["author"]}"]\npublished: 2023-05-10\n---\nThe ceasefire talks.\n')
    note = (f'---\ntitle: Why it matters\ndate: 2023-05-11\ntopics: [ceasefire-talks]\n'
            f'author: "{n["note author"]}"\n---\nIt matters.\n')
    return {"config.yaml": config, "content/articles/a.md": article, "content/notes/n.md": note}


@settings(max_examples=examples(6), deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(sorted(NAMES)), min_size=1, max_size=4, unique=True), MARKS)
@example(["outlet name", "config title"], "&amp;")  # reported: "R&amp;D Times" shown as such, without a word
def test_a_mark_in_any_name_a_page_shows_is_named_at_its_line(tmp_path_factory, where: list[str],
                                                               mark: str) -> None:  # type: ignore[no-untyped-def]
    files = _site({key: f"Name {mark} {key}" for key in where})
    root = write_site(tmp_path_factory.mktemp("names"), files)
    checked = run_cli(["check"], root)
    assert checked.returncode == 0, checked.stderr
    said = [line for line in checked.stderr.splitlines() if "plain text on every page" in line]
    assert len(said) == len(where), checked.stderr
    for key in where:
        path = "config.yaml" if key in ("config title", "topic title", "topic description", "outlet name",
                                        "outlet note", "person") else \
            "content/notes/n.md" if key == "note author" else "content/articles/a.md"
        line = 1 + next(i for i, text in enumerate(files[path].splitlines()) if f"Name {mark} {key}" in text)
        assert any(s.startswith(f"{path}:{line}: warning: {NAMES[key]} is plain text") and mark in s
                   for s in said), (key, checked.stderr)


def test_plain_names_stay_quiet(tmp_path: Path) -> None:
    checked = run_cli(["check"], write_site(tmp_path, _site({"outlet name": "R&D Times", "author": "Q&A desk"})))
    assert checked.returncode == 0 and "plain text on every page" not in checked.stderr, checked.stderr


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(sorted(name for name in html5 if name.endswith(";")
                              and name[:-1].isalpha())), st.sampled_from(["right", "ified", "x", "s"]))
def test_a_name_that_extends_an_entity_is_no_reference(name: str, tail: str) -> None:
    """Reported (a hostile re-test, 2026-12-04): `title: "Rights &copyright; and more"` was told to write "©right;",
    HTML's legacy prefix decoding applied to a name HTML5's list lacks. Only `&` + a listed name (with its ";") or a
    number is a reference; anything else is text as written, and no warning."""
    written = f"&{name[:-1]}{tail};"
    marks = title_marks(f"Rights {written} and more")
    assert bool(marks) == (written[1:] in html5), (written, marks)
    assert all("instead" not in m or html5[written[1:]] in m for m in marks)


@settings(max_examples=examples(150), deadline=None)
@given(st.integers(min_value=0, max_value=0x10FFFF + 5), st.booleans())
def test_every_numeric_reference_gets_advice_an_editor_can_follow(code: int, hexadecimal: bool) -> None:
    """Reported (a trial, 2026-12-04): `&#0;` in a title was told to "write � instead", `&#1;` to "write  instead"
    (nothing: `html.unescape`'s results). The class: a numeric reference to any code point gets advice naming a
    visible character, a character by its code point (U+00A0, a combining mark), or "remove it" with the reason."""
    written = f"&#x{code:X};" if hexadecimal else f"&#{code};"
    marks = title_marks(f"Rates {written} rise")
    assert len(marks) == 1, marks
    advice = marks[0].rsplit("; ", 1)[1] if "remove it" not in marks[0] else "remove it"
    character = html.unescape(written)  # (what HTML makes of it: &#128; is "€", Windows-1252's)
    if len(character) == 1 and (unicodedata.category(character) in ("Cc", "Zl", "Zp") or "\u202a" <= character <= "\u202e"):
        assert advice == "remove it", marks  # a control, a line break, an override: never "write it" (a re-test)
    if advice.startswith("write the character U+"):
        return
    if advice == "remove it":
        assert "refers" in marks[0] or "stands for U+" in marks[0]
        return
    shown = advice.removeprefix("write ").removesuffix(" instead")
    assert shown and shown.isprintable() and not shown.isspace() and "\ufffd" not in shown, marks


def test_a_reference_to_character_zero_is_removed_not_rewritten() -> None:
    assert title_marks("a &#0; b") == ["the character reference &#0;, shown as those 4 characters; it refers to "
                                       "character zero; remove it"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from([name for name, text in html5.items() if name.endswith(";") and len(text) == 1
                        and (unicodedata.category(text) in ("Cc", "Zl", "Zp") or "\u202a" <= text <= "\u202e")]),
       st.sampled_from(["Port vote{} delayed", "{}Port vote", "Port vote{}"]))
def test_a_named_reference_to_a_control_is_removed(name: str, shape: str) -> None:
    """The class of the re-test's `&NewLine;` and `&Tab;`: named references that stand for a control or line
    break are advised to be removed, as numeric ones are."""
    marks = title_marks(shape.format(f"&{name}"))
    assert len(marks) == 1 and marks[0].endswith("remove it"), marks


@given(st.sampled_from("\u202a\u202b\u202c\u202d\u202e"), st.text(alphabet="Port vote ", max_size=8))
@settings(max_examples=examples(20), deadline=None)
def test_a_bidi_override_written_as_itself_is_warned(override: str, before: str) -> None:
    """A re-test (2026-12-04): a title holding U+202E as itself got no warning and reversed on every page."""
    marks = title_marks(f"{before}{override}delayed")
    assert any(f"U+{ord(override):04X}" in m and m.endswith("remove it") for m in marks), marks
