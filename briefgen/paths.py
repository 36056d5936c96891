"""Real paths that never raise: `os.path.realpath`, for every path briefgen resolves.

On Python 3.11 `Path.resolve()` raises RuntimeError ("Symlink loop from …") for a symlink that
leads back to itself (`ln -s a b; ln -s b a`): such a link as `output/`, `.briefgen-cache/`,
`content/`, `--config` or a plugin file ended every command with "unexpected error". `real_path`
gives what `resolve()` gives everywhere else, and for a loop the path up to the link that loops,
which then fails as a missing file or folder would, with the check that names it.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path


def real_path(path: Path | str) -> Path:
    """`path` absolute, with every symlink that leads somewhere followed and `..` removed (as
    `Path.resolve()`, non-strict); a link that loops is left as it is. Never raises."""
    return Path(os.path.realpath(path))


def loops(path: Path | str) -> bool:
    """Whether `path` is, or passes through, a symlink that never ends (ELOOP)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def project_root(config_path: Path) -> Path:
    """The project folder of the config file `config_path`: the folder it is in, absolute, its folders' links
    followed but not the file's own — a `config.yaml` linked to another folder's moved the whole project there (an
    empty site built in that folder, exit 0, the project's own output/ left stale: a hostile trial, 2026-12-04)."""
    return real_path(Path(os.path.abspath(config_path)).parent)

