"""What to say when a command finds no config file: where the site is, when the editor stands inside it.

A new editor who ran `briefgen build` in `content/` (where they had been editing) was told only to
"run the command in a site folder". The nearest folder above the current one that holds both a
`config.yaml` and a `content/` folder — the shape `briefgen init` makes — is named, with the
`--config` path that reaches it from here; another generator's settings file where config.yaml
should be (`hugo.toml`, Jekyll's `_config.yml`, a `config.yml`) is named, with what to write instead: a
`config.yml` holding briefgen's own keys is to be renamed; a `config.yml`, `config.toml` or `config.json`
without a `content/` folder beside it is any tool's (docker-compose, CI) and not named (renaming one, as
was advised, breaks that tool). Other tools' `config.yaml` (without `content/`) are
not taken for a site. Reads the file system only; no state.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from briefgen.diagnostics import UsageError


def missing_config(path: Path, here: Path | None = None) -> str:
    """The message for a `--config` `path` that is no file, run from `here` (default: the current
    folder): "no config file at …; " and either the enclosing site and how to reach it, or the
    general advice."""
    start = (here or Path.cwd()).absolute()
    standing = _not_a_file(start / path)
    if standing:  # (a dead symlink to a share that did not mount was "no config file …; run the command in a
        # site folder", said in the site folder)
        return (f"{path} is {standing}, not a file: briefgen reads the site's settings from the file "
                f"{path.name}; make it one (or pass --config FILE)")
    site = enclosing_site(start, path.name) if not path.is_absolute() and path.parent == Path(".") else None
    other = _other_settings(start / path) if path.name == "config.yaml" else None
    if site is None and other == "config.yml" and _briefgen_settings(start / path.parent / other):
        return f"no config file at {path}; rename config.yml to config.yaml (briefgen reads only that name)"
    if other in _COMMON_NAMES and not (other == "config.yml" and _briefgen_settings(start / path.parent / other)) \
            and not (start / path.parent / "content").is_dir():
        other = None  # a CI's, docker-compose's or any tool's config.yml: renaming it would break that tool
    if site is None and other is not None:
        return (f"no config file at {path}; {other} here holds another generator's settings, which briefgen does "
                "not read: write config.yaml in YAML (`briefgen init` in an empty folder writes one to start from; "
                "README.md, \"Moving from another generator\", says which settings carry over)")
    if site is None:
        return (f"no config file at {path}; run the command in a site folder, pass --config FILE, "
                "or create a site with `briefgen init`")
    reach = Path(os.path.relpath(site / path.name, start)).as_posix()
    return f"no config file at {path}; this folder is inside the site at {site}: run the command there, or pass --config {reach}"


def _not_a_file(path: Path) -> str:
    """What stands at `path` when something does but it is no file to read ("a folder", "a symlink to X,
    which leads nowhere …"); "" when nothing does."""
    if not os.path.lexists(path):
        return ""
    try:
        mode = path.stat().st_mode
    except OSError as exc:  # (a symlink: to nothing, or round in a loop)
        if exc.errno == errno.ELOOP:
            return "a symlink that leads round in a loop"
        return f"a symlink to {os.readlink(path)}, which leads nowhere (a share that did not mount?)"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket or a device"


# Settings files of other generators (and a config.yml), looked for beside a missing config.yaml: a
# migration trial's editor left Hugo's and Jekyll's settings in place and was told only to "run the
# command in a site folder".
_OTHER_SETTINGS = ("config.yml", "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.json",
                   "_config.yml", "_config.yaml", "pelicanconf.py", "eleventy.config.js", ".eleventy.js",
                   "eleventy.config.mjs", "mkdocs.yml")


# Names any tool may use (docker-compose, CI, linters): another generator's only beside a content/ folder.
_COMMON_NAMES = ("config.yml", "config.toml", "config.json")
# Top-level keys of config.yaml that no other generator writes (`title:` is everyone's).
_OWN_KEYS = re.compile(r"^(?:base_url|topics|timezone|edition|people|stories|feeds|listings|allow_symlinks_to)\s*:",
                       re.M)


def _briefgen_settings(path: Path) -> bool:
    """Whether the file at `path` holds a top-level key only briefgen's config.yaml has (its first 64 KB)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            return bool(_OWN_KEYS.search(file.read(65536)))
    except OSError:
        return False


def _other_settings(path: Path) -> str | None:
    """The first of `_OTHER_SETTINGS` beside `path`, or None."""
    for name in _OTHER_SETTINGS:
        try:
            if (path.parent / name).is_file():
                return name
        except OSError:
            continue
    return None


def enclosing_site(start: Path, name: str = "config.yaml") -> Path | None:
    """The nearest folder above `start` (not `start` itself) holding a file `name` and a folder
    `content/`, or None. Unreadable folders are passed over."""
    for folder in start.parents:
        try:
            if (folder / name).is_file() and (folder / "content").is_dir():
                return folder
        except OSError:
            continue
    return None


def existing_config(path: Path) -> Path:
    """`path` when it is a file; raises UsageError saying what stands there or where the site is (`missing_config`)."""
    if not path.is_file():
        raise UsageError(missing_config(path))
    return path

