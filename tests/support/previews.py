"""A running `briefgen serve` for tests (its server loop in a thread) and the editor's save."""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefgen.preview.command import Preview


def save(path: Path, text: str) -> None:
    """Write like an editor that saves atomically: temp file, then rename into place."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@contextmanager
def serving(config: Path) -> Iterator[Preview]:
    """`briefgen serve` of `config` on a free port of 127.0.0.1, one worker, until the block ends."""
    running = Preview(config, "127.0.0.1", 0, jobs=1)
    with running:
        loop = threading.Thread(target=running.run)
        loop.start()
        try:
            yield running
        finally:
            running.stop()
            loop.join(10)
