"""A body that shows nothing on its page is a warning, never an empty page without a word.

A note or article whose body was only spaces and blank lines was published with an empty page
(a note as a bare title) and no message; so was a body holding only a link definition
(`[r]: https://…`), an HTML comment, `&nbsp;` or a zero-width space. Now (load/emptybody.py):
anything written that shows nothing is a warning at its first line; nothing written is a
warning at the closing `---` for a note and for an article without `url:`; an article with
`url:` and no body is a link to the original (as fetch imports an entry without a summary)
and stays quiet. Checked as a property over bodies of invisible and visible pieces, for
articles with and without `url:` and notes, and on a real build.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from support.hostile import article, note
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

INVISIBLE = st.sampled_from(["", " ", "   ", "\t", "[r]: https://example.org/a", "<!-- to do -->", "&nbsp;",
                             "<div></div>", "\u200b", "<p></p>", "&#8203;"])
VISIBLE = st.sampled_from(["Envoys met.", "![a map](https://example.org/map.png)", "**Talks**", "&amp;", "1"])
MARKERS = ("nothing of this body shows", "has no body and no `url:`", "this note has no text")


def problems_of(kind: str, body: str) -> list[str]:
    if kind == "note":
        _, problems = note("---\ntitle: N\ndate: 2023-05-08\n---\n" + body)
    else:
        url = "url: https://example.org/a\n" if kind == "linked article" else ""
        _, problems = article(f"---\ntitle: T\nsource: S\npublished: 2023-05-08\n{url}---\n" + body)
    return [p for p in problems if any(marker in p for marker in MARKERS)]


@settings(max_examples=examples(80), deadline=None)
@given(kind=st.sampled_from(["note", "article", "linked article"]), pieces=st.lists(INVISIBLE, max_size=4),
       visible=st.none() | VISIBLE, at=st.integers(0, 4))
def test_a_body_that_shows_nothing_is_warned_at_its_line(kind: str, pieces: list[str], visible: str | None,
                                                        at: int) -> None:
    if visible is not None:
        pieces.insert(min(at, len(pieces)), visible)
    body = "\n\n".join(pieces) + "\n"
    found = problems_of(kind, body)
    closing = 4 if kind == "note" else (6 if kind == "linked article" else 5)  # the line of the closing ---
    if visible is not None:
        assert found == []
    elif body.strip():
        first = closing + 1 + body[:body.index(body.strip()[0])].count("\n")
        assert [p.split(": warning: ")[0].rsplit(":", 1)[1] for p in found] == [str(first)], found
        assert "nothing of this body shows on the page" in found[0]
    elif kind == "linked article":
        assert found == []
    else:
        assert len(found) == 1 and f".md:{closing}: warning: this " in found[0], found


def test_the_reported_bodies_in_a_build(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/blank.md": "---\ntitle: Talks resume\nsource: Example Times\npublished: 2023-05-11\n"
                                     "---\n   \n\n  \n",
        "content/articles/linked.md": "---\ntitle: Talks go on\nsource: Example Times\npublished: 2023-05-11\n"
                                      "url: https://news.example.com/b\n---\n",
        "content/notes/blank.md": "---\ntitle: Watch Geneva\ndate: 2023-05-11\ntopics: [ceasefire-talks]\n---\n\n",
        "content/notes/refs.md": "---\ntitle: Sources\ndate: 2023-05-11\ntopics: [ceasefire-talks]\n---\n\n"
                                 "[geneva]: https://example.org/geneva\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "content/articles/blank.md:5: warning: this article has no body and no `url:`, so its page has nothing to "
        "read or follow; write a summary below the front matter, or add the link to the original as `url:`",
        "content/notes/blank.md:5: warning: this note has no text, so it is published as a title alone; write it "
        "below the front matter",
        "content/notes/refs.md:7: warning: nothing of this body shows on the page: it holds only link definitions, "
        "comments, empty tags or invisible characters; write the text to show, or remove what is here"]


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<em>", "</em>", "<br>", "&nbsp;", "&amp;", "&#8203;",
                                            "\u200b", "\u00ad", " ", "\n", "<!-- c -->", "<a href=\"x\">", "</a>"]),
                          st.text(max_size=3)), max_size=10))
def test_the_quick_reading_of_a_body_equals_its_plain_text_reading(pieces: list[str]) -> None:
    from briefgen.load.emptybody import _seen, shows_something
    from briefgen.load.markup import MarkdownRenderer

    body_html = MarkdownRenderer().render("".join(pieces), "x")  # sanitised, as parse_file gives it
    assert shows_something(body_html) == _seen(body_html)
