"""Ctrl-C ends a command with exit code 130 and says so (`briefgen build: interrupted`), never a
traceback, and a build's previous output is left as it was.

Before, an interrupted build or fetch returned 130 without a word, and neither `--help` nor the
README named the code. The commands that wait for a lock are interrupted while they wait, which a
test can arrange without racing a build: the test holds the lock.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.output.lock import project_lock
from support import prestarted
from support.sites import MINIMAL_SITE, REPO_ROOT, run_cli, write_site


def _start(root: Path, *args: str) -> subprocess.Popen[str]:
    """`briefgen ARGS` as from a terminal: SIGINT handled here while the child starts, so that the child
    does not inherit an ignored SIGINT (a runner started in the background by a script has one). Forked
    from the prestarted server where it can be (support/prestarted.py `start`: the child gets Python's
    SIGINT handler as a new interpreter does; tests/test_prestarted_serve.py)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))
    forked = prestarted.start(list(args), root, env, REPO_ROOT)
    if forked is not None:
        return forked
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen([sys.executable, "-m", "briefgen", *args], cwd=root, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        signal.signal(signal.SIGINT, previous)


FEED = "feeds:\n  - url: feed.xml\n"
RSS = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><link>https://wire.example/</link>"
       "<description>d</description></channel></rss>")


@pytest.mark.parametrize("command, folder, holder", [
    ("build", ".", ".briefgen-cache/holder"),
    ("fetch", "content/articles", ".briefgen-cache/fetch-holder"),
])
def test_ctrl_c_while_waiting_is_exit_130_with_a_word(tmp_path: Path, command: str, folder: str, holder: str) -> None:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + FEED,
                                          "feed.xml": RSS})
    assert run_cli(["build", "-q"], root).returncode == 0
    before = (root / "output/index.html").read_bytes()
    (root / ".briefgen-cache").mkdir(exist_ok=True)
    with project_lock(root / folder, root / holder, "test", 10, what=command):
        process = _start(root, command, "--wait", "60")
        assert process.stderr is not None
        for line in process.stderr:  # (it says once whom it waits for, then waits)
            if line.startswith("Waiting for"):
                break
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.splitlines()[-1] == f"briefgen {command}: interrupted"
    assert "Traceback" not in err + out
    assert (root / "output/index.html").read_bytes() == before


def test_help_names_the_exit_codes(tmp_path: Path) -> None:
    shown = " ".join(run_cli(["--help"], tmp_path).stdout.split())
    assert "Exit codes: 0 success, 1 content or config errors, 2 usage errors, 130 interrupted (Ctrl-C)." in shown
