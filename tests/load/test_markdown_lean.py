"""Leaving out inline patterns and block processors whose trigger is absent must never change the HTML."""
from __future__ import annotations

import random
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from markdown.preprocessors import Preprocessor

from briefgen.load.frontmatter import parse
from briefgen.load.extensions import settings as markdown_settings
from briefgen.load.markup import _EXTENSIONS, MarkdownRenderer
from briefgen.load.mdsyntax import add_editors_syntax

REPO = Path(__file__).resolve().parents[2]
PIECES = [
    "plain words", "*em*", "**strong**", "_u_", "__uu__", "***both***", "`code`", "``co`de``",
    "\\*not em\\*", "[link](https://x.org \"t\")", "![img](https://x.org/i.png)", "<https://auto.org>",
    "<me@x.org>", "<span>h</span>", "&amp; &copy; & x", "line  \nbreak", "[ref][r]\n\n[r]: https://r.org",
    "[short]\n\n[short]: https://s.org", "![alt][i]\n\n[i]: https://i.org/p.png", "note[^1]\n\n[^1]: foot",
    "a * b _ c", "x [not a link] y", "| a | b |\n|---|---|\n| *1* | `2` |", "- item\n- *two*",
    "> quote with `c` and <b>b</b>", "1. one\n2. two", "snake_case_word", "2 < 3 & 4 > 1",
    # block constructs, also nested, and their look-alikes
    "# Heading", "### Heading ###", "Title\n=====", "Title\n---", "Title\r---", "---", "* * *", "_  _  _",
    "a -- b - c", "x = y", "back\\\nslash", "~~struck~~ out", "~~~ three", "`co\\\nde`", "ends \\", "ends with a dash -", "> Title\n> ---", "> lazy\n===", "- item\n\n    ---",
    "1. one\n   # inner", "- a\n    - * * *", "[^n]: note\n    # in a note", "| a |\n|---|", "a | b",
    "    indented # code", "<div>\n# x\n</div>", "text\t\n-\t-\t-\t", "\u2014 a dash \u2014", ">tight quote",
    # raw HTML moves its tags to lines of their own; a footnote's text is trimmed of any white space
    # (a helper's trial found each: the lean instance lost the <br>, the <hr> and the heading)
    "Intro text\n  <div>box</div>", "Intro\n   <table><tr><td>1</td></tr></table>", "<!-- note -->---<div>x</div>",
    "<!-- c -->***<p>x</p>", "<![CDATA[x]]>- - -<div>* ", "Body[^1]\n\n[^1]: Source note\n---\u00a0",
    "Body[^2]\n\n[^2]: ***\u00a0", "Body[^3]\n\n[^3]: Note\n===\f",
    # fenced code, with a tab and a line of spaces in it (held by mdfences), and fences it does not read
    "```python\nif x:\n\treturn `y`\n    \n```", "~~~\n# not a heading\n~~~", "```\nunclosed *code*", "``` two words\nx\n```",
]


def _documents() -> list[str]:
    docs = [parse(p.read_text(), p.name)[1] for p in sorted((REPO / "content").rglob("*.md"))]
    rng = random.Random(20231)
    docs += ["\n\n".join(rng.sample(PIECES, rng.randint(1, 7))) for _ in range(600)]
    docs += PIECES
    return docs


def test_lean_instances_give_the_same_html_as_the_full_one() -> None:
    full = markdown.Markdown(extensions=list(_EXTENSIONS), output_format="html")
    add_editors_syntax(full)  # as the renderer's own instances are set up
    renderer = MarkdownRenderer()
    for doc in _documents():
        full.reset()
        lean = renderer._instance(doc)
        lean.reset()
        assert lean.convert(doc) == full.convert(doc), doc
    assert len(renderer._instances) > 5  # the test exercised many pattern sets


def test_a_lean_instance_holds_nothing_its_body_cannot_use() -> None:
    """Every pattern, processor and preprocessor `unused_in` names is absent from the body's instance, the
    editors' own too (mdsyntax registers backslash_break, strikethrough and hold_fenced_tabs after the
    leaving out: each was tried on every text node or body of a cold build without its trigger), and the raw-HTML
    block and unescape passes of a body without "<" or "&", or without a backslash."""
    from briefgen.load.mdlean import TREEPROCESSOR_TRIGGERS, unused_in
    renderer = MarkdownRenderer()
    for doc in _documents():
        lean, unused = renderer._instance(doc), unused_in(doc)
        for registry in (lean.inlinePatterns, lean.parser.blockprocessors, lean.preprocessors):
            assert not unused & {item.name for item in registry._priority}, doc
        assert not unused & TREEPROCESSOR_TRIGGERS.keys() & {item.name for item in lean.treeprocessors._priority}, doc
    assert {"backslash_break", "strikethrough", "hold_fenced_tabs", "html_block", "unescape"} <= unused_in("plain words")


BLOCKS = st.sampled_from(PIECES)
PREFIXES = st.sampled_from(["", "> ", "    ", "- ", "1. ", "> > ", "  ", "\t"])


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(PREFIXES, BLOCKS, st.sampled_from(["\n\n", "\n", "\r\n", "\r"])), min_size=1, max_size=6))
@example([("", "| a | b |\n|---|---|\n| *1* | `2` |", "\n"), ("> ", "| a | b |\n|---|---|\n| *1* | `2` |", "\n\n")])
@example([("", "note[^1]\n\n[^1]: foot", "\n\n"), ("    ", "Body[^2]\n\n[^2]: more", "\n\n"),
          ("", "[^n]: note", "\n")])  # python-markdown's footnotes raise on it (the contract audit's input)
def test_lean_instances_equal_the_full_one_at_any_depth(parts: list[tuple[str, str, str]]) -> None:
    """Any piece under any prefix of quotes, lists or indentation (their markers are stripped from
    line starts before a processor sees the block), with any line end."""
    doc = "".join(prefix + piece.replace("\n", "\n" + prefix) + end for prefix, piece, end in parts)
    full = markdown.Markdown(extensions=list(_EXTENSIONS), output_format="html")
    add_editors_syntax(full)  # as the renderer's own instances are set up
    lean = MarkdownRenderer()._instance(doc)
    lean.reset()
    assert _outcome(lean, doc) == _outcome(full, doc), doc


def _outcome(md: markdown.Markdown, doc: str) -> str:
    """The HTML, or the name of what python-markdown raised: some inputs it cannot convert (a footnote defined
    inside another: load/mdfailure.py), and a lean instance must fail on them as the full one does."""
    try:
        return md.convert(doc)
    except RuntimeError as exc:
        return f"raised {type(exc).__name__}"


class _Include(markdown.Extension):
    """An extension whose preprocessor adds Markdown the source does not hold (as an include does)."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (python-markdown's name)
        class Add(Preprocessor):
            def run(self, lines: list[str]) -> list[str]:
                return ["# Included", "", "> *quoted* | [link](https://x.org)", "", *lines]
        md.preprocessors.register(Add(md), "include", 30)


def test_nothing_is_left_out_when_an_extension_is_not_python_markdowns_own() -> None:
    renderer = MarkdownRenderer(markdown_settings((_Include(),), {}, {}, ()))
    html = renderer.render("plain words", "x")
    assert "<h2" in html and "<blockquote>" in html and "<em>quoted</em>" in html and 'href="https://x.org"' in html


def reference_unused(source: str) -> frozenset[str]:
    """`mdlean.unused_in` as first written: every trigger and pattern tried on the whole source."""
    import re as regex

    from briefgen.load.mdlean import (BLOCK_TRIGGERS, LINE_END_TRIGGERED, PREPROCESSOR_TRIGGERS, TREEPROCESSOR_TRIGGERS,
                                      TRIGGERS)
    inline = (name for name, triggers in {**TRIGGERS, **PREPROCESSOR_TRIGGERS, **TREEPROCESSOR_TRIGGERS}.items()
              if not any(t in source for t in triggers))
    block = (name for name, trigger in BLOCK_TRIGGERS.items() if (
        trigger.search(source) is None if isinstance(trigger, regex.Pattern) else not any(t in source for t in trigger)))
    unused = frozenset((*inline, *block))
    return unused - LINE_END_TRIGGERED if "<" in source else unused


@settings(max_examples=examples(400), deadline=None)
@given(st.text(st.sampled_from(list("ab-=_*#>|[]^:!`~\\<&") + [" ", "\t", "\n", "\r", "\x0c", "\x0b", "\x1c",
                                                               "\x85", "\u00a0", "\u2028", "\u3000"]), max_size=40))
def test_the_quick_trigger_reading_equals_trying_every_one(source: str) -> None:
    """The lines looked at before the two line-end patterns (mdlean.unused_in), with every kind of white space and
    line break str.splitlines knows, and each distinct trigger tried once: the same set as trying them all."""
    from briefgen.load.mdlean import unused_in
    assert unused_in(source) == reference_unused(source)


_FULL = markdown.Markdown(extensions=list(_EXTENSIONS), output_format="html")
add_editors_syntax(_FULL)


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(list("ab #>|[]^:!`~*_\\<&()") + ["\n", "  \n", "``", "~~", "\\\\", "![",
                                                                  "\x02klzzwxh:0\x03"]),
                max_size=30).map("".join), st.integers(0, 5))
def test_a_gated_pattern_finds_what_its_regex_finds(text: str, start: int) -> None:
    """Each inline pattern and block processor `mdlean.gate` puts a substring test before cannot match
    without that substring (the premise of the gate), and `mdlean.FASTER`'s form of a regex is the same
    regex: the gated pattern finds exactly the regex's matches, with the same groups, from any position,
    and the gated test answers as the test (on text nodes and blocks of the alphabet the patterns read)."""
    from briefgen.load.mdlean import BLOCK_NEEDS, NODE_NEEDS, gate
    gated = markdown.Markdown(extensions=list(_EXTENSIONS), output_format="html")
    add_editors_syntax(gated)
    gate(gated)
    for name in NODE_NEEDS:
        raw, lean = _FULL.inlinePatterns[name].compiled_re, gated.inlinePatterns[name].compiled_re
        assert lean is not raw  # (gated)
        assert [m.regs for m in lean.finditer(text, start)] == [m.regs for m in raw.finditer(text, start)]
        assert getattr(lean.match(text), "regs", None) == getattr(raw.match(text), "regs", None)
    for name in BLOCK_NEEDS:  # (a footnote's and a reference's test says yes to all: their run decides)
        parent, full = etree.Element("div"), _FULL.parser.blockprocessors[name]
        if not gated.parser.blockprocessors[name].test(parent, text) and full.test(parent, text):
            blocks = [text]
            assert full.run(parent, blocks) is False and blocks == [text] and len(parent) == 0, name
        else:
            assert gated.parser.blockprocessors[name].test(parent, text) == full.test(parent, text), name
