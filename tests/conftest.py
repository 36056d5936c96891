"""Fixtures shared by all tests; the helpers behind them live in tests/support/."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from support.browsers import PAGE_TIMEOUT_MS, browser_scope, page_in_new_context, without_threads
from support.collecting import collecting
from support.drawbudget import apply_budget
from support.examples import examples
from support.htmlcheck import require_chromium, shared_checker, start_checker_early, use_shared_checker
from support.sites import MINIMAL_SITE, write_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

# Our machines have no network but the package registries: without the
# background-networking flags Chromium keeps trying (and failing) to reach
# Google's hosts. --no-sandbox because tests run as root on CI.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Properties that name no count draw Hypothesis's default 100, scaled as every count is (support/examples.py);
# none has a deadline: a draw slowed by a loaded machine failed one (timing is the benchmarks' business).
settings.register_profile("briefgen", max_examples=examples(100), deadline=None)
settings.load_profile("briefgen")


# Modules whose tests take longest in all: every module of 12 s or more in a `--junitxml` run of the suite (2026-12-05
# evening, 2 workers, loaded: the 10,000-article search site's build ~100 s, then 12-116 s a module), longest first.
# tools/test.sh hands modules to the two workers in the order below (`--no-loadscope-reorder`): these first, then the
# rest by their number of tests as pytest-xdist's own order has it. Handed out last, as that order did (few tests each),
# a long module with few tests (test_stop_twice: 4 tests, 38 s; test_tabs, test_browser_search_stopwords, …) ran alone
# at the end while the other worker had finished; a worker takes its next module while two of its tests are left.
HEAVY_MODULES = (
    "tests/test_browser_search_scale.py",  # first: one fixture of ~100 s (its build), the longest piece of work
    "tests/test_build.py",
    "tests/test_browser_search.py",
    "tests/output/test_faults.py",
    "tests/preview/test_startup.py",
    "tests/test_long_listings.py",
    "tests/test_browser_search_plurals.py",
    "tests/preview/test_stop_twice.py",
    "tests/stories/test_story_eval.py",
    "tests/stories/test_build_groups_as_evaluated.py",
    "tests/render/test_theme_cache.py",
    "tests/preview/test_tabs.py",
    "tests/preview/test_provisional_attacks.py",
    "tests/speed/test_regexcache.py",
    "tests/preview/test_browser_panels.py",
    "tests/preview/test_provisional.py",
    "tests/test_browser_search_stopwords.py",
    "tests/load/test_folders_that_cannot_be_read.py",
    "tests/analyse/test_fast_paths.py",
    "tests/test_scaffold_faults.py",
    "tests/importer/test_import_flood_successors.py",
    "tests/load/test_markdown_limits.py",
    "tests/stories/test_story_properties.py",
    "tests/render/test_theme_cache_rendering.py",
    "tests/importer/test_import_concurrency.py",
    "tests/importer/test_import_identity_modes.py",
    "tests/site/test_story_redirects.py",
    "tests/speed/test_story_archive.py",
    "tests/test_browser_long_words.py",
    "tests/speed/test_edit_sequences.py",
    "tests/importer/test_import_http.py",
    "tests/preview/test_saving.py",
    "tests/test_browser_a11y.py",
    "tests/output/test_spare_links.py",
    "tests/load/test_heldsignals.py",
    "tests/speed/test_publish_child.py",
    "tests/importer/test_import_killed_runs.py",
    "tests/importer/test_import_host_turns.py",
    "tests/preview/test_renamed.py",
    "tests/preview/test_preview.py",
    "tests/render/test_template_reading.py",
    "tests/analyse/test_story_fast_paths.py",
    "tests/test_browser_body_blocks.py",
    "tests/test_support.py",
    "tests/preview/test_browser_reload.py",
    "tests/preview/test_provisional_addresses.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Order the modules as HEAVY_MODULES says, then by their number of tests (most first); a module's own tests
    keep their order: the order in which pytest-xdist hands out modules. Then the properties' time budget."""
    module = {id(item): item.nodeid.split("::", 1)[0] for item in items}
    counts: dict[str, int] = {}
    for item in items:
        counts[module[id(item)]] = counts.get(module[id(item)], 0) + 1
    rank = {name: n for n, name in enumerate(HEAVY_MODULES)}
    items.sort(key=lambda item: (rank.get(module[id(item)], len(rank)), -counts[module[id(item)]], module[id(item)]))
    # Properties whose draws are costly draw fewer under the default scale: a time budget each (support/drawbudget.py).
    apply_budget(items)


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> object:
    """Pytest keeps the test modules it has rewritten (for its assertion messages) beside them, as bytecode, unless
    PYTHONDONTWRITEBYTECODE is set, as it is on this project's machines: then each worker rewrote all ~690 modules at
    every run (~16 s of its ~28 s of collection, 2026-12-05). Kept for collection only, where pytest alone writes
    bytecode (of test modules and their helpers, under git-ignored __pycache__/): the tests themselves, their
    builds and the interpreters they start run with the setting as it was. Meanwhile briefgen's kept patterns and
    methods are read and the garbage collector is off; then the heap is frozen (support/collecting.py)."""
    kept = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        with collecting():
            return (yield)
    finally:
        sys.dont_write_bytecode = kept


def pytest_configure(config: pytest.Config) -> None:
    """In pytest-xdist's workers, the Nu Html Checker's service the controller started for all of them is used
    (`pytest_configure_node`; support/htmlcheck.py), while the first tests run; a worker given none starts its own
    the same way. A run without workers starts it at its first validation."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        port = getattr(config, "workerinput", {}).get(VNU_PORT)
        if port:
            use_shared_checker(int(port))
        else:
            start_checker_early()


VNU_PORT = "briefgen_vnu_port"


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: object) -> None:
    """pytest-xdist's controller, for each worker it starts: the port of the one checker service it starts for all of
    them (started at the first worker, without waiting: its JVM answers ~5-10 s later)."""
    port = shared_checker()
    if port is not None:
        node.workerinput[VNU_PORT] = port  # type: ignore[attr-defined]


@pytest.fixture
def site_factory(tmp_path: Path) -> Callable[..., Path]:
    """make(files=MINIMAL_SITE) writes a site into a new folder of tmp_path, returns it."""
    made: list[Path] = []

    def make(files: Mapping[str, str] = MINIMAL_SITE) -> Path:
        root = tmp_path / f"site{len(made) or ''}"
        made.append(root)
        return write_site(root, files)

    return make


@pytest.fixture(scope=browser_scope)
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium per test process (support/browsers.py), shared by its browser modules.

    Starting Playwright's driver and Chromium, then stopping both, cost ~2.5-3.5 s a module in ~33 modules.
    While Playwright runs, Python 3.11's asyncio waited for its driver on a thread, and a build refuses to fork
    workers beside another thread (speed.parallel.can_fork): every in-process build after the first browser
    test ran its serial path, and tests of forked workers failed depending on which modules a process had run
    before them (tests/output/test_machine_ends_build.py, tests/test_browser_shared.py check this). So asyncio
    waits without a thread here (pidfd, as 3.12 does) and Playwright's file reads run in the calling thread
    (support/browsers.py); where pidfd is missing, the browser is one per module again (`browser_scope`)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    manager = sync_playwright()
    with manager as playwright:
        without_threads(manager)
        launched = playwright.chromium.launch(
            executable_path=str(executable), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page in a fresh browser context, so no test sees another's cookies or storage."""
    yield from page_in_new_context(browser, PAGE_TIMEOUT_MS)


@pytest.fixture(scope="module")
def search_page(browser: Browser) -> Iterator[Page]:
    """One page (and browser context) for all tests of a module that only load a search address of its built site
    and read the results: each test's `page.goto` starts a new document, and search.js keeps nothing in cookies or
    storage (only the HTTP cache holds its files, which the tests do not count). A new context and page a test
    cost ~1.3 of its ~3 s under load (2026-12-07; docs/log/performance.md). Tests that count the bytes a query
    downloads, or watch a live reload, keep `page`."""
    yield from page_in_new_context(browser, PAGE_TIMEOUT_MS)
