"""A reader that stops reading is no error (a trial, 2026-12-04: `briefgen fetch | head -1` ended with "unexpected
error: BrokenPipeError … please report it", exit 1, halfway through the fetch). What is printed after the pipe
closes goes nowhere; the command finishes its work and exits as it would have."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.sites import MINIMAL_SITE, REPO_ROOT, write_site

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://w.example/</link>
<description>d</description>{items}</channel></rss>
"""
ITEM = ("<item><title>Talks resume in round {n}</title><link>https://w.example/{n}</link><guid>g{n}</guid>"
        "<pubDate>Wed, 10 May 2023 09:00:00 +0000</pubDate><description>Round {n} of talks.</description></item>")


@pytest.mark.parametrize("command", [["fetch", "-v"], ["check", "-v"], ["feeds"]])
def test_a_closed_pipe_ends_no_command(tmp_path: Path, command: list[str]) -> None:
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + "feeds:\n  - url: feeds/wire.xml\n    source: Wire\n",
        "feeds/wire.xml": FEED.format(items="".join(ITEM.format(n=n) for n in range(40)))})
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    reader = subprocess.Popen([sys.executable, "-m", "briefgen", *command], cwd=root, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # (the reader is gone before the first line)
    errors = reader.stderr.read().decode()
    assert reader.wait(120) == 0, errors
    assert "unexpected error" not in errors and "BrokenPipe" not in errors and "Exception ignored" not in errors, errors
    if command[0] == "fetch":
        assert len(list((root / "content/articles").glob("talks-resume*"))) == 40


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("command", [["build"], ["check", "-v"], ["fetch", "-v"]])
def test_an_output_that_cannot_be_written_is_said_once_and_ends_no_command(tmp_path: Path, command: list[str]) -> None:
    """Reported (a hostile trial, 2026-12-04): `briefgen build > /dev/full` published the site, then said
    "unexpected error: OSError: No space left on device … please report it" and exited 1. The command's work is
    done and its exit code as it would be; standard error says once that standard output could not be written."""
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + "feeds:\n  - url: feeds/wire.xml\n    source: Wire\n",
        "feeds/wire.xml": FEED.format(items="".join(ITEM.format(n=n) for n in range(5)))})
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "briefgen", *command], cwd=root, env=env, stdout=full,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "unexpected error" not in done.stderr and done.stderr.count("cannot write the standard output") <= 1
    if command[0] == "build":
        assert (root / "output/index.html").is_file()
