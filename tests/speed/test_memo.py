"""Unit tests of the memo (`briefgen.cache`): results by content hash, in memory and on disk.

The contract: the cache only ever speeds things up. A missing, corrupt or foreign
cache shard is ignored (never an error, never a crash), and entries the build did not
use are dropped when saving. Keys are (namespace, hex digest, ...), as the stages make them.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen import sealed
from briefgen.speed.memo import Memo, digest, version_key
from briefgen.load.yamltext import LineMap, load_mapping

A = ("parse", digest("a"))
B = ("parse", digest("b"))
C = ("valid", digest("c"), digest("config"))


def same_shard_keys(count: int) -> list[tuple[str, str]]:
    """Keys whose digests share their first four hex digits, so they land in one shard."""
    found: dict[str, list[tuple[str, str]]] = {}
    n = 0
    while True:
        key = digest(str(n))
        group = found.setdefault(key[:4], [])
        group.append(("parse", key))
        if len(group) == count:
            return group
        n += 1


def saved(directory: Path, entries: dict[tuple, object]) -> Path:
    memo = Memo(directory)
    for key, value in entries.items():
        memo.put(key, value)
    memo.save()
    return directory


def shard_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix == ".pickle")


# --- round trip --------------------------------------------------------------------------------------


def test_save_then_load_gives_the_same_entries(tmp_path: Path) -> None:
    entries = {A: ("a", 1, (2.5, None)), B: {"x": [1, 2]}, C: "valid"}
    memo = Memo(saved(tmp_path / "memo", entries))
    for key, value in entries.items():
        assert memo.get(key) == value


def test_load_switches_to_another_directory(tmp_path: Path) -> None:
    saved(tmp_path / "one", {A: "from one"})
    saved(tmp_path / "two", {A: "from two"})
    memo = Memo(tmp_path / "one")
    assert memo.get(A) == "from one"
    memo.load(tmp_path / "two")
    assert memo.get(A) == "from two"


def test_yaml_line_numbers_survive_the_disk_cache(tmp_path: Path) -> None:
    front, problems = load_mapping("title: T\ntopics:\n  - a\n  - b\n", "f.md", first_line=2)
    assert problems == [] and front is not None
    again = Memo(saved(tmp_path, {A: front})).get(A)
    assert isinstance(again, LineMap)
    assert again == front
    assert (again.line, again.lines) == (2, {"title": 2, "topics": 3})
    assert again["topics"].lines == [4, 5]


def test_save_creates_the_folder_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    directory = saved(tmp_path / "cache" / "memo", {A: "v", C: "w"})
    names = sorted(p.name for p in directory.iterdir())
    assert names and all(name.endswith(".pickle") and not name.startswith(".") for name in names)


def test_save_rewrites_only_changed_shards(tmp_path: Path) -> None:
    directory = saved(tmp_path, {A: 1, C: 2})
    stamps = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in shard_files(directory)}
    assert len(stamps) == 2  # two namespaces, two shards
    memo = Memo(directory)
    memo.begin()
    assert memo.get(A) == 1
    memo.keep(C)
    memo.save()
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in shard_files(directory)} == stamps
    memo.put(A, 3)
    memo.save()
    changed = {p.name for p in shard_files(directory) if (p.stat().st_ino, p.stat().st_mtime_ns) != stamps[p.name]}
    assert len(changed) == 1 and changed <= {name for name in stamps if name.startswith("parse-")}


def test_missing_directory_gives_an_empty_memo(tmp_path: Path) -> None:
    memo = Memo(tmp_path / "nope")
    assert memo.get(A) is None


def test_memo_without_directory_lives_in_memory_only(tmp_path: Path) -> None:
    memo = Memo()
    memo.put(A, "v")
    memo.save()
    assert memo.get(A) == "v"
    assert list(tmp_path.iterdir()) == []


# --- corrupt and foreign shards are ignored -------------------------------------------------------------


def _corrupt_forms(genuine: bytes) -> list[bytes]:
    """Damaged shards, each as found (failing the checksum) and sealed anew (passing it: the
    pickle itself must then fail safely, as in a shard written by a broken briefgen)."""
    flipped = bytearray(sealed.unseal(genuine))
    assert flipped[2] == 0x95  # protocol 5 starts with a FRAME whose 8-byte length follows
    flipped[10] = 0x91  # a corrupt length field: pickle raises OverflowError, not UnpicklingError
    forms = [
        b"",
        b"not a pickle at all",
        genuine[: len(genuine) // 2],
        genuine[:-1],
        bytes(flipped),
        b"\x80\x04\x8e" + (2**62).to_bytes(8, "little"),  # a huge length: MemoryError
        pickle.dumps(42),
        pickle.dumps(("only-one",)),
        pickle.dumps((1, 2, 3)),
        pickle.dumps((version_key(), ["not", "a", "dict"])),
        b"\x80\x04\x8c\x08builtins\x94\x8c\x0dno_such_thing\x94\x93\x94.",
        b"\x80\x04\x8c\x13no_such_module_here\x94\x8c\x01x\x94\x93\x94.",
    ]
    return forms + [sealed.seal(form) for form in forms]


def test_corrupt_shards_are_ignored_and_replaced(tmp_path: Path) -> None:
    directory = saved(tmp_path, {A: "value"})
    (shard,) = shard_files(directory)
    genuine = shard.read_bytes()
    for n, data in enumerate(_corrupt_forms(genuine)):
        shard.write_bytes(data)
        memo = Memo(directory)
        assert memo.get(A) is None, n
        memo.put(A, "fresh")  # still usable, and the shard is written anew
        memo.save()
        assert Memo(directory).get(A) == "fresh", n


def test_other_version_is_ignored(tmp_path: Path) -> None:
    directory = saved(tmp_path, {A: "current"})
    (shard,) = shard_files(directory)
    shard.write_bytes(sealed.seal(pickle.dumps(("briefgen 0.0.1 format 0 python (3, 9)", {A: "stale"}))))
    assert Memo(directory).get(A) is None


def test_version_key_names_briefgen_format_and_python() -> None:
    key = version_key()
    assert key.startswith("briefgen ") and " format " in key and " python " in key


# --- use tracking and pruning ---------------------------------------------------------------------------


def test_prune_drops_entries_not_used_since_begin() -> None:
    memo = Memo()
    memo.put(A, 1)
    memo.put(B, 2)
    memo.begin()
    assert memo.get(B) == 2
    memo.put(C, 3)
    memo.prune()
    assert memo.get(A) is None
    assert (memo.get(B), memo.get(C)) == (2, 3)


def test_a_miss_does_not_count_as_use() -> None:
    memo = Memo()
    memo.put(A, 1)
    memo.begin()
    assert memo.get(B) is None
    memo.prune()
    assert memo.get(A) is None


def test_save_prunes_unused_entries_of_loaded_shards(tmp_path: Path) -> None:
    used, unused = same_shard_keys(2)
    directory = saved(tmp_path, {used: "used", unused: "unused"})
    memo = Memo(directory)
    memo.begin()
    assert memo.get(used) == "used"
    memo.save()
    again = Memo(directory)
    assert again.get(used) == "used"
    assert again.get(unused) is None


def test_keep_marks_an_entry_used_without_reading_it(tmp_path: Path) -> None:
    read, kept = same_shard_keys(2)
    directory = saved(tmp_path, {read: "read", kept: "kept"})
    memo = Memo(directory)
    memo.begin()
    memo.keep(kept)
    assert memo.get(read) == "read"
    memo.save()
    assert Memo(directory).get(kept) == "kept"


def test_shards_never_loaded_are_left_alone(tmp_path: Path) -> None:
    directory = saved(tmp_path, {A: "parse", C: "valid"})
    memo = Memo(directory)
    memo.begin()
    assert memo.get(A) == "parse"
    memo.save()
    assert Memo(directory).get(C) == "valid"


# --- digest ---------------------------------------------------------------------------------------------


def test_digest_is_stable_and_separates_parts() -> None:
    assert digest("a", b"b") == digest(b"a", "b")
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("x") != digest("x", "")
    assert len(digest("x")) == 32 and int(digest("x"), 16) >= 0


@settings(max_examples=examples(60), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(st.lists(st.binary(max_size=200_000), max_size=4))
def test_a_streamed_seal_is_the_seal_of_the_whole_payload(tmp_path_factory, parts: list[bytes]) -> None:
    """`sealed.write_streamed` (memo shards are pickled straight into their file) writes the very
    bytes `sealed.write` writes for the joined payload, and `sealed.read` gives the payload back."""
    folder = tmp_path_factory.mktemp("sealed")
    with open(folder / "whole", "wb") as out:
        sealed.write(out, b"".join(parts))
    with open(folder / "streamed", "wb") as out:
        sealed.write_streamed(out, lambda writer: [writer.write(part) for part in parts])
    assert (folder / "streamed").read_bytes() == (folder / "whole").read_bytes()
    with open(folder / "streamed", "rb") as handle:
        assert bytes(sealed.read(handle)) == b"".join(parts)


def test_a_large_shard_round_trips_through_the_streamed_seal(tmp_path: Path) -> None:
    memo = Memo(tmp_path)
    big = {("stories.archive", "0" * 32): ("x" * 3_000_000, bytes(range(256)) * 20_000, list(range(100_000)))}
    for key, value in big.items():
        memo.put(key, value)
    memo.save()
    assert Memo(tmp_path).get(("stories.archive", "0" * 32)) == big[("stories.archive", "0" * 32)]


def _shard_files(directory: Path) -> dict[str, dict]:
    """Each shard file's entries (the files a save leaves on disk), by file name."""
    return {path.name: pickle.loads(sealed.read(path.open("rb")))[1] for path in sorted(directory.glob("*.pickle"))}


NAMESPACES = ("parse", "compare", "people")


def _key(namespace: str, n: int) -> tuple[str, str]:
    """Keys 0-7 share a shard of their namespace, 8 and 9 have one each (see `same_shard_keys`)."""
    return namespace, (f"{n:032x}" if n < 8 else f"{n:x}" * 32)
OPERATIONS = st.lists(st.tuples(st.sampled_from(["put", "get", "keep"]), st.sampled_from(NAMESPACES),
                                st.integers(0, 9)), max_size=25)


@settings(max_examples=examples(30), deadline=None)
@given(OPERATIONS, OPERATIONS, st.sets(st.sampled_from(NAMESPACES)))
def test_a_save_in_two_steps_leaves_what_one_save_leaves(tmp_path_factory, before: list, after: list,
                                                        leave: set[str]) -> None:
    """publish saves the settled namespaces while it waits for the page prints, the rest at the end
    (`Memo.save(leave)`): what the build does between the two (namespaces it left) must end on disk
    exactly as if everything were saved once, at the end. Both builds start from the same memo."""
    root = tmp_path_factory.mktemp("memo")
    results = []
    for steps in (1, 2):
        directory = root / f"steps-{steps}"
        first = Memo(directory)
        for n in range(10):
            for namespace in NAMESPACES:
                first.put(_key(namespace, n), f"old {n}")
        first.save()
        memo = Memo(directory)
        memo.begin()

        def apply(operations: list, names: set[str] | tuple[str, ...]) -> None:
            for operation, namespace, n in operations:
                if namespace not in names:
                    continue
                key = _key(namespace, n)
                {"put": lambda: memo.put(key, f"new {n}"), "get": lambda: memo.get(key),
                 "keep": lambda: memo.keep(key)}[operation]()

        apply(before, NAMESPACES)
        if steps == 2:
            memo.save(frozenset(leave))
        apply(after, leave)  # after the first step, only the namespaces it left are used
        memo.save()
        results.append(_shard_files(directory))
    assert results[0] == results[1]
