"""load/mdbrackets.bracket_ends is python-markdown's `LinkInlineProcessor._findBracketEnds` (hypothesis), and a body
converted with it is the body converted with python-markdown's own (SP17: its per-character loop was ~4 % of parsing).
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown.inlinepatterns import LinkInlineProcessor
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.mdbrackets import bracket_ends

SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(st.sampled_from("[]()!x \n\\`*\x02\x03"), max_size=60))
@example("")
@example("[a [b] c](d) ]] [[ [")
@example("]]]][[[[")
def test_the_same_ends_as_python_markdowns(data: str) -> None:
    assert bracket_ends(data) == LinkInlineProcessor._findBracketEnds(data)


PIECES = ["[link](https://example.org/a)", "![img](https://example.org/i.png)", "[ref][1]", "\n\n[1]: https://x.org/",
          "[", "]", "(", ")", "[nested [brackets]](u)", "text", " ", "\n", "*em*", "`code [x]`", "<https://x.org>"]


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
@example("See [the [full] report](https://example.org/r) and ![chart](c.png) [unclosed")
def test_a_body_converts_as_with_python_markdowns_own(body: str) -> None:
    ours, theirs = MarkdownRenderer(), MarkdownRenderer()
    md = theirs._instance(body)  # (the instance `convert` will use: python-markdown's own ends again)
    for pattern in md.inlinePatterns:
        if isinstance(pattern, LinkInlineProcessor):
            assert pattern._findBracketEnds is bracket_ends
            del pattern._findBracketEnds
    assert ours.convert(body, "a") == theirs.convert(body, "a")
