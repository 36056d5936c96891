"""A published note citing a draft article is a warning at the line of that slug.

`articles: [drafty]`, with `draft: true` in drafty.md, was published without its link to the
article and without a word: a build leaves drafts out (SPEC.md) and the note's link with
them. Now each link a published note loses that way is named at its line, with what to do;
`--drafts` (which publishes both) and draft notes (left out too) stay quiet. Checked as a
property over sites of draft and published articles cited by draft and published notes, in
flow and block lists (load.content.collect_content, the build's own step), and on a real build.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.content import collect_content
from briefgen.load.documents import make_article, make_note, parse_file
from support.hostile import CONFIG, GOOD_FRONT, RENDERER
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

SLUGS = ("alpha", "bravo", "charlie", "delta")
WARNING = "is a draft (`draft: true` in"


def loaded(text: str, path: str, stem: str) -> tuple:
    make = make_article if path.startswith("content/articles/") else make_note
    value, problems = make(parse_file(text.encode("utf-8"), path, stem, RENDERER), path, stem, "r", CONFIG)
    return value, tuple(problems)


def note_text(cited: list[str], block: bool, draft: bool) -> str:
    listed = "".join(f"\n  - {slug}" for slug in cited) if block else f" [{', '.join(cited)}]"
    return (f"---\ntitle: A note\ndate: 2023-05-11\narticles:{listed}\n" + ("draft: true\n" if draft else "")
            + "---\nWhy it matters.\n")


@settings(max_examples=examples(60), deadline=None)
@given(drafted=st.sets(st.sampled_from(SLUGS)),
       notes=st.lists(st.tuples(st.lists(st.sampled_from(SLUGS), min_size=1, max_size=4, unique=True),
                                st.booleans(), st.booleans()), min_size=1, max_size=3),
       drafts_built=st.booleans())
def test_each_link_a_published_note_loses_to_a_draft_is_named_at_its_line(
        drafted: set[str], notes: list[tuple[list[str], bool, bool]], drafts_built: bool) -> None:
    articles = [loaded(f"---\n{GOOD_FRONT}" + ("draft: true\n" if slug in drafted else "") + "---\nText.\n",
                       f"content/articles/{slug}.md", slug) for slug in SLUGS]
    written = [loaded(note_text(cited, block, draft), f"content/notes/n{i}.md", f"n{i}")
               for i, (cited, block, draft) in enumerate(notes)]
    content = collect_content(articles, written, drafts_built)
    found = sorted((d.path, d.line, d.message.split('"')[1]) for d in content.diagnostics if WARNING in d.message)
    expected = sorted((f"content/notes/n{i}.md", 5 + cited.index(slug) if block else 4, slug)
                      for i, (cited, block, draft) in enumerate(notes) if not draft and not drafts_built
                      for slug in cited if slug in drafted)
    assert found == expected
    assert all(d.severity == "warning" for d in content.diagnostics if WARNING in d.message)


def test_the_reported_note_warns_and_the_page_keeps_the_published_link(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/drafty.md": "---\ntitle: Talks draft\nsource: Example Times\npublished: 2023-05-10\n"
                                      "draft: true\n---\nA draft on the ceasefire.\n",
        "content/notes/why-it-matters.md": "---\ntitle: Why the Geneva meeting matters\ndate: 2023-05-11\n"
                                           "articles: [drafty, first-report]\n---\nIt matters.\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        'content/notes/why-it-matters.md:4: warning: "drafty" is a draft (`draft: true` in content/articles/'
        "drafty.md), so this note is published without its link to it; publish the article (remove "
        '`draft: true`) or take "drafty" out of `articles:` (`briefgen build --drafts` shows both)']
    assert not (root / "output/articles/drafty").exists()
    drafts = run_cli(["build", "--drafts", "--output", str(tmp_path / "preview")], root)
    said = drafts.stderr.splitlines()  # (only the warning that the preview holds a draft: publish.drafts_held)
    assert drafts.returncode == 0 and len(said) == 1 and "holds 1 draft (built with --drafts)" in said[0], said
    assert (tmp_path / "preview/articles/drafty/index.html").is_file()


def test_a_draft_note_citing_a_draft_is_quiet() -> None:
    articles = [loaded(f"---\n{GOOD_FRONT}draft: true\n---\nText.\n", "content/articles/alpha.md", "alpha")]
    notes = [loaded(note_text(["alpha"], False, True), "content/notes/n.md", "n")]
    assert collect_content(articles, notes).diagnostics == ()
