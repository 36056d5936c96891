"""A fenced code block (``` or ~~~, with or without a language) is published as code, exactly as written.

Bodies were converted without python-markdown's `fenced_code`: "```python" and its code became one
inline code span in a paragraph (the word "python" shown as code, the indentation collapsed by the
browser), a ~~~ block was a paragraph whose `<b>` was made bold. Now such a block is `<pre><code>`
with the code verbatim (`class="language-python"` for the language; its tabs kept, which
python-markdown expanded to spaces); a fence python-markdown
still does not read (in a list or a quotation, indented, more words after it, unclosed) is a
warning at its line. Checked as a property over code texts, fences and languages, and on a real build.
"""
from __future__ import annotations

import html
import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.mdfences import unread_fences

RENDERER = MarkdownRenderer()
PRE = re.compile(r'<pre><code(?: class="language-([^"]+)")?>(.*?)</code></pre>', re.S)

# A line of code: any printable text but a line that could close the fence (python-markdown ends
# the block at the first line that is the fence), and no control characters (replaced, and warned)
# but tabs, which python-markdown expanded to spaces (Go's indentation, a Makefile's recipes).
_line = st.text(st.one_of(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029\x85"),
                          st.just("\t")), max_size=30).filter(lambda line: not line.strip().startswith(("```", "~~~")))


@settings(max_examples=examples(60), deadline=None)
@given(code=st.lists(_line, min_size=1, max_size=6), fence=st.sampled_from(["```", "~~~", "````", "~~~~"]),
       language=st.sampled_from(["", "python", "c++", "json", "objective-c"]))
@example(code=['def f(x):', '    return "x" < \'y\'  # <b>not bold</b>', "\tTab & &amp; *no em* `x`\tend"],
         fence="```", language="python")
@example(code=["a", " ", "  \t", "b"], fence="~~~", language="")  # lines of only white space (a draw, 2026-12-02)
def test_fenced_code_is_published_verbatim(code: list[str], fence: str, language: str) -> None:
    text = "\n".join(code)
    rendered = RENDERER.convert(f"Before.\n\n{fence}{language}\n{text}\n{fence}\n\nAfter.", "a")
    blocks = PRE.findall(rendered.html)
    assert len(blocks) == 1, rendered.html
    shown_language, shown = blocks[0]
    assert html.unescape(shown) == text + "\n"
    assert shown_language == language
    assert rendered.html.startswith("<p>Before.</p>") and rendered.html.endswith("<p>After.</p>")
    assert rendered.problems == ()


@given(body=st.sampled_from([
    "- item\n\n    ```\n    code in a list\n    ```\n",            # in a list item
    "> ```\n> quoted code\n> ```\n",                             # in a quotation
    "  ```\nindented fence\n  ```\n",                           # indented
    "```c++ more words\nint x;\n```\n",                          # more than one word
    "Text.\n\n```python\nnever closed\n",                        # unclosed
]))
@settings(max_examples=examples(10), deadline=None)
def test_a_fence_not_read_as_code_is_a_warning_at_its_line(body: str) -> None:
    rendered = RENDERER.convert(body, "a")
    opening = next(n for n, line in enumerate(body.split("\n")) if "```" in line)
    assert [line for line, message, _ in rendered.problems if "fence" in message] == [opening], rendered.problems
    assert "<pre>" not in rendered.html


def test_fences_shown_as_code_are_not_warned_about() -> None:
    assert unread_fences("    ```\n    a fence inside an indented code block\n    ```\n") == []
    assert unread_fences("``` `` ``` is inline code, not a fence\n") == []
    assert unread_fences("```\na\n```\n\n~~~\nb\n~~~\n") == []

# The concrete input on a real site: tests/test_editor_markdown.py.
