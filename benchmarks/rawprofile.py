"""Summarise a py-spy profile in its raw format: own and inclusive samples by function or by line.

    py-spy record --subprocesses --rate 100 --format raw -o cold.txt -- python -m briefgen build --quiet
    python benchmarks/rawprofile.py cold.txt                      # own and inclusive, by function
    python benchmarks/rawprofile.py cold.txt --lines --only briefgen/   # own samples by line, our code only
    python benchmarks/rawprofile.py cold.txt --callees "find_people ("  # what a function's samples are spent in
    python benchmarks/rawprofile.py cold.txt --callers "getmtime ("     # who calls it

Each line of the raw format is one stack, its frames joined by ";" outermost first ("process N:…" and "thread …"
frames first), then a space and its sample count. A function is `name (file)`, its line dropped unless `--lines`.
Samples are shares of wall time sampled in each process: a process waiting for a core is sampled too, so on a
loaded machine read them as shares, not seconds.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator

_LINE = re.compile(r":\d+\)$")


def stacks(path: str, prefix: str) -> Iterator[tuple[list[str], int]]:
    """(frames outermost first, without process and thread frames and with `prefix` cut from files, count)."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not stack or not count.isdigit():
                continue
            frames = [frame.replace(prefix, "") for frame in stack.split(";")
                      if not frame.startswith(("process ", "thread "))]
            yield frames, int(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", help="py-spy's --format raw output")
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--lines", action="store_true", help="own samples by line, not by function")
    parser.add_argument("--only", default="", help="list only frames holding this text (e.g. briefgen/)")
    parser.add_argument("--callees", help="a function (its name's start): where its samples go, one level down")
    parser.add_argument("--callers", help="a function (its name's start): the frames that call it")
    parser.add_argument("--prefix", default="", help="cut this from file paths (the checkout's folder)")
    args = parser.parse_args()
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for frames, count in stacks(args.raw, args.prefix):
        total += count
        if not args.lines:
            frames = [_LINE.sub(")", frame) for frame in frames]
        if args.callees or args.callers:
            target = args.callees or args.callers
            at = next((k for k, frame in enumerate(frames) if frame.startswith(target)), None)
            if at is not None:
                near = frames[at + 1:at + 2] if args.callees else frames[at - 1:at] if at else []
                own[near[0] if near else "(itself)"] += count
                inclusive[target] += count
            continue
        if frames:
            own[frames[-1]] += count
        for frame in set(frames):
            inclusive[frame] += count
    print(f"{total} samples")
    shown = [("own", own)] if args.lines or args.callees or args.callers else [("own", own), ("inclusive", inclusive)]
    for title, counter in shown:
        print(f"--- {title}")
        listed = [(frame, n) for frame, n in counter.most_common() if args.only in frame][:args.top]
        for frame, n in listed:
            print(f"{n:8d} {100 * n / max(total, 1):5.1f}%  {frame}")


if __name__ == "__main__":
    main()
