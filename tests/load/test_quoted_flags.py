"""A true/false key written in quotes says to write it without them.

A trial moving Hugo content: `draft: "false"`, as tools write it, was 'got "false"' — the value it
asked for, apparently — which did not say that the quotes make it text (load/fields.py: Fields.flag).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.diagnostics import Diagnostic
from briefgen.load.fields import Fields
from briefgen.load.frontmatter import parse

WORDS = {"true": "true", "yes": "true", "on": "true", "false": "false", "no": "false", "off": "false"}


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["draft", "pinned", "ai_assisted", "date_inferred"]), st.sampled_from(sorted(WORDS)),
       st.sampled_from([str.lower, str.title, str.upper]), st.sampled_from(['"', "'"]))
@example("draft", "false", str.lower, '"')
def test_a_quoted_boolean_word_says_to_drop_the_quotes(key, word, spell, mark) -> None:  # type: ignore[no-untyped-def]
    written = spell(word)
    front, _, _, problems = parse(f"---\ntitle: T\n{key}: {mark}{written}{mark}\n---\n", "a.md")
    assert front is not None and problems == []
    found: list[Diagnostic] = []
    assert Fields(front, "a.md", found).flag(key) is False
    assert [str(p) for p in found] == [f'a.md:3: "{key}" must be true or false, got "{written}" in quotes, which is '
                                       f"text: write {key}: {WORDS[word]}, without quotes"]


@given(st.sampled_from(['"maybe"', "1", '"1"', "[true]"]))
def test_other_values_keep_the_plain_message(value: str) -> None:
    front, _, _, _ = parse(f"---\ndraft: {value}\n---\n", "a.md")
    assert front is not None
    found: list[Diagnostic] = []
    Fields(front, "a.md", found).flag("draft")
    assert len(found) == 1 and "without quotes" not in found[0].message
