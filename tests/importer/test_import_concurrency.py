"""Two fetches of one project at once import every entry once (the fetch lock, output/lock.py).

Without the lock both runs read the archive before either wrote, found the same entries
new, and the second wrote `NAME-2.md` beside every file of the first: a cron fetch that
overlapped a manual one doubled the import. Real feeds on disk; runs as threads of this
process (flock(2) locks are per open file, so threads contend as processes do) and as
CLI processes.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import ARTICLES_FOLDER, HOLDER_FILE, FetchOptions, fetch_feeds
from briefgen.output.lock import project_lock
from support import prestarted
from support.importing import articles, config_text, fetch, front, rss
from support.sites import REPO_ROOT, run_cli, write_site
from support.examples import examples


def _feed(n: int) -> str:
    return rss("Kyiv Ledger", [{"title": f"Envoys meet, round {i}", "guid": f"urn:ledger:{i}",
                                "link": f"https://ledger.example/{i}", "date": "Wed, 10 May 2023 09:00:00 +0300"}
                               for i in range(n)])


def _guids(root: Path) -> list[str]:
    return sorted(str(front(path)["guid"]) for path in articles(root).values())


@settings(max_examples=examples(6), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(runs=st.integers(2, 4), entries=st.integers(1, 60))
@example(runs=2, entries=60)
def test_fetches_at_once_import_each_entry_once(tmp_path_factory, runs: int, entries: int) -> None:
    root = write_site(tmp_path_factory.mktemp("site"), {"config.yaml": config_text("feed.xml"),
                                                        "feed.xml": _feed(entries)})
    results, start = [], threading.Barrier(runs)

    def one() -> None:
        start.wait()
        results.append(fetch_feeds(root / "config.yaml", FetchOptions(lock_wait=60)))

    threads = [threading.Thread(target=one) for _ in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result.ok for result in results), [r.diagnostics for r in results]
    assert sum(result.written for result in results) == entries
    assert _guids(root) == sorted(f"urn:ledger:{i}" for i in range(entries))


def _started(root: Path, *args: str) -> subprocess.Popen[str]:
    """`python -m briefgen ARGS` running beside the test: forked from the prestarted server where it can be
    (support/prestarted.py `start`; ~1 s of imports less a process), else a new interpreter."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))
    return prestarted.start(list(args), root, env, REPO_ROOT) or subprocess.Popen(
        [sys.executable, "-m", "briefgen", *args], cwd=root, env=env, text=True, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)


def test_two_fetch_processes_at_once_import_each_entry_once(site: Callable[..., Path]) -> None:
    root = site("feed.xml", files={"feed.xml": _feed(600)})
    children = [_started(root, "fetch") for _ in range(2)]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    assert _guids(root) == sorted(f"urn:ledger:{i}" for i in range(600))  # no file twice


def test_a_fetch_that_cannot_have_the_lock_says_who_holds_it_and_writes_nothing(site: Callable[..., Path]) -> None:
    root = site("feed.xml", files={"feed.xml": _feed(3)})
    (root / ARTICLES_FOLDER).mkdir(parents=True, exist_ok=True)
    (root / HOLDER_FILE).parent.mkdir(exist_ok=True)
    with project_lock(root / ARTICLES_FOLDER, root / HOLDER_FILE, "briefgen fetch", 5, what="fetch"):
        result = fetch(root, "--wait", "0")
        assert result.returncode == 1
        assert f"config.yaml: another fetch of this project is running: PID {os.getpid()} (briefgen fetch" \
            in result.stderr
        assert "No feeds configured" not in result.stdout
        assert articles(root) == {}
        assert run_cli(["build"], root).returncode == 0  # a build does not wait for a fetch
    assert fetch(root).returncode == 0
    assert len(articles(root)) == 3


def test_review_waits_for_a_running_fetch(site: Callable[..., Path]) -> None:
    root = site({"url": "feed.xml", "draft": True}, files={"feed.xml": _feed(2)})
    assert fetch(root).returncode == 0
    slug = sorted(articles(root))[0].removesuffix(".md")
    with project_lock(root / ARTICLES_FOLDER, root / HOLDER_FILE, "briefgen fetch", 5, what="fetch"):
        child = _started(root, "review", "reject", slug)
        waited = child.stderr.readline()  # type: ignore[union-attr]
        time.sleep(0.3)
        assert child.poll() is None
        assert "Waiting for the fetch held by PID" in waited
        assert f"{slug}.md" in articles(root)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert f"{slug}.md" not in articles(root)
