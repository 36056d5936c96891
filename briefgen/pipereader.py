"""Standard output that its reader may close before the command ends (`briefgen fetch | head -1`), or that cannot
be written (`briefgen build > /dev/full`)."""
from __future__ import annotations

import os
import sys
from typing import Any


class PipeReader:
    """Standard output that a reader may stop reading (`briefgen fetch | head -1`): once the pipe is closed, what is
    printed goes nowhere and the command finishes its work, instead of "unexpected error: BrokenPipeError" halfway
    through a fetch (a trial, 2026-12-04). Python's advice (the signal module's docs, "Note on SIGPIPE"): point
    the descriptor at os.devnull so that the flush at exit raises nothing either. Output that cannot be written
    (a full disk: `> /dev/full`) goes the same way, said once on standard error: a build that published its site
    said "unexpected error: OSError" and exited 1 (a hostile trial, 2026-12-04)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    @classmethod
    def wrap(cls, stream: Any) -> Any:
        return stream if stream is None or isinstance(stream, cls) else cls(stream)

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            self._closed(exc)
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            self._closed(exc)

    def _closed(self, exc: OSError) -> None:
        if not isinstance(exc, BrokenPipeError):  # (a reader who left needs no word)
            print(f"briefgen: cannot write the standard output ({exc.strerror or exc}); what follows is not shown "
                  "there", file=sys.stderr)
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())
        except (OSError, ValueError):
            pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
