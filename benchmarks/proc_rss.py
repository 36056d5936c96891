"""Peak resident memory of a process tree, sampled from /proc in a thread.

Takes a pid; gives the largest sum of VmRSS over that process and all its
descendants seen at any sample. Summing the tree matters because a build may
fan out to worker processes, whose memory `ru_maxrss` of the parent would
not show. Sampling every ~20 ms can miss short spikes; it is meant for
comparing builds, not for exact accounting.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

PROC = Path("/proc")


def rss_bytes(pid: int) -> int:
    """VmRSS of one process; 0 once it has exited (or is a zombie with no memory)."""
    try:
        with open(PROC / str(pid) / "status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def children_from_task_files(pid: int) -> list[int]:
    """Children via /proc/<pid>/task/*/children (needs CONFIG_PROC_CHILDREN)."""
    children: list[int] = []
    try:
        for task in os.listdir(PROC / str(pid) / "task"):
            children += [int(c) for c in (PROC / str(pid) / "task" / task / "children").read_text().split()]
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return children


def parent_map(min_pid: int) -> dict[int, list[int]]:
    """ppid -> children from /proc/*/stat (works on any kernel), for pids >= min_pid.

    Descendants are created after the root, so they have higher pids unless
    the pid counter wrapped around in between (rare: pid_max is 4 million on
    64-bit Linux). Skipping older processes makes a sample ~10x cheaper on a
    busy machine, which matters when the sampler shares the CPUs being timed.
    """
    tree: dict[int, list[int]] = {}
    for entry in os.listdir(PROC):
        if not entry.isdigit() or int(entry) < min_pid:
            continue
        try:
            stat = (PROC / entry / "stat").read_text()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        # The command name may contain spaces and ')', so parse after the last ')'.
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def has_children_files() -> bool:
    return (PROC / "self" / "task" / str(os.getpid()) / "children").exists()


def tree_rss(root: int, use_task_files: bool) -> int:
    """Sum of VmRSS over `root` and its descendants at this moment."""
    tree = None if use_task_files else parent_map(root)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss_bytes(pid)
        stack += children_from_task_files(pid) if tree is None else tree.get(pid, [])
    return total


class PeakRssSampler:
    """Context manager: samples the tree of `pid` until exit; `.peak` is the maximum."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._use_task_files = has_children_files()
        self._thread = threading.Thread(target=self._run, name=f"rss-{pid}", daemon=True)

    def _run(self) -> None:
        while True:
            self.peak = max(self.peak, tree_rss(self.pid, self._use_task_files))
            if self._stop.wait(self.interval):
                return

    def __enter__(self) -> PeakRssSampler:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()
