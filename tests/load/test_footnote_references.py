"""A footnote referenced more than once keeps every reference's anchor: each back-link reaches its reference.

python-markdown names a note's second reference `fnref2:<label>` (third `fnref3:` …), which
the body's footnote ids (`fnref-<prefix>_<label>`) did not cover: the sanitiser removed those
ids, and the note's second and later "↩" links pointed at nothing (found by the removed-markup
warning, which named the ids). Checked as a property over notes referenced one to four times,
in several bodies of one page: every in-body link reaches an id of its own body, ids are unique.
"""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
LABELS = st.sampled_from(["n", "1", "note", "a-b", "x_2", "2-n", "fn"])


@settings(max_examples=examples(80), deadline=None)
@given(bodies=st.lists(st.dictionaries(LABELS, st.integers(1, 4), min_size=1, max_size=3), min_size=1, max_size=3))
def test_every_reference_of_a_note_has_its_anchor(bodies: list[dict[str, int]]) -> None:
    page_ids: list[str] = []
    for k, notes in enumerate(bodies):
        text = " ".join(f"Claim{i}[^{label}]." for label, times in notes.items() for i in range(times))
        text += "\n\n" + "\n".join(f"[^{label}]: Note {label}." for label in notes) + "\n"
        rendered = RENDERER.convert(text, f"body{k}")
        assert rendered.problems == (), rendered.problems
        ids = re.findall(r' id="([^"]+)"', rendered.html)
        links = re.findall(r' href="#([^"]+)"', rendered.html)
        assert set(links) <= set(ids), (set(links) - set(ids), rendered.html)
        assert rendered.html.count("footnote-backref") == sum(notes.values())
        assert len(ids) == len(set(ids)) == len(notes) + sum(notes.values())
        page_ids += ids
    assert len(page_ids) == len(set(page_ids))
