"""Guards on where and what a build writes: refuse dangerous output folders, detect path collisions.

Nothing here writes; `commit` does, after these checks passed.
"""
from __future__ import annotations

import errno
import os
import re
import unicodedata
from pathlib import Path
from typing import Iterator

from briefgen.diagnostics import Diagnostic, error, machine_advice, shown_path, warning
from briefgen.output.mounts import is_mount_point
from briefgen.paths import loops, real_path

MARKER = ".briefgen"  # in every output folder briefgen writes; its absence means "not ours"
# A name Windows keeps for a device, alone or before an extension (CON, con.txt, AUX, NUL, COM1, LPT9;
# with ¹²³ too): no file or folder there can have it. Matched on a `folded` (lower-case) path; its
# first part is a fixed folder, or a file or folder of static/ at the root (`_DEVICE_AT_ROOT`, anchored),
# so the search starts at a "/" (a third of the time of a `(?:^|/)` pattern): ~0.14 s of CPU more
# for 600,000 paths (100,000 articles).
_DEVICES = r"(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?:\.[^/]*)?(?:/|$)"
_DEVICE = re.compile("/" + _DEVICES)
_DEVICE_AT_ROOT = re.compile(_DEVICES)


def device_name(name: str) -> bool:
    """Whether a file or folder name is one Windows keeps for a device (`_DEVICES`: "con", "nul.md", "COM1")."""
    return _DEVICE_AT_ROOT.fullmatch(name.lower() + "/") is not None


def output_folder(root: Path, given: Path | None) -> Path:
    """Where the site is written: `given` (--output), else <root>/output; absolute, links followed
    (`real_path`: one that loops, or a link that leads nowhere, is left for `check_output_dir` to name)."""
    place = given or root / "output"
    if os.path.islink(place) and not os.path.exists(place):
        return Path(os.path.abspath(place))
    return real_path(place)


def check_output_dir(output: Path, root: Path, where: str) -> list[Diagnostic]:
    """Problems with using `output` as the output directory (named as `where` in messages). A folder
    that cannot be looked into (no search permission: `chmod 644 output`) is one of them, not an
    exception ("unexpected error: PermissionError")."""
    try:
        return _output_dir_problems(output, root, where)
    except OSError as exc:
        return [error(where, 0, f"cannot look into {shown_path(output, root)}/ to check it is briefgen's "
                                f"({machine_advice(exc)})")]


def _output_dir_problems(output: Path, root: Path, where: str) -> list[Diagnostic]:
    out = real_path(output)
    home = real_path(Path.home())
    protected = {Path("/"): "the filesystem root", home: "your home directory",
                 real_path(root): "the project root"}
    for name in ("content", "templates", "static", ".briefgen-cache"):
        protected[real_path(root / name)] = f"the {name}/ folder"
    if out in protected:
        return [error(where, 0, f"refusing to write the site into {protected[out]} ({out}); "
                                "choose a dedicated folder such as output/")]
    if out in real_path(root).parents:
        return [error(where, 0, f"refusing to write the site into {out}: it contains the project; "
                                "choose a dedicated folder such as output/")]
    cache = real_path(root) / ".briefgen-cache"  # (`--output .briefgen-cache/x` was built into; the cache's pruning
    if cache in out.parents or (not os.path.islink(cache) and real_path(cache) in out.parents):  # may delete it)
        return [error(where, 0, "refusing to write the site inside .briefgen-cache/; choose a dedicated folder such "
                                "as output/")]
    for folder in ("content", "templates", "static"):
        if real_path(root / folder) in out.parents:
            return [error(where, 0, f"refusing to write the site inside {folder}/; "
                                    "choose a dedicated folder such as output/")]
    if os.path.islink(output) and not os.path.exists(output):  # (as for content/: a share that did not mount)
        target = os.readlink(output)
        return [error(where, 0, f"{shown_path(output, root)} is a symbolic link to {target}, which leads nowhere (a "
                                f"share that did not mount?); mount it, or make that folder (mkdir -p {target}) if the "
                                "site belongs there — briefgen does not make it, as it would then publish the site "
                                "on the disk under an unmounted share")]
    other = _other_project(out, real_path(root))
    if other is not None:  # (`--output ../other/content/x`: a hostile trial wrote into another project's content/)
        return [error(where, 0, f"refusing to write the site into {out}: it is inside {other[1]}/ of the project "
                                f"{other[0]}; choose a dedicated folder such as output/")]
    inside = next((folder for folder in out.parents if (folder / MARKER).is_file()), None)
    if inside is not None:
        # Its builds swap the whole folder: the site written in it vanished from it on one build and came
        # back on the next (from the spare tree), and meanwhile it was published as part of that site.
        return [error(where, 0, f"refusing to write the site into {out}: it is inside {inside}, a site briefgen "
                                "builds and replaces whole on every build; choose a folder outside it")]
    if loops(out):  # (`out` then ends at the link that loops)
        return [error(where, 0, f"{out} is, or goes through, a symbolic link that leads round in a loop; "
                                "remove that link, or make it lead to a folder")]
    if out.exists() and not out.is_dir():
        return [error(where, 0, f"{out} exists and is not a folder")]
    if out.is_dir() and is_mount_point(out):
        # A build is published by swapping the whole folder (output/commit.py); the kernel refuses
        # to rename a mount point (EBUSY), which said "Device or resource busy" on every build.
        return [error(where, 0, mount_point_advice(out))]
    if out.is_dir() and not (out / MARKER).exists() and any(out.iterdir()):
        return [error(where, 0, f"{out} is not empty and was not made by briefgen; "
                                "empty it or choose another folder — briefgen never overwrites "
                                "files it did not write")]
    return []


def _other_project(out: Path, root: Path) -> tuple[Path, str] | None:
    """(project folder, its input folder) when `out` (real) is one of another briefgen project's input folders or
    inside one: a folder above holding a config.yaml and a content/ folder (the shape `briefgen init` makes)."""
    for folder in out.parents:
        if folder != root and (folder / "config.yaml").is_file() and (folder / "content").is_dir():
            for name in ("content", "templates", "static", ".briefgen-cache"):
                if out == folder / name or folder / name in out.parents:
                    return folder, name
            return None
    return None


def mount_point_advice(folder: Path) -> str:
    """Why a build cannot be published into the mount point `folder`, and what to do."""
    return (f"{folder} is a mount point, and briefgen publishes a build by replacing the whole folder in one "
            "step (readers never see half a site), which a mount point does not allow; build into a folder "
            f"inside it (--output {folder / 'site'}) or mount the folder above it")


def check_collisions(claims: list[tuple[str, str]]) -> list[Diagnostic]:
    """(output path, origin) pairs → an error for each path claimed twice, also case-insensitively
    and whatever the Unicode normal form of its letters (`folded`).

    Case matters because the site may be published to a case-insensitive file system, and the
    form because macOS's (APFS, HFS+) treat "café" composed and decomposed as one name: two static
    files so named were both published here, and one replaced the other there.
    A path ending in "/" claims a whole folder (files whose names depend on the content,
    like the search index's): any other path in it is an error.
    """
    first: dict[str, tuple[str, str]] = {}
    folders = {folded(path): (path, origin) for path, origin in claims if path.endswith("/")}
    inside = tuple(folders)
    problems = []
    for path, origin in claims:
        key = folded(path)
        if inside and not path.endswith("/") and key.startswith(inside):
            folder, owner = next(folders[f] for f in inside if key.startswith(f))
            problems.append(error(*_at(origin), f"{origin} writes {path}, inside {folder}, which belongs "
                                                       f"to {owner}; rename it"))
        elif key in first:
            other_path, other_origin = first[key]
            same = "the same output path" if other_path == path else f"{other_path} ({_difference(other_path, path)})"
            problems.append(error(*_at(origin), f"{origin} and {other_origin} both write "
                                                       f"{path}: {same}; {_fix_for(origin, other_origin)}"))
        else:
            first[key] = (path, origin)
        if _DEVICE.search(key) or _DEVICE_AT_ROOT.match(key):
            problems.append(_device_name(path, origin))
    return problems + _files_in_the_way(claims)


def give_way(claims: list[tuple[str, str]], redirects: list[str]) -> set[str]:
    """The output paths of `redirects` (files left at former addresses, such as a story's
    "stories/<old id>/index.html") that `claims` (every other (output path, origin)) are in the way
    of, as `check_collisions` compares paths: the same path, a file at one of its folders, a
    folder claimed whole around it, or another path inside it. A redirect never overwrites
    anything: it is left out. Only claims under a redirect's first folder are read: 0.14 s of CPU
    for 600,000 claims and 30,000 redirects (a 100,000-article site's scale; median of 5, synthetic
    paths), nothing when there are no redirects."""
    if not redirects:
        return set()
    heads = {folded(path.partition("/")[0]) for path in redirects}
    near = [folded(path) for path, _ in claims if folded(path.partition("/")[0]) in heads]
    files = {key for key in near if not key.endswith("/")}
    folders = tuple(key for key in near if key.endswith("/"))
    needed = {folder for key in near for folder in _folders_of(key)}  # the folders the claims need
    taken = set()
    for path in redirects:
        key = folded(path)
        if key in files or key in needed or key.startswith(folders) or any(f in files for f in _folders_of(key)):
            taken.add(path)
    return taken


def _folders_of(path: str) -> Iterator[str]:
    """The folders `path` is in, outermost first ("a/b/c" → "a", "a/b")."""
    cut = path.find("/")
    while cut > 0:
        yield path[:cut]
        cut = path.find("/", cut + 1)


def _device_name(path: str, origin: str) -> Diagnostic:
    """The warning for an output path with a part Windows keeps for a device (`_DEVICE`). A warning:
    the site is right where it is built and served, but it cannot be built on Windows, nor copied
    or checked out there (peers: Hugo issue 12640, a tag "nul"; blade-build 547, a file aux.md)."""
    part = next(p for p in path.split("/") if _DEVICE_AT_ROOT.fullmatch(folded(p) + "/"))
    return warning(*_at(origin), f"{origin} writes {path}, whose part \"{part}\" is a name Windows keeps "
                                        "for a device: the site cannot be built, copied or checked out on Windows; "
                                        "rename it if the site may ever be")


def _files_in_the_way(claims: list[tuple[str, str]]) -> list[Diagnostic]:
    """An error for each file claimed where another claim needs a folder (`static/articles/x`, a file,
    and the page `articles/x/index.html`; `static/feed.xml/a` and the digest `feed.xml`), also in
    another case. A file system holds a file or a folder at one path, never both: the build failed
    at its last step with ".briefgen-cache/…/spare/articles/x: cannot write the site (Is a directory)".
    Reported at the editor's own file (a `static/` one) where there is one."""
    files: dict[str, tuple[str, str]] = {}  # case-folded path → the first claim of a file there
    for path, origin in claims:
        if not path.endswith("/"):
            files.setdefault(folded(path), (path, origin))
    problems, reported = [], set()
    for path, origin in claims:
        parts = path.rstrip("/").split("/")
        for depth in range(1, len(parts) + path.endswith("/")):  # (a folder claimed whole needs its own path)
            blocking = files.get(folded("/".join(parts[:depth])))
            if blocking is None or folded(blocking[0]) in reported:
                continue
            reported.add(folded(blocking[0]))
            file, owner = blocking
            at = owner if owner.startswith("static/") or not origin.startswith("static/") else origin
            problems.append(error(*_at(at), f"{owner} writes the file {file}, where {origin} needs a folder "
                                                   f"(for {path}); a file and a folder cannot share a path: rename "
                                                   "one of them"))
    return problems


def folded(path: str) -> str:
    """`path` as a case-insensitive, normalisation-insensitive file system compares names: case
    folded, letters decomposed (NFD, as HFS+ stores them; casefold may compose some again). An ASCII
    path is its case fold (half the time: ~600,000 calls per build at 100,000 articles)."""
    if path.isascii():
        return path.casefold()
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", path).casefold())


def _difference(one: str, other: str) -> str:
    """How two paths with one `folded` form differ, for the collision error."""
    if one.casefold() == other.casefold():
        return "differs only in case"
    form = "the Unicode form of its accented letters, composed or decomposed"
    same_form = unicodedata.normalize("NFC", one) == unicodedata.normalize("NFC", other)
    return f"differs only in {form}" if same_form else f"differs only in case and in {form}"


def _fix_for(origin: str, other: str) -> str:
    """What to do about two claims of one path: rename one; for two outlets' names that make one page address, one
    name for both, and where their articles are imported, the feed's `source:` too (an imported article's `source:`
    line can be edited, but the feed's next entries come under its own name again: BR12, 2026-12-06, "BBC News" and
    "BBC — News" stopped every build)."""
    if origin.startswith('source "') and other.startswith('source "'):
        return ("write one name for both on their `source:` lines; for articles `briefgen fetch` imports, also set "
                "that name as the feed's `source:` in config.yaml, or the next fetch writes the feed's own again")
    return "rename one of them"


def _at(origin: str) -> tuple[str, int]:
    """Origins look like 'content/articles/x.md' or 'source "X" (content/articles/x.md:3)'; the file and the line
    (1 when the origin names none: a trial's two spellings of one source were at line 1, not their `source:` lines)."""
    if "(" in origin and origin.endswith(")"):
        path, _, line = origin[origin.rindex("(") + 1:-1].rpartition(":")
        return (path, int(line)) if path and line.isdigit() else (origin[origin.rindex("(") + 1:-1], 1)
    return (origin.split(" ")[0] if origin.startswith(("content/", "static/")) else "config.yaml"), 1


def cannot_write(exc: OSError, output: Path, root: Path, cache: Path | None = None) -> Diagnostic:
    """One clear line for a failure of the machine (disk full, permissions, size limit) while writing,
    at the folder that refused a permission (`denied_folder`), else at the file the call named. For a
    full disk that also holds `cache` (the build's cache folder), its size and that it may go: a trial
    put a whole project on a small disk, where the cache took the room the site needed and nothing said so."""
    if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOMEM):  # the process's or the machine's limit, not the
        # named file's: under `ulimit -n 6` a build said "content/articles/first-report.md: cannot write the site"
        # (it was reading it) or named briefgen/publish.py (importing it) (BR12, 2026-12-06)
        return error(shown_path(output, root), 0, f"cannot finish the build ({machine_advice(exc)}); the previous "
                                                  "output is unchanged. Build again once that is fixed")
    named = os.fspath(exc.filename) if exc.filename else ""
    if named and os.path.dirname(os.path.abspath(named)) == os.fspath(output.parent) and \
            os.path.basename(named).startswith(f".{output.name}."):  # briefgen's own file beside it (the lock):
        named = os.fspath(output)  # the folder given is named ("/proc/.x.briefgen-lock" for --output /proc/x)
    shown = shown_path(denied_folder(exc) or named or output, root)
    shown = str(root) if shown == "." else shown  # (the project folder itself)
    if exc.errno == errno.EBUSY and is_mount_point(real_path(output)):  # mounted since the build began
        return error(shown, 0, f"cannot write the site: {mount_point_advice(real_path(output))}; "
                               "the previous output is unchanged")
    advice = machine_advice(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) and cache is not None:
        advice += _cache_room(cache, output, root)
    return error(shown, 0, f"cannot write the site ({advice}); the previous output is unchanged. "
                           "Build again once that is fixed")


def _cache_room(cache: Path, output: Path, root: Path) -> str:
    """"; .briefgen-cache holds 3.2 MB on that disk and may be deleted …" when `cache` is on the disk
    of `output` (the st_dev of the cache and of the output's parent) and holds 100 KB or more; else ""."""
    try:
        if os.stat(cache).st_dev != os.stat(output.parent).st_dev:
            return ""
    except OSError:
        return ""
    size, folders = 0, [os.fspath(cache)]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                    elif entry.is_file(follow_symlinks=False):
                        size += entry.stat(follow_symlinks=False).st_blocks * 512
        except OSError:
            continue
    if size < 100 << 10:  # (too little to be worth a word)
        return ""
    amount = f"{size / (1 << 20):.1f} MB" if size >= 1 << 20 else f"{size >> 10} KB"
    return (f"; {shown_path(cache, root)} holds {amount} on that disk and may be deleted: "
            "the next build is slower, its output the same")


def denied_folder(exc: OSError) -> str | None:
    """For a permission error (EACCES, EPERM, EROFS): the first folder the failed call needed to
    write in that this process may not (`os.access`), else None. A rename needs the folders of
    both its names, and a folder moved to another parent needs its own (its ".." changes); the
    kernel does not say which refused, and the first name was blamed: a project folder that could
    not be written was reported as ".briefgen-cache/output-…/spare: cannot write the site
    (permission denied: fix the folder's permissions)", a folder that was writable already."""
    if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
        return None
    names = [os.fspath(name) for name in (exc.filename, exc.filename2) if name]
    for folder in [os.path.dirname(os.path.abspath(name)) for name in names] + [n for n in names if os.path.isdir(n)]:
        if not os.access(folder, os.W_OK | os.X_OK):
            return folder
    return None


def cannot_finish(exc: BaseException, output: Path, root: Path, published: bool) -> Diagnostic:
    """One clear line for a build the machine ended: out of memory in this process (MemoryError: a
    limit such as `ulimit -v`, or no memory left), or a worker process killed or out of memory
    (`speed.parallel.WorkerEnded`; the kernel's out-of-memory killer sends SIGKILL). `published`:
    whether the new site had been swapped in already (the commit is atomic: it was, or it was not)."""
    why = "the build ran out of memory" if isinstance(exc, MemoryError) else str(exc)
    memory = "SIGKILL" in why or "memory" in why
    after = ("the new site was published complete, but the cache was not saved, so the next build does more work"
             if published else "the previous output is unchanged")
    advice = ("Free some memory, raise the memory limit or build with fewer processes (--jobs 1), then build again"
              if memory else "Build again")
    cause = " (as the kernel does when memory runs out)" if "SIGKILL" in why else ""
    return error(shown_path(output, root), 0, f"cannot finish the build: {why}{cause}; {after}. {advice}")


def vanished_articles(root: Path, output: Path, articles: list[object]) -> list[Diagnostic]:
    """An error when content/ or content/articles/ is missing or holds no article while `output` publishes articles
    of the last build: a hostile trial moved content/ (or renamed content/articles/ to content/article/), and the build published a
    site without any article, exit 0, over the old one — `build && rsync --delete` would have wiped the published
    site. A new project with no articles yet (nothing in output/articles/) builds as before, with the warning.
    `serve` checks the project's output/ (build.BuildOptions.preview), not its own scratch site: it told the editor to
    "delete http://127.0.0.1:8811/bridge/ first", its preview's address (a tester, 2026-12-05)."""
    if articles:  # (an empty content/articles/ too: what a share that did not mount leaves, a hostile re-test)
        return []
    try:
        with os.scandir(output / "articles") as entries:
            published = sum(1 for entry in entries if entry.is_dir(follow_symlinks=False))
    except OSError:
        return []
    if not published:
        return []
    where = "content/" if not os.path.isdir(root / "content") else "content/articles/"
    state = "is missing" if not os.path.isdir(root / where) else "holds no article"
    return [error(where, 0, f"{state}, but {shown_path(output, root)}/ publishes {published:,} article"
                            f"{'s' if published != 1 else ''} of the last build; if it was moved or renamed, move it "
                            f"back — to publish a site without them, delete {shown_path(output, root)}/ first")]
