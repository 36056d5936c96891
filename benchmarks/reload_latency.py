"""Edit-to-reload latency of `briefgen serve` on the synthetic benchmark corpus.

    python benchmarks/reload_latency.py --articles 1000 [--edits 10] [--browser]
                                        [--edit append|lead|title] [--keep DIR] [--json FILE]

Starts `briefgen serve --port 0` as a child process (as an editor runs it) on
a corpus from make_corpus.py, then for each edit, with the article's page
"open" (its reload channel connected, as a tab would be):

1. appends a sentence to one article (a different file each time; `--edit lead`
   inserts it at the top of the body, `--edit title` puts the marker in the title),
2. waits for the server's reload event,
3. fetches the article page and checks the new sentence is in it.

Latency is the time from the write (1) to the end of (3): what a reload
costs after a save, debounce and rebuild included. With --browser the same
is measured in headless Chromium instead (Playwright): from the write until
the page shows the sentence, with no action from the script.

Issue 3's targets: a one-article edit visible within 300 ms at 1,000
articles and within 1.5 s at 10,000.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from make_corpus import make_corpus

REPO_ROOT = Path(__file__).resolve().parent.parent
EDIT_STRIDE = 7919  # a prime: successive edits land far apart in the sorted file list
TIMEOUT = 120.0
TARGETS = {1000: 0.3, 10000: 1.5}  # seconds, from issue 3


@dataclass(frozen=True, slots=True)
class Result:
    articles: int
    mode: str  # "http" or "browser"
    startup_s: float  # launch until the URL is printed (initial build included)
    shutdown_s: float  # SIGTERM until the process has exited (memo saved, temp site removed)
    latencies_s: tuple[float, ...]
    edit: str = "append"  # what each edit changes (EDITS)
    first_response_s: float = 0.0  # launch until the address answers at all (the waiting page, 503)

    @property
    def median(self) -> float:
        return statistics.median(self.latencies_s)

    @property
    def worst(self) -> float:
        return max(self.latencies_s)


def _answered(url: str) -> float:
    """`time.perf_counter()` when `url` first answered (any status), polled every 5 ms."""
    parts = urlsplit(url)
    while True:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT)
        try:
            conn.request("GET", parts.path)
            conn.getresponse().read()
            return time.perf_counter()
        except OSError:
            time.sleep(0.005)
        finally:
            conn.close()


class Server:
    """`briefgen serve` in a child process; its output is drained on a thread."""

    def __init__(self, project: Path) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefgen", "serve", "--port", "0"], cwd=project, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.first_response = 0.0
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            waiting = re.search(r"meanwhile (http://\S+) shows", line)
            if waiting:  # the first build runs; the address answers with a waiting page (preview/startup.py)
                self.first_response = _answered(waiting.group(1)) - started
            if line.startswith("Serving on "):
                self.url = line.split()[2]
                break
        else:
            raise SystemExit("briefgen serve exited before serving:\n" + "".join(self.lines))
        self.startup = time.perf_counter() - started
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def stop(self) -> float:
        started = time.perf_counter()
        self.process.terminate()  # SIGTERM: serve stops as on Ctrl-C
        if self.process.wait(TIMEOUT) != 0:
            raise RuntimeError("briefgen serve did not exit cleanly:\n" + "".join(self.lines[-20:]))
        return time.perf_counter() - started


def fetch(url: str) -> str:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT)
    try:
        conn.request("GET", parts.path)
        response = conn.getresponse()
        body = response.read().decode("utf-8")
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
        return body
    finally:
        conn.close()


def open_reload_channel(url: str, page: str, page_url: str) -> socket.socket:
    """Connect to the reload channel as the page's script would (naming the page it shows)."""
    token = page.split("token=", 1)[1].split('"', 1)[0]
    parts = urlsplit(url)
    shown = quote(urlsplit(page_url).path, safe="")
    sock = socket.create_connection((parts.hostname, parts.port), timeout=TIMEOUT)
    sock.sendall(f"GET /__briefgen__/events?token={token}&page={shown} HTTP/1.0\r\n\r\n".encode())
    return sock


def wait_reload(sock: socket.socket) -> None:
    data = b""
    while b"event: reload" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            raise RuntimeError(f"reload channel closed: {data!r}")
        data += chunk
    sock.close()


def article_to_edit(project: Path, run: int) -> Path:
    articles = sorted((project / "content" / "articles").glob("*.md"))
    return articles[(run * EDIT_STRIDE + 29) % len(articles)]


EDITS = ("append", "lead", "title")


def edit(path: Path, marker: str, kind: str) -> None:
    """`append`: a sentence at the end of the body (a correction, an update); `lead`: at the top of
    the body (changes what story grouping reads); `title`: the title changed (the site model
    changes: `serve` cannot show it from the last plan, docs/serve.md)."""
    if kind == "append":
        with path.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(f"\n{marker}: officials in Kyiv said more details would follow.\n")
        return
    head, rule, body = path.read_text(encoding="utf-8").partition("\n---\n")
    if kind == "lead":
        text = f"{head}{rule}\n{marker}: officials in Kyiv said more details would follow.\n{body}"
    else:
        text = head.replace("\ntitle: ", f"\ntitle: {marker} ", 1) + rule + body
    path.write_text(text, encoding="utf-8")


def measure_http(server: Server, project: Path, edits: int, kind: str) -> list[float]:
    latencies = []
    for run in range(edits):
        path = article_to_edit(project, run)
        page_url = f"{server.url}articles/{path.stem}/"
        channel = open_reload_channel(server.url, fetch(page_url), page_url)
        marker = f"Latency probe {run} {time.time_ns()}"
        started = time.perf_counter()
        edit(path, marker, kind)
        wait_reload(channel)
        body = fetch(page_url)
        latencies.append(time.perf_counter() - started)
        if marker not in body:
            raise RuntimeError(f"reloaded {page_url} without the edit")
    return latencies


def measure_browser(server: Server, project: Path, edits: int, kind: str) -> list[float]:
    from playwright.sync_api import sync_playwright

    latencies = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("BRIEFGEN_CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        for run in range(edits):
            path = article_to_edit(project, run)
            page.goto(f"{server.url}articles/{path.stem}/")
            marker = f"Latency probe {run} {time.time_ns()}"
            started = time.perf_counter()
            edit(path, marker, kind)
            page.wait_for_function("m => document.body && document.body.innerText.includes(m)",
                                   arg=marker, timeout=TIMEOUT * 1000, polling="raf")
            latencies.append(time.perf_counter() - started)
        browser.close()
    return latencies


def run(articles: int, edits: int, browser: bool, keep: Path | None, kind: str = "append") -> Result:
    with tempfile.TemporaryDirectory(prefix="briefgen-latency-") as tmp:
        project = keep or Path(tmp) / "site"
        if not (project / "config.yaml").is_file():
            make_corpus(project, articles)
        server = Server(project)
        try:
            fetch(server.url)  # warm: the first page load pays for imports
            latencies = (measure_browser if browser else measure_http)(server, project, edits, kind)
        except BaseException:
            server.process.kill()
            raise
        shutdown = server.stop()
        return Result(articles, "browser" if browser else "http", server.startup, shutdown, tuple(latencies), kind,
                      server.first_response)


def report(result: Result) -> str:
    target = TARGETS.get(result.articles)
    verdict = ""
    if target is not None:
        verdict = f"  target {target * 1000:.0f} ms: {'met' if result.worst <= target else 'MISSED'} (worst case)"
    ms = ", ".join(f"{t * 1000:.0f}" for t in result.latencies_s)
    return (f"{result.articles} articles, {result.mode}, {result.edit} edits: first response "
            f"{result.first_response_s * 1000:.0f} ms, startup {result.startup_s:.2f} s, "
            f"shutdown {result.shutdown_s:.2f} s; "
            f"edit-to-reload median {result.median * 1000:.0f} ms, worst {result.worst * 1000:.0f} ms{verdict}\n"
            f"  each edit (ms): {ms}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000], help="corpus sizes (default 1000)")
    parser.add_argument("--edits", type=int, default=10, help="edits per corpus size (default 10)")
    parser.add_argument("--browser", action="store_true", help="measure in headless Chromium (Playwright)")
    parser.add_argument("--keep", type=Path, help="reuse/keep the corpus in DIR (one size only)")
    parser.add_argument("--edit", choices=EDITS, default="append",
                        help="what each edit changes: append a sentence (default), insert one at the top of "
                             "the body, or change the title")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to FILE")
    args = parser.parse_args(argv)
    if args.keep and len(args.articles) > 1:
        parser.error("--keep takes one corpus size")
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores", flush=True)
    results = []
    for n in args.articles:
        result = run(n, args.edits, args.browser, args.keep, args.edit)
        results.append(result)
        print(report(result), flush=True)
    if args.json:
        args.json.write_text(json.dumps([{**asdict(r), "median_s": r.median, "worst_s": r.worst}
                                         for r in results], indent=2) + "\n")
    missed = [r for r in results if r.articles in TARGETS and r.worst > TARGETS[r.articles]]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
