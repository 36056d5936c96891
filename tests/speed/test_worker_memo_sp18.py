"""What a forked worker's memo learns comes back to the build (SP18).

A story page rendered by a forked render worker compared its reports there (`analyse.compare`, memoised in the
"compare" namespace) and the worker's memo died with it: a cold build of the 1,000-article corpus kept 81 of its 199
comparisons (SP17), and the next build that rendered every page (a template or config change) computed the rest again.
`Memo.recording` sends a worker's new entries and used keys back with each result (`Memo.learn` merges them): the
property over `share_work` itself, then a real site big enough to fork its rendering.
"""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.speed.memo import SHARDS, Memo, digest
from briefgen.speed.parallel import can_fork, share_work
from support.examples import examples
from support.sites import REPO_ROOT
from support.trees import tree_bytes

ARTICLES = 300  # some 600 pages, ~60 story pages: over publish.PARALLEL_MIN_PAGES, so workers render


@pytest.fixture(autouse=True)
def forking() -> None:
    """Workers fork only while this is the process's one thread (speed.parallel.can_fork)."""
    assert can_fork(), f"a thread left running by an earlier test: {threading.enumerate()}"


@settings(max_examples=examples(8), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.booleans()), min_size=2, max_size=60))
def test_workers_entries_and_used_keys_reach_the_memo(tmp_path_factory: pytest.TempPathFactory,
                                                      items: list[tuple[int, bool]]) -> None:
    """Item i puts ("compare", digest(i)) when `new`, else reads an entry saved before; after `learn` and a save,
    the memo on disk holds exactly the entries put and read, whichever process did each item."""
    folder = tmp_path_factory.mktemp("memo")
    old = {("compare", digest("old", str(n))): f"old {n}" for n, new in items if not new}
    first = Memo(folder)
    for key, value in old.items():
        first.put(key, value)
    first.save()
    memo = Memo(folder)
    memo.begin()

    def work(i: int) -> str:
        n, new = items[i]
        if new:
            memo.put(("compare", digest("new", str(i))), f"new {i}")
            return f"put {i}"
        return str(memo.get(("compare", digest("old", str(n)))))

    results = memo.learn(share_work(len(items), 2, memo.recording(work)))
    assert results == [f"put {i}" if new else f"old {n}" for i, (n, new) in enumerate(items)]
    memo.save()
    expected = {("compare", digest("new", str(i))): f"new {i}" for i, (_, new) in enumerate(items) if new}
    expected.update({("compare", digest("old", str(n))): f"old {n}" for n, new in items if not new})
    assert stored(folder) == expected


def stored(folder: Path) -> dict:
    """Every "compare" entry saved in the memo folder `folder`."""
    reader = Memo(folder)
    found: dict = {}
    for shard in range(SHARDS):
        found.update(reader._read(("compare", shard)))
    return found


def site(root: Path) -> Path:
    """The benchmarks' synthetic site of ARTICLES articles (stories spread over the pages) in `root`."""
    subprocess.run([sys.executable, str(REPO_ROOT / "benchmarks/make_corpus.py"), "--articles", str(ARTICLES),
                    str(root)], check=True, capture_output=True, timeout=120)
    return root / "config.yaml"


def test_a_cold_build_with_workers_keeps_every_comparison(tmp_path: Path) -> None:
    """Built with 2 processes, the memo holds the comparisons a one-process build holds (every story's); a build
    after a template is added renders every page again, identical, and keeps them."""
    alone = site(tmp_path / "alone")
    assert build(alone, BuildOptions(jobs=1, lock_wait=0)).ok
    expected = stored(tmp_path / "alone/.briefgen-cache/memo")
    assert len(expected) >= 2, "the site must have stories"
    shared = site(tmp_path / "shared")
    assert build(shared, BuildOptions(jobs=2, lock_wait=0)).ok
    assert stored(tmp_path / "shared/.briefgen-cache/memo") == expected
    cold = tree_bytes(tmp_path / "shared/output")
    assert cold == tree_bytes(tmp_path / "alone/output")
    (tmp_path / "shared/templates").mkdir()
    (tmp_path / "shared/templates/unused.html").write_text("<p>not used</p>\n", encoding="utf-8")
    assert build(shared, BuildOptions(jobs=2, lock_wait=0)).ok
    assert tree_bytes(tmp_path / "shared/output") == cold
    assert stored(tmp_path / "shared/.briefgen-cache/memo") == expected
