"""An address the sanitiser removes, written more than once, is named at each line that holds it.

Each removed address was looked for from the body's start (droppedlinks.address_line), so the same `javascript:`
link on lines 5 and 9 was "2 addresses removed" at line 5 and nothing at line 9 (left open by the fix of removed
images' lines, 2026-12-04). Now each is looked for after where the one before was found (address_lines).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from support.examples import examples

RENDERER = MarkdownRenderer()
FORMS = st.sampled_from(["Text and [a link]({}) here.", "Text and ![an image]({}) here.",
                         '<p>Raw <a href="{}">link</a> here.</p>'])


@settings(max_examples=examples(60), deadline=None, database=None)
@given(address=st.sampled_from(["javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,x"]),
       forms=st.lists(FORMS, min_size=2, max_size=4), gaps=st.lists(st.integers(0, 2), min_size=4, max_size=4))
def test_each_use_of_a_removed_address_is_named_at_its_line(address: str, forms: list[str], gaps: list[int]) -> None:
    lines, where = ["Plain intro about the ceasefire.", ""], set()
    for form, gap in zip(forms, gaps):
        lines += [""] * gap
        lines.append(form.format(address))
        where.add(len(lines) - 1)
        lines.append("")
    said = RENDERER.convert("\n".join(lines) + "\n", "a").problems
    named = {line: message for line, message, _ in said if "removed, and what" in message}
    assert set(named) == where, (said, where)
    assert all(message.startswith("1 address removed") for message in named.values()), named
