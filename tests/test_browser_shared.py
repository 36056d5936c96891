"""The browser shared by a test process's modules (conftest's `browser`, support/browsers.py) leaves no thread
behind it: builds in the same process still fork their workers, as they do in a process without a browser."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from briefgen.speed.parallel import can_fork, share_work


def test_a_build_beside_the_open_browser_forks_its_workers(page, tmp_path: Path) -> None:
    page.set_content("<p>open</p>")
    assert page.locator("p").inner_text() == "open"
    script = tmp_path / "mark.js"  # read by Playwright through its loop's executor (a thread, by default)
    script.write_text("document.querySelector('p').textContent = 'read';", encoding="utf-8")
    page.add_script_tag(path=str(script))
    assert page.locator("p").inner_text() == "read"
    assert can_fork(), f"a thread beside the browser: {threading.enumerate()}"
    # Items that take a while, so that the workers (forked within milliseconds) take some of them.
    pids = share_work(8, 3, lambda item: (time.sleep(0.2), item, os.getpid())[1:])
    assert [item for item, _ in pids] == list(range(8))
    assert {pid for _, pid in pids} - {os.getpid()}, "no item was computed by a forked worker"


def test_the_browser_still_answers_after_forked_workers_ended(page) -> None:
    share_work(4, 2, lambda item: item * item)
    page.set_content("<p>still</p>")
    assert page.locator("p").inner_text() == "still"
