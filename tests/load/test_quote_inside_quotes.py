"""A quote inside a quoted YAML value is an error that says how to write it.

A trial moving headlines with apostrophes and quotations: `title: "Talks: what"s next"` and
`title: 'Kyiv's terms'` were "invalid YAML: did not find expected key", which does not say that the
inner quote ended the value (load/yamltext.py: `_QUOTE_INSIDE`).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.frontmatter import parse

WORDS = st.sampled_from(["Kyiv", "terms", "Talks:", "what", "next", "s", "Geneva", "—", "#1"])
KEYS = st.sampled_from(["title", "via", "author", "story"])


@settings(max_examples=examples(60), deadline=None)
@given(KEYS, st.sampled_from(['"', "'"]), st.lists(WORDS, min_size=1, max_size=3).map(" ".join),
       st.sampled_from(["s next", "s terms", "t", "Reuters"]), st.integers(0, 2))
@example("title", '"', "Talks: what", "s next", 0)
@example("title", "'", "Kyiv", "s terms", 1)
def test_a_quote_inside_quotes_is_named_at_its_line(key, mark, before, after, at) -> None:  # type: ignore[no-untyped-def]
    lines = ["source: AP", "published: 2023-04-01", "url: https://example.org/a"]
    written = f"{key}: {mark}{before}{mark}{after}{mark}"
    lines.insert(at, written)
    text = "---\n" + "\n".join(lines) + "\n---\nBody.\n"
    front, _, _, problems = parse(text, "a.md")
    assert front is None
    hint = (' (a " inside a value in double quotes ends the value: write it as \\", or put the whole value in '
            "single quotes)") if mark == '"' else \
        (" (a ' inside a value in single quotes ends the value: write it twice, as in 'Kyiv''s terms', or put the "
         "whole value in double quotes)")
    assert [(p.line, p.message.endswith(hint)) for p in problems] == [(at + 2, True)], problems


@given(st.sampled_from(['"Talks: what\\"s next"', "'Kyiv''s terms'", "'Talks: \"what\" next'", '"Kyiv\'s terms"']))
def test_the_ways_the_hint_names_read_the_text_back(value: str) -> None:
    front, _, _, problems = parse(f"---\ntitle: {value}\n---\n", "a.md")
    assert problems == [] and front is not None
    assert front["title"] in ('Talks: what"s next', "Kyiv's terms", 'Talks: "what" next')
