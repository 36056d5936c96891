"""Pipes, sockets and links that lead nowhere, wherever the build looks for files: never left out
silently, never opened (a pipe nobody writes to would block the build for ever).

A FIFO in static/ was skipped without a word: the walk kept regular files and folders and
dropped everything else. Each such entry is now named in a diagnostic: a warning where it is
only not published (static/, or a name under content/ that is not a content file), an error
where the build needs the file (a content file, a template), as when such a file cannot be read.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.diagnostics import has_errors
from briefgen.load.files import is_content_file
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes
from support.examples import examples

FOLDERS = ("static", "content/articles", "content/notes", "templates")
KINDS = ("fifo", "socket", "dangling symlink")


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: a blocking open of a pipe is interrupted by the alarm."""
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"the build took over {seconds} s: it is blocked (on opening a pipe?)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def make_special(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":  # bound by a short relative name: a socket's path is limited to 107 bytes
        with contextlib.chdir(path.parent), socket.socket(socket.AF_UNIX) as sock:
            sock.bind(path.name)
    else:
        os.symlink("missing-target", path)


def required(folder: str, name: str) -> bool:
    """Whether the build needs the file: any template, a content file under content/."""
    return folder == "templates" or (folder.startswith("content/") and is_content_file(name))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("special") / "site", MINIMAL_SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    return root


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=st.sampled_from(FOLDERS), kind=st.sampled_from(KINDS),
       depth=st.lists(st.from_regex(r"[a-z][a-z0-9]{0,5}", fullmatch=True), max_size=3),
       name=st.from_regex(r"[a-z0-9_#][a-z0-9-]{0,8}(\.md|\.html|\.txt)?", fullmatch=True))
@example(folder="static", kind="fifo", depth=[], name="pipe")  # the reported input
@example(folder="content/articles", kind="socket", depth=["deep"], name="wire.md")
@example(folder="content/notes", kind="fifo", depth=[], name="_draft.md")
@example(folder="templates", kind="dangling symlink", depth=["partials"], name="footer.html")
def test_every_special_entry_is_named_and_never_opened(built: Path, tmp_path_factory: pytest.TempPathFactory,
                                                       folder: str, kind: str, depth: list[str], name: str) -> None:
    root = tmp_path_factory.mktemp("case") / "site"
    shutil.copytree(built, root, symlinks=True)
    before = tree_bytes(root / "output")
    rel = "/".join([folder, *depth, name])
    assume(not os.path.lexists(root / rel))  # not a file of the site
    make_special(root / rel, kind)
    with deadline(60):
        result = build(root / "config.yaml", BuildOptions(jobs=1))
    named = [d for d in result.diagnostics if d.path == rel]
    assert len(named) == 1, result.diagnostics
    assert "not a regular file" in named[0].message
    assert named[0].severity == ("error" if required(folder, name) else "warning"), named[0]
    assert has_errors(result.diagnostics) == required(folder, name), result.diagnostics
    after = tree_bytes(root / "output")
    assert after == before  # an error leaves the output as it was; a warning publishes the same site
    assert not os.path.lexists(root / "output" / rel.removeprefix("static/"))


def test_a_pipe_in_static_is_a_warning_from_the_command(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "static/logo.txt": "logo\n"})
    os.mkfifo(root / "static" / "pipe")
    result = run_cli(["build"], root, timeout=60)
    assert result.returncode == 0, result.stderr
    assert ("static/pipe: warning: not published: it is a named pipe (FIFO), not a regular file; replace it "
            "with a regular file, or move it out of the project") in result.stderr
    assert (root / "output" / "logo.txt").read_text() == "logo\n" and not (root / "output" / "pipe").exists()


@pytest.mark.parametrize(("folder", "severity"), [("static", "warning"), ("templates", "error"),
                                                   ("content/notes", "error")])
def test_a_layout_folder_that_is_a_pipe_is_named(tmp_path: Path, folder: str, severity: str) -> None:
    root = write_site(tmp_path / "site", {k: v for k, v in MINIMAL_SITE.items() if not k.startswith(folder)})
    os.mkfifo(root / folder)
    with deadline(60):
        result = build(root / "config.yaml", BuildOptions(jobs=1))
    named = [d for d in result.diagnostics if d.path == folder]
    assert [(d.severity, "not a folder" in d.message) for d in named] == [(severity, True)], result.diagnostics
