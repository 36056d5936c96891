"""A name run made of several runs (nameruns.RUN's matches joined across "and" or a particle), read as the
`re.Match` it stands in for: `group()`, `start()`, `end()` (andnames.py, nameparticles.py)."""
from __future__ import annotations

from typing import NamedTuple


class RunSpan(NamedTuple):
    """`text[begin:finish]`, one name joined from several runs, read as an `re.Match` of nameruns.RUN is."""

    text: str
    begin: int
    finish: int

    def group(self) -> str:
        return self.text[self.begin:self.finish]

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish
