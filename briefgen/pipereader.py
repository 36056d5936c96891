"""Standard output that its reader may close before the command ends (`briefgen fetch | head -1`)."""
from __future__ import annotations

import os
from typing import Any


class PipeReader:
    """Standard output that a reader may stop reading (`briefgen fetch | head -1`): once the pipe is closed, what is
    printed goes nowhere and the command finishes its work, instead of "unexpected error: BrokenPipeError" halfway
    through a fetch (a trial, 2026-12-04). Python's advice (the signal module's docs, "Note on SIGPIPE"): point
    the descriptor at os.devnull so that the flush at exit raises nothing either."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    @classmethod
    def wrap(cls, stream: Any) -> Any:
        return stream if stream is None or isinstance(stream, cls) else cls(stream)

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._closed()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._closed()

    def _closed(self) -> None:
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())
        except (OSError, ValueError):
            pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
