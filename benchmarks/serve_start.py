"""`briefgen serve`'s start without a cache: how soon the address answers, and with what.

    python benchmarks/serve_start.py --corpus /dev/shm/w10k [--runs 3] [--no-site | --direct SLUG]

For each run, a copy of the corpus (made by make_corpus.py) without `.briefgen-cache/` and
`output/` is served (`briefgen serve --port 0`, as an editor starts it), and the script
polls the address every 20 ms, recording seconds from launch until:

- `answer`: the address answers at all (the waiting page, 503);
- `listed`: the waiting page lists the articles changed most recently (preview/provisional.py);
- `article`: the provisional page of the most recently changed article has been fetched
  (200, marked "Provisional preview");
- `site`: the front page is the site's own (200) — the first build is done;
- `direct` (with `--direct SLUG`, instead of the above): the provisional page of `articles/SLUG/`,
  asked for from launch on, as a tab left open on it asks, has been fetched.

Issue 10's target: start-up to a first page ≤ 2 s even without a cache. Medians of the runs
are printed with their spread; corpora belong on /dev/shm (TMPDIR=/dev/shm).
"""
from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
POLL = 0.02  # seconds between requests
TIMEOUT = 1800.0  # seconds: a 100,000-article first build takes minutes


def fetch(url: str) -> tuple[int, str] | None:
    """(status, body) of a GET, or None when nothing answers yet."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", parts.path)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    except OSError:
        return None
    finally:
        conn.close()


def one_run(corpus: Path, scratch: Path, whole: bool = True, direct: str | None = None) -> dict[str, float]:
    """Seconds from launch to each milestone of the module docstring, for one cold start; without
    `whole`, serve is stopped once the provisional article was fetched (a 100,000-article build: minutes)."""
    project = scratch / "site"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(corpus, project, symlinks=True,
                    ignore=shutil.ignore_patterns(".briefgen-cache", "output"))
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "briefgen", "serve", "--port", "0", "--no-watch"],
                               cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"(http://\S+/)", line)
        assert found, line
        url = found.group(1)
        marks: dict[str, float] = {}
        article = None
        while direct is not None:
            assert time.monotonic() - started < TIMEOUT, "serve never answered with the article"
            got = fetch(f"{url}articles/{direct}/")
            if got is not None and got[0] == 200 and "Provisional preview" in got[1]:
                marks["direct"] = time.monotonic() - started
                return marks
            time.sleep(POLL)
        while "site" not in marks:
            assert time.monotonic() - started < TIMEOUT, "serve never finished its first build"
            answer = fetch(url)
            now = time.monotonic() - started
            if answer is not None:
                status, body = answer
                marks.setdefault("answer", now)
                if status == 200:
                    marks["site"] = now
                    break
                first = re.search(r'<li><a href="([^"]+)">', body)
                if first and "listed" not in marks:
                    marks["listed"], article = now, first.group(1)
            if article is not None and "article" not in marks:
                got = fetch(f"{url.split('/', 3)[0]}//{urlsplit(url).netloc}{article}")
                if got is not None and got[0] == 200 and "Provisional preview" in got[1]:
                    marks["article"] = time.monotonic() - started
                    if not whole:
                        break
            time.sleep(POLL)
        return marks
    finally:
        process.terminate()
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            subprocess.run(["py-spy", "dump", "--pid", str(process.pid)])
            subprocess.run(["pstree", "-p", str(process.pid)])
            for child in subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split():
                subprocess.run(["grep", "-i", "sig\\|state", f"/proc/{child}/status"])
                subprocess.run(["py-spy", "dump", "--pid", child])
            process.kill()
            raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a folder made by make_corpus.py")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-site", action="store_true", help="stop each run once the provisional article is fetched")
    parser.add_argument("--direct", metavar="SLUG", help="time only the provisional page of articles/SLUG/, asked for from launch")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="serve-start-") as scratch:
        for n in range(args.runs):
            marks = one_run(args.corpus.resolve(), Path(scratch), not args.no_site, args.direct)
            results.append(marks)
            print(f"run {n + 1}: " + ", ".join(f"{k} {v:.2f} s" for k, v in marks.items()), flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    for key in ("answer", "listed", "article", "site", "direct"):
        values = [r[key] for r in results if key in r]
        if values:
            print(f"{key:8} median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f}, "
                  f"{len(values)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
