"""The memo prunes a shard once a build (SP11: `save` with `leave`, then without, no longer walks a shard twice) and
finds shards without `_shard`'s call: for any sequence of builds' steps it keeps, forgets, saves and finds exactly
what the memo before SP11 did (its `get` and `prune`, copied here as the oracle), on disk and in memory."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Container

from hypothesis import example, given, settings, strategies as st

from briefgen.speed.memo import Memo, digest

KEYS = [("parse", digest(str(n))) for n in range(6)] + [("valid", digest(str(n)), "c") for n in range(4)] + [
    ("compare", digest("x")), ("parse", "0000" + digest("y")[4:]), ("parse", "0000" + digest("z")[4:])]


class Before(Memo):
    """The memo's `get` and `prune` as they were (f561b2ab)."""

    def get(self, key: Any) -> Any | None:
        value = self._shard(key).get(key)
        if value is not None:
            self._used.add(key)
        return value

    def prune(self, leave: Container[str] = ()) -> None:
        for name, shard in self._shards.items():
            if name[0] in leave:
                continue
            stale = [k for k in shard if k not in self._used]
            for key in stale:
                del shard[key]
            if stale:
                self._dirty.add(name)


STEP = st.one_of(st.tuples(st.just("begin")), st.tuples(st.just("put"), st.sampled_from(KEYS), st.integers(0, 3)),
                 st.tuples(st.just("get"), st.sampled_from(KEYS)), st.tuples(st.just("keep"), st.sampled_from(KEYS)),
                 st.tuples(st.just("save"), st.sampled_from([(), ("compare", "parse"), ("valid",)])),
                 st.tuples(st.just("prune"), st.sampled_from([(), ("compare", "parse")])), st.tuples(st.just("reopen")))


def run(cls: type[Memo], folder: Path, steps: list[tuple]) -> list[Any]:
    memo, seen = cls(folder), []
    for step in steps:
        if step[0] == "begin":
            memo.begin()
        elif step[0] == "put":
            memo.put(step[1], step[2])
        elif step[0] == "get":
            seen.append(memo.get(step[1]))
        elif step[0] == "keep":
            memo.keep(step[1])
        elif step[0] == "save":
            memo.save(step[1])
        elif step[0] == "prune":
            memo.prune(step[1])
        else:  # another process: what is on disk
            memo = cls(folder)
    memo.save()
    on_disk = cls(folder)
    return seen + [on_disk.get(key) for key in KEYS] + sorted(p.name for p in folder.iterdir())


@settings(max_examples=300, deadline=None)
@given(st.lists(STEP, max_size=30))
@example([("begin",), ("put", KEYS[0], 1), ("save", ("compare", "parse")), ("put", KEYS[0], 2), ("save", ())])
@example([("put", KEYS[11], 1), ("put", KEYS[12], 2), ("save", ()), ("reopen",), ("begin",), ("get", KEYS[11]),
          ("save", ("valid",)), ("get", KEYS[12]), ("save", ())])
def test_the_same_memo_as_before(tmp_path_factory: Any, steps: list[tuple]) -> None:
    base = tmp_path_factory.mktemp("memo")
    (base / "a").mkdir()
    (base / "b").mkdir()
    assert run(Memo, base / "a", steps) == run(Before, base / "b", steps)
