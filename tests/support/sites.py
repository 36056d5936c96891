"""Tiny site projects written from dicts, and the CLI run as a user runs it.

Tests describe a site as {relative path: text} so that the whole input of a
test is visible in the test itself. The CLI runs in a child process
(`python -m briefgen`) because exit codes, stdout/stderr and the working
directory are part of the contract in SPEC.md, and only a real process shows them
(forked from one that has imported briefgen already: support/prestarted.py).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from support import prestarted
from support.loopback import serve_in_thread

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI_TIMEOUT_SECONDS = 120

MINIMAL_SITE: Mapping[str, str] = {
    "config.yaml": """\
title: Test Briefing
base_url: https://example.org/briefing/
topics:
  - id: ceasefire-talks
    title: Ceasefire talks
    description: Negotiations on a ceasefire between Russia and Ukraine
    keywords: [ceasefire, truce, armistice, peace talks]
""",
    "content/articles/first-report.md": """\
---
title: Envoys meet in Geneva to discuss a ceasefire
source: Example Times
published: 2023-05-10T09:00:00+03:00
url: https://news.example.com/2023/05/10/geneva-ceasefire
---
Diplomats from several countries met in Geneva on Tuesday to discuss the
terms of a possible ceasefire, officials said.
""",
    "content/notes/why-it-matters.md": """\
---
title: Why the Geneva meeting matters
date: 2023-05-11
kind: why-it-matters
topics: [ceasefire-talks]
articles: [first-report]
---
It is the first meeting at this level since the talks stalled last year.
""",
}


def config_with_base_url(folder: Path, base_url: str) -> Path:
    """`folder`/config.yaml: MINIMAL_SITE's config with `base_url` written as a double-quoted YAML
    string (backslashes and quotes escaped), so that any text reaches the loader as written."""
    path = folder / "config.yaml"
    path.write_text(MINIMAL_SITE["config.yaml"].replace("https://example.org/briefing/", base_url.replace(
        "\\", "\\\\").replace('"', '\\"').join('""')), encoding="utf-8")
    return path


def write_site(root: Path, files: Mapping[str, str]) -> Path:
    """Write files (relative POSIX path -> text, UTF-8) under root; return root."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")  # keep CRLF tests byte-exact
    return root


def _environment() -> dict[str, str]:
    """A copy of os.environ. Copying iterates it, and pytest sets and deletes PYTEST_CURRENT_TEST in its own
    thread meanwhile: a test running the CLI from threads (test_cli's `runs`) failed once with KeyError."""
    for _ in range(10):
        try:
            return dict(os.environ)
        except KeyError:
            continue
    return dict(os.environ)


def run_cli(
    args: Sequence[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = CLI_TIMEOUT_SECONDS,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m briefgen ARGS` in cwd and capture its text output: in a child forked from a
    process that has imported briefgen already where that is the same (support/prestarted.py).

    env entries are added to (not substituted for) the current environment.
    The checkout goes first on PYTHONPATH so the code under test is the one
    in this repository even without `pip install -e`. No stdin: a command
    that prompts must not hang the suite.
    """
    child_env = _environment()
    child_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), child_env.get("PYTHONPATH", "")) if p
    )
    child_env.update(env or {})
    forked = prestarted.run(args, cwd, child_env, timeout, REPO_ROOT)
    if forked is not None:
        return forked
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        cwd=cwd,
        env=child_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def published(output: Path, work: Path, prefix: str = "briefing") -> Iterator[str]:
    """`output` served over HTTP under /<prefix>/ (as a site published at a sub-path is), from a
    folder made in `work`; yields the site's URL, ending in a slash."""
    mount = work / "www"
    mount.mkdir()
    (mount / prefix).symlink_to(output)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_QuietHandler, directory=str(mount)))
    thread = serve_in_thread(server)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{prefix}/"
    finally:
        server.shutdown()
        thread.join()


def story_credit(output: Path, story: str) -> str:
    """The credit line of the built story page `stories/<story>/` under `output` ("First reported by …"), as text:
    tags and the bidi isolates around names taken out."""
    page = (output / "stories" / story / "index.html").read_text(encoding="utf-8")
    credit = re.search(r'<p class="coverage__credit">(.*?)</p>', page, re.S)
    assert credit is not None, f"stories/{story}/ has no credit line"
    return re.sub(r"<[^>]+>|\u2068|\u2069", "", credit.group(1))


def remove_cache(root: Path) -> None:
    """Remove `root`'s .briefgen-cache/ as `rm -rf` would. A build leaves a detached `rm -rf` of an old spare tree
    (output/trash.py) running after it returns, and `shutil.rmtree` fails on an entry that process removes under it
    (FileNotFoundError: `spare.trash-…`, a fresh-clone CI run, 2026-12-06); an entry already gone is what is wanted.
    Any other error is raised."""
    def gone_is_fine(function: object, path: str, error: tuple) -> None:
        if not isinstance(error[1], FileNotFoundError):
            raise error[1]
    shutil.rmtree(root / ".briefgen-cache", onerror=gone_is_fine)


@contextlib.contextmanager
def built_and_published(work: Path, files: Mapping[str, str]) -> Iterator[str]:
    """Write `files` as a site under `work`, build it (asserting exit 0) and serve its output under a sub-path
    (`published`): yields the site's URL."""
    site = write_site(work / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    with published(site / "output", work) as url:
        yield url


def search_results(page, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Titles of a search page's results once the search for `query` (what the box holds) has answered
    (playwright `page` on the site's search/ page)."""
    page.wait_for_function("""(q) => {
        const status = document.querySelector('#search-status').textContent;
        return document.querySelector('#search-query').value === q && /result/.test(status)
            && status.includes(q.trim()) && !document.querySelector('#search-results').hasAttribute('aria-busy');
    }""", arg=query)
    return [t.strip() for t in page.locator("#search-results h2 a").all_inner_texts()]
