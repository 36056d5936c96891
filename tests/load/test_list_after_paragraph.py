"""A list written on the line after a paragraph is published as a list, as CommonMark and GitHub read it.

"Talks resumed on three points:\n- gas transit\n- prisoners" was one paragraph,
"Talks resumed on three points: - gas transit - prisoners", since python-markdown starts a list
only after a blank line. `load/mdlists.py` adds that blank line before a bullet item or an item
numbered 1 that follows a paragraph's line, also inside a quotation. The property: such a body
gives the same HTML as the one written with the blank line; a tight list stays tight, and code
is untouched.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
WORDS = st.lists(st.from_regex(r"[A-Za-z][a-z]{0,7}", fullmatch=True), min_size=1, max_size=5).map(" ".join)


def render(body: str) -> str:
    return RENDERER.convert(body, "a").html


@settings(max_examples=examples(25), deadline=None)
@given(paragraph=st.lists(WORDS, min_size=1, max_size=3), items=st.lists(WORDS, min_size=1, max_size=4),
       marker=st.sampled_from(["-", "*", "+", "1."]), quoted=st.booleans(), after=st.sampled_from(["", "\n\nAfter."]))
@example(paragraph=["Talks resumed on three points:"], items=["gas transit", "prisoners"], marker="-",
         quoted=False, after="")
def test_a_list_right_after_a_paragraph_is_the_list_after_a_blank_line(
        paragraph: list[str], items: list[str], marker: str, quoted: bool, after: str) -> None:
    numbered = [f"{marker if i == 0 or marker != '1.' else f'{i + 1}.'} {item}" for i, item in enumerate(items)]
    prefix = "> " if quoted else ""
    joined = "\n".join(prefix + line for line in paragraph + numbered) + after
    spaced = "\n".join(prefix + line for line in paragraph) + f"\n{prefix}\n" + "\n".join(prefix + line for line in numbered) + after
    html = render(joined)
    assert html == render(spaced)
    assert html.count("<li>") == len(items) and "<li><p>" not in html  # every item, and tight


@settings(max_examples=examples(25), deadline=None)
@given(paragraph=st.lists(WORDS, min_size=1, max_size=2), columns=st.integers(1, 3), rows=st.integers(1, 2),
       piped=st.booleans(), align=st.sampled_from(["---", ":--", "--:", ":-:"]), quoted=st.booleans())
@example(paragraph=["Results:"], columns=2, rows=1, piped=True, align="---", quoted=False)
def test_a_table_right_after_a_paragraph_is_the_table_after_a_blank_line(
        paragraph: list[str], columns: int, rows: int, piped: bool, align: str, quoted: bool) -> None:
    """GitHub's tables may follow a paragraph's line too; python-markdown showed the pipes as text."""
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |" if piped or columns == 1 else " | ".join(cells)
    table = [row([f"h{i}" for i in range(columns)]), row([align] * columns)]
    table += [row([f"c{r}{i}" for i in range(columns)]) for r in range(rows)]
    prefix = "> " if quoted else ""
    joined = "\n".join(prefix + line for line in paragraph + table)
    spaced = "\n".join(prefix + line for line in paragraph) + f"\n{prefix}\n" + "\n".join(prefix + line for line in table)
    html = render(joined)
    assert html == render(spaced)
    assert len(re.findall("<th[ >]", html)) == columns and len(re.findall("<td[ >]", html)) == columns * rows


@given(body=st.sampled_from([
    "```\ncode\n- not a list\n```\n",                  # fenced code
    "Text\n\n    indented code\n    - not a list\n",   # indented code
    "Para\n3. not a list\n",                           # only an item numbered 1 may follow a paragraph
    "- one\n  lazy line\n- two\n",                     # a tight list stays tight
    "Not a table | here\n---\n",                      # a heading's underline, not a table
]))
@settings(max_examples=examples(10), deadline=None)
def test_code_and_other_text_are_not_split(body: str) -> None:
    html = render(body)
    assert "<li><p>" not in html and html.count("<li>") == (2 if body.startswith("- one") else 0)

# The concrete input on a real site: tests/test_editor_markdown.py.
