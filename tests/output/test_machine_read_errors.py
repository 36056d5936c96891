"""A file the machine could not read (too many open files, a failing disk) is not the editor's to fix.

Every read failure was reported as `cannot read (…); fix the file's permissions or remove it`. Under
`ulimit -n 8` (a cron job's or a container's limit) a build said so about a file of the built-in theme
(`(built-in theme)/feeds/section.html: cannot read (Too many open files); fix the file's permissions or
remove it`, BR12, 2026-12-06): its permissions were fine, and removing it breaks the installation. Now
permissions are advised for EACCES/EPERM only, and the machine's failures name the machine's limit. A build
that ran out of open files while publishing named the file it was reading (a content file, a module of
briefgen) as one it "cannot write"; now it names the output folder: the build could not finish.
"""
from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.diagnostics import machine_advice
from briefgen.load.files import cannot_read
from support.examples import examples
from support.sites import MINIMAL_SITE, REPO_ROOT, run_cli, write_site
from support.trees import tree_bytes

PERMISSIONS = (errno.EACCES, errno.EPERM)
MACHINE = (errno.EMFILE, errno.ENFILE, errno.EIO, errno.ENOMEM)
PATHS = ("content/articles/a.md", "static/x.css", "templates/base.html", "(built-in theme)/feeds/section.html")


@settings(max_examples=examples(100), deadline=None)
@given(code=st.sampled_from(sorted(errno.errorcode)), path=st.sampled_from(PATHS))
def test_only_a_permission_error_asks_for_the_permissions(code: int, path: str) -> None:
    message = cannot_read(path, OSError(code, os.strerror(code))).message
    assert ("permissions" in message) == (code in PERMISSIONS), message
    if code in MACHINE or path.startswith("(built-in theme)"):
        assert "remove it" not in message, message
    if code in MACHINE:
        assert "not at fault" in message and machine_advice(OSError(code, os.strerror(code))) in message


def test_the_reported_message_names_the_open_file_limit() -> None:
    message = cannot_read("(built-in theme)/feeds/section.html",
                          OSError(errno.EMFILE, "Too many open files")).message
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    assert "too many open files for this process" in message and "ulimit -n" in message
    assert soft == resource.RLIM_INFINITY or f"`ulimit -n` is {soft}" in message


def _build_with_open_files(root: Path, limit: int) -> subprocess.CompletedProcess[str]:
    """`python -m briefgen build` in a process that may hold `limit` files open (as `ulimit -n limit`)."""
    def lower() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", ""))
                                                        if p)}
    return subprocess.run([sys.executable, "-m", "briefgen", "build", "--jobs", "1"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120, preexec_fn=lower)


@pytest.mark.parametrize("limit", [5, 6, 7, 8, 9, 10, 12])
def test_a_build_short_of_open_files_says_so_and_leaves_the_output(tmp_path: Path, limit: int) -> None:
    """Each limit runs out at another step (importing a module, reading a content file or the theme,
    writing the output). Under 6-8 the site's own content file was named, as if it could not be written."""
    root = write_site(tmp_path, MINIMAL_SITE)
    # The site built as the edit's starting point: forked from the prestarted process (support/prestarted.py), not a
    # new interpreter; only the build under the limit needs its own interpreter (its imports are one of the steps).
    assert run_cli(["build", "--jobs", "1"], root).returncode == 0
    before = tree_bytes(root / "output")
    note = root / "content/notes/why-it-matters.md"
    note.write_text(note.read_text() + "Edited.\n")
    result = _build_with_open_files(root, limit)
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr, result.stderr
    if result.returncode == 0:  # (enough for this site: nothing to say)
        return
    assert result.returncode == 1, result.stderr
    assert "permissions" not in result.stderr and "remove it" not in result.stderr, result.stderr
    assert f"`ulimit -n` is {limit}" in result.stderr, result.stderr
    said = [line for line in result.stderr.splitlines() if "ulimit -n" in line]
    assert said and all(line.startswith("output: cannot finish the build (too many open files") or
                        ": cannot read it: too many open files" in line and "not at fault" in line for line in said), said
    assert tree_bytes(root / "output") == before
