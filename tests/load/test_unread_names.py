"""Files in content/ that the build does not read are named in a warning, never left out unsaid.

An editor who saved an article as `gas-deal.markdown`, `Gas-Deal.MD`, `gas-deal.mdown`,
`gas-deal.txt` or `gas-deal.md.txt`, or put it in `content/article/`, lost it with no word:
the build read only `*.md` under content/articles/ and content/notes/ and skipped the rest.
Now each such file gets a warning naming it and the name to give it; what tools leave beside
the files they edit (backups, swap and lock files, Vim's `4913`, sed's temporaries, fetch's
`x.md.upstream`) and dot-files stay quiet (load/contentnames.py).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.contentnames import is_tool_file
from briefgen.load.files import confinement, discover_content
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

ARTICLE = "---\ntitle: Gas deal signed\nsource: Reuters\npublished: 2024-01-02\n---\nThe gas deal.\n"
STEM = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)  # a slug
# Suffixes an editor's tool may give a Markdown or text file (any case), and a slug-like stem.
TEXT_SUFFIX = st.sampled_from([".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".txt", ".text", ".md.txt",
                               ".markdown.txt", ".md", ".Md", ""])
OTHER_SUFFIX = st.sampled_from([".jpg", ".pdf", ".docx", ".json", ".yaml", ".rtf"])
# Articles in another markup language, as other generators read them (Pelican's .rst …): named as such.
MARKUP_SUFFIX = st.sampled_from([".rst", ".rest", ".adoc", ".asciidoc", ".org", ".textile", ".html", ".htm", ".ipynb",
                                 ".njk", ".liquid"])
# (Not `{}.md.upstream`: since 2026-12-05 fetch's correction beside an article is reminded of on every build until it
# is merged and deleted, tests/importer/test_import_waiting_upstream.py.)
TOOLS = ["{}.md~", ".#{}.md", ".{}.md.swp", ".{}.md.swo", "#{}.md#", "{}.md.bak", "{}.md.orig",
         "{}.md.tmp", "{}.md___jb_tmp___", ".{}.md", "4913", "5036", ".DS_Store", "Thumbs.db",
         "sedAb12Cd"]


def cased(draw: st.DrawFn, text: str) -> str:
    return "".join(c.upper() if c.isalpha() and draw(st.booleans()) else c for c in text)


@st.composite
def folder_of_names(draw: st.DrawFn) -> dict[str, str]:
    """File name → its kind ("read", "rename", "elsewhere", "quiet"), distinct names (any case)."""
    kinds: dict[str, str] = {}
    for stem in draw(st.lists(STEM, min_size=1, max_size=6, unique=True)):
        suffix = draw(TEXT_SUFFIX)
        if suffix in (".md", "") and draw(st.booleans()):
            kinds[f"{stem}.md"] = "read"
        elif draw(st.booleans()):
            name = cased(draw, stem + suffix)
            kinds[name] = "read" if name.endswith(".md") else "rename"  # Aa.md: read (a slug error)
        elif draw(st.booleans()):
            kinds[cased(draw, stem + draw(OTHER_SUFFIX))] = "elsewhere"
        else:
            kinds[cased(draw, stem + draw(MARKUP_SUFFIX))] = "markup"
        kinds[draw(st.sampled_from(TOOLS)).format(stem)] = "quiet"
    if draw(st.booleans()):
        kinds["_" + draw(st.one_of(STEM, st.just("index"))) + ".md"] = "underscore"
    return {name: kind for name, kind in kinds.items()
            if sum(n.lower() == name.lower() for n in kinds) == 1}  # one file each on any file system


@settings(max_examples=examples(40), deadline=None)
@given(names=folder_of_names(), folder=st.sampled_from(["articles", "notes", "articles/2024"]))
def test_every_file_under_articles_and_notes_is_read_or_named_in_a_warning(names: dict[str, str],
                                                                          folder: str) -> None:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        for name in names:
            (root / "content" / folder).mkdir(parents=True, exist_ok=True)
            (root / "content" / folder / name).write_text(ARTICLE, encoding="utf-8")
        articles, notes, problems = discover_content(root, confinement(root))
    read = {f.path for f in (*articles, *notes)}
    warned = {d.path: d for d in problems}
    assert all(d.severity == "warning" for d in problems)
    for name, kind in names.items():
        path = f"content/{folder}/{name}"
        assert (path in read) == (kind == "read"), path
        assert (path in warned) == (kind in ("rename", "elsewhere", "underscore", "markup")), path
        assert is_tool_file(name) == (kind == "quiet"), name
        message = warned[path].message if path in warned else ""
        if kind == "rename":
            stem = name.lower().removesuffix(".txt").removesuffix(".text")
            stem = next((stem[:-len(s)] for s in (".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".md")
                         if stem.endswith(s)), stem)
            assert f"rename it to {stem}.md " in message
        elif kind == "elsewhere":
            assert "go in static/" in message
        elif kind == "markup":
            stem = name.rsplit(".", 1)[0].lower()
            assert message.startswith("not read: briefgen reads articles and notes written in Markdown only, and "
                                      "this is "), message
            assert f"write it as Markdown in {stem}.md" in message and "static/" not in message, message
        elif kind == "underscore" and name == "_index.md":
            assert message.startswith("not read: `_index.md` is Hugo's and Zola's list page of a section"), message
        elif kind == "underscore":
            assert f"rename it to {name[1:]} to publish it" in message
    assert len(problems) == len(warned)  # one warning a file


def test_the_reported_names_are_warned_by_build_every_time_and_the_rest_is_published(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        **{f"content/articles/{name}": ARTICLE for name in (
            "gas-deal.markdown", "Gas-Deal.MD", "gas-deal.mdown", "gas-deal.txt", "gas-deal.md.txt",
            ".#first-report.md", "first-report.md~", ".first-report.md.swp", ".DS_Store", "4913")},
        "content/article/oil-deal.md": ARTICLE,
        "content/notes/_intro.md": ARTICLE,
    })
    expected = [
        'content/article: warning: not read (did you mean "articles"?): the build reads only content/articles/ '
        "(articles) and content/notes/ (editor notes); move it there, or out of content/",
        *(f"content/articles/{name}: warning: not read: only names ending in `.md` (lower case) are read; rename "
          "it to gas-deal.md if it is an article or note" for name in (
              "Gas-Deal.MD", "gas-deal.markdown", "gas-deal.md.txt", "gas-deal.mdown", "gas-deal.txt")),
        'content/notes/_intro.md: warning: not read: names starting with "_" are left out; rename it to intro.md '
        "to publish it (to keep it here unpublished without this warning, set `draft: true` in it, or start "
        "its name with a dot)",
    ]
    for run in ("cold", "no change"):
        result = run_cli(["build"], root)
        assert result.returncode == 0, result.stderr
        assert sorted(result.stderr.splitlines()) == expected, run
    assert sorted(p.name for p in (root / "output" / "articles").iterdir()) == ["first-report"]
    (root / "content/articles/gas-deal.markdown").rename(root / "content/articles/gas-deal.md")
    result = run_cli(["build"], root)
    assert "gas-deal.markdown" not in result.stderr
    assert "rename it to gas-deal.md if it is an article or note (a file of that name is there already: merge " \
           "the two)" in result.stderr  # the others now name the one that is read
    assert (root / "output/articles/gas-deal/index.html").is_file()


def test_a_pelican_rst_article_is_named_with_the_markdown_file_to_write(tmp_path: Path) -> None:
    """The migration trial's Pelican `.rst` article was told that files to publish as they are go in static/."""
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/envoys-return.rst": "Envoys return home\n##################\n\n:date: 2023-05-05 10:20\n"
                                              "\nThe envoys returned home.\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "content/articles/envoys-return.rst: warning: not read: briefgen reads articles and notes written in "
        "Markdown only, and this is reStructuredText (Pelican's and Sphinx's format); write it as Markdown in "
        "envoys-return.md (`pandoc -t gfm -o envoys-return.md envoys-return.rst` converts the body), with front "
        "matter between `---` lines, and remove this file"]


def test_hugos_section_pages_copied_with_the_content_tree_are_named_as_such(tmp_path: Path) -> None:
    """The migration trial copied a Hugo content/ tree (benchmarks/make_corpus.py --format hugo) into
    content/articles/: each section's `_index.md` was told to be renamed index.md to be published, which
    would make an article "index" of a list page's front matter."""
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/_index.md": "---\ntitle: Briefing\n---\n",
        "content/articles/topics/sanctions/_index.md": "---\ntitle: Sanctions\n---\nAll about sanctions.\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    message = ("warning: not read: `_index.md` is Hugo's and Zola's list page of a section; briefgen makes every "
               "listing itself, so delete it (any text of it for readers can be an editor note in content/notes/)")
    assert sorted(result.stderr.splitlines()) == [f"content/articles/_index.md: {message}",
                                                  f"content/articles/topics/sanctions/_index.md: {message}"]
