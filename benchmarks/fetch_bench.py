"""Time `briefgen fetch` on local feeds: N feeds × M entries, cold and idempotent.

Writes a temporary site whose config.yaml lists N local feed files (RSS 2.0 with
content:encoded, Atom and RSS 1.0 in turn) of M realistic entries each: titles with
punctuation and entities, 4–8 HTML paragraphs with links, lists and quotes, authors,
categories, and dates in several time zones. Then runs `python -m briefgen fetch`
(this checkout on PYTHONPATH, start-up included):

- cold: no content/ before each run, so every entry is imported;
- again: nothing changed since the previous run: every feed file hashes as before, so
  nothing is parsed (the per-feed state in .briefgen-cache/feeds/).

Prints the median and min–max of each. Standard library only; deterministic (--seed).

`--http` measures polite incremental fetching instead (issue 11): N feeds served with
ETags by a loopback HTTP server in this process; a cold run, then a run with nothing
changed (target ≤ 0.5 s, every feed must answer 304), then a run with one feed changed
(one new entry). Repeated --runs times, each on a fresh site.

Between cold runs the previous content/ is moved aside, not deleted: on this VM's ext4
(mounted with `discard`) creating files right after deleting thousands costs ~0.5 ms of
kernel time per file (measured: 2,500 files 1.2–2.6 s vs 0.07 s), which is the file
system recycling space, not the import. `--delete` deletes instead, to show that cost.

    python benchmarks/fetch_bench.py                     # 50 × 50, 5 runs each
    python benchmarks/fetch_bench.py --feeds 200 --entries 100 --runs 3 --keep /tmp/fb
    python benchmarks/fetch_bench.py --http --feeds 100 --entries 20  # incremental, over HTTP
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import http.server
import os
import threading
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_env import cpu_model, load_average  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 3.0  # issue 4: 50 local feeds × 50 entries
TARGET_UNCHANGED_SECONDS = 0.5  # issue 11: 100 feeds over HTTP, nothing changed

OUTLETS = ["Kyiv Ledger", "Baltic Wire", "The Geneva Courier", "Danube Report", "Atlantic Desk",
           "Steppe Monitor", "Vistula Post", "Caspian Review", "Nordic Dispatch", "Black Sea Observer"]
SUBJECTS = ["Envoys", "Foreign ministers", "NATO allies", "EU leaders", "Beijing's special envoy",
            "The G7", "Turkish mediators", "Washington", "Kyiv's negotiators", "Moscow"]
VERBS = ["weigh", "reject", "float", "discuss", "signal support for", "question", "revive", "stall on"]
OBJECTS = ["a ceasefire framework", "new sanctions on oil & gas", "air-defence deliveries",
           "a grain-corridor deal", "security guarantees", "a prisoner exchange", "frozen-asset plans",
           "talks in Istanbul", "the \"peace formula\"", "long-range missiles"]
PLACES = ["Geneva", "Brussels", "Ankara", "Warsaw", "Vilnius", "Beijing", "Washington", "Kyiv"]
WORDS = ("officials said the proposal would require verification mechanisms before any pause in "
         "fighting diplomats cautioned that positions remain far apart while allies pledged further "
         "support the ministry declined to comment on reports analysts noted that previous rounds had "
         "collapsed over sequencing and guarantees according to two people familiar with the talks").split()
ZONES = [dt.timezone.utc, dt.timezone(dt.timedelta(hours=3)), dt.timezone(dt.timedelta(hours=-5)),
         dt.timezone(dt.timedelta(hours=2))]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 24))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def body(rng: random.Random) -> str:
    parts = []
    for index in range(rng.randint(4, 8)):
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        if index == 1:
            text += (f' <a href="https://news.example/{rng.randint(1, 10**6)}">Read the statement</a> '
                     f"&amp; <em>{rng.choice(PLACES)}</em>\u2019s reaction.")
        parts.append(f"<p>{text}</p>")
        if index == 2:
            parts.append("<ul>" + "".join(f"<li>{sentence(rng)}</li>" for _ in range(3)) + "</ul>")
        if index == 3:
            parts.append(f"<blockquote><p>\u201c{sentence(rng)}\u201d</p></blockquote>")
    return "\n".join(parts)


def entries(rng: random.Random, feed: int, count: int, start: dt.datetime) -> list[dict]:
    made = []
    for index in range(count):
        when = (start - dt.timedelta(hours=7 * index + rng.randint(0, 6))).astimezone(rng.choice(ZONES))
        title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {rng.choice(PLACES)}"
        made.append({
            "title": title, "link": f"https://outlet{feed}.example/{when:%Y/%m/%d}/story-{index}",
            "guid": f"urn:outlet{feed}:story:{index}", "when": when, "body": body(rng),
            "author": f"{rng.choice(['Olena', 'Mark', 'Ines', 'Tomasz', 'Aiko'])} "
                      f"{rng.choice(['Kovalenko', 'Brandt', 'Silva', 'Nowak', 'Sato'])}",
            "tags": rng.sample(["diplomacy", "sanctions", "NATO", "China", "energy", "aid"], 2),
        })
    return made


def rss2(name: str, items: list[dict]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{escape(name)}</title><link>https://{name.lower().replace(' ', '')}.example/</link>",
           "<description>Latest news</description>"]
    for e in items:
        out.append(f"<item><title>{escape(e['title'])}</title><link>{e['link']}</link>"
                   f'<guid isPermaLink="false">{e["guid"]}</guid>'
                   f"<pubDate>{e['when'].strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
                   f"<dc:creator>{e['author']}</dc:creator>"
                   + "".join(f"<category>{t}</category>" for t in e["tags"])
                   + f"<description>{escape(e['body'][:200])}</description>"
                   f"<content:encoded><![CDATA[{e['body']}]]></content:encoded></item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def atom(name: str, items: list[dict]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{escape(name)}</title><id>urn:{name.lower().replace(' ', '-')}</id>",
           f"<updated>{items[0]['when'].isoformat()}</updated>"]
    for e in items:
        out.append(f"<entry><title>{escape(e['title'])}</title><id>{e['guid']}</id>"
                   f'<link rel="alternate" href="{e["link"]}"/>'
                   f"<published>{e['when'].isoformat()}</published><updated>{e['when'].isoformat()}</updated>"
                   f"<author><name>{e['author']}</name></author>"
                   + "".join(f'<category term="{t}"/>' for t in e["tags"])
                   + f'<content type="html">{escape(e["body"])}</content></entry>')
    out.append("</feed>")
    return "\n".join(out)


def rss1(name: str, items: list[dict]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="https://{name.lower().replace(" ", "")}.example/"><title>{escape(name)}</title>'
           "<link>https://example.org/</link><description>News</description><items><rdf:Seq>"
           + "".join(f'<rdf:li rdf:resource="{e["link"]}"/>' for e in items) + "</rdf:Seq></items></channel>"]
    for e in items:
        out.append(f'<item rdf:about="{e["link"]}"><title>{escape(e["title"])}</title><link>{e["link"]}</link>'
                   f"<dc:date>{e['when'].isoformat()}</dc:date><dc:creator>{e['author']}</dc:creator>"
                   f"<description>{escape(e['body'])}</description></item>")
    out.append("</rdf:RDF>")
    return "\n".join(out)


def make_site(root: Path, feeds: int, per_feed: int, seed: int) -> None:
    rng = random.Random(seed)
    (root / "feeds").mkdir(parents=True)
    start = dt.datetime(2023, 6, 30, 18, 0, tzinfo=dt.timezone.utc)
    config = ["title: Fetch benchmark", "base_url: https://example.org/briefing/", "topics:",
              "  - id: ceasefire-talks", "    title: Ceasefire talks", "    keywords: [ceasefire, talks]",
              "feeds:"]
    writers = (rss2, atom, rss1)
    for number in range(feeds):
        name = f"{OUTLETS[number % len(OUTLETS)]} {number // len(OUTLETS) + 1}"
        writer = writers[number % len(writers)]
        path = f"feeds/{number:03d}-{writer.__name__}.xml"
        (root / path).write_text(writer(name, entries(rng, number, per_feed, start)), encoding="utf-8")
        config.append(f"  - url: {path}")
    (root / "config.yaml").write_text("\n".join(config) + "\n", encoding="utf-8")


def run_fetch(root: Path, env: dict[str, str], cpu: list[tuple[float, float]]
              ) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall time of one `briefgen fetch`; its (user, system) CPU time is appended to `cpu`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefgen", "fetch"], cwd=root, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime))
    return elapsed, done


def summary(label: str, times: list[float], cpu: list[tuple[float, float]]) -> str:
    user = statistics.median(u for u, _ in cpu)
    system = statistics.median(s for _, s in cpu)
    return (f"{label:<28} median {statistics.median(times):5.2f} s   min–max {min(times):.2f}–{max(times):.2f} s"
            f"   CPU user {user:.2f} s + system {system:.2f} s   ({len(times)} runs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--entries", type=int, default=50, help="entries per feed")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="make the site in DIR (must not exist) and keep it")
    parser.add_argument("--delete", action="store_true",
                        help="delete content/ between cold runs (default: move it aside, deleted at the end)")
    parser.add_argument("--http", action="store_true",
                        help="serve the feeds over a loopback HTTP server with ETags: cold, unchanged, one changed")
    args = parser.parse_args(argv)
    if args.http:
        return http_main(args)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH")))))
    temp = None if args.keep else tempfile.mkdtemp(prefix="briefgen-fetch-bench-")
    root = args.keep or Path(temp) / "site"
    try:
        make_site(root, args.feeds, args.entries, args.seed)
        total = args.feeds * args.entries
        print(f"{args.feeds} local feeds × {args.entries} entries in {root}")
        print(f"cpus {len(os.sched_getaffinity(0))} ({cpu_model()}), Python {sys.version.split()[0]}, "
              f"load {load_average()}")
        cold, again = [], []
        cold_cpu: list[tuple[float, float]] = []
        again_cpu: list[tuple[float, float]] = []
        aside = root.parent / f".{root.name}-previous-runs"
        for run in range(args.runs):
            if args.delete:
                shutil.rmtree(root / "content", ignore_errors=True)
            elif (root / "content").exists():
                aside.mkdir(exist_ok=True)
                (root / "content").rename(aside / str(run))
            shutil.rmtree(root / ".briefgen-cache", ignore_errors=True)  # cold: no feed state either
            seconds, done = run_fetch(root, env, cold_cpu)
            written = len(list((root / "content" / "articles").glob("*.md")))
            if done.returncode or written != total:
                print(f"cold fetch failed (exit {done.returncode}, {written}/{total} files):\n"
                      f"{done.stdout[-1500:]}{done.stderr[-1500:]}", file=sys.stderr)
                return 1
            cold.append(seconds)
            seconds, done = run_fetch(root, env, again_cpu)
            if done.returncode or "Imported 0 new" not in done.stdout:
                print(f"second fetch was not idempotent (exit {done.returncode}):\n{done.stdout[-1500:]}"
                      f"{done.stderr[-1500:]}", file=sys.stderr)
                return 1
            again.append(seconds)
        print(summary(f"cold ({total} new)", cold, cold_cpu))
        print(summary(f"again ({total} already there)", again, again_cpu))
        verdict = "meets" if statistics.median(cold) <= TARGET_SECONDS else "MISSES"
        print(f"cold median {verdict} the {TARGET_SECONDS:.0f} s target (issue 4: 50 feeds × 50 entries); "
              f"load after: {load_average()}")
        return 0
    finally:
        shutil.rmtree(root.parent / f".{root.name}-previous-runs", ignore_errors=True)
        if temp:
            shutil.rmtree(temp, ignore_errors=True)


class FeedHost:
    """The feeds of a site served on 127.0.0.1 with strong ETags; a matching If-None-Match gets a 304."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.statuses: list[int] = []
        host = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                path = host.root / "feeds" / self.path.lstrip("/")
                body = path.read_bytes() if path.is_file() else b""
                etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
                status = 404 if not body else 304 if self.headers.get("If-None-Match") == etag else 200
                host.statuses.append(status)
                self.send_response(status)
                self.send_header("ETag", etag)
                self.send_header("Content-Type", "application/xml")
                payload = body if status == 200 else b""
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def http_main(args: argparse.Namespace) -> int:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH")))),
               no_proxy="127.0.0.1", NO_PROXY="127.0.0.1")
    print(f"{args.feeds} feeds × {args.entries} entries over HTTP (loopback, ETags)")
    print(f"cpus {len(os.sched_getaffinity(0))} ({cpu_model()}), Python {sys.version.split()[0]}, "
          f"load {load_average()}")
    times: dict[str, list[float]] = {"cold": [], "unchanged": [], "one changed": []}
    cpu: dict[str, list[tuple[float, float]]] = {k: [] for k in times}
    for run in range(args.runs):
        temp = Path(tempfile.mkdtemp(prefix="briefgen-fetch-http-"))
        root = temp / "site"
        try:
            make_site(root, args.feeds, args.entries, args.seed + run)
            host = FeedHost(root)
            try:
                config = (root / "config.yaml").read_text(encoding="utf-8")
                (root / "config.yaml").write_text(config.replace("  - url: feeds/", f"  - url: {host.url}/"),
                                                  encoding="utf-8")
                for label in times:
                    if label == "one changed":
                        first = sorted((root / "feeds").glob("*rss2.xml"))[0]
                        text = first.read_text(encoding="utf-8")
                        extra = ("<item><title>Breaking: envoys agree on a framework</title>"
                                 "<link>https://breaking.example/1</link><guid>urn:breaking:1</guid>"
                                 "<description>&lt;p&gt;Agreed.&lt;/p&gt;</description></item>")
                        first.write_text(text.replace("</description>", "</description>" + extra, 1),
                                         encoding="utf-8")
                    host.statuses.clear()
                    seconds, done = run_fetch(root, env, cpu[label])
                    if done.returncode:
                        print(f"{label} fetch failed:\n{done.stdout[-1500:]}{done.stderr[-1500:]}", file=sys.stderr)
                        return 1
                    if label == "unchanged" and set(host.statuses) != {304}:
                        print(f"unchanged run: not every feed answered 304: {sorted(set(host.statuses))}",
                              file=sys.stderr)
                        return 1
                    if label == "one changed" and ("Imported 1 new article " not in done.stdout
                                                   or host.statuses.count(200) != 1):
                        print(f"one-changed run imported something else:\n{done.stdout[-800:]}", file=sys.stderr)
                        return 1
                    times[label].append(seconds)
            finally:
                host.close()
        finally:
            shutil.rmtree(temp, ignore_errors=True)
    for label, values in times.items():
        print(summary(label, values, cpu[label]))
    verdict = "meets" if statistics.median(times["unchanged"]) <= TARGET_UNCHANGED_SECONDS else "MISSES"
    print(f"unchanged median {verdict} the {TARGET_UNCHANGED_SECONDS} s target (issue 11: every feed a 304); "
          f"load after: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
