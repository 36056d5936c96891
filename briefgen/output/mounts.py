"""Mount points, as the kernel lists them: where a build may rename folders and where it may not.

A folder cannot be renamed across mounts (EXDEV), not even between two bind mounts of one file
system, which share their device number; and a mount point itself cannot be renamed at all
(EBUSY). The commit renames whole trees (output/commit.py), so it asks here first. Linux lists
every mount in /proc/self/mountinfo; elsewhere `os.path.ismount` and device numbers are all
there is.
"""
from __future__ import annotations

import os
from pathlib import Path

from briefgen.paths import real_path


def mount_points() -> frozenset[str] | None:
    """Every mount point of this process (real paths), or None where the list cannot be read."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as handle:
            return frozenset(_unescape(line.split(" ")[4]) for line in handle if line.count(" ") >= 4)
    except OSError:
        return None


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (`\\040`)."""
    for char in "\t\n \\":
        field = field.replace(f"\\{ord(char):03o}", char)
    return field


def is_mount_point(folder: Path) -> bool:
    """Whether the resolved path `folder` is a mount point, bind mounts included (which
    `os.path.ismount` misses: they share the file system of the folder above)."""
    points = mount_points()
    return os.path.ismount(folder) or (points is not None and str(folder) in points)


def mount_of(path: Path) -> str | None:
    """The mount point `path` lies under once resolved (the longest that holds it), or None."""
    points = mount_points()
    if points is None:
        return None
    real = real_path(path)  # (never raises: a link that loops, in a damaged cache, is left as it is)
    for folder in (real, *real.parents):
        if str(folder) in points:
            return str(folder)
    return None
