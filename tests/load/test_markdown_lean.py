"""Leaving out inline patterns whose trigger is absent must never change the HTML."""
from __future__ import annotations

import random
from pathlib import Path

import markdown

from briefgen.load.frontmatter import parse
from briefgen.load.markup import _EXTENSIONS, MarkdownRenderer

REPO = Path(__file__).resolve().parents[2]
PIECES = [
    "plain words", "*em*", "**strong**", "_u_", "__uu__", "***both***", "`code`", "``co`de``",
    "\\*not em\\*", "[link](https://x.org \"t\")", "![img](https://x.org/i.png)", "<https://auto.org>",
    "<me@x.org>", "<span>h</span>", "&amp; &copy; & x", "line  \nbreak", "[ref][r]\n\n[r]: https://r.org",
    "[short]\n\n[short]: https://s.org", "![alt][i]\n\n[i]: https://i.org/p.png", "note[^1]\n\n[^1]: foot",
    "a * b _ c", "x [not a link] y", "| a | b |\n|---|---|\n| *1* | `2` |", "- item\n- *two*",
    "> quote with `c` and <b>b</b>", "1. one\n2. two", "snake_case_word", "2 < 3 & 4 > 1",
]


def _documents() -> list[str]:
    docs = [parse(p.read_text(), p.name)[1] for p in sorted((REPO / "content").rglob("*.md"))]
    rng = random.Random(20231)
    docs += ["\n\n".join(rng.sample(PIECES, rng.randint(1, 7))) for _ in range(600)]
    docs += PIECES
    return docs


def test_lean_instances_give_the_same_html_as_the_full_one() -> None:
    full = markdown.Markdown(extensions=list(_EXTENSIONS), output_format="html")
    renderer = MarkdownRenderer()
    for doc in _documents():
        full.reset()
        lean = renderer._instance(doc)
        lean.reset()
        assert lean.convert(doc) == full.convert(doc), doc
    assert len(renderer._instances) > 5  # the test exercised many pattern sets
