"""`serve` forked from the prestarted server (support/prestarted.py `start`) behaves as a new interpreter's.

tests/preview starts `serve` ~40 times a run; each new interpreter imported briefgen first (~1 s, the eight
modules that start it: 104.8 → 55.0 s, 2026-12-06). The forked one must give the tests what a real one gives:
a Popen whose pid is the command's, its exit status (also by a signal), its output, the command's TMPDIR,
and Ctrl-C raising KeyboardInterrupt even where the test process ignores SIGINT.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from support import prestarted
from briefgen.output.lock import project_lock
from support.sites import MINIMAL_SITE, REPO_ROOT, write_site

sys.path.insert(0, str(Path(__file__).parent / "preview"))
from test_preview import TIMEOUT, served_url, start_cli  # noqa: E402


def _forked(process: subprocess.Popen[str]) -> bool:
    """Whether `process` is not this process's child (so the server forked it)."""
    try:
        os.waitpid(process.pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_a_forked_serve_stops_as_a_real_one_and_reports_its_exit(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    runs = {}
    for real in (False, True):
        temp = tmp_path / f"temp-{real}"
        temp.mkdir()
        process = start_cli(site, tmpdir=temp, real=real)
        try:
            assert _forked(process) is not real
            served_url(process)
            assert process.poll() is None
            with pytest.raises(subprocess.TimeoutExpired):
                process.wait(timeout=0.05)
            assert list(temp.iterdir())  # the command's TMPDIR, not the server's
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=TIMEOUT)
        finally:
            process.kill() if process.poll() is None else None
        runs[real] = process.returncode, "Stopped." in out, "Traceback" in err, list(temp.iterdir())
    assert runs[False] == runs[True] == (0, True, False, [])


def test_a_forked_serve_that_cannot_start_gives_what_a_real_one_gives(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    forked, real = (start_cli(empty, tmpdir=tmp_path, real=r) for r in (False, True))
    assert _forked(forked) and not _forked(real)
    assert (forked.communicate(timeout=TIMEOUT), forked.returncode) == (real.communicate(timeout=TIMEOUT),
                                                                      real.returncode)
    assert forked.returncode != 0


def test_a_killed_forked_serve_reports_the_signal(tmp_path: Path) -> None:
    process = start_cli(write_site(tmp_path / "site", MINIMAL_SITE), tmpdir=tmp_path)
    assert _forked(process) and prestarted.serving()
    served_url(process)
    process.kill()
    process.communicate(timeout=TIMEOUT)
    assert process.returncode == -signal.SIGKILL


def test_ctrl_c_interrupts_a_forked_command_also_where_the_tests_ignore_it(tmp_path: Path) -> None:
    """A test run started in the background ignores SIGINT, and so does a server it starts; a command forked
    from it still gets Python's SIGINT handler, as a new interpreter started by start_cli (or test_interrupted's
    `_start`) has it: a build waiting for the lock ends with 130 (no handler of its own), serve stops. Checked in
    a forked test process, which starts a server of its own."""
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    (site / ".briefgen-cache").mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            with project_lock(site, site / ".briefgen-cache" / "holder", "test", 10):
                waiting = prestarted.start(["build", "--wait", "60"], site, env, REPO_ROOT)
                assert waiting is not None and _forked(waiting) and waiting.stderr is not None
                assert waiting.stderr.readline().startswith("Waiting for")
                waiting.send_signal(signal.SIGINT)
                waiting.communicate(timeout=TIMEOUT)
            serving = start_cli(site, tmpdir=tmp_path)
            try:
                served_url(serving)
                serving.send_signal(signal.SIGINT)
                out, _ = serving.communicate(timeout=TIMEOUT)
            finally:
                serving.kill() if serving.poll() is None else None
            code = 0 if (waiting.returncode, serving.returncode, _forked(serving), "Stopped." in out) == (
                130, 0, True, True) else 3
        finally:
            os._exit(code)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
