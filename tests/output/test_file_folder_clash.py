"""A file claimed where another output needs a folder is an error before anything is written.

Trial: `static/articles/geneva` (a file an editor dropped there, e.g. an image saved without its
suffix) beside the article `content/articles/geneva.md`, whose page is `articles/geneva/index.html`:
the build failed at its last step with ".briefgen-cache/output-…/spare/articles/geneva: cannot
write the site (Is a directory)", naming a cache folder and no file of the editor's. Same with a
folder `static/feed.xml/` against the digest, or a file `static/search` against the search pages.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.output.guards import check_collisions
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

SEGMENTS = st.sampled_from(["a", "A", "b", "index.html", "feed.xml"])
CLAIM = st.tuples(st.lists(SEGMENTS, min_size=1, max_size=3), st.booleans())


def _clashes(claims: list[tuple[str, str]]) -> set[str]:
    """The file claims (case-folded) that sit at the path of another claim's folder, by brute force."""
    files = {p.casefold() for p, _ in claims if not p.endswith("/")}
    found = set()
    for path, _ in claims:
        parts = path.casefold().rstrip("/").split("/")
        for depth in range(1, len(parts) + path.endswith("/")):
            if "/".join(parts[:depth]) in files:
                found.add("/".join(parts[:depth]))
    return found


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(CLAIM, max_size=6))
@example([(["articles", "x"], False), (["articles", "x", "index.html"], False)])
@example([(["search"], False), (["search"], True)])
def test_every_file_in_the_way_of_a_folder_is_reported_once(raw: list[tuple[list[str], bool]]) -> None:
    claims = [("/".join(parts) + ("/" if whole else ""), f"static/{n}") for n, (parts, whole) in enumerate(raw)]
    in_the_way = [p for p in check_collisions(claims) if "a file and a folder cannot share a path" in p.message]
    assert len(in_the_way) == len(_clashes(claims))


def test_a_static_file_where_an_article_page_goes_is_an_error_at_that_file(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    assert run_cli(["build", "-q"], root).returncode == 0
    before = (root / "output/index.html").read_bytes()
    write_site(root, {"static/articles/first-report": "an image saved without its suffix",
                      "static/feed.xml/old.xml": "<rss/>"})
    done = run_cli(["build"], root)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == ("static/articles/first-report:1: static/articles/first-report writes the file "
                        "articles/first-report, where content/articles/first-report.md needs a folder (for "
                        "articles/first-report/index.html); a file and a folder cannot share a path: rename one "
                        "of them")
    assert lines[1].startswith("static/feed.xml/old.xml:1: generated feed.xml writes the file feed.xml, where "
                               "static/feed.xml/old.xml needs a folder")
    assert ".briefgen-cache" not in done.stderr
    assert (root / "output/index.html").read_bytes() == before and (root / "output/articles/first-report").is_dir()
