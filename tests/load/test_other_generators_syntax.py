"""Attribute lists, definition lists and abbreviations of other generators are warnings at their lines.

A hostile trial wrote `## Heading {#custom-id}` (python-markdown's attr_list, Pandoc, markdown-it-attrs),
a definition list (`Term` then `: Definition`: PHP Markdown Extra, Pandoc, kramdown) and an abbreviation
(`*[NATO]: North Atlantic…`): each was published as text — the heading read "Heading {#custom-id}", the
term and its definition ran together in one paragraph, the abbreviation's line stood in the text — without
a word, where kramdown's `{: .lead}` was already warned of (`load/templatetags.py`). Checked as a
property over bodies holding any of them among prose, in code (quiet: shown on purpose) and with the
python-markdown extension that reads them enabled in config.yaml (quiet: applied, not shown).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.extensions import settings as markdown_settings
from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
# Each construct: its lines, the line (within them) a warning names, what the warning says, the extension reading it.
CONSTRUCTS = {
    "heading id": (["## Heading {#custom-id}"], 0, "an attribute list", "attr_list"),
    "class": (["A lead paragraph.", "{.lead}"], 1, "an attribute list", "attr_list"),
    "kramdown": (["A lead paragraph.", "{: .lead}"], 1, "a kramdown attribute list", "attr_list"),
    "definition": (["Term", ": Definition of *it*."], 1, "a definition list's definition", "def_list"),
    "abbreviation": (["NATO met.", "", "*[NATO]: North Atlantic Treaty Organization"], 2, "an abbreviation", "abbr"),
}
QUIET = ["Prose with {braces} and a time, 10:30: fine.", "A list:\n\n- one\n- two", "`{#id}` and `*[X]: y` in code",
         "```\n## H {#id}\nTerm\n: def\n*[A]: b\n```", "Ratio 3:2 and {x: 1}.", "[x] in prose"]


def _body(parts: list[str | tuple[str, ...]]) -> tuple[str, dict[int, str]]:
    lines: list[str] = []
    expected: dict[int, str] = {}
    for part in parts:
        if isinstance(part, str):
            lines += [*part.split("\n"), ""]
            continue
        construct_lines, line, what, _ = CONSTRUCTS[part[0]]
        expected[len(lines) + line] = what
        lines += [*construct_lines, ""]
    return "\n".join(lines), expected


PARTS = st.lists(st.one_of(st.sampled_from(QUIET), st.sampled_from(sorted(CONSTRUCTS)).map(lambda name: (name,))),
                 max_size=6)


@settings(max_examples=examples(80), deadline=None)
@given(parts=PARTS)
@example(parts=[("heading id",), ("definition",), ("abbreviation",), ("kramdown",)])
def test_each_construct_shown_as_text_is_warned_at_its_line(parts: list[str | tuple[str, ...]]) -> None:
    source, expected = _body(parts)
    rendered = RENDERER.convert(source, "art")
    warned = {line: message for line, message, _ in rendered.problems}
    assert set(warned) == set(expected), rendered.problems
    for line, what in expected.items():
        assert what in warned[line] and "shown as text" in warned[line], warned[line]


@settings(max_examples=examples(30), deadline=None)
@given(name=st.sampled_from(sorted(CONSTRUCTS)))
def test_a_construct_an_enabled_extension_reads_stays_quiet(name: str) -> None:
    lines, _, _, extension = CONSTRUCTS[name]
    renderer = MarkdownRenderer(markdown_settings((extension,), {}, {}, (extension,)))
    rendered = renderer.convert("\n".join(lines) + "\n", "art")
    assert [message for _, message, _ in rendered.problems if "shown as text" in message] == []


def test_the_trials_body() -> None:
    source = ("## Heading {#custom-id}\n\nTerm\n: Definition\n\n*[NATO]: North Atlantic Treaty Organization\n\n"
              "NATO met.\n")
    rendered = RENDERER.convert(source, "art")
    assert [line for line, _, _ in rendered.problems] == [0, 3, 5]
    heading, definition, abbreviation = (message for _, message, _ in rendered.problems)
    assert "`{#custom-id}` is an attribute list" in heading and "attr_list" in heading
    assert "def_list" in definition and "**Term**" in definition
    assert "North Atlantic Treaty Organization (NATO)" in abbreviation and "abbr" in abbreviation
