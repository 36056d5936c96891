"""A plugin's page family can only add pages inside the site (site.urls.page_path_problem).

Found by a trial: a page family returning `Page("/…/abs.html", …)` had the build write that
file outside the project (an absolute path joined to the output folder replaces it), and
`Page("../escape.html", …)` went into .briefgen-cache/, built and lost without a word. Every
such page is now an error at the family's line, all in one run, and nothing is written.
"""
from __future__ import annotations

import os
import posixpath
import shutil
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.site.urls import page_path_problem
from support.sites import run_cli
from support.examples import examples

EXAMPLE = Path(__file__).resolve().parent / "sites" / "plugin"


def test_pages_outside_the_site_are_errors_at_the_familys_line(tmp_path: Path) -> None:
    site = tmp_path / "plugin-site"
    shutil.copytree(EXAMPLE, site)
    assert run_cli(["build", "-q"], cwd=site).returncode == 0
    before = {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()}
    outside = tmp_path / "abs.html"
    hooks = site / "hooks.py"
    hooks.write_text(hooks.read_text().replace(
        '    return [Page("timeline/index.html", "timeline.html", {"entries": oldest_first}, "hooks.py timeline")]',
        f'    return [Page("{outside}", "timeline.html", {{}}, "a"), Page("../escape.html", "timeline.html", {{}}, "b"),\n'
        '            Page("timeline/", "timeline.html", {}, "c"), "not a page"]'))
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    family = "hooks.py:17: plugin hooks.py: page family timeline returned"
    assert f'{family} a page whose path "{outside}" must be relative to the site root' in result.stderr
    assert f'{family} a page whose path "../escape.html" holds ".."' in result.stderr
    assert f'{family} a page whose path "timeline/" names a folder; name the file, like "timeline/index.html"' \
        in result.stderr
    assert f"{family} str, not a Page" in result.stderr
    assert "4 errors" in result.stderr
    assert not outside.exists()
    assert not list(site.rglob("escape.html"))
    assert {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()} == before


segment = st.sampled_from(["", ".", "..", "a", "index.html", ".well-known", ".briefgen", "x" * 256, "é", "a\\b"])


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.booleans(), st.lists(segment | st.text(max_size=6), min_size=1, max_size=5))
@example(True, ["timeline", "index.html"])
@example(False, ["..", "escape.html"])
@example(False, ["sub", "..", "..", "up.html"])
def test_an_accepted_path_is_a_file_strictly_inside_the_output_folder(absolute: bool, parts: list[str]) -> None:
    path = ("/" if absolute else "") + "/".join(parts)
    output = "/srv/site/output"
    joined = os.path.join(output, path)
    inside = (posixpath.normpath(joined) == joined and joined.startswith(output + "/")
              and "\\" not in path and not any(ord(c) < 32 or c == "\x7f" for c in path)
              and all(p in (".well-known", ".htaccess", ".nojekyll") or not p.startswith(".") for p in parts)
              and all(len(p.encode()) <= 255 for p in parts))
    problem = page_path_problem(path)
    assert (problem is None) == inside, (path, problem)
    assert problem is None or "Traceback" not in problem
