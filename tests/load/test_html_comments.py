"""HTML comments that hide the editor's text or publish their note are warned at their line (load/htmlcomments.py).

Reported (a hostile trial, 2026-12-04): "<!-- TODO: verify the number", a paragraph, "<!-- second note -->" built
without a word, the paragraph gone from the page, feeds and search; a comment never closed was published as
text; `<!--[if IE]><p>…</p><![endif]-->` was said to be "removed, its text kept" though nothing of it was
published. Comments that are closed, over any number of lines, and `<!--` in code stay unsaid.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from support.hostile import GOOD_FRONT

from briefgen.load.documents import parse_file
from briefgen.load.markup import MarkdownRenderer, plain_text

RENDERER = MarkdownRenderer()
FRONT_LINES = 3 + GOOD_FRONT.count("\n")  # the body's first line in the file, 1-based
PARAGRAPH = st.sampled_from(["Key paragraph: the envoy confirmed 40 monitors.", "Talks resume on Monday.",
                             "A *second* point, with a [link](https://example.org/)."])


def parsed(body: str) -> tuple[str, list[tuple[int, str]]]:
    """(plain text of the page, [(file line, message)])."""
    done = parse_file(f"---\n{GOOD_FRONT}---\n{body}".encode(), "content/articles/a.md", "a", RENDERER)
    return plain_text(done.body_html), [(p[0], p[1]) for p in done.problems]


@settings(max_examples=examples(60), deadline=None)
@given(st.integers(0, 3), st.lists(PARAGRAPH, min_size=1, max_size=3), st.sampled_from(["TODO: verify", "check"]),
       st.booleans())
@example(0, ["Key paragraph: the envoy confirmed 40 monitors."], "TODO: verify the number", True)
def test_a_comment_left_open_before_another_is_warned_with_what_it_hides(before: int, hidden: list[str], note: str,
                                                                       second: bool) -> None:
    lines = ["First paragraph.", ""] * before + [f"<!-- {note}", ""] + [x for p in hidden for x in (p, "")]
    lines += (["<!-- second note -->", ""] if second else ["More. <!-- second --> here.", ""]) + ["Last paragraph."]
    text, problems = parsed("\n".join(lines) + "\n")
    opened = FRONT_LINES + 2 * before
    warned = [(line, m) for line, m in problems if "not closed before another" in m]
    assert [line for line, _ in warned] == [opened], (lines, problems)
    assert f"hides the next {2 * len(hidden) + 2} lines" in warned[0][1], warned
    assert "Last paragraph." in text


@settings(max_examples=examples(40), deadline=None)
@given(st.integers(0, 3), st.lists(PARAGRAPH, min_size=0, max_size=3))
def test_a_comment_never_closed_is_warned(before: int, after: list[str]) -> None:
    lines = ["First paragraph.", ""] * before + ["<!-- TODO check the figure with the desk", ""] + \
        [x for p in after for x in (p, "")]
    text, problems = parsed("\n".join(lines) + "\n")
    warned = [line for line, m in problems if "never closed" in m]
    assert warned == [FRONT_LINES + 2 * before], problems


def test_a_conditional_comment_is_said_to_publish_nothing() -> None:
    text, problems = parsed("First.\n\n<!--[if IE]><p>Upgrade your browser to read this.</p><![endif]-->\n\nThird.\n")
    assert "Upgrade" not in text
    assert [m for _, m in problems if "conditional comment" in m] and not [m for _, m in problems if "text kept" in m]


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(PARAGRAPH, min_size=0, max_size=3), st.sampled_from(["inline", "block", "code", "fence"]))
def test_closed_comments_and_comments_in_code_are_unsaid(inside: list[str], where: str) -> None:
    body = {"inline": "A <!-- fine --> comment.\n",
            "block": "<!-- a note\n\n" + "".join(p + "\n\n" for p in inside) + "-->\n\nShown.\n",
            "code": "Write `<!-- not a comment` in HTML.\n",
            "fence": "```\n<!-- TODO\n\n<!-- x -->\n```\n\nShown.\n"}[where]
    _, problems = parsed(body)
    assert not [m for _, m in problems if "comment" in m], problems


@settings(max_examples=examples(30), deadline=None)
@given(st.permutations(['<font color="red">Red</font> words.', '<span style="color:red">Styled</span> words.',
                        '<a href="https://example.org/" target="_blank">A link</a> here.']),
       st.lists(st.integers(0, 2), min_size=3, max_size=3))
def test_removed_markup_is_warned_at_each_line_that_holds_it(blocks: list[str], gaps: list[int]) -> None:
    """Reported (a hostile trial, 2026-12-04): `<font>` on line 7, a `style` on 13 and a `target` on 15 were said in
    one warning at line 7. Each line that first holds removed markup gets its warning, naming what it holds."""
    lines: list[str] = []
    where = {}
    for block, gap in zip(blocks, gaps):
        lines += ["Words."] * gap + [""]
        where[block] = len(lines) + FRONT_LINES
        lines += [block, ""]
    _, problems = parsed("\n".join(lines))
    said = {line: message for line, message in problems if "raw HTML that pages do not publish" in message}
    expected = {where[b]: name for b in blocks for name in ("<font>", "style", "target") if name.strip("<>") in b}
    assert sorted(said) == sorted(expected), (lines, problems)
    for line, name in expected.items():
        assert name in said[line], said
