"""Peak memory of a command's process tree, counted two ways: RSS added up, and PSS added up.

    python benchmarks/peak_memory.py [--interval S] -- python -m briefgen build --quiet

`run.py` reports the largest sum of VmRSS over the tree. Forked workers share their
parent's pages until one of them writes a page, and every process that maps a shared
page counts it in its RSS, so that sum counts shared pages once per process. PSS
(proportional set size, `/proc/<pid>/smaps_rollup`, Linux ≥ 4.14) divides each shared
page among the processes that map it, so the PSS of a tree added up is the physical
memory the tree uses. Reading smaps_rollup walks a process's page tables (milliseconds
for a process of several GB), hence a coarser default interval than run.py's, and a
separate script: timings are never taken with it. Standard library only.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time

from proc_rss import PROC, children_from_task_files, has_children_files, parent_map


def rss_pss_kib(pid: int) -> tuple[int, int]:
    """(Rss, Pss) of one process in KiB; (0, 0) once it has exited."""
    rss = pss = 0
    try:
        with open(PROC / str(pid) / "smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return rss, pss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between samples (default 0.2)")
    parser.add_argument("--timeline", type=argparse.FileType("w"), metavar="FILE",
                        help="also write every sample as a line: seconds, then PSS in MiB of the tree, "
                             "of the first process and of each other process (to see which phase peaks)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command after --")
    task_files = has_children_files()
    started = time.perf_counter()
    process = subprocess.Popen(command)
    peak_rss = peak_pss = peak_parent = 0
    while process.poll() is None:
        tree = None if task_files else parent_map(process.pid)
        stack, rss, pss, each = [process.pid], 0, 0, []
        while stack:
            pid = stack.pop()
            one_rss, one_pss = rss_pss_kib(pid)
            each.append(one_pss)
            if pid == process.pid:
                peak_parent = max(peak_parent, one_rss)
            rss, pss = rss + one_rss, pss + one_pss
            stack += children_from_task_files(pid) if tree is None else tree.get(pid, [])
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        if args.timeline:
            print(f"{time.perf_counter() - started:.1f}", *(f"{k / 1024:.0f}" for k in [pss, *each]),
                  file=args.timeline, flush=True)
        time.sleep(args.interval)
    elapsed = time.perf_counter() - started
    mib = 1024
    print(f"exit {process.returncode} after {elapsed:.1f} s; peak memory of the tree: "
          f"PSS added up {peak_pss / mib:,.0f} MiB, RSS added up {peak_rss / mib:,.0f} MiB; "
          f"the first process alone {peak_parent / mib:,.0f} MiB RSS", file=sys.stderr)
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
