"""Raw HTML markup the sanitiser removes while keeping the text is named in one warning at its line.

`<span style="color:red">` was published as a plain `<span>`, `<img srcset=…>` without its other
sizes, `<a id="part-2">` without its anchor, `<font>`/`<center>` without a trace — each without a
word. Checked as properties: bodies mixing removed markup (elements, attributes) with kept markup
name exactly what was removed, with counts, and keep the text; bodies of kept markup and every
Markdown construct stay quiet (python-markdown's own output loses nothing); and on a real build,
at the line of the file.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

RENDERER = MarkdownRenderer()
WARNING = "raw HTML that pages do not publish was removed"
REMOVED = {  # snippet → what the warning names
    '<span style="color: red">red</span>': "style", '<span class="big">big</span>': "class",
    '<b onclick="go()">bold</b>': "onclick", '<a id="part-2" href="https://x.org/">anchor</a>': "id",
    '<img src="https://x.org/a.png" srcset="https://x.org/a2.png 2x" alt="chart">': "srcset",
    '<em data-note="x">noted</em>': "data-note", "<font>fonted</font>": "<font>", "<center>centred</center>": "<center>",
    "<section>sectioned</section>": "<section>",
    # boolean attributes, written without a value (a hostile trial, 2026-12-04: removed without a word)
    '<a href="https://x.org/f.pdf" download>file</a>': "download", "<span hidden>secret</span>": "hidden",
    "<em contenteditable>editable</em>": "contenteditable",
    '<span hidden="">veiled</span>': "hidden", "<kbd inert=''>inert</kbd>": "inert",  # (empty values: a re-test)
}
KEPT = ['<em>kept</em>', "<o:p>office</o:p>", "<my-widget>custom</my-widget>", '<a href="https://x.org/" title="t">link</a>', '<abbr title="x">X</abbr>',
        '<img src="https://x.org/a.png" alt="a" width="30" height="20">', "<kbd>K</kbd>",
        '<time datetime="2023-05-10">10 May</time>', '<q cite="https://x.org/">q</q>']
MARKDOWN = ["| a | b |\n|:-:|--:|\n| 1 | 2 |", "Text[^n] here.\n\n[^n]: The note.", "> quoted *text*",
            "1. one\n2. two", "    code <b>x</b>", "![alt](https://x.org/a.png \"title\")",
            "[link](https://x.org \"title\")", "# Heading", "a < b and c > d", "`<span style=x>`"]


def problems(body: str) -> list[str]:
    return [message for line, message, severity in RENDERER.convert(body, "a").problems if WARNING in message]


@settings(max_examples=examples(80), deadline=None)
@given(removed=st.lists(st.sampled_from(sorted(REMOVED)), min_size=1, max_size=5),
       kept=st.lists(st.sampled_from(KEPT), max_size=3), order=st.randoms(use_true_random=False))
def test_removed_markup_is_named_with_counts_and_its_text_kept(removed: list[str], kept: list[str], order) -> None:
    parts = removed + kept
    order.shuffle(parts)
    body = "Some text first.\n\n" + " ".join(parts) + "\n"
    found = problems(body)
    assert len(found) == 1, found
    named = found[0].split(": ", 1)[1].split(". Pages")[0]
    counts: dict[str, int] = {}
    for snippet in removed:
        counts[REMOVED[snippet]] = counts.get(REMOVED[snippet], 0) + 1
    assert sorted(named.split(", ")) == sorted(f"{what} ({n}×)" if n > 1 else what for what, n in counts.items())
    html = RENDERER.convert(body, "a").html
    for word in ("red", "big", "bold", "anchor", "noted", "fonted", "centred", "sectioned"):
        assert (word in html) == any(word in snippet for snippet in removed)


@settings(max_examples=examples(60), deadline=None)
@given(pieces=st.lists(st.sampled_from(KEPT + MARKDOWN), min_size=1, max_size=6))
def test_kept_markup_and_markdown_stay_quiet(pieces: list[str]) -> None:
    assert problems("\n\n".join(pieces) + "\n") == []


def test_the_warning_names_the_line_on_a_real_build(tmp_path: Path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"] + '\nA <span style="color:red">red</span> word.\n'
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/first-report.md": article})
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    line = article.splitlines().index('A <span style="color:red">red</span> word.') + 1
    assert f"content/articles/first-report.md:{line}: warning: {WARNING}, its text kept: style." in built.stderr
    assert "red</span> word" in (root / "output/articles/first-report/index.html").read_text()
