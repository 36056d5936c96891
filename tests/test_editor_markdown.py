"""What an editor writes in Markdown, on one real site: published as written, or a warning at its line.

One build (the CLI, as a user runs it) carries the concrete inputs of this session's Markdown
fixes; each fix has its own property test beside its module (tests/load/test_fenced_code.py,
test_list_after_paragraph.py, test_nested_lists.py, test_footnote_marks_in_text.py,
test_footnote_mismatch.py, test_backslash_breaks.py, test_strikethrough.py, test_title_marks.py,
test_summary_lead.py, test_markdown_in_html_blocks.py, tests/render/test_note_headings.py).
They share this site because each build costs a second or two of CI's time.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from support.htmlcheck import require_vnu, validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site

FRONT = MINIMAL_SITE["content/articles/first-report.md"].split("---\n")[1]
ARTICLE = ("---\n" + FRONT.replace("Envoys meet in Geneva to discuss a ceasefire", "Envoys meet in *Geneva* &amp; talk")
           + "topics: [ceasefire-talks]\n---\n" + """\
Diplomats met in Geneva[^1] on Tuesday to discuss a ceasefire, officials said.[^2]

Talks resumed on two points:
- gas transit
  - through Ukraine
- prisoners

Results:
| Party | Seats |
|:--|--:|
| A | 12 |

```python
def f(x):
\treturn x < 1  # <b>not bold</b>
```

- item

    ~~~
    in a list
    ~~~

Kyiv\\
Warsaw

The fund holds ~~$5 billion~~ $5 million.

As reported[^wsj] earlier.

<details>
<summary>Background</summary>

The talks *began* in March.

</details>

[^1]: In the Palais.
[^2]: Two of them.
[^ft]: The FT.
""")
IMAGE_FIRST = MINIMAL_SITE["content/articles/first-report.md"].replace(
    "---\nDiplomats", "---\n![Map of Geneva](https://example.org/map.png)\n\nDiplomats").replace(
    "geneva-ceasefire", "geneva-map")
NOTE = MINIMAL_SITE["content/notes/why-it-matters.md"] + "\n# Background\n\nOne.\n\n### Earlier talks\n\nTwo.\n"
LEVEL = re.compile(r"<h([1-6])[ >]")


def line_of(text: str, snippet: str) -> int:
    """1-based line of `snippet` in a file's text."""
    return text[:text.index(snippet)].count("\n") + 1


def test_an_editors_markdown_on_a_real_site(tmp_path: Path) -> None:
    require_vnu()
    files = {**MINIMAL_SITE, "content/articles/first-report.md": ARTICLE, "content/articles/map-report.md": IMAGE_FIRST,
             "content/notes/why-it-matters.md": NOTE}
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    out = root / "output"
    page = (out / "articles/first-report/index.html").read_text()
    path = "content/articles/first-report.md"

    # Warnings, at their lines: a fence in a list, a reference without a footnote, a footnote never
    # referenced, Markdown in an HTML block, markup in the title.
    for snippet, message in [("    ~~~", "this fence does not start a code block"),
                             ("As reported[^wsj]", "footnote reference [^wsj] has no footnote"),
                             ("[^ft]: The FT.", "footnote [^ft] is never referenced"),
                             ("The talks *began*", "Markdown inside the HTML block <details>"),
                             ("title: Envoys", "the title is plain text on every page and in feeds")]:
        assert f"{path}:{line_of(ARTICLE, snippet)}: warning: {message}" in built.stderr, (snippet, built.stderr)

    # Published as written.
    assert ('<code class="language-python">def f(x):\n\treturn x &lt; 1  # &lt;b&gt;not bold&lt;/b&gt;\n'
            '</code></pre>') in page
    assert re.search(r"<li>gas transit<ul>\s*<li>through Ukraine</li>\s*</ul>\s*</li>\s*<li>prisoners</li>", page)
    assert '<th style="text-align: right;">Seats</th>' in page
    assert "Kyiv<br>\nWarsaw" in page and "The fund holds <del>$5 billion</del> $5 million." in page
    assert "In the Palais." in page and "The FT." in page

    # Summaries without footnote numbers, everywhere they are shown; an image first is no summary.
    summary = "Diplomats met in Geneva on Tuesday to discuss a ceasefire, officials said."
    assert f'<meta name="description" content="{summary}">' in page and f'"description": "{summary}"' in page
    assert f">{summary}</p>" in (out / "index.html").read_text()
    assert f"<description>&lt;p&gt;{summary}&lt;/p&gt;" in (out / "topics/ceasefire-talks/feed.xml").read_text()
    docs = [doc for shard in (out / "search/d").iterdir() for doc in json.loads(shard.read_text())["docs"]]
    text = next(doc[-1] for doc in docs if doc[2] == "articles/first-report/")
    assert text.startswith(summary) and "\u21a9" not in text
    assert ('<meta name="description" content="Diplomats from several countries met in Geneva'
            in (out / "articles/map-report/index.html").read_text())

    # A note's headings rank below its title (an h3) on every page that shows it.
    for shown in ["index.html", "editions/2023-W19/index.html", "topics/ceasefire-talks/index.html",
                  "articles/first-report/index.html"]:
        html = (out / shown).read_text()
        note = re.search(r'<article class="note[^"]*"[^>]*>(.*?)</article>', html, re.S).group(1)
        assert [int(x) for x in LEVEL.findall(note)] == [3, 4, 5], shown
        outline = [int(x) for x in LEVEL.findall(html)]
        assert all(b <= a + 1 for a, b in zip(outline, outline[1:])), (shown, outline)

    assert validate_html(sorted(out.rglob("*.html"))) == []
