"""`briefgen check` says when it withholds the editor's advice (an editor's trial, 2026-12-04).

With one error in the project (a note's `articles:` naming no article), `check -v` printed the other warnings but
none of the story suggestions, which appeared only once the error was fixed: the editor, fixing errors one run at a
time, did not know more was coming. Now a line says so; without errors no such line.
"""
from __future__ import annotations

from pathlib import Path

from support.sites import run_cli, write_site

CONFIG = "title: T\nbase_url: https://example.org/\ntopics:\n  - id: talks\n    title: Talks\n"
ARTICLE = "---\ntitle: Talks resume\nsource: Example Outlet\npublished: 2026-11-20\ntopics: [talks]\n---\nText.\n"
NOTE = "---\ntitle: Why it matters\ndate: 2026-11-21\narticles: [{slug}]\n---\nA note.\n"
LINE = "Likely misspellings and story suggestions are given once the errors are fixed."


def test_check_says_the_advice_waits_for_the_errors(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"config.yaml": CONFIG, "content/articles/talks.md": ARTICLE,
                                 "content/notes/why.md": NOTE.format(slug="tlaks")})
    broken = run_cli(["check", "-v"], site)
    assert broken.returncode == 1, broken.stderr
    assert LINE in broken.stderr, broken.stderr
    (site / "content/notes/why.md").write_text(NOTE.format(slug="talks"))
    fixed = run_cli(["check", "-v"], site)
    assert fixed.returncode == 0 and LINE not in fixed.stderr, fixed.stderr
