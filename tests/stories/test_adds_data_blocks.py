"""A story's "what each report adds" and shared passages are sentences, never a table's cells or
code lines.

Reported: a Reuters report with a table of the dam's fillings (Filling | Year | Stored volume)
and an Addis Standard re-telling made one story; its page listed as what Reuters adds "Filling",
"Year", "Stored volume (bcm)", "First", "2020", "4.9", … one list item per cell (15 items), since
the comparison read the body's plain blocks, where each cell is a block. The comparison now
reads the body without its tables and code blocks (`load.plaintext.sentence_blocks`).
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer, plain_blocks
from briefgen.load.plaintext import sentence_blocks
from support.sites import run_cli, write_site
from support.examples import examples

PARAGRAPH = st.sampled_from(["The reservoir rose by eight metres.", "Officials met in Cairo on Sunday.",
                             "- A listed point.\n- Another point.", "> A quoted sentence.", "## A heading"])
CELL = st.sampled_from(["Filling", "2020", "4.9", "Stored volume (bcm)", "Officials met in Cairo on Sunday."])
TABLE = st.lists(CELL, min_size=2, max_size=4).map(
    lambda cells: "| " + " | ".join(cells) + " |\n|" + "---|" * len(cells) + "\n| " + " | ".join(reversed(cells)) + " |")
CODE = st.sampled_from(["```\nrule: release >= 37 bcm\n```", "~~~python\nvolume = 41\n~~~"])
RAW_TABLE = st.just("<table><tr><td>outer<table><tr><td>inner</td></tr></table>cell</td></tr></table>")


@settings(max_examples=examples(50), deadline=None, database=None)
@given(st.lists(st.tuples(st.booleans(), PARAGRAPH, st.one_of(TABLE, CODE, RAW_TABLE)), min_size=1, max_size=5))
@example([(True, "The reservoir rose by eight metres.", "| Filling | Year |\n|:--|:-:|\n| First | 2020 |")])
def test_the_sentences_compared_are_the_body_without_its_tables_and_code(parts: list[tuple[bool, str, str]]) -> None:
    renderer = MarkdownRenderer()
    with_data = "\n\n".join(f"{text}\n\n{data}" if has_data else text for has_data, text, data in parts)
    without = "\n\n".join(text for _, text, _ in parts)
    # (a block quotation's extra line break, plaintext.SET_APART_BREAK, marks where each quotation opens: two split by
    # a table are two, joined without it one — Markdown's structure, not the tables' removal this claims)
    assert sentence_blocks(renderer.render(with_data, "b")).replace("\n\n\n", "\n\n") == plain_blocks(
        renderer.render(without, "b")).replace("\n\n\n", "\n\n")


def test_a_story_page_lists_no_cell_as_what_a_report_adds(tmp_path: Path) -> None:
    shared = ("Satellite images reviewed by engineers show the reservoir behind the dam rising by roughly "
              "eight metres in three weeks, the fastest rise recorded since the first filling in 2020.")
    files = {
        "config.yaml": "title: T\ntopics:\n  - id: dam\n    title: Dam\n",
        "content/articles/reuters.md": (
            "---\ntitle: Ethiopia completes fourth filling\nsource: Reuters\npublished: 2023-09-10\ntopics: [dam]\n"
            f"story: filling\n---\nEthiopia has completed the fourth filling of the reservoir.\n\n{shared}\n\n"
            "| Filling | Year | Stored volume (bcm) |\n|:--|:-:|--:|\n| First | 2020 | 4.9 |\n| Fourth | 2023 | 41 |\n\n"
            "```\nvolume = 41\n```\n"),
        "content/articles/addis.md": (
            "---\ntitle: Fourth filling done\nsource: Addis Standard\npublished: 2023-09-11\ntopics: [dam]\n"
            f"story: filling\nvia: Reuters\n---\nThe government says the filling is complete.\n\n{shared}\n"),
    }
    site = write_site(tmp_path / "site", files)
    built = run_cli(["build"], cwd=site)
    assert built.returncode == 0, built.stderr
    page = (site / "output" / "stories" / "filling" / "index.html").read_text(encoding="utf-8")
    adds = re.findall(r'<li dir="auto">(.*?)</li>', page.split('class="coverage__adds"')[1].split("</section>")[0])
    passages = re.findall(r'<td data-outlet="[^"]*" dir="auto">(.*?)</td>', page)
    sentences = {"Ethiopia has completed the fourth filling of the reservoir.",
                 "The government says the filling is complete.", shared}
    assert adds and passages  # (it listed 10 cells and a code line as what Reuters adds)
    assert set(adds) | set(passages) <= sentences, (adds, passages)
