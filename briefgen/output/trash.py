"""Removing the trees a build no longer needs: the spare tree when it cannot be trusted, and what interrupted builds
left beside the output.

A removal must not stop at a folder the editor made read-only in `output/` (`chmod a-w`): a build swaps the live
tree into the spare, so such a folder later lies in a tree briefgen removes, and a hostile trial (2026-12-04) found
`spare.trash-*` folders that neither the build nor `rm -rf .briefgen-cache` (as the editor, not root) could remove.
Folders are made writable by their owner (u+rwx) where a removal is refused; what still cannot be removed (an
immutable file, another user's folder) is left, and the next build tries again.
"""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path
from typing import Any, Callable

# The detached removal: `rm -rf`, and where it is refused, the same after giving every folder its owner's rights.
_RM = 'rm -rf -- "$1" 2>/dev/null || { chmod -R u+rwx -- "$1" 2>/dev/null; rm -rf -- "$1" 2>/dev/null; }'


def unique() -> str:
    """32 random hex digits for a temporary name beside the output (as uuid4().hex, without
    importing uuid, which imports platform: ~3 ms of every build's start)."""
    return os.urandom(16).hex()


def _writable_then(function: Callable[..., Any], path: str, error: Any) -> None:
    """shutil.rmtree's `onerror`: make the refusing folder (the path's parent, or the path when it is a folder)
    writable by its owner and try once more; give up quietly (the next build tries again).

    `function` is whichever call failed (os.unlink, os.rmdir, os.open, os.scandir, os.lstat, os.close …): only
    the one-path removals are called again; a folder that could not be opened or listed is removed by another
    pass over it. A path that no longer exists is what was wanted: the detached `rm` of an earlier build removes
    the same trash while `sweep` does (a fresh-clone CI run, 2026-12-04, found the retry calling os.open(path)
    without its flags there: a TypeError that failed the build).
    """
    if isinstance(error, tuple) and len(error) > 1 and isinstance(error[1], FileNotFoundError):
        return
    try:
        for folder in {os.path.dirname(path), path}:
            if os.path.isdir(folder) and not os.path.islink(folder):
                os.chmod(folder, stat.S_IMODE(os.lstat(folder).st_mode) | stat.S_IRWXU)
        if function in (os.unlink, os.remove):
            function(path)
        elif os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)  # (also an os.rmdir refused: what is in it goes first)
    except OSError:
        pass


def force_rmtree(tree: Path | str) -> None:
    """Remove `tree`, read-only folders in it included; never raises (what cannot be removed stays, also what
    another process removes at the same time is no error)."""
    shutil.rmtree(tree, onerror=_writable_then)


def remove_tree(tree: Path) -> None:
    """Delete a tree; a large one is renamed aside and deleted by a detached `rm` so the build goes on.

    Removing 10,000 page folders takes about a second. A leftover of an interrupted
    removal is a hidden `*.trash-*` folder, removed by the next build (`sweep`). A symbolic link
    in the tree's place (a damaged cache; also one that leads nowhere, which made every build
    fail with "File exists") is removed itself, never what it leads to. Raises OSError when the tree can be
    neither renamed nor removed (permissions of its parent): the caller reports it.
    """
    if os.path.islink(tree):
        os.unlink(tree)
        return
    if not tree.exists():
        return
    trash = tree.parent / f"{tree.name}.trash-{unique()}"
    try:
        tree.rename(trash)
    except OSError:
        shutil.rmtree(tree)  # raises what stops the removal (permissions): the caller reports it
        return
    if shutil.which("rm") and shutil.which("sh"):
        import subprocess  # (here: 4 ms of imports, for the builds that remove a tree)

        subprocess.Popen(["sh", "-c", _RM, "sh", str(trash)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    else:
        force_rmtree(trash)


def sweep(output: Path, spare: Path, state_dir: Path | None) -> None:
    """Remove what interrupted builds left beside the output (`spare`: its spare tree's place) and in its state
    folder: trash and half-swapped trees, temporary files. Two globs when there is nothing to remove."""
    for leftover in spare.parent.glob(f"{spare.name}.trash-*"):
        force_rmtree(leftover)
    for leftover in spare.parent.glob(f"{spare.name}.old-*"):
        force_rmtree(leftover)
    for pattern in (f".{output.name}.briefgen-new", f".{output.name}.briefgen-old-*"):  # older briefgen versions
        for leftover in output.parent.glob(pattern):
            force_rmtree(leftover)
    if state_dir is not None and state_dir.is_dir():
        for temp in state_dir.glob(".tmp-*"):
            temp.unlink(missing_ok=True)
