"""Small real disks for fault tests, mounted for one test (root only): a tmpfs of a given size, an ext4 that keeps whole seconds."""
from __future__ import annotations

import gc
import os
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


@contextmanager
def tmpfs(mount: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of `size` ("64k", "2M") on the existing folder `mount`, unmounted on the way out.
    Skips the test where mounting needs rights this process lacks."""
    if os.geteuid() != 0:
        pytest.skip(f"mounting a {size} tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a {size} tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield mount
    finally:
        unmount(mount)


def unmount(mount: Path) -> None:
    """Unmount `mount`; while something still has a file open there (a file object of a failed save that
    a reference cycle keeps, a detached `rm`), after a garbage collection and a moment, and at last lazily
    (detached now, freed when the last user lets go): a mount left behind made pytest's cleanup fail."""
    for attempt in range(5):
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode == 0:
            return
        gc.collect()
        time.sleep(0.1 * attempt)
    subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)


@contextmanager
def whole_seconds_disk(mount: Path) -> Iterator[Path]:
    """A small ext4 that keeps whole seconds (128-byte inodes), loop-mounted on `mount` (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a loop device needs root")
    image = mount.with_suffix(".img")
    with open(image, "wb") as handle:
        handle.truncate(16 << 20)
    made = subprocess.run(["mkfs.ext4", "-q", "-F", "-I", "128", str(image)], capture_output=True, text=True)
    mounted = made.returncode == 0 and subprocess.run(["mount", "-o", "loop", str(image), str(mount)],
                                                      capture_output=True).returncode == 0
    if not mounted:
        pytest.skip(f"cannot make and mount an ext4 with 128-byte inodes here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        unmount(mount)
