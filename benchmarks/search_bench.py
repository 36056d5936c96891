"""Search benchmark: index size, index build cost, and bytes a query downloads in headless Chromium.

    python benchmarks/search_bench.py SITE [--pagefind PYTHON] [--queries "officials" ...] [--json FILE]

SITE is a built briefgen project (e.g. from `benchmarks/make_corpus.py DIR --articles 10000`
then `python -m briefgen build` in DIR). Measures, printing one line each:

- the index on disk: bytes and files of `output/search/` (manifest, term shards `t/`,
  prefix lists `p/`, display chunks `d/`);
- the search step of a build (`speed.searchstate.index_search`, timed inside a real
  `briefgen build` of SITE): from scratch (its state deleted, the terms still memoised,
  plus one edit so the build runs) and after one article edited;
- in headless Chromium, with the site served under /briefing/ by a plain static server
  (no compression), the bytes of every response (page, CSS, script, index files) from
  opening `search/?q=QUERY` until the first result is shown, per query; the last query
  is typed (a prefix while typing);
- with `--pagefind PYTHON` (a Python with the `pagefind[bin]` package), the same for
  Pagefind 1.x run over the built article pages (`--glob "articles/**/*.html"`):
  indexing time, bundle size and files, bytes per query through its JS API
  (`pagefind.search(q)` then the first result's `data()`).

Edits the site's first article (a sentence is appended) and leaves it edited.
"""
from __future__ import annotations

import argparse
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUERIES = ("officials", "ceasefire ankara", "quillfeather", "con")  # common, two words, a rare name (the edits plant it), typed prefix
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
TIMED_BUILD = """
import sys, time
from pathlib import Path
from briefgen import publish
from briefgen.build import BuildOptions, build
inner = publish.index_search
spent = []
def timed(*args, **kwargs):
    start = time.perf_counter()
    try:
        return inner(*args, **kwargs)
    finally:
        spent.append(time.perf_counter() - start)
publish.index_search = timed
start = time.perf_counter()
result = build(Path(sys.argv[1]) / "config.yaml", BuildOptions())
assert result.ok, [str(d) for d in result.diagnostics]
print(time.perf_counter() - start, sum(spent))
"""


def folder_size(folder: Path) -> tuple[int, int]:
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file()]
    return sum(sizes), len(sizes)


def timed_build(site: Path) -> tuple[float, float]:
    """(whole build, search step) in seconds, of one `briefgen build` of `site`."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    out = subprocess.run([sys.executable, "-c", TIMED_BUILD, str(site)], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def edit_one(site: Path, n: int) -> None:
    article = sorted((site / "content/articles").glob("*.md"))[n]
    with open(article, "a", encoding="utf-8") as out:
        out.write(f"\nAn added sentence, number {n}, about the envoy Quillfeather.\n")


class _Mounts(http.server.SimpleHTTPRequestHandler):
    """A static server of several folders by URL prefix (longest first), quiet, counting the bytes it sends.

    Counted here rather than in the page: Pagefind fetches its index from a web worker,
    whose requests the page's resource timing does not list.
    """

    mounts: dict[str, Path] = {}
    sent: list[int] = []  # body bytes of every file served, in order

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        self.sent.append(os.fstat(source.fileno()).st_size)
        super().copyfile(source, outputfile)

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        for prefix in sorted(self.mounts, key=len, reverse=True):
            if clean.startswith(prefix):
                rest = clean[len(prefix):]
                target = self.mounts[prefix] / rest
                if clean.endswith("/"):
                    target = target / "index.html"
                return str(target)
        return "/nonexistent"

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(mounts: dict[str, Path]) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = type("Handler", (_Mounts,), {"mounts": mounts, "sent": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def briefgen_queries(browser, server, origin: str, queries: list[str]) -> list[dict]:  # type: ignore[no-untyped-def]
    found = []
    sent = server.RequestHandlerClass.sent
    for n, query in enumerate(queries):
        sent.clear()
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(60_000)
        typed = n == len(queries) - 1
        start = time.perf_counter()
        if typed:
            page.goto(origin + "/briefing/search/")
            page.wait_for_function("document.querySelector('#search-status').textContent.match(/in the index/)")
            page.locator("#search-query").press_sequentially(query, delay=20)
        else:
            page.goto(origin + "/briefing/search/?q=" + query.replace(" ", "+"))
        page.locator("#search-results h2 a").first.wait_for()
        seconds = time.perf_counter() - start
        found.append({"query": query + (" (typed)" if typed else ""), "bytes": sum(sent), "requests": len(sent),
                      "seconds": round(seconds, 3),
                      "status": page.locator("#search-status").inner_text()})
        context.close()
    return found


PAGEFIND_PAGE = """<!doctype html><meta charset="utf-8"><title>pagefind</title><script type="module">
const pagefind = await import("/briefing/pagefind/pagefind.js");
const search = await pagefind.search(new URLSearchParams(location.search).get("q"));
window.found = search.results.length;
window.first = search.results.length ? await search.results[0].data() : null;
window.done = true;
</script>"""


def pagefind_queries(browser, server, origin: str, queries: list[str]) -> list[dict]:  # type: ignore[no-untyped-def]
    found = []
    sent = server.RequestHandlerClass.sent
    for query in queries:
        sent.clear()
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(120_000)
        start = time.perf_counter()
        page.goto(origin + "/bench/pagefind.html?q=" + query)
        page.wait_for_function("window.done === true")
        seconds = time.perf_counter() - start
        found.append({"query": query, "bytes": sum(sent), "requests": len(sent),
                      "seconds": round(seconds, 3), "results": page.evaluate("window.found"),
                      "first": (page.evaluate("window.first && window.first.url") or "")})
        context.close()
    return found


def run_pagefind(python: str, output: Path, bundle: Path) -> dict:
    start = time.perf_counter()
    subprocess.run([python, "-m", "pagefind", "--site", str(output), "--glob", "articles/**/*.html",
                    "--output-path", str(bundle), "--quiet"], check=True)
    seconds = time.perf_counter() - start
    size, files = folder_size(bundle)
    return {"index_seconds": round(seconds, 2), "bytes": size, "files": files}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pagefind", metavar="PYTHON", help="a Python with pagefind[bin] installed")
    parser.add_argument("--pagefind-bundle", type=Path, metavar="DIR",
                        help="use (or keep) Pagefind's bundle here; indexing is skipped when DIR exists")
    parser.add_argument("--queries", nargs="+", default=list(DEFAULT_QUERIES))
    parser.add_argument("--skip-builds", action="store_true", help="only sizes and queries")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    site = args.site.resolve()
    output = site / "output"
    report: dict = {"site": str(site), "articles": len(list((site / "content/articles").glob("*.md")))}
    if not args.skip_builds:
        for state in (site / ".briefgen-cache").glob("output-*/search.sqlite*"):
            state.unlink()
        edit_one(site, 0)
        whole, step = timed_build(site)
        report["from_scratch"] = {"build_seconds": round(whole, 2), "search_seconds": round(step, 3)}
        edit_one(site, 1)
        whole, step = timed_build(site)
        report["one_edit"] = {"build_seconds": round(whole, 2), "search_seconds": round(step, 3)}
        print(f"search step from scratch {report['from_scratch']}, after one edit {report['one_edit']}")
    parts = {name: folder_size(output / "search" / name) for name in ("t", "p", "d")}
    manifest = (output / "search/index.json").stat().st_size
    report["index"] = {"bytes": sum(s for s, _ in parts.values()) + manifest,
                       "files": sum(f for _, f in parts.values()) + 1, "manifest_bytes": manifest,
                       **{f"{name}_bytes": s for name, (s, _) in parts.items()},
                       **{f"{name}_files": f for name, (_, f) in parts.items()}}
    print("index on disk", report["index"])
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        mounts = {"/briefing/": output}
        if args.pagefind:
            bundle = args.pagefind_bundle or Path(temp) / "pagefind"
            if bundle.exists():
                size, files = folder_size(bundle)
                report["pagefind"] = {"index_seconds": None, "bytes": size, "files": files}
            else:
                report["pagefind"] = run_pagefind(args.pagefind, output, bundle)
            print("pagefind index", report["pagefind"])
            (Path(temp) / "pagefind.html").write_text(PAGEFIND_PAGE)
            mounts |= {"/briefing/pagefind/": bundle, "/bench/": Path(temp)}
        server, origin = serve(mounts)
        try:
            report["queries"] = briefgen_queries(browser, server, origin, args.queries)
            for row in report["queries"]:
                print("briefgen", row)
            if args.pagefind:
                report["pagefind"]["queries"] = pagefind_queries(browser, server, origin, args.queries)
                for row in report["pagefind"]["queries"]:
                    print("pagefind", row)
        finally:
            server.shutdown()
            browser.close()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
