"""A template override that includes, extends, imports or calls itself without end is named, with its loop.

BR12 (2026-12-06): `{% include "404.html" %}` in templates/404.html was reported as
`(built-in theme) base.html:27: template error while rendering 404.html: RecursionError: maximum
recursion depth exceeded in comparison`, the built-in theme's line where the loop happened to be when
Python stopped it: the editor was sent to a file they cannot change, and not told what was wrong.
Real sites are built and checked; the diagnostics are the commands'.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes

INCLUDE = '{% extends "base.html" %}{% block content %}{% include "NAME" %}{% endblock %}'
LOOPS = {  # a loop of the site's templates → where it must be reported (file and line)
    "self-include": ({"templates/404.html": INCLUDE.replace("NAME", "404.html")}, ("templates/404.html", 1)),
    "macro": ({"templates/404.html": "{% macro m() %}{{ m() }}{% endmacro %}\n{{ m() }}\n"}, ("templates/404.html", 1)),
    "two partials": ({"templates/404.html": INCLUDE.replace("NAME", "partials/a.html"),
                      "templates/partials/a.html": 'A\n{% include "partials/b.html" %}\n',
                      "templates/partials/b.html": 'B\n\n{% include "partials/a.html" %}\n'},
                     ("templates/partials/", 0)),
    "import": ({"templates/404.html": '{% import "partials/m.html" as m %}{{ m.f() }}',
                "templates/partials/m.html": '{% macro f() %}{% import "partials/m.html" as again %}'
                                             '{{ again.f() }}{% endmacro %}'}, ("templates/partials/m.html", 1)),
}


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("loop", sorted(LOOPS))
def test_a_template_loop_is_one_error_at_the_sites_template(tmp_path: Path, command: str, loop: str) -> None:
    files, (where, line) = LOOPS[loop]
    root = write_site(tmp_path, MINIMAL_SITE)
    assert run_cli(["build", "-q"], root).returncode == 0
    before = tree_bytes(root / "output")
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    result = run_cli([command], root)
    assert result.returncode == 1, result.stderr
    errors = [text for text in result.stderr.splitlines() if "template error" in text]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(where) and (line == 0 or errors[0].startswith(f"{where}:{line}:")), errors[0]
    assert "without end (" in errors[0] and "break the loop" in errors[0], errors[0]
    assert "(built-in theme)" not in errors[0].split(":")[0] and "RecursionError" not in errors[0]
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    assert tree_bytes(root / "output") == before


def test_the_reported_loop_names_each_step(tmp_path: Path) -> None:
    root = write_site(tmp_path, {**MINIMAL_SITE, **LOOPS["two partials"][0]})
    result = run_cli(["build"], root)
    assert result.returncode == 1
    assert "(templates/partials/a.html:2 → templates/partials/b.html:3 → …)" in result.stderr or \
           "(templates/partials/b.html:3 → templates/partials/a.html:2 → …)" in result.stderr, result.stderr
