"""What an editor writes in a body is published, or a warning at (or above) its line says why not.

Bodies come from a grammar of what editors write (tests/support/editorial.py): every part knows the
words and runs of text a reader must see. The load stage (the build's `parse_file`) is checked on
many bodies; one real build of a few of them, front matter included, is checked page by page and
with the Nu Html Checker. The minimal cases of what the property found come first (mdrawtails,
mdreferences, mdemphasis, mdfences, mdrawblocks).
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.load.documents import make_article, parse_file
from briefgen.load.markup import plain_text
from support.editorial import Body, bodies, line_of, missing, visible
from support.hostile import CONFIG, GOOD_FRONT, RENDERER
from support.htmlcheck import require_vnu, validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

PATH = "content/articles/a.md"
CI = settings(derandomize=True, database=None, max_examples=examples(150), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def load(body: str) -> tuple[str, list[str]]:
    """(body HTML, diagnostics as printed) of an article with `body`, through the load stage."""
    parsed = parse_file(f"---\n{GOOD_FRONT}---\n{body}".encode(), PATH, "a", RENDERER)
    _, problems = make_article(parsed, PATH, "a", "revision", CONFIG)
    return parsed.body_html, [str(p) for p in problems]


# --- what the property found ----------------------------------------------------------------------

@pytest.mark.parametrize("body, shown", [
    ("<!-- note --> Use &lt;b&gt; here &copy; 2023\n", "Use <b> here © 2023"),
    ("<div>Map</div> Q&amp;A &#65; and <br/> more\n\nNext.\n", "Map Q&A A and more Next."),
    ("<!-- c --> A &#65; B\n\n<p>D</p>\n", "A A B D"),
    ("<hr> A &amp; B\n", "A & B"),
])
def test_what_follows_a_raw_block_on_its_line_stays_in_its_place(body: str, shown: str) -> None:
    """python-markdown moved the entities and self-closing tags of such a line's rest to the next
    raw block or the end of the body ("Use b here", then a paragraph "<>")."""
    html, problems = load(body)
    assert plain_text(html) == shown and problems == []


def test_a_comment_after_a_block_stays_a_comment() -> None:
    html, problems = load("<div>Map</div><!-- end of map -->\n\nNext.\n")
    assert html == "<div>Map</div>\n\n<p>Next.</p>" and problems == []


def test_two_reference_links_apart_by_a_space_are_two_links() -> None:
    """`[a] [b]` was one link, "a" to b's address; "b" was lost (CommonMark: two links)."""
    html, problems = load("The [IMF] [report] and [Reuters]\n[AP] said.\n\n[IMF]: https://imf.org/\n"
                          "[report]: https://imf.org/r\n[Reuters]: https://reuters.com/\n[AP]: https://apnews.com/\n")
    assert plain_text(html) == "The IMF report and Reuters AP said." and problems == []
    assert html.count("<a ") == 4 and 'href="https://imf.org/r" rel="noopener noreferrer">report</a>' in html
    html, _ = load("[the text][IMF] and [text][]\n\n[IMF]: https://imf.org/\n[text]: https://e.org/\n")
    assert 'href="https://imf.org/" rel="noopener noreferrer">the text</a>' in html
    assert 'href="https://e.org/" rel="noopener noreferrer">text</a>' in html


@pytest.mark.parametrize("body, shown", [
    ("**c* * *hello*", "*c * hello"),
    ("x **c* *g* * *h15*", "x *c g * h15"),
    ("**c* x_ *hello*", "*c x_ hello"),
    ("q*_**a*b", "q*_**a*b"),
])
def test_emphasis_keeps_every_character(body: str, shown: str) -> None:
    """python-markdown's emphasis ate characters: "<em> *hel</em>o*", "q*_<strong>a</strong>".

    `shown` is what 3.11.1-3.11.3 publish (CommonMark's reading, with the marks that open nothing
    kept as text). 3.11.4 pairs "q*_**a*b"'s outer `*`s ("q<em>_**a</em>b", a reading of its own,
    not CommonMark's: the first `*` is not left-flanking), which keeps every character: each mark
    it does not show is one of an emphasis's pair (two for <em>, four for <strong>), and every
    other character is shown in order. What ate characters broke both counts."""
    html, problems = load(body + "\n")
    text = plain_text(html)
    marks_kept = 2 * html.count("<em>") + 4 * html.count("<strong>")
    assert problems == []
    assert text == shown or (_bare(text) == _bare(body) and len(text) + marks_kept == len(body)), html


def _bare(text: str) -> str:
    return text.replace("*", "").replace("_", "")


def test_a_closing_fence_with_a_tab_after_it_closes_its_block() -> None:
    """White space an editor left after a closing fence: the next block's fence was taken for its
    end, and the code ran on over the rule and text between (with a warning at the wrong line)."""
    html, problems = load("````\nx = 1\n````\t\n\n---\n\n````\ny\t= 2\n````\n")
    assert html == "<pre><code>x = 1\n</code></pre>\n<hr>\n<pre><code>y\t= 2\n</code></pre>" and problems == []


@pytest.mark.parametrize("written", ["a \\| b", "a \\*b\\*", "a\n---"])
def test_escapes_and_rules_in_a_raw_block_are_markdown_shown_as_written(written: str) -> None:
    """An unclosed `<p>` makes the rest of the body HTML: a backslash escape or a rule there is
    published as the marks, so it is warned of like the other Markdown marks."""
    html, problems = load(f"<p>Intro\n\n{written}\n")
    assert written.replace("\n", " ") in plain_text(html).replace("\n", " ")
    assert len(problems) == 1 and f"{PATH}:8: warning: Markdown inside the HTML block <p>" in problems[0]


# --- the property -----------------------------------------------------------------------------------

def _unexplained(body: Body, file_text: str, html: str, problems: list[str]) -> list[tuple[str, int]]:
    """Fragments of `body` that `html` does not show, with their lines, that no diagnostic at or
    above their line explains (a closed <script>'s words may go with a warning)."""
    lines = [int(p.split(":")[1]) for p in problems if p.startswith(f"{PATH}:")]
    lost = [(f, line_of(file_text, f)) for f in missing(body, html) if f not in body.hidden]
    return [(f, at) for f, at in lost if not any(line <= at for line in lines)]


@CI
@given(bodies(), st.booleans())
def test_every_word_an_editor_writes_is_shown_or_explained(body: Body, bom: bool) -> None:
    text = f"---\n{GOOD_FRONT}---\n{body.text}"
    parsed = parse_file((("\ufeff" if bom else "") + text).encode(), PATH, "a", RENDERER)
    _, problems = make_article(parsed, PATH, "a", "revision", CONFIG)
    shown = [str(p) for p in problems]
    assert _unexplained(body, text, parsed.body_html, shown) == [], (body.text, parsed.body_html, shown)
    assert all(p.split(": ", 2)[1] == "warning" for p in shown), shown  # (an error would stop the build)
    for hidden in body.hidden:  # a closed <script>'s words: gone, and said so
        if hidden not in visible(parsed.body_html)[0]:
            assert any("of raw HTML" in p and "removed" in p for p in shown), (body.text, shown)
    assert "<script" not in parsed.body_html and "<iframe" not in parsed.body_html.lower()


TITLES = ("Talks: what's next for {w}?", 'The "deal" & {w} — <em>not</em> markup', "Київ і {w}: 5 * 3 = 15",
          "القاهرة {w} #1", "{w}\u200b\u00ad 🇺🇦 C# [draft]")


@settings(derandomize=True, database=None, max_examples=examples(1), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(bodies(), min_size=6, max_size=6))
def test_a_built_site_shows_every_word_and_is_valid_html(tmp_path_factory: pytest.TempPathFactory,
                                                         written: list[Body]) -> None:
    """One real build (the command line): each article page shows its title and every word of its body,
    or the build printed a diagnostic at or above its line; every page passes the Nu Html Checker."""
    require_vnu()
    files = dict(MINIMAL_SITE)
    texts: dict[str, tuple[Body, str, str]] = {}
    for number, body in enumerate(written):
        title = TITLES[number % len(TITLES)].format(w=f"Title{number:04d}")
        text = (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsource: Example Times\n"
                f"published: 2023-05-0{number + 1}\nurl: https://news.example.com/{number}\n---\n{body.text}")
        files[f"content/articles/body-{number}.md"] = text
        texts[f"body-{number}"] = (body, text, title)
    root = write_site(tmp_path_factory.mktemp("bodies") / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    for slug, (body, text, title) in texts.items():
        page = (root / "output/articles" / slug / "index.html").read_text(encoding="utf-8")
        path = f"content/articles/{slug}.md"
        problems = [line.replace(path, PATH, 1) for line in built.stderr.splitlines() if line.startswith(path + ":")]
        assert _unexplained(body, text, page, problems) == [], (text, problems)
        assert f"Title{slug[5:]:0>4}" in visible(page)[0]
        assert "<script>var" not in page and "javascript:" not in page
    assert validate_html(sorted((root / "output").rglob("*.html"))) == []
