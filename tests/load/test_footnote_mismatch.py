"""A footnote reference without a footnote, or a footnote never referenced, is a warning at its line.

"missing[^x]" with no "[^x]: …" was published as "missing[^x]" without a word; a footnote
never referenced was listed under the text, numbered before the referenced ones (the text's
first mark read "2"), with a "↩" back-link to an anchor that does not exist. Both are now
warnings at the reference's or the footnote's line (`load/mdfootnotes.py`), and back-links that
lead nowhere are removed. Checked as a property over which labels are referenced and which
defined: the warnings name exactly the mismatched labels, every in-body link reaches an id,
and every footnote's text is still published.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
LABELS = st.sets(st.sampled_from(["1", "2", "note", "a-b", "x_y", "src"]), max_size=4)


@settings(max_examples=examples(60), deadline=None)
@given(referenced=LABELS, defined=LABELS)
@example(referenced={"1", "missing"}, defined={"1", "2"})
def test_mismatched_footnotes_are_warned_at_their_lines(referenced: set[str], defined: set[str]) -> None:
    refs, defs = sorted(referenced), sorted(defined)
    lines = [f"Claim {label}[^{label}] here." for label in refs] + [""] + [f"[^{label}]: Note {label}." for label in defs]
    rendered = RENDERER.convert("\n".join(lines) + "\n", "art")
    missing = {m.group(1): line for line, message, _ in rendered.problems
               if (m := re.match(r"footnote reference \[\^([^\]]+)\] has no footnote", message))}
    unused = {m.group(1): line for line, message, _ in rendered.problems
              if (m := re.match(r"footnote \[\^([^\]]+)\] is never referenced", message))}
    assert missing == {label: refs.index(label) for label in referenced - defined}
    assert unused == {label: len(refs) + 1 + defs.index(label) for label in defined - referenced}
    assert len(rendered.problems) == len(missing) + len(unused), rendered.problems
    ids = set(re.findall(r' id="([^"]+)"', rendered.html))
    assert set(re.findall(r'href="#([^"]+)"', rendered.html)) <= ids
    for label in defs:
        assert f"Note {label}." in rendered.html


def test_footnotes_shown_as_text_by_intent_stay_quiet() -> None:
    rendered = RENDERER.convert("A regex `[^a-z]`, an escaped \\[^1] and\n\n    [^code] in a code block\n", "art")
    assert rendered.problems == ()

# The concrete input on a real site: tests/test_editor_markdown.py.
