"""Front matter in another generator's format is an error that says which format and how to write it.

A trial moving a briefing from Hugo and Pelican: a file with TOML front matter (`+++`), one with JSON
front matter and one with Pelican's `Title: …` lines each got only "content files must start with a
line `---`", which did not say the front matter was there in a format briefgen does not read
(SPEC.md: YAML between `---` lines). Now the error names the format and the change to make.
"""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.frontmatter import parse, split
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

OPENING = "f.md:1: content files must start with a line `---`, then the front matter (title, ...), then another `---` line"
KEYS = st.sampled_from(["title", "date", "tags", "categories", "author", "slug", "summary", "draft"])
VALUES = st.sampled_from(["Envoys meet", "2023-04-28", "geneva", "Jane Doe", "false", "Breaking: talks"])
FIELDS = st.lists(st.tuples(KEYS, VALUES), min_size=1, max_size=6, unique_by=lambda kv: kv[0])
BODY = "\nNegotiators met in Geneva on Thursday.\n\n---\n\nMore.\n"


def toml(fields: list[tuple[str, str]]) -> str:
    return "+++\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in fields) + "+++\n" + BODY


def json_front(fields: list[tuple[str, str]]) -> str:
    return json.dumps(dict(fields), indent=2) + "\n" + BODY


def pelican(fields: list[tuple[str, str]]) -> str:
    return "".join(f"{k.title()}: {v}\n" for k, v in fields) + BODY


def only_error(text: str) -> str:
    parts, problems = split(text, "f.md")
    assert parts is None
    assert len(problems) == 1 and problems[0].line == 1
    return str(problems[0])


@settings(max_examples=examples(30), deadline=None)
@given(FIELDS, st.sampled_from(["", "\r"]))
@example([("title", "Envoys meet"), ("date", "2023-04-28")], "")
def test_each_foreign_format_is_named_with_the_change_to_make(fields, cr) -> None:  # type: ignore[no-untyped-def]
    """`cr`: a Windows file's lines, as split sees them before decoding would remove the CRs."""
    def lines(text: str) -> str:
        return text.replace("\n", cr + "\n")

    assert only_error(lines(toml(fields))) == (
        OPENING + "; this file has TOML front matter (Hugo's `+++` lines), which briefgen does not read: write "
        'its keys as YAML between `---` lines (`title = "Envoys meet"` becomes `title: "Envoys meet"`)')
    close = len(fields) + 2  # json.dumps(indent=2): `{`, a line per key, `}`
    assert only_error(lines(json_front(fields))) == (
        OPENING + f"; lines 1–{close} are JSON front matter (Hugo's), which YAML reads as it is: put a line "
        f"`---` before line 1 and another after line {close}")
    end = len(fields)
    span = "line 1 is" if end == 1 else f"lines 1–{end} are"
    assert only_error(lines(pelican(fields))) == (
        OPENING + f"; if {span} its metadata (`Key: value` without `---` lines, as Pelican and MultiMarkdown "
        f"write it), put a line `---` before line 1 and another after line {end}, and write each key as "
        "briefgen spells it, in lower case (`Title:` → `title:`)")


def test_blank_lines_before_the_opening_line_are_named() -> None:
    assert only_error("\n---\ntitle: T\n---\n") == OPENING + "; remove the blank line before the `---` on line 2"
    assert only_error("\n \n---\ntitle: T\n---\n") == OPENING + "; remove the blank lines before the `---` on line 3"


def test_a_closing_line_already_there_needs_only_the_opening_one() -> None:
    assert only_error("Title: T\n---\nBody\n").endswith("; if line 1 is its metadata (`Key: value` without "
                                                        "`---` lines, as Pelican and MultiMarkdown write it), put a "
                                                        "line `---` before line 1, and write each key as briefgen "
                                                        "spells it, in lower case (`Title:` → `title:`)")


def test_plain_text_keeps_the_plain_message() -> None:
    assert only_error("Just text, no front matter.\n") == OPENING


def test_a_hugo_file_fails_the_build_and_the_old_site_stays(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    assert run_cli(["build"], site).returncode == 0
    before = {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()}
    (site / "content/articles/hugo.md").write_text('+++\ntitle = "Envoys meet"\ndate = 2023-04-28\n+++\nText.\n')
    (site / "content/articles/pelican.md").write_text("Title: Envoys meet\nDate: 2023-04-28\n\nText.\n")
    result = run_cli(["build"], site)
    assert result.returncode == 1
    assert "content/articles/hugo.md:1: content files must start with a line `---`, then the front matter " \
           "(title, ...), then another `---` line; this file has TOML front matter" in result.stderr
    assert "content/articles/pelican.md:1: content files must start with a line `---`, then the front matter " \
           "(title, ...), then another `---` line; if lines 1–2 are its metadata" in result.stderr
    assert {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()} == before


@settings(max_examples=examples(30), deadline=None)
@given(FIELDS, st.sampled_from(["", "\r"]))
@example([("title", "Envoys meet"), ("date", "2023-04-28"), ("tags", "geneva")], "")
def test_json_front_matter_between_the_two_lines_named_reads_as_written(fields, cr) -> None:  # type: ignore[no-untyped-def]
    """The JSON error's fix (a migration trial's Hugo `{ … }` file): with `---` before line 1 and after
    the line it names, the same keys and values are read, each at its own line."""
    text = json_front(fields).replace("\n", cr + "\n")
    close = int(only_error(text).rsplit(" ", 1)[1])
    lines = text.split("\n")
    fixed = "\n".join(["---", *lines[:close], "---", *lines[close:]])
    front, body, body_line, problems = parse(fixed.replace("\r", ""), "f.md")
    assert problems == [] and front is not None
    assert {k: str(v) for k, v in front.items()} == {k: v for k, v in fields}
    assert [front.line_of(k) for k, _ in fields] == list(range(3, 3 + len(fields)))
    assert body.startswith("\nNegotiators met") and body_line == close + 3


def test_json_without_a_closing_line_keeps_the_general_advice() -> None:
    assert only_error('{"title": "T"}\nBody\n') == (
        OPENING + "; this file has JSON front matter, which briefgen does not read: write its keys as YAML "
        'between `---` lines (`"title": "Envoys meet",` becomes `title: "Envoys meet"`)')


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["\ufeff", "\u200b", "\u2060", "\u00a0", "\x07", "\u202e"]), st.booleans(), FIELDS)
def test_an_invisible_character_beside_the_dashes_is_named(mark: str, before: bool, fields) -> None:  # type: ignore[no-untyped-def]
    """Reported (a hostile trial, 2026-12-04): a file opening with two byte-order marks got "must start with a line
    `---`", though it visibly does. The character is named, with its code point, and what to do."""
    if mark.isspace() and not before:
        return  # ("---" and a no-break space after it is the opening line: white space ends a line unseen)
    opening = f"{mark}---" if before else f"---{mark}"
    text = opening + "\n" + "".join(f"{k}: {v}\n" for k, v in fields) + "---\n" + BODY
    _, problems = split(text, "f.md")
    (message,) = [str(p) for p in problems]
    assert message.startswith(OPENING) and f"U+{ord(mark):04X}" in message and "delete it" in message, message


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(["\x85", "\u2028", "\u2029"]), FIELDS)
def test_line_ends_other_than_lf_and_crlf_are_named(end: str, fields) -> None:  # type: ignore[no-untyped-def]
    text = end.join(["---", *(f"{k}: {v}" for k, v in fields), "---", "Body."])
    _, problems = split(text, "f.md")
    (message,) = [str(p) for p in problems]
    assert f"its lines end with U+{ord(end):04X}" in message and "LF, or CRLF" in message, message


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["\ufeff", "\u200b", "\u2060", "\u00a0", "\x07", "\u202e"]), st.booleans(), FIELDS)
def test_an_invisible_character_beside_the_closing_dashes_is_named(mark: str, before: bool, fields) -> None:  # type: ignore[no-untyped-def]
    """Reported (a re-test, 2026-12-04): a zero-width space beside the closing `---` got "front matter is not closed:
    add a line `---`", at line 1, though the line is there. The line, the character and the fix are named."""
    if mark.isspace() and not before:
        return  # ("---" and a no-break space after it closes the front matter: white space ends a line unseen)
    closing = f"{mark}---" if before else f"---{mark}"
    text = "---\n" + "".join(f"{k}: {v}\n" for k, v in fields) + closing + "\n" + BODY
    _, problems = split(text, "f.md")
    (problem,) = problems
    assert problem.line == len(fields) + 2, (problem, text)
    message = str(problem)
    assert "not closed" in message and f"U+{ord(mark):04X}" in message and "delete it" in message, message
    assert f"line {len(fields) + 2} holds" in message, message


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["\u2014", "\u2013\u2013\u2013", "- - -", "----", "\u2212\u2212\u2212", "\u2014\u2014"]), FIELDS)
def test_a_closing_line_of_other_dashes_is_named_at_its_line(dashes: str, fields) -> None:  # type: ignore[no-untyped-def]
    """Reported (a hostile trial, 2026-12-04): an em dash typed for the closing `---` got "front matter is not closed"
    at line 1, with no word of the line that was meant. That line is named, with what to write."""
    text = "---\n" + "".join(f"{k}: {v}\n" for k, v in fields) + dashes + "\n" + BODY.replace("\n---\n", "\n")
    _, problems = split(text, "f.md")
    (problem,) = problems
    assert problem.line == len(fields) + 2 and f"`{dashes}`" in str(problem) and "`---`" in str(problem), problem


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["\u2014", "\u2013\u2013\u2013", "\u2014\u2014\u2014", "- - -", "----", "\u2212\u2212\u2212",
                        "\u2014\u2014", "\u2013 \u2013 \u2013"]), FIELDS, st.booleans())
def test_an_opening_line_of_other_dashes_is_named(dashes: str, fields, closed_alike: bool) -> None:  # type: ignore[no-untyped-def]
    """Reported (T27, 2026-12-07): a file whose fences were typed as en dashes (`–––`) got only "content files must
    start with a line `---`", which did not say that line 1 was dashes of another kind. The line is named, its
    characters too, with what to write, and the closing line when it was typed the same way."""
    text = dashes + "\n" + "".join(f"{k}: {v}\n" for k, v in fields) + (dashes if closed_alike else "---") + "\n" + \
        BODY.replace("\n---\n", "\n")
    _, problems = split(text, "f.md")
    (problem,) = problems
    message = str(problem)
    assert problem.line == 1 and message.startswith(OPENING) and f"line 1 is `{dashes}`" in message, message
    assert "write it as `---`" in message, message
    for odd in set(dashes) - set(" -"):
        assert f"U+{ord(odd):04X}" in message, message
    assert (f"line {len(fields) + 2} (`{dashes}`) the same" in message) == closed_alike, message
