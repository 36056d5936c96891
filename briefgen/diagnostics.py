"""Diagnostics: every user-facing problem as plain data, collected, never raised one at a time.

Stages return diagnostics alongside their results; `build()` decides the exit code
from the collected list (STYLE.md: logging is not control flow).
"""
from __future__ import annotations

import difflib
from pathlib import Path
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """`path:line: message`; line 0 is about the whole file or folder, printed `path: message` (as
    compilers do), never as a line 0 no editor can jump to."""

    path: str  # relative to the project root, e.g. "content/articles/x.md"
    line: int  # 1-based; 0: the whole file or folder
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {prefix}{self.message}"


def error(path: str, line: int, message: str) -> Diagnostic:
    return Diagnostic(path, line, message, "error")


def warning(path: str, line: int, message: str) -> Diagnostic:
    return Diagnostic(path, line, message, "warning")


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def sort_key(d: Diagnostic) -> tuple[str, int, str]:
    return (d.path, d.line, d.message)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' (did you mean "x"?)' hint, or '' when nothing is close."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


class UsageError(Exception):
    """A mistake in how a command was called (exit code 2)."""


def count_errors(diagnostics: Iterable[Diagnostic]) -> int:
    return sum(1 for d in diagnostics if d.severity == "error")


def from_exception(exc: BaseException | None, what: str, where: object = None) -> Diagnostic:
    """An error for code outside briefgen that failed (a plugin), at its file and line.

    The line is the innermost traceback frame outside the briefgen package (or, without an
    exception, the definition of `where`, a function); paths are absolute — callers that know
    the project root make them relative.
    """
    import inspect
    import traceback
    from pathlib import Path

    package = str(Path(__file__).parent)
    path, line = "config.yaml", 0
    if exc is not None:
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if not frame.f_code.co_filename.startswith(package):
                path, line = frame.f_code.co_filename, lineno
        what = f"{what}: {type(exc).__name__}: {exc}"
    elif where is not None:
        try:
            path, line = inspect.getsourcefile(where) or path, inspect.getsourcelines(where)[1]  # type: ignore[arg-type]
        except (OSError, TypeError):
            pass
    return error(path, line, what)


class Failure(Exception):
    """Raised by code around user code (plugins) to carry a ready diagnostic through a stage."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def shown_path(path: Path | str, root: Path) -> str:
    """`path` as diagnostics name files: relative to the project `root` (POSIX) when inside it."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)
