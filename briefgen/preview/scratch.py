"""The preview's scratch folder: where `serve` builds the site, in RAM when there is room.

Each `serve` makes a folder `briefgen-serve-XXXXXXXX` in /dev/shm (or the temp folder) for its
site, with an `owner.lock` in it that it holds locked (`flock`) while it runs, and removes the
folder when it stops. A serve ended by `kill -9`, the kernel's out-of-memory killer or a crash
cannot remove it: a trial's four killed previews of a 1,000-article site left 160 MB of RAM in
/dev/shm until the next reboot, and every further one added its site. So each serve, as it starts,
removes the folders of its kind whose lock no process holds any more (the kernel releases a lock
with its process). A folder without `owner.lock` (an older briefgen's) is never touched: nothing
says that no preview is serving it.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no locks, no sweep
    fcntl = None  # type: ignore[assignment]

SHM_MIN_FREE = 1 << 30  # a 10,000-article site is ~200 MB; Docker's 64 MB /dev/shm is skipped
PREFIX = "briefgen-serve-"
LOCK = "owner.lock"


def scratch_dir() -> str | None:
    """Where to put the preview's site: RAM (/dev/shm) when there is room, else the temp dir (None).

    Every build swaps in a whole new tree (one directory per pretty URL), so
    a rebuild costs thousands of mkdir/rmdir calls: microseconds each on
    tmpfs, up to a millisecond each on a busy disk, which alone can exceed
    the reload budget. An explicit $TMPDIR is the user's choice and wins.
    """
    if os.environ.get("TMPDIR"):
        return None
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free >= SHM_MIN_FREE:
            return str(shm)
    except OSError:
        pass
    return None


def make_scratch() -> tuple[Path, int]:
    """A new scratch folder (after sweeping abandoned ones beside it) and the descriptor of its
    held lock (-1 where there are no locks); give both to `remove_scratch` when done. Raises
    OSError when the folder cannot be made."""
    where = scratch_dir()
    sweep(Path(where or tempfile.gettempdir()))
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=where))
    if fcntl is None:
        return folder, -1
    try:  # locked under another name first: a sweep never sees an owner.lock nobody holds yet
        temp = folder / f".{LOCK}.new"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.rename(temp, folder / LOCK)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, fd


def remove_scratch(folder: Path, fd: int) -> None:
    """Remove the scratch `folder`, then let go of its lock `fd`. Never raises."""
    shutil.rmtree(folder, ignore_errors=True)
    if fd >= 0:
        try:
            os.close(fd)
        except OSError:
            pass


def sweep(parent: Path) -> None:
    """Remove the scratch folders in `parent` that no running serve holds: those whose `owner.lock`
    this process can lock. Another user's (mode 0700) cannot be opened and stays. Never raises."""
    if fcntl is None:
        return
    try:
        entries = [e for e in os.scandir(parent) if e.name.startswith(PREFIX) and e.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for entry in entries:
        try:
            fd = os.open(os.path.join(entry.path, LOCK), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue  # no lock file (an older briefgen's, or not ours to read): left alone
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:
            pass  # held: a serve is running there
        finally:
            os.close(fd)
