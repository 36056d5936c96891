"""What a build reads: the content files (by path) and the template set (static files: load/staticfiles).

Takes the project root; gives paths only — reading and hashing file bytes is the next
step's job, so that nothing here holds a site's worth of bytes. Kept free of heavy
imports (Markdown, nh3, Jinja2): a build that finds every input unchanged stops right
after this stage, and its start-up time is most of its cost.
"""
from __future__ import annotations

import errno
import hashlib
import operator
import os
import stat
from pathlib import Path
from typing import Callable, NamedTuple

from briefgen import __version__
from briefgen.diagnostics import Diagnostic, error, machine_advice, raced, warning
from briefgen.load.confinement import Confinement
from briefgen.load.contentnames import is_content_file, stray_entries, why_not_read

THEME = Path(__file__).parent.parent / "theme"
THEME_TEMPLATES = THEME / "templates"
THEME_STATIC = THEME / "static"
THEME_SHOWN = "(built-in theme)"  # how a diagnostic names a file of the built-in theme (render/environment.py)


def confinement(root: Path, allowed: tuple[str, ...] = ()) -> Confinement:
    """The project `root` plus the `allowed` folders (relative ones are read from the root)."""
    return Confinement(tuple(os.path.realpath(root / folder) for folder in ("", *allowed)) + (str(THEME),))


def linked_folder_refused(root: Path, folder: str | Path, allowed: tuple[str, ...], command: str) -> Diagnostic | None:
    """The error for a write into `folder` (a path relative to the project `root`, "content/articles")
    when it or a folder above it in the project is a symlink the build refuses (out of the project
    and of the `allowed` folders, or hidden: load.confinement), else None. `fetch`, `review` and
    `new` ask before writing: they wrote wherever a shared project's `content/articles -> ~/x` led,
    though `build` refuses that link. The error is at the link, ending "nothing was written there
    by `command`"."""
    confine = confinement(root, allowed)
    place = root
    for part in Path(folder).parts:
        place = place / part
        if place.is_symlink():
            real = os.path.realpath(place)
            why = confine.refusal(real)
            if why is not None:
                return error(place.relative_to(root).as_posix(), 0,
                             f"symlink to {real}, {why}; nothing was written there by {command}")
    return None


def refused(rel: str, real: str, confine: Confinement, required: bool = True) -> Diagnostic:
    """A link `confine` refuses: an error when it leads out of the project or the build needs the
    file (`required`); a link to a hidden name in the project is otherwise left out with a warning,
    as a hidden file itself is (static/'s `cache -> ../.briefgen-cache`, `env.txt -> ../.env`)."""
    why = f"symlink to {real}, {confine.refusal(real)}"
    return error(rel, 0, why) if required or not confine.inside(real) else warning(rel, 0, f"not published: {why}")


def walk(base: Path, rel: str, confine: Confinement, problems: list[Diagnostic],
         dots: frozenset[str] = frozenset(), left_out: list[str] | None = None,
         required: Callable[[str], bool] = lambda path: False) -> list[tuple[str, str]]:
    """(project-relative path, real path) of every regular file under `base`, following symlinks
    that stay inside `confine`, in a stable order; loops are followed once. Dot-files are skipped
    unless named in `dots`; `left_out` gets the paths of those skipped (load/staticfiles.py names them). A
    name that is not UTF-8 is an error in `problems` (and skipped): no page or address can hold it.

    Anything else met — a pipe, a socket, a device, a symlink that leads nowhere — is left out
    and named in `problems` (`not_regular`): a warning, or an error where `required(path)` says
    the build needs that file. It is never opened (opening a pipe nobody writes to blocks)."""
    found: list[tuple[str, str]] = []
    _walk(str(base), rel, confine, problems, found, set(), dots, left_out, required)
    return found


def _walk(directory: str, rel: str, confine: Confinement, problems: list[Diagnostic], found: list[tuple[str, str]],
          seen: set[str], dots: frozenset[str], left_out: list[str] | None, required: Callable[[str], bool]) -> None:
    real_dir = os.path.realpath(directory)
    if real_dir in seen:
        return
    seen.add(real_dir)
    try:
        # os.scandir: about twice as fast as pathlib on 10,000 files.
        with os.scandir(directory) as entries:
            listing = sorted(entries, key=_NAME)
    except OSError as exc:
        problems.append(error(rel, 0, f"cannot read this folder ({exc.strerror}); fix its permissions"))
        return
    prefix = f"{rel}/" if rel else ""
    for entry in listing:  # a tight loop: 100,000 files at scale (0.2 s)
        name = entry.name
        if name[0] == "." and name not in dots:
            if left_out is not None:
                left_out.append(prefix + name)
            continue
        path = prefix + name
        if not name.isascii() and not _utf8(name):
            problems.append(error(printable(path), 0, "the name is not valid UTF-8, so it cannot be part of "
                                                      "a web address; rename it"))
            continue
        if entry.is_symlink():
            real = os.path.realpath(entry.path)
            if not confine.allows(real):
                problems.append(refused(path, real, confine, required(path)))
                continue
        else:
            real = entry.path
        try:
            folder, regular = entry.is_dir(), entry.is_file()
        except OSError:  # a symlink that loops (ELOOP): is_dir() raises where a missing target is False
            folder = regular = False
        if folder:
            _walk(entry.path, path, confine, problems, found, seen, dots, left_out, required)
        elif regular:
            found.append((path, real))
        else:  # rare: never in the tight path
            problems.append(not_regular(path, entry.path, required(path)))


_NAME = operator.attrgetter("name")
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISREG, "a file"))


def not_regular(path: str, full: str | Path, required: bool, wanted: str = "a regular file") -> Diagnostic:
    """Why the entry at `full` (`path` in messages), which is not `wanted`, is left out: an error
    when the build needs it (a content file, a template), else a warning. Only stat-ed, never
    opened: opening a pipe nobody writes to blocks."""
    try:
        mode = os.stat(full).st_mode
        kind = next((name for test, name in _KINDS if test(mode)), "of an unknown kind")
    except OSError as exc:  # a symlink whose target is missing, or that loops
        kind = f"a symlink that leads nowhere ({exc.strerror})"
    if required:
        return error(path, 0, f"not read: it is {kind}, not {wanted}; replace it with {wanted} or remove it")
    return warning(path, 0, f"not published: it is {kind}, not {wanted}; replace it with {wanted}, "
                            "or move it out of the project")


def is_folder(path: Path) -> bool:
    """Whether `path` is a folder (through links); False, never an exception, when it cannot be
    looked at (`Path.is_dir()` raises PermissionError under a folder the build may not enter)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def not_a_folder(base: Path, rel: str, required: bool) -> list[Diagnostic]:
    """A problem when `base` (shown as `rel`), a folder of the project's layout that is not a
    folder, is there all the same (a pipe, a file, a dangling symlink) or cannot be looked at (a
    link that loops on the way, a folder above it the build may not enter): the build reads
    nothing from it, and says so. (content/ as a loop published an empty site over the last one
    without a word.)"""
    try:
        os.lstat(base)
    except OSError as exc:  # (ENOTDIR: a file above it, reported there)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return []
        return [error(rel, 0, f"cannot read this folder ({exc.strerror}); fix its permissions or the link")]
    return [not_regular(rel, base, required, "a folder")]


def _utf8(name: str) -> bool:
    """Whether a file name read from the system is valid UTF-8 (Python keeps each byte that is
    not as a lone surrogate, which nothing can encode: hashing, printing, writing a page)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(path: str) -> str:
    """`path` with each byte that is not UTF-8 shown as `\\xNN` (a name made on another system)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


class SourceFile(NamedTuple):
    """One content file: where it is and which version of it this build reads.

    An immutable record like the stages' frozen dataclasses, but a named tuple: a build makes
    one per content file twice (found, then hashed), and a frozen dataclass's `__init__` costs
    0.67 µs against 0.31 µs (timeit, Python 3.11): 0.07 s of a 100,000-article no-change build.
    """

    path: str  # relative to the project root, with forward slashes
    stem: str
    id_prefix: str  # for ids inside the body (footnotes), unique among articles and notes
    revision: str  # content hash of path and bytes ("" until hashed)


def discover(root: Path, folder: str, confine: Confinement) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Every content file under content/<folder>, in a stable order (not yet read), and a warning
    for every other file there but tools' own (`contentnames.why_not_read`): none is left out unsaid;
    and for every upstream correction waiting beside an article (`upstreamfiles.waiting_upstream`)."""
    problems: list[Diagnostic] = []
    base = root / "content" / folder
    if not is_folder(base):
        return [], not_a_folder(base, f"content/{folder}", True)
    if base.is_symlink() and not confine.allows(os.path.realpath(base)):
        return [], [refused(f"content/{folder}", os.path.realpath(base), confine)]
    files = []
    note = folder != "articles"  # ids inside a note's body are prefixed: unique among articles and notes
    for path, _ in walk(base, f"content/{folder}", confine, problems, required=_content_name):  # 100,000 files
        if path.endswith(".md"):
            stem = path[path.rfind("/") + 1:-3]
            if stem[:1] not in ("#", "_"):  # is_content_file, inline (dot-files never get here)
                files.append(SourceFile(path, stem, f"note-{stem}" if note else stem, ""))
                continue
        if path.endswith(".md.upstream") and folder == "articles":  # fetch's correction, still waiting: said each run
            from briefgen.load.upstreamfiles import waiting_upstream  # (rare: discover stays light)
            problems.append(waiting_upstream(root, path))
            continue
        left_out = why_not_read(root, path)  # rare: never in the tight path
        if left_out is not None:
            problems.append(left_out)
    return files, problems


Lister = Callable[[Path, str, Confinement], tuple[list[SourceFile], list[Diagnostic]]]  # `discover`'s shape


def discover_content(root: Path, confine: Confinement, listing: Lister | None = None
                     ) -> tuple[list[SourceFile], list[SourceFile], list[Diagnostic]]:
    """The articles and notes to read (`discover`, or `listing`, which must give what it gives:
    the build's remembered walks, speed/files.FileIndex.discover), and what content/ holds that
    no build reads.

    A content/ that is there but is no folder (a file, a link that leads nowhere — a share that
    did not mount — or loops) is an error, and a missing one a warning: either built an empty site
    over the previous one, saying only "Built"."""
    content = root / "content"
    if not is_folder(content):
        return [], [], not_a_folder(content, "content", True) or [warning(
            "content", 0, "there is no content/ folder, so the site has no articles and no notes; run the "
                          "command in the site's folder, or create content/articles/")]
    listing = listing or discover
    articles, problems = listing(root, "articles", confine)
    notes, found = listing(root, "notes", confine)
    return articles, notes, problems + found + stray_entries(root)


def _content_name(path: str) -> bool:
    return is_content_file(path[path.rfind("/") + 1:])


class Refused(OSError):
    """A content file that `read_source` will not read (not a regular file, or outside the project)."""


def cannot_read(path: str, exc: OSError) -> Diagnostic:
    """The diagnostic for a content, template or static file that could not be read, with what to do about it:
    permissions for EACCES/EPERM (of the installation, for a file of the built-in theme), the machine's limit or
    disk for what `diagnostics.machine_advice` knows (too many open files, EIO), never "remove it" for those."""
    if isinstance(exc, Refused):
        return error(path, 0, f"not read: {exc.strerror}")
    if isinstance(exc, FileNotFoundError):  # listed at the start of the build, gone since
        return raced(path, "removed while this build was running")
    if exc.errno in (errno.EACCES, errno.EPERM):
        fix = ("fix the permissions of briefgen's installation, or reinstall it" if path.startswith(THEME_SHOWN)
               else "fix the file's permissions or remove it")
        return error(path, 0, f"cannot read ({exc.strerror}); {fix}")
    advice = machine_advice(exc)
    if advice != (exc.strerror or str(exc)):  # the machine's (too many open files, a failing disk), not the file's
        return error(path, 0, f"cannot read it: {advice}; then run the command again (the file is not at fault)")
    return error(path, 0, f"cannot read ({exc.strerror}); check the file, then run the command again")


# The largest content file read: 10 million characters of body (load/mdlimits.MAX_BODY_CHARS, not imported:
# this module loads no Markdown) are at most 40 MB of UTF-8. A larger one was read whole, twice (hashed, then
# parsed): a 3 GB file named `.md` by mistake held the build for minutes and as many GB of memory.
MAX_SOURCE_BYTES = 64 * 2**20


def read_source(root: Path, path: str, confine: Confinement) -> bytes:
    """The bytes of the content file at project-relative `path`, read only if, as it is opened,
    it is a regular file inside `confine`.

    The walk (`discover`) checked both, but the file may have been replaced since — by a
    symlink out of the project (which must never be published), or by a FIFO, which would
    block the read for good. So the file is opened without blocking, and the check is made
    on what was opened: its type by `fstat`, its location by the kernel's name for the open
    file (`/proc/self/fd`; where that is missing, by comparing it with its resolved path). A file
    larger than MAX_SOURCE_BYTES is refused unread. Raises OSError with a message for the editor
    (the caller reports it with the path).
    """
    fd = os.open(root / path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise Refused(errno.EINVAL, "it is not a regular file (a folder, a pipe, a device); "
                                        "replace it with a Markdown file or remove it")
        if opened.st_size > MAX_SOURCE_BYTES:
            raise Refused(errno.EFBIG, f"it is {opened.st_size / 2**20:,.0f} MB, far more than an article or a note "
                                       "holds (a body is at most 10 million characters), so it is not only "
                                       "Markdown text; move it out of content/ (a video or an archive to static/), "
                                       "or split it into several articles")
        try:
            real = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # no /proc (macOS, BSD): the resolved path must be the file opened
            real = os.path.realpath(root / path)
            resolved = os.stat(real)
            if (resolved.st_dev, resolved.st_ino) != (opened.st_dev, opened.st_ino):
                raise Refused(errno.EAGAIN, "it was replaced while being read; build again") from None
        why = confine.refusal(real)
        if why is not None:
            raise Refused(errno.EPERM, f"it now leads to {real}, {why}")
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # closed by the handle
            return handle.read()
    finally:
        if fd >= 0:
            os.close(fd)


class Reader(NamedTuple):
    """This process as the kernel's permission check sees it, to tell from a file's stat alone
    whether it may read the file: the no-change shortcut, which reads no unchanged input, must
    still report an unreadable one as a cold build does (a stat identity does not change with
    who reads: a file indexed by a build that could read it, e.g. root's, may be one this build
    cannot), without opening 100,000 files (~1 s) to find out."""

    uid: int
    groups: frozenset[int]

    @classmethod
    def current(cls) -> Reader:
        if not hasattr(os, "geteuid"):  # no POSIX ids (Windows): judged by the "other" bits alone
            return cls(-1, frozenset())
        return cls(os.geteuid(), frozenset((os.getegid(), *os.getgroups())))

    def read_bit(self, uid: int, gid: int) -> int:
        """The mode bit that grants this process reading a file owned by `uid`:`gid` (POSIX: the
        owner's bits for the owner, else the group's for a member, else the others')."""
        return stat.S_IRUSR if uid == self.uid else stat.S_IRGRP if gid in self.groups else stat.S_IROTH


def template_digest(site_templates: Path, confine: Confinement, extra: tuple[Path, ...] = (),
                    sources: dict[str, str] | None = None) -> tuple[str, list[Diagnostic]]:
    """Identity of every template that could be used (any edit re-renders all pages), and the
    problems found on the way: symlinks out of the project, files that cannot be read or are
    not UTF-8 (Jinja's loader would end the build in an exception: "unexpected error").
    `sources` receives the `source_digest` of each file's bytes, by the path Jinja opens it by
    (normpath'd): rendering checks it reads those very bytes (render.environment.ConfinedLoader)."""
    from briefgen.load.text import decode

    problems: list[Diagnostic] = []
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    for folder, rel in ((site_templates, "templates"), *((p, str(p)) for p in extra), (THEME_TEMPLATES, "")):
        if not is_folder(folder):
            problems += not_a_folder(folder, rel, True)
        else:  # any file here may be included by name: one that cannot be read is an error, as below
            for path, real in walk(folder, rel, confine, problems, required=lambda path: True):
                try:
                    with open(real, "rb") as handle:
                        data = handle.read()
                except OSError as exc:
                    problems.append(cannot_read(path, exc))
                    continue
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError:
                    problems += decode(data, path)[1]
                h.update(path.encode() + b"\0" + data)
                if sources is not None:
                    sources[os.path.normpath(os.path.join(folder, path.removeprefix(f"{rel}/")))] = source_digest(data)
        h.update(b"\1")
    return h.hexdigest(), problems


def source_digest(data: bytes) -> str:
    """A template file's bytes as `template_digest` records them (blake2b-128, hex)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()
