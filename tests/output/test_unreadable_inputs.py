"""Unreadable inputs are all reported in one run, by `build` and by `check` alike.

A static file that could not be read was found only when the build copied it, after every
other check: `build` reported it alone in a later run than the other problems, and `check`
never did (then the build failed on a site `check` had passed). Permissions are enforced on
root by dropping the capabilities that bypass them (`setpriv --bounding-set`).
"""
from __future__ import annotations


import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from support.restricted import needs_permissions, run_restricted
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes
from support.examples import examples

INPUTS = {"static/files/a.txt": "a\n", "static/b.css": "p {}\n", "templates/partials/footer.html": "<p>f</p>\n",
          "content/articles/second.md": "---\ntitle: Talks go on\nsource: Wire\npublished: 2023-05-12\n---\nText.\n",
          "content/notes/later.md": "---\ntitle: Later\ndate: 2023-05-12\n---\nNote.\n"}


@settings(max_examples=examples(4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(locked=st.lists(st.sampled_from(sorted(INPUTS)), min_size=1, max_size=3, unique=True))
@example(locked=["static/b.css"])
def test_every_unreadable_input_is_reported_by_build_and_check_in_one_run(
        tmp_path_factory: pytest.TempPathFactory, locked: list[str]) -> None:
    needs_permissions()
    root = write_site(tmp_path_factory.mktemp("site"), {**MINIMAL_SITE, **INPUTS})
    assert run_cli(["build", "-q"], root).returncode == 0
    before = tree_bytes(root / "output")
    (root / "content/notes/why-it-matters.md").write_text(MINIMAL_SITE["content/notes/why-it-matters.md"] + "Edited.\n")
    for path in locked:
        (root / path).chmod(0)
    expected = sorted(f"{path}: cannot read (Permission denied); fix the file's permissions or remove it"
                      for path in locked)
    for command in (["build"], ["check"]):
        result = run_restricted(command, root)
        assert result.returncode == 1, result.stderr
        assert [line for line in result.stderr.splitlines() if "cannot read" in line] == expected, command
        assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
    assert tree_bytes(root / "output") == before
