"""A note citing an article whose file cannot be read is not told the article is unknown.

`articles: [envoys-meet-in-geneva]` in a note, with a YAML mistake in
content/articles/envoys-meet-in-geneva.md (`title: Envoys: meet in Geneva`), gave two errors:
`invalid YAML` at the article, and `unknown article "envoys-meet-in-geneva"; use the article's
slug (its file name without .md)` at the note — whose slug was right, so the editor went looking
for a typo that was not there. An article with bad *fields* was already kept for its notes
(documents.make_article); one whose front matter cannot be read at all (invalid YAML, not closed,
a list, no front matter, not UTF-8, a file that cannot be read) was not, and every note citing it
got the second error. Now collect_content knows the file name of every article that failed, and
a note citing it is quiet: the article's own errors stop the build. A slug that no file has is
still an error, and a misspelt one is pointed at the broken file's name. Checked as a property
over ways to break the front matter and the lists a note cites with (collect_content, the
build's own step), and on a real build.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.content import collect_content
from briefgen.load.documents import make_article, parse_file
from briefgen.load.files import SourceFile
from support.hostile import CONFIG, GOOD_FRONT, RENDERER
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples
from test_draft_citations import loaded, note_text

SLUGS = ("alpha", "bravo", "charlie")
BROKEN_FRONT = {  # each leaves the file without front matter to read (make_article gives None)
    "colon in a value": b"---\ntitle: Envoys: meet\nsource: Example Times\npublished: 2023-05-08\n---\nText.\n",
    "unclosed list": b"---\ntitle: [Envoys\nsource: Example Times\npublished: 2023-05-08\n---\nText.\n",
    "tab indent": b"---\ntitle: Envoys\n\tsource: Example Times\npublished: 2023-05-08\n---\nText.\n",
    "not closed": b"---\ntitle: Envoys\nsource: Example Times\npublished: 2023-05-08\nText.\n",
    "a list": b"---\n- title\n- source\n---\nText.\n",
    "no front matter": b"Just a body.\n",
    "empty": b"",
    "vertical tab": b"---\ntitle: Envoys\x0b\nsource: Example Times\npublished: 2023-05-08\n---\nText.\n",
    "not UTF-8": b"---\ntitle: Caf\xe9 talks\nsource: Example Times\npublished: 2023-05-08\n---\nText.\n",
    "undefined alias": b"---\ntitle: *x\nsource: Example Times\npublished: 2023-05-08\n---\nText.\n",
}


def article_file(slug: str) -> SourceFile:
    return SourceFile(f"content/articles/{slug}.md", slug, slug, "r")


@settings(max_examples=examples(60), deadline=None)
@given(broken=st.dictionaries(st.sampled_from(SLUGS), st.sampled_from(sorted(BROKEN_FRONT))),
       cited=st.lists(st.sampled_from(SLUGS + ("zulu",)), min_size=1, max_size=4, unique=True),
       block=st.booleans())
def test_only_slugs_no_file_has_are_unknown(broken: dict[str, str], cited: list[str], block: bool) -> None:
    files = [article_file(slug) for slug in SLUGS]
    articles = []
    for slug in SLUGS:
        raw = BROKEN_FRONT[broken[slug]] if slug in broken else f"---\n{GOOD_FRONT}---\nText.\n".encode()
        value, problems = loaded_bytes(raw, slug)
        assert (value is None) == (slug in broken)
        articles.append((value, problems))
    note = loaded(note_text(cited, block, False), "content/notes/n.md", "n")
    content = collect_content(articles, [note], False, files)
    unknown = [d.message.split('"')[1] for d in content.diagnostics if d.path == "content/notes/n.md"]
    assert unknown == [slug for slug in cited if slug == "zulu"]
    for slug in broken:  # each broken file still has its own error, which stops the build
        assert any(d.path == f"content/articles/{slug}.md" and d.severity == "error" for d in content.diagnostics)


def loaded_bytes(raw: bytes, slug: str) -> tuple:
    """What the build's loader makes of an article file's bytes: (Article or None, problems)."""
    path = f"content/articles/{slug}.md"
    value, problems = make_article(parse_file(raw, path, slug, RENDERER), path, slug, "r", CONFIG)
    return value, tuple(problems)


def test_a_misspelt_slug_is_pointed_at_the_broken_file() -> None:
    articles = [loaded_bytes(BROKEN_FRONT["colon in a value"], "envoys-meet-in-geneva")]
    note = loaded(note_text(["envoys-meet-in-genva"], False, False), "content/notes/n.md", "n")
    content = collect_content(articles, [note], False, [article_file("envoys-meet-in-geneva")])
    assert [d.message for d in content.diagnostics if d.path == "content/notes/n.md"] == [
        'unknown article "envoys-meet-in-genva" (did you mean "envoys-meet-in-geneva"?); '
        "use the article's slug (its file name without .md)"]


def test_a_build_reports_the_broken_article_alone(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    assert run_cli(["build"], root).returncode == 0
    before = (root / "output/index.html").read_bytes()
    article = root / "content/articles/first-report.md"  # cited by content/notes/why-it-matters.md
    article.write_text(article.read_text().replace("title: Envoys meet in Geneva to discuss a ceasefire",
                                                   "title: Envoys: meet in Geneva"))
    result = run_cli(["build"], root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "content/articles/first-report.md:2: invalid YAML: mapping values are not allowed in this context "
        "(a value containing ': ' must be quoted)",
        "1 error; fix it and run the command again.",
        "Nothing was written; the previous output is unchanged."]
    assert (root / "output/index.html").read_bytes() == before
