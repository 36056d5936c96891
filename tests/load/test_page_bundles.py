"""A Hugo page bundle (`content/articles/<folder>/index.md`) is an error naming the file to write.

A trial moving Hugo page bundles: `content/articles/geneva-talks/index.md` was published at
articles/index/ without a word (the slug is the file name, SPEC.md), and a second bundle was an
error pointing at the first ("slug "index" is also used by …"), so forty bundles gave thirty-nine
errors that did not say what to do.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.config import Config, Topic
from briefgen.load.documents import make_article, make_note, parse_file
from briefgen.load.markup import MarkdownRenderer
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

CONFIG = Config(title="T", base_url="", language="en", timezone="UTC", edition="weekly",
                topics=(Topic("ceasefire-talks", "Ceasefire talks", "", ("ceasefire",)),),
                sources=(), people=(), story_threshold=0.5, feeds=())
RENDERER = MarkdownRenderer()
FRONT = {"articles": "title: Envoys meet\nsource: Example Times\npublished: 2023-05-08\n",
         "notes": "title: Why it matters\ndate: 2023-05-08\ntopics: [ceasefire-talks]\n"}
FOLDER = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True) | st.sampled_from(["Geneva Talks", "2023"])


def load(kind: str, path: str, stem: str, extra: str = "") -> tuple[str, list[str]]:
    raw = f"---\n{FRONT[kind]}{extra}---\nThe ceasefire talks went on.\n".encode()
    make = make_article if kind == "articles" else make_note
    value, problems = make(parse_file(raw, path, stem, RENDERER), path, stem, "rev", CONFIG)
    assert value is not None
    return value.slug, [str(p) for p in problems if p.severity == "error"]


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["articles", "notes"]), st.lists(FOLDER, min_size=1, max_size=3), st.booleans())
@example("articles", ["geneva-talks"], False)
def test_an_index_md_in_a_folder_is_an_error_unless_it_has_a_slug(kind, folders, has_slug) -> None:  # type: ignore[no-untyped-def]
    parent = "/".join(["content", kind, *folders])
    path = f"{parent}/index.md"
    slug, errors = load(kind, path, "index", "slug: chosen\n" if has_slug else "")
    if has_slug:
        assert (slug, errors) == ("chosen", [])
        return
    folder = folders[-1]
    above = parent.rsplit("/", 1)[0]
    published = ", so it would be published at articles/index/" if kind == "articles" else ""
    assert errors == [f"{path}:1: a page bundle (a folder with index.md, as in Hugo) is not read as one here: the "
                      f'slug is the file name, "index", not the folder\'s{published}; rename the file to '
                      f"{above}/{folder}.md (or set `slug: {folder}`), and put its images in static/ (a file of "
                      "static/ is at the site's root)"]
    assert slug == (folder if folder[0].isalnum() and folder == folder.lower() and " " not in folder else "index")


def test_index_md_at_the_top_is_an_article_named_index() -> None:
    assert load("articles", "content/articles/index.md", "index") == ("index", [])


def test_hugo_bundles_fail_the_build_with_one_error_each(tmp_path: Path) -> None:
    bundle = ("---\ntitle: {t}\nsource: Example Times\npublished: 2023-05-12\n---\nEnvoys met.\n\n"
              "![Map of the front](photo.jpg)\n")
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/geneva-talks/index.md": bundle.format(t="Envoys meet in Geneva"),
        "content/articles/kyiv-terms/index.md": bundle.format(t="Kyiv sets its terms")})
    result = run_cli(["build"], site)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": warning: " not in line and ".md:" in line]
    assert [line.split(": a page bundle")[0] for line in errors] == [
        "content/articles/geneva-talks/index.md:1", "content/articles/kyiv-terms/index.md:1"]
    assert "also used by" not in result.stderr
    assert not (site / "output").exists()
