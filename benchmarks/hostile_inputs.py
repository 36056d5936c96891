"""Time hostile content files per MB: the worst shapes we know for YAML, Markdown and raw HTML.

    python benchmarks/hostile_inputs.py                      # every shape at 0.25 and 1 MB
    python benchmarks/hostile_inputs.py --sizes 0.1 1 4 --only brackets quote-lines
    python benchmarks/hostile_inputs.py --list

Each shape is a whole content file (front matter + body) run through `parse_file`, the
expensive per-file step of a build (YAML, limits, Markdown, raw-HTML defusing, nh3,
HTML5 repair, quotes). The table shows seconds, seconds per MB, the peak resident memory of the
process (a fresh fork per measurement) and how the file ended: `ok`, or the first diagnostic (a limit that
refused it). A shape that is refused still counts: the time is what refusing costs.
Linear shapes show a flat s/MB across sizes; a quadratic one doubles with each doubling.
The results are in docs/log/performance.md ("Hostile input").
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefgen.load.documents import parse_file  # noqa: E402
from briefgen.load.markup import MarkdownRenderer  # noqa: E402

FRONT = "---\ntitle: Hostile\nsource: Test\npublished: 2023-05-08\n---\n"
PROSE = ("Diplomats from several countries met in Geneva on Tuesday to discuss the terms of a "
         "possible *ceasefire*, officials said, according to [Reuters](https://example.org/r).\n\n")


def repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def laughs(size: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\ntitle: *a8\nsource: S\npublished: 2023-05-08\n---\nBody.\n"


def deep_list(depth: int) -> str:
    return "".join(" " * (4 * i) + "- x\n" for i in range(depth)) + "\n"


SHAPES: dict[str, Callable[[int], str]] = {
    # baseline: ordinary prose with emphasis and links; the benchmark corpus's kind of article
    "prose": lambda n: FRONT + repeat(PROSE, n),
    "list-items": lambda n: FRONT + repeat("- an item of a long flat list\n", n),
    # front matter
    "front-matter-lines": lambda n: ("---\ntitle: T\nsource: S\npublished: 2023-05-08\ntags:\n"
                                     + repeat("  - a tag of some length\n", n) + "---\nB.\n"),
    "alias-bomb": laughs,
    "yaml-deep-flow": lambda n: "---\ntitle: " + "[" * (n // 2) + "]" * (n // 2) + "\n---\nB\n",
    # nesting (the limit is 32 levels; one above is refused, so these stay at 32)
    "nested-list-line": lambda n: FRONT + repeat("- " * 32 + "x\n\n", n),
    "nested-quote-line": lambda n: FRONT + repeat("> " * 32 + "x\n\n", n),
    "quote-lines": lambda n: FRONT + repeat("".join(">" * i + " x\n" for i in range(1, 33)) + "\n", n),
    "indented-list": lambda n: FRONT + repeat(deep_list(32), n),
    "nested-5000": lambda n: FRONT + "- " * 5000 + "x\n",
    # inline patterns
    "brackets": lambda n: FRONT + "[" * n,
    "brackets-paragraphs": lambda n: FRONT + repeat("[" * 2000 + "\n\n", n),
    "link-openers": lambda n: FRONT + repeat("[x](", n),
    "link-parens": lambda n: FRONT + "[x](" + "(" * n + ")",
    "stars": lambda n: FRONT + repeat("**a", n),
    "underscores": lambda n: FRONT + repeat("_a", n),
    "backticks": lambda n: FRONT + repeat("`a", n),
    "escapes": lambda n: FRONT + repeat("\\*", n),
    "entities": lambda n: FRONT + repeat("&amp;", n),
    # raw HTML
    "lt": lambda n: FRONT + "<" * n,
    "open-tags-no-gt": lambda n: FRONT + repeat("<a ", n),
    "open-quotes": lambda n: FRONT + repeat("<a b='", n),
    "b-tags": lambda n: FRONT + repeat("<b>", n),
    "end-tags": lambda n: FRONT + repeat("x</b>", n),
    "divs-5000": lambda n: FRONT + "<div>" * 5000 + "x" + "</div>" * 5000 + "\n\n" + repeat(PROSE, n),
    "divs-deep": lambda n: FRONT + "<div>" * (n // 11) + "x" + "</div>" * (n // 11),  # one nest, n characters
    "unclosed-script": lambda n: FRONT + "The memo says the <script> tag was removed.\n\n" + repeat(PROSE, n),
    "scripts": lambda n: FRONT + repeat("a <script>x y</script> b\n\n", n),
    "broken-tables": lambda n: FRONT + repeat("<table><tr><td colspan=9 rowspan=9>a<tr><td>b</table>\n\n", n),
    # block structure
    "headings-one-block": lambda n: FRONT + repeat("# x\n", n),
    "setext-one-block": lambda n: FRONT + repeat("x\n=\n", n),
    "rules-one-block": lambda n: FRONT + repeat("***\n", n),
    "refs-and-text": lambda n: FRONT + repeat("[a]: /u\nx\n", n),
    "footnotes": lambda n: FRONT + "".join(f"x[^{i}] " for i in range(n // 20)) + "\n\n"
                           + "".join(f"[^{i}]: n\n\n" for i in range(n // 20)),
    "table-rows": lambda n: FRONT + "|a|b|\n|-|-|\n" + repeat("|x|y|\n", n),
    "table-wide": lambda n: FRONT + "|" + repeat("a|", n // 2) + "\n|" + repeat("-|", n // 2) + "\n",
}


def measure(text: str, limit: float) -> tuple[float, float, str]:
    """(seconds, peak resident MB of the process, outcome), in a forked child that is killed at `limit`."""
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # the child: time parse_file alone (no tracing overhead), report, exit
        os.close(reader)
        raw = text.encode("utf-8")
        renderer = MarkdownRenderer()
        started = time.perf_counter()
        try:
            parsed = parse_file(raw, "content/articles/x.md", "x", renderer)
            outcome = next((p[1] for p in parsed.problems if len(p) == 2), "ok")
        except BaseException as exc:  # noqa: BLE001 - reported, this is the measurement
            outcome = f"{type(exc).__name__}: {exc}"[:90]
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        os.write(writer, json.dumps([seconds, peak, outcome]).encode())
        os._exit(0)
    os.close(writer)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        done, status = os.waitpid(child, os.WNOHANG)
        if done:
            data = os.read(reader, 1 << 16)
            os.close(reader)
            if not data:
                return limit, 0.0, f"crashed (status {status})"
            seconds, peak, outcome = json.loads(data)
            return seconds, peak, outcome
        time.sleep(0.01)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    os.close(reader)
    return limit, 0.0, f"stopped after {limit:.0f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 1.0], help="body sizes in MB")
    parser.add_argument("--only", nargs="+", help="shapes to run (default: all)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds after which a shape is stopped")
    parser.add_argument("--list", action="store_true", help="list the shapes and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(SHAPES))
        return 0
    names = args.only or list(SHAPES)
    print(f"| shape | {' | '.join(f'{s:g} MB: s (s/MB)' for s in args.sizes)} | peak RSS MB | outcome |")
    print(f"|---|{'---|' * len(args.sizes)}---|---|")
    for name in names:
        cells, peak, outcome = [], 0, ""
        for size in args.sizes:
            text = SHAPES[name](int(size * 1_000_000))
            seconds, used, outcome = measure(text, args.limit)
            megabytes = len(text.encode("utf-8")) / 1e6
            cells.append(f"{seconds:.2f} ({seconds / megabytes:.2f})")
            peak = max(peak, used)
        print(f"| {name} | {' | '.join(cells)} | {peak:.0f} | {outcome[:90]} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
