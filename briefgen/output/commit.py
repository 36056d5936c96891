"""Writing the site: refuse dangerous output dirs, detect path collisions, commit atomically.

Nothing is written until a build has succeeded. A large change (or a first build) is
assembled in a hidden sibling directory — unchanged files hard-linked from the current
output, changed ones written — and swapped in by rename. A small change to an output
the previous build recorded is applied in place, each file replaced atomically, after
the marker was replaced (so an interrupted commit makes the next build start afresh).
When nothing changed, nothing is touched at all.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from briefgen.diagnostics import Diagnostic, error

MARKER = ".briefgen"  # in every output dir briefgen writes; its absence means "not ours"
BACKGROUND_DELETE_FILES = 2000  # replaced trees this large are deleted by a detached `rm`
IN_PLACE_MAX_FILES = 200  # changes up to this size (or a quarter of the site) are applied in place


def check_output_dir(output: Path, root: Path, where: str) -> list[Diagnostic]:
    """Problems with using `output` as the output directory (named as `where` in messages)."""
    out = output.resolve()
    home = Path.home().resolve()
    protected = {Path("/"): "the filesystem root", home: "your home directory",
                 root.resolve(): "the project root"}
    for name in ("content", "templates", "static", ".briefgen-cache"):
        protected[(root / name).resolve()] = f"the {name}/ folder"
    if out in protected:
        return [error(where, 0, f"refusing to write the site into {protected[out]} ({out}); "
                                "choose a dedicated folder such as output/")]
    if out in root.resolve().parents:
        return [error(where, 0, f"refusing to write the site into {out}: it contains the project; "
                                "choose a dedicated folder such as output/")]
    for folder in ("content", "templates", "static"):
        if (root / folder).resolve() in out.parents:
            return [error(where, 0, f"refusing to write the site inside {folder}/; "
                                    "choose a dedicated folder such as output/")]
    if out.exists() and not out.is_dir():
        return [error(where, 0, f"{out} exists and is not a folder")]
    if out.is_dir() and not (out / MARKER).exists() and any(out.iterdir()):
        return [error(where, 0, f"{out} is not empty and was not made by briefgen; "
                                "empty it or choose another folder — briefgen never overwrites "
                                "files it did not write")]
    return []


def check_collisions(claims: list[tuple[str, str]]) -> list[Diagnostic]:
    """(output path, origin) pairs → an error for each path claimed twice, also case-insensitively.

    Case matters because the site may be published to a case-insensitive file system.
    """
    first: dict[str, tuple[str, str]] = {}
    problems = []
    for path, origin in claims:
        key = path.casefold()
        if key in first:
            other_path, other_origin = first[key]
            same = "the same output path" if other_path == path else f"{other_path} (differs only in case)"
            problems.append(error(_path_of(origin), 1, f"{origin} and {other_origin} both write "
                                                       f"{path}: {same}; rename one of them"))
        else:
            first[key] = (path, origin)
    return problems


def _path_of(origin: str) -> str:
    """Origins look like 'content/articles/x.md' or 'source "X" (content/...)'; take the file."""
    if "(" in origin and origin.endswith(")"):
        return origin[origin.rindex("(") + 1:-1]
    return origin.split(" ")[0] if origin.startswith(("content/", "static/")) else "config.yaml"


MARKER_TEXT = "This folder is built by briefgen and replaced on every build; do not edit it.\n"


def output_token(output: Path) -> str | None:
    """Identity of the output tree as last committed: the marker file's inode and mtime.

    The marker's bytes are constant (builds stay byte-identical); its identity changes
    whenever the tree is replaced, so a manifest recorded for another tree is not trusted.
    """
    try:
        stat = (output / MARKER).stat()
    except OSError:
        return None
    return f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}"


def commit(output: Path, keep: set[str], write: dict[str, bytes | Path], remove: set[str],
           trusted: bool) -> int:
    """Make `output` hold exactly `keep` (taken from the current output) plus `write`.

    `trusted` says the current output is exactly what the previous build recorded;
    `remove` lists its files that are no longer produced. A small change to a trusted
    tree is applied in place; anything else builds a new tree beside it and swaps.
    Returns the number of files written.
    """
    if trusted and len(write) + len(remove) <= max(IN_PLACE_MAX_FILES, len(keep) // 4):
        return _commit_in_place(output, write, remove)
    staging = stage(output)
    made: set[Path] = {staging}
    try:
        for path in sorted(keep):
            target = staging / path
            _ensure_dir(target.parent, made)
            try:
                os.link(output / path, target)
            except OSError:
                shutil.copyfile(output / path, target)
        for path, data in sorted(write.items()):
            target = staging / path
            _ensure_dir(target.parent, made)
            if isinstance(data, Path):
                shutil.copyfile(data, target)
            else:
                target.write_bytes(data)
        publish(staging, output, len(keep) + len(write))
    except BaseException:
        discard(staging)
        raise
    return len(write)


def stage(output: Path) -> Path:
    """A new, empty hidden folder beside `output` to assemble the next tree in."""
    staging = output.parent / f".{output.name}.briefgen-new"
    shutil.rmtree(staging, ignore_errors=True)
    _sweep_leftovers(output)
    staging.mkdir(parents=True)
    return staging


def publish(staging: Path, output: Path, files: int) -> None:
    """Mark a complete staged tree as briefgen's and swap it in for `output`."""
    (staging / MARKER).write_text(MARKER_TEXT)
    _swap(staging, output, files)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def _commit_in_place(output: Path, write: dict[str, bytes | Path], remove: set[str]) -> int:
    """Replace each changed file atomically (write beside it, then rename).

    The marker is replaced first: if this is interrupted, the next build no longer
    trusts its record of the output and rebuilds the whole tree.
    """
    staged: list[tuple[Path, Path]] = []
    try:  # everything that can fail (reading sources, disk space) happens before any rename
        for path, data in sorted(write.items()):
            target = output / path
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = target.with_name(f".{target.name}.briefgen-tmp")
            temp.write_bytes(data.read_bytes() if isinstance(data, Path) else data)
            staged.append((temp, target))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    marker = output / MARKER
    marker_temp = output / f"{MARKER}.briefgen-tmp"
    marker_temp.write_text(MARKER_TEXT)
    os.replace(marker_temp, marker)  # a new inode: the old record of this tree is void from here
    for temp, target in staged:
        os.replace(temp, target)
    for path in sorted(remove):
        (output / path).unlink(missing_ok=True)
        _prune_empty_dirs((output / path).parent, output)
    return len(write)


def _prune_empty_dirs(folder: Path, top: Path) -> None:
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty
        folder = folder.parent


def _ensure_dir(folder: Path, made: set[Path]) -> None:
    if folder not in made:
        folder.mkdir(parents=True, exist_ok=True)
        made.add(folder)


def _swap(staging: Path, output: Path, files: int) -> None:
    if not output.exists():
        output.parent.mkdir(parents=True, exist_ok=True)
        staging.rename(output)
        return
    old = output.parent / f".{output.name}.briefgen-old-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    output.rename(old)
    staging.rename(output)
    _remove(old, background=files >= BACKGROUND_DELETE_FILES)


def _remove(tree: Path, background: bool) -> None:
    """Delete a replaced tree; a large one in a detached `rm` so the build returns at once.

    Removing 10,000 page folders takes about a second, longer than the rest of an
    incremental build. Leftovers of an interrupted removal are swept by the next commit.
    """
    if background and shutil.which("rm"):
        subprocess.Popen(["rm", "-rf", "--", str(tree)], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    else:
        shutil.rmtree(tree, ignore_errors=True)


def _sweep_leftovers(output: Path) -> None:
    for leftover in output.parent.glob(f".{output.name}.briefgen-old-*"):
        shutil.rmtree(leftover, ignore_errors=True)
