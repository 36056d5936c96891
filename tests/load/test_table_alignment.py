"""A Markdown table's column alignment (`|:--|:-:|--:|`) reaches the page; no other style does.

python-markdown writes a column's alignment as `style="text-align: …"` on its cells, and the
sanitiser allowed no style at all: every aligned table was published unaligned, without a word.
The sanitiser now keeps a cell's `style` when it is exactly a text alignment (left, right,
center; also written by hand in raw HTML, any case), written back in one form; any other
style is removed. Checked as a property over alignment rows and cell counts, on raw HTML, and
through the Nu Html Checker on a real build.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from support.htmlcheck import require_vnu, validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

RENDERER = MarkdownRenderer()
SPECS = {":--": "left", ":-:": "center", "--:": "right", "---": None}
CELL = re.compile(r'<(td|th)(?: style="text-align: (left|center|right);")?>')


@settings(max_examples=examples(80), deadline=None)
@given(columns=st.lists(st.sampled_from(sorted(SPECS)), min_size=1, max_size=6), rows=st.integers(1, 3))
def test_each_columns_alignment_is_on_its_cells(columns: list[str], rows: int) -> None:
    header = "| " + " | ".join(f"h{i}" for i in range(len(columns))) + " |"
    body = "\n".join("| " + " | ".join(f"c{r}{i}" for i in range(len(columns))) + " |" for r in range(rows))
    html = RENDERER.convert(f"{header}\n|{'|'.join(columns)}|\n{body}\n", "a").html
    cells = CELL.findall(html)
    assert len(cells) == len(columns) * (rows + 1), html
    assert [align or None for _, align in cells] == [SPECS[c] for c in columns] * (rows + 1)
    assert html.count("style=") == sum(1 for _, align in cells if align)


@settings(max_examples=examples(40), deadline=None)
@given(style=st.sampled_from(["color: red", "text-align: justify", "text-align: center; color: red",
                              "background: url(https://x.org/a.png)", "text-align: right !important",
                              "TEXT-ALIGN : Right ;", " text-align:left ", "text-align: center;"]),
       tag=st.sampled_from(["td", "th", "p", "span"]))
def test_raw_html_keeps_a_cells_alignment_alone(style: str, tag: str) -> None:
    cell = f'<{tag} style="{style}">x</{tag}>'
    html = RENDERER.convert(f"<table><tr>{cell}</tr></table>\n" if tag in ("td", "th") else cell + "\n", "a").html
    aligned = re.fullmatch(r"\s*text-align\s*:\s*(left|right|center)\s*;?\s*", style, re.I)
    if aligned and tag in ("td", "th"):
        assert f'style="text-align: {aligned.group(1).lower()};"' in html
    else:
        assert "style=" not in html


def test_an_aligned_table_is_valid_html_on_a_real_page(tmp_path: Path) -> None:
    require_vnu()
    article = MINIMAL_SITE["content/articles/first-report.md"] + "\n| Party | Seats |\n|:--|--:|\n| A | 12 |\n"
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/first-report.md": article})
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    page = root / "output/articles/first-report/index.html"
    assert '<th style="text-align: right;">Seats</th>' in page.read_text()
    assert validate_html([page]) == []
