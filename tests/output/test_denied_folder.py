"""A folder the build may not write in is the one the error names.

Publishing renames whole trees (output/commit.py): the new site, built in the cache, takes the
place of output/. A rename needs the right to write in the folders of both its names (and a
folder moved to another parent, in itself); the kernel says "permission denied" without saying
which. The error named the first name, the cache's spare tree: a project folder that could not be
written was reported as `.briefgen-cache/output-…/spare: cannot write the site (permission
denied: fix the folder's permissions)`, about a folder that was writable, so fixing what the
message said changed nothing. Permissions are enforced on root by dropping the capabilities that
bypass them (`setpriv --bounding-set`).
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.restricted import needs_permissions, run_restricted
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

ARTICLE = "content/articles/first-report.md"
# The folders a build writes in or renames, found in a project (`root`) whose site is built into
# `output` (`root/output`, or `root/www/site` with --output: a folder of the editor's outside the project's).
FOLDERS = {"the output's parent": lambda root, output: output.parent, "the output": lambda root, output: output,
           "the cache's output state": lambda root, output: next((root / ".briefgen-cache").glob("output-*")),
           "the spare tree": lambda root, output: next((root / ".briefgen-cache").glob("output-*")) / "spare"}


def build_here(root: Path, args: list[str]) -> None:
    """A build as the editor runs it once the folder is fixed (in this process: no interpreter to start)."""
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0, output_dir=root / args[1] if args else None))
    assert result.ok, [str(d) for d in result.diagnostics]


def run(root: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """`briefgen build ARGS` in `root` as any user (support/restricted.py)."""
    return run_restricted(["build", *args], root)


@settings(max_examples=examples(1), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=st.sampled_from(sorted(FOLDERS)), inside=st.booleans(), first=st.booleans())
@example(folder="the output's parent", inside=True, first=True)  # the reported case: the project's folder
def test_the_folder_that_refuses_the_build_is_the_one_named(tmp_path_factory: pytest.TempPathFactory, folder: str,
                                                            inside: bool, first: bool) -> None:
    needs_permissions()
    root = write_site(tmp_path_factory.mktemp("denied"), MINIMAL_SITE)
    output, args = (root / "output", []) if inside else (root / "www/site", ["--output", "www/site"])
    output.parent.mkdir(exist_ok=True)
    first = first and folder == "the output's parent"  # (the others are made by a first build)
    if first:
        (root / ".briefgen-cache").mkdir()  # nothing published yet; the cache is there
    else:  # two builds, so that the spare holds a tree the third trusts and writes in
        (root / ARTICLE).write_text(MINIMAL_SITE[ARTICLE] + "\nAn earlier version.\n")
        build_here(root, args)
        (root / ARTICLE).write_text(MINIMAL_SITE[ARTICLE])
        build_here(root, args)
    before = tree_bytes(output) if output.exists() else None
    (root / ARTICLE).write_text(MINIMAL_SITE[ARTICLE].replace("on Tuesday", "on Wednesday"))
    denied = FOLDERS[folder](root, output)
    denied.chmod(0o555)
    try:
        result = run(root, args)
    finally:
        denied.chmod(0o755)
    assert result.returncode == 1, result.stderr
    shown = str(root) if denied == root else denied.relative_to(root).as_posix()
    assert f"{shown}: cannot write the site (permission denied: fix the folder's permissions)" in result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
    assert (tree_bytes(output) if output.exists() else None) == before
    build_here(root, args)  # the folder the error named is fixed: the site is published
