"""Diagnostics: every user-facing problem as plain data, collected, never raised one at a time.

Stages return diagnostics alongside their results; `build()` decides the exit code
from the collected list (STYLE.md: logging is not control flow).
"""
from __future__ import annotations

import re
from pathlib import Path
from dataclasses import dataclass
from typing import Iterable

from briefgen.load.codepoints import INVISIBLE
from briefgen.paths import real_path

try:  # (imported here: once files run out, importing it would fail too)
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """`path:line: message`; line 0 is about the whole file or folder, printed `path: message` (as
    compilers do), never as a line 0 no editor can jump to."""

    path: str  # relative to the project root, e.g. "content/articles/x.md"
    line: int  # 1-based; 0: the whole file or folder
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        """One line, safe to print to a terminal: what would break the line or act on the terminal
        (line breaks, tabs, other C0 and C1 controls such as ESC, the bidi controls: marks,
        embeddings, overrides and isolates) is shown escaped (`\\n`, `\\t`, `\\x1b`, `\\u200f`,
        `\\u202e`). Paths and messages quote what the project and feeds contain: a shared project's
        file `evil\\x1b[2J.md` cleared the editor's screen, and a link written across lines split its
        warning in two."""
        prefix = "warning: " if self.severity == "warning" else ""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return shown_line(f"{where}: {prefix}{self.message}")


# Every C0 control (the tab too: it moved the rest of a line, and the quoted text a tab was in read as two
# words), DEL, every C1 control, the line and paragraph separators, and every bidi control of Unicode
# (Bidi_Control: the Arabic letter mark U+061C, the marks U+200E and U+200F, the embeddings and overrides
# U+202A-U+202E, the isolates U+2066-U+2069). Before 2026-12-04 the tab, U+061C, U+200E and U+200F were
# printed raw: `title: "Envoys &#8207; meet"` printed a right-to-left mark into its warning's line.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def shown_line(text: str) -> str:
    """`text` safe to print as one line to a terminal, as a diagnostic is printed: line breaks, tabs,
    other C0 and C1 controls and every bidi control (marks, embeddings, overrides, isolates) shown
    escaped (`\\n`, `\\t`, `\\x1b`, `\\u200f`, `\\u202e`). For the lines of `fetch`, `feeds`, `review`
    and `opml`, which quote what feeds and OPML files contain (a feed titled with U+202E printed the
    rest of its `[200]` line and of `review`'s list reversed; an OPML address across two lines split
    its line). So are the other characters that show nothing (codepoints.INVISIBLE: the Hangul fillers, zero-width
    spaces, U+034F, U+2800 …): a warning quoting `source: "Reuter\u3164"` printed the filler raw (a re-test,
    2026-12-05)."""
    text = _UNSHOWABLE.sub(_escaped, text)
    return text if text.isascii() else INVISIBLE.sub(_escaped, text)


def error(path: str, line: int, message: str) -> Diagnostic:
    return Diagnostic(path, line, message, "error")


def warning(path: str, line: int, message: str) -> Diagnostic:
    return Diagnostic(path, line, message, "warning")


RACED = "nothing was published: build again"  # how the message of a build that lost a race with an edit ends


def raced(path: str, what: str) -> Diagnostic:
    """The error for an input that `what` ("changed while this build was reading it") while the
    build ran: nothing is published, and building again is all it takes (`is_raced`)."""
    return error(path, 0, f"{what}; {RACED}")


def is_raced(d: Diagnostic) -> bool:
    """Whether `d` is a `raced` error: no mistake of the editor's, so `serve` builds again at once
    instead of showing it (preview/command.py)."""
    return d.severity == "error" and d.message.endswith(f"; {RACED}")


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def sort_key(d: Diagnostic) -> tuple[str, int, str]:
    return (d.path, d.line, d.message)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' (did you mean "x"?)' hint, or '' when nothing is close. Case is ignored in comparing, as
    people type it (`URL:`, `NOTE:`, `ID:` in config.yaml, `Kind: Correction`): difflib compares
    characters as they are, and "URL" shares none with "url", so the shortest keys got no hint."""
    import difflib  # (here: 1.5 ms of imports, for the builds that have something to suggest)

    ordered = sorted(choices)
    folded: dict[str, str] = {}
    for choice in ordered:  # (the first choice in sorted order for each spelling in any case)
        folded.setdefault(choice.casefold(), choice)
    key = str(word).casefold()
    close = key if key in folded else next(iter(difflib.get_close_matches(key, list(folded), n=1, cutoff=0.6)), None)
    return f' (did you mean "{folded[close]}"?)' if close is not None else ""


def machine_advice(exc: OSError) -> str:
    """What a failure of the machine (disk full, permissions, a size limit, too many open files, a failing
    disk) means for the editor, in a few words; the system's own words for any other error.

    Too many open files (EMFILE, ENFILE) and a disk's input/output error (EIO) are the machine's, never the
    file's: a build under `ulimit -n 8` was told to "fix the file's permissions or remove it" about a file of
    the built-in theme (BR12, 2026-12-06)."""
    import errno

    if exc.errno == errno.EMFILE:
        return f"too many open files for this process{_open_file_limit()}: raise the limit or close what holds files open"
    return {errno.ENOSPC: "the disk is full: free some space", errno.EDQUOT: "your disk quota is used up",
            errno.EFBIG: "a file is larger than this process may write (see `ulimit -f`)",
            errno.EACCES: "permission denied: fix the folder's permissions",
            errno.EPERM: "not permitted: fix the folder's permissions",
            errno.EROFS: "the file system is read-only",
            errno.ENFILE: "too many open files on this machine: close some programs",
            errno.EIO: "the disk reported an input/output error: check the disk (`dmesg`)",
            errno.ENOMEM: "out of memory: close some programs or raise the memory limit"}.get(
        exc.errno or 0, exc.strerror or str(exc))


def _open_file_limit() -> str:
    """" (`ulimit -n` is 8)" where the limit can be read, else " (see `ulimit -n`)"."""
    try:
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]  # type: ignore[union-attr]
    except (AttributeError, OSError, ValueError):  # (no resource module: Windows)
        return " (see `ulimit -n`)"
    return " (see `ulimit -n`)" if soft == resource.RLIM_INFINITY else f" (`ulimit -n` is {soft})"  # type: ignore


class UsageError(Exception):
    """A mistake in how a command was called (exit code 2)."""


def written_summary(files: int) -> str:
    """What a build changed in the output (files written or removed), for its last line: "1 file changed",
    "12 files changed", "nothing changed" (a build that only removed a file said "nothing changed": a hostile
    trial, 2026-12-04)."""
    return f"{files} file{'' if files == 1 else 's'} changed" if files else "nothing changed"


def count(number: int, one: str, many: str = "") -> str:
    """"1 article", "2 articles"; `many` for an irregular plural ("stories")."""
    return f"{number} {one if number == 1 else many or one + 's'}"


def count_errors(diagnostics: Iterable[Diagnostic]) -> int:
    return sum(1 for d in diagnostics if d.severity == "error")


def from_exception(exc: BaseException | None, what: str, where: object = None) -> Diagnostic:
    """An error for code outside briefgen that failed (a plugin), at its file and line.

    The place is in the user's code (`user_place`), never where Python's machinery noticed
    the problem; without an exception, the definition of `where` (a function). Paths are
    absolute — callers that know the project root make them relative.
    """
    import inspect

    path, line = "config.yaml", 0
    if exc is not None:
        path, line = user_place(exc)
        detail = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc)  # without "(hooks.py, line 1)"
        what = (f"{what}: it called sys.exit({exc.code!r}), which would have ended briefgen" if isinstance(
            exc, SystemExit) else f"{what}: {type(exc).__name__}: {detail}")
    elif where is not None:
        try:
            path, line = inspect.getsourcefile(where) or path, inspect.getsourcelines(where)[1]  # type: ignore[arg-type]
        except (OSError, TypeError):
            pass
    return error(path, line, what)


def user_place(exc: BaseException) -> tuple[str, int]:
    """(file, line) of the user's code that `exc` comes from; ("config.yaml", 0) when there is none.

    A SyntaxError names its own file and line: its traceback ends in the import machinery
    (`<frozen importlib._bootstrap>:241`). Else the innermost traceback frame in a file of the
    user's: a real file (not a frozen module) outside briefgen, the standard library and installed
    packages (`json/decoder.py:353` is where a plugin's bad JSON surfaced, not what to fix). An
    installed plugin has no such frame: then the outermost frame of an installed package, where it was
    entered; never one of the standard library (`importlib/__init__.py:126` is where every import fails).
    """
    import sysconfig
    import traceback

    if isinstance(exc, SyntaxError) and exc.filename and not exc.filename.startswith("<") and exc.lineno:
        return exc.filename, exc.lineno
    package = str(Path(__file__).parent)
    library = tuple(sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib"))
    outside = [(frame.f_code.co_filename, line) for frame, line in traceback.walk_tb(exc.__traceback__)
               if not frame.f_code.co_filename.startswith((package, "<"))]
    users = [(path, line) for path, line in outside if not path.startswith(library)
             and not {"site-packages", "dist-packages"} & set(Path(path).parts)]
    stdlib = tuple(sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib"))
    installed = [(path, line) for path, line in outside if not path.startswith(stdlib)
                 or {"site-packages", "dist-packages"} & set(Path(path).parts)]
    return (users or installed[:1] or [("config.yaml", 0)])[-1]


class Failure(Exception):
    """Raised by code around user code (plugins) to carry ready diagnostics (one or more) through a stage."""

    def __init__(self, diagnostic: Diagnostic, *more: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic
        self.diagnostics = (diagnostic, *more)


def shown_path(path: Path | str, root: Path) -> str:
    """`path` as diagnostics name files: relative to the project `root` (POSIX) when inside it."""
    try:
        return real_path(path).relative_to(root).as_posix()
    except ValueError:
        return str(path)
