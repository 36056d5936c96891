"""A damaged cache changes speed, never output: every cache file the build trusts is checked.

Memo shards carried a version key but no checksum, so a shard damaged after it was written
(`sed` over it, a bad disk, a bad copy) that still unpickled was used as if correct: its
words were published on the article page, the edition, the feeds and the search index, and
stayed there. Here every byte of every cache file a build reads may be damaged, and the
next build must still equal a cold build: the site with its output deleted (all rendered
from the cache) or with one article edited (an incremental build trusting the rest).
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen import sealed
from briefgen.build import BuildOptions, build
from briefgen.output.record import OutputRecord
from briefgen.speed.cache import BuildCache
from briefgen.speed.files import FileIndex
from briefgen.speed.memo import Memo
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes
from support.examples import examples

EDITED = "content/articles/report-1.md"
CACHE_FILES = ("memo/*.pickle", "files.pickle", "output-*/record.pickle", "output-*/fingerprints",
               "output-*/last-build", "output-*/search.sqlite", "templates/*.cache")


def article(n: int) -> str:
    return textwrap.dedent(f"""\
        ---
        title: Shelling near Orikhiv, report {n}
        source: Outlet {n % 3}
        published: 2023-05-{1 + n:02d}T09:00:00+03:00
        ---
        Shelling continued near Orikhiv on day {n}, officials said; ceasefire talks were postponed.
        """)


SITE = {**MINIMAL_SITE, **{f"content/articles/report-{n}.md": article(n) for n in range(4)}}


def make_site(root: Path, files: dict[str, str]) -> Path:
    """The site, its files dated an hour ago: the file index then trusts their stat (`RACY_SECONDS`)."""
    if root.exists():
        shutil.rmtree(root)
    write_site(root, files)
    old = time.time() - 3600
    for path in root.rglob("*"):
        os.utime(path, (old, old))
    return root


def build_here(root: Path) -> None:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


def cache_files(root: Path) -> list[Path]:
    found = sorted({p for pattern in CACHE_FILES for p in (root / ".briefgen-cache").glob(pattern)})
    assert len(found) >= 8, found  # memo shards of several namespaces, and one of each other kind
    return found


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """Cold builds: of the site as it is, and with `EDITED` edited."""
    outputs = {}
    for scenario, files in (("output deleted", SITE), ("article edited", edited(SITE))):
        root = make_site(tmp_path_factory.mktemp("cold"), files)
        build_here(root)
        outputs[scenario] = tree_bytes(root / "output")
    return outputs


def differences(output: dict[str, bytes], cold: dict[str, bytes]) -> list[str]:
    """Paths whose bytes differ from the cold build's, or that only one of them has (a short message)."""
    return sorted(path for path in output.keys() | cold.keys() if output.get(path) != cold.get(path))


def edited(files: dict[str, str]) -> dict[str, str]:
    return {**files, EDITED: files[EDITED] + "\nOne more sentence.\n"}


def damaged_then_rebuilt(root: Path, damage, scenario: str) -> dict[str, bytes]:
    """Build `SITE` at `root`, apply `damage(cache files)`, then build again after `scenario`."""
    make_site(root, SITE)
    build_here(root)
    damage(cache_files(root))
    if scenario == "output deleted":
        shutil.rmtree(root / "output")
    else:
        (root / EDITED).write_text(edited(SITE)[EDITED], encoding="utf-8")
    build_here(root)
    return tree_bytes(root / "output")


def test_the_reported_damage_never_reaches_the_site(tmp_path: Path, expected: dict[str, dict[str, bytes]]) -> None:
    # `sed -i 's/Orikhiv/ORIKHIX/g' .briefgen-cache/memo/*.pickle`: the shards still unpickle.
    def sed(files: list[Path]) -> None:
        for path in files:
            if path.parent.name == "memo":
                path.write_bytes(path.read_bytes().replace(b"Orikhiv", b"ORIKHIX"))

    for scenario in expected:
        output = damaged_then_rebuilt(tmp_path / "site", sed, scenario)
        assert not [path for path, data in output.items() if b"ORIKHIX" in data]
        assert differences(output, expected[scenario]) == []


@settings(max_examples=examples(7), deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), scenario=st.sampled_from(["output deleted", "article edited"]),
       letters=st.booleans())
def test_any_damaged_byte_of_any_cache_file_never_changes_the_site(
        tmp_path: Path, expected: dict[str, dict[str, bytes]], data: st.DataObject, scenario: str,
        letters: bool) -> None:
    # Any byte, any new value; or (`letters`) a word in capitals: most damage to a pickle's structure
    # fails to load, while damage to the text it holds loads as other text.
    def flip(files: list[Path]) -> None:
        path = data.draw(st.sampled_from(files), label="file")
        content = bytearray(path.read_bytes())
        words = [m.span() for m in re.finditer(rb"[a-z]{4,}", content)] if letters else []
        if not content:
            return  # (an empty file has no byte to damage)
        if words:  # (a file of packed or compressed values may hold no word: then a byte, as below)
            start, end = data.draw(st.sampled_from(words), label="word")
            content[start:end] = content[start:end].upper()
        else:
            where = data.draw(st.integers(0, len(content) - 1), label="byte")
            content[where] ^= data.draw(st.integers(1, 255), label="xor")
        path.write_bytes(bytes(content))

    assert differences(damaged_then_rebuilt(tmp_path / "site", flip, scenario), expected[scenario]) == []


# --- each kind of cache file on its own: damaged bytes that still unpickle are discarded ------------------


def _orikhix(path: Path) -> None:
    data = path.read_bytes()
    assert b"Orikhiv" in data
    path.write_bytes(data.replace(b"Orikhiv", b"ORIKHIX"))


def test_a_damaged_memo_shard_that_still_unpickles_is_discarded(tmp_path: Path) -> None:
    key = ("parse", "ab" * 16)
    memo = Memo(tmp_path)
    memo.put(key, ("Shelling near Orikhiv", 1))
    memo.save()
    (shard,) = tmp_path.glob("*.pickle")
    _orikhix(shard)
    assert Memo(tmp_path).get(key) is None


def test_a_damaged_file_index_is_discarded(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", SITE)
    build_here(root)
    index = root / ".briefgen-cache" / "files.pickle"
    data = bytearray(index.read_bytes())
    at = data.index(b"content/articles/report-1.md") + len("content/articles/report-1.md") + 20
    data[at] ^= 1  # somewhere in the revision or stat that follows the path
    index.write_bytes(bytes(data))
    with pytest.raises(sealed.Damaged):
        sealed.unseal(index.read_bytes())
    assert FileIndex(index)._entries == {}


def test_damaged_output_state_is_discarded(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", SITE)
    build_here(root)
    cache = BuildCache(root, root / "output")
    assert cache.output_state is not None
    for name in ("fingerprints", "last-build"):
        path = cache.output_state / name
        data = bytearray(path.read_bytes())
        data[-5] ^= 1
        path.write_bytes(bytes(data))
        assert cache.read(name) is None, name
    record = cache.output_state / "record.pickle"
    data = bytearray(record.read_bytes())
    data[-5] ^= 1
    record.write_bytes(bytes(data))
    assert OutputRecord.load(record).trees == {}


@given(payload=st.binary(max_size=200), data=st.data())
@settings(max_examples=examples(200), deadline=None, database=None, derandomize=True)
def test_any_changed_byte_of_a_sealed_value_is_seen(payload: bytes, data: st.DataObject) -> None:
    sealed_value = bytearray(sealed.seal(payload))
    assert bytes(sealed.unseal(bytes(sealed_value))) == payload
    where = data.draw(st.integers(0, len(sealed_value) - 1))
    sealed_value[where] ^= data.draw(st.integers(1, 255))
    with pytest.raises(sealed.Damaged):
        sealed.unseal(bytes(sealed_value))
    with pytest.raises(sealed.Damaged):
        sealed.unseal(bytes(sealed_value[:where]))


def test_damaged_search_files_in_a_sound_database_are_not_published(
        tmp_path: Path, expected: dict[str, dict[str, bytes]]) -> None:
    # The search state keeps the index files it made; an incremental build reads them back (to
    # update them, or to write them again when `output/` lacks them). A damaged one, in an
    # otherwise sound database, made the search index say "orikhix".
    def damage_search_files(files: list[Path]) -> None:
        (database,) = [path for path in files if path.name == "search.sqlite"]
        with sqlite3.connect(database) as db:
            changed = db.execute("UPDATE files SET data = CAST(replace(CAST(data AS TEXT), 'orikhiv', 'orikhix') AS BLOB)"
                                 " WHERE CAST(data AS TEXT) LIKE '%orikhiv%'").rowcount
        db.close()
        assert changed

    for scenario in expected:
        output = damaged_then_rebuilt(tmp_path / "site", damage_search_files, scenario)
        assert differences(output, expected[scenario]) == []


# --- a folder where a cache file belongs, a file where a cache folder belongs ------------------------------

CACHE_FOLDERS = ("memo", "templates", "output-*", "output-*/spare")


def cache_warnings(root: Path) -> list[str]:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]
    return [str(d) for d in result.diagnostics if d.path == ".briefgen-cache"]


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), scenario=st.sampled_from(["output deleted", "article edited"]))
def test_files_and_folders_swapped_in_the_cache_are_cleared_away(
        tmp_path_factory: pytest.TempPathFactory, expected: dict[str, dict[str, bytes]], data: st.DataObject,
        scenario: str) -> None:
    """A folder in a cache file's place made every later build warn that it could not save (and stay
    slow); a file in the place of an output's state folder made every build fail ('cannot write the
    site (Not a directory)'). The cache is briefgen's own: such damage is cleared at the next save."""
    root = make_site(tmp_path_factory.mktemp("swapped"), SITE)
    build_here(root)
    cache = root / ".briefgen-cache"
    files = cache_files(root)
    folders = sorted({p for pattern in CACHE_FOLDERS for p in cache.glob(pattern)})
    as_folders = data.draw(st.lists(st.sampled_from(files), unique=True, max_size=4), label="files → folders")
    as_files = data.draw(st.lists(st.sampled_from(folders), unique=True, max_size=2), label="folders → files")
    for path in as_folders:
        if path.exists():
            path.unlink()
            (path / "inside").mkdir(parents=True)
    for path in as_files:
        if any(parent.is_file() for parent in path.parents):  # inside a folder made a file just before
            continue
        shutil.rmtree(path, ignore_errors=True)
        path.write_bytes(b"not a folder")
    if scenario == "output deleted":
        shutil.rmtree(root / "output")
    else:
        (root / EDITED).write_text(edited(SITE)[EDITED], encoding="utf-8")
    assert cache_warnings(root) == []
    assert differences(tree_bytes(root / "output"), expected[scenario]) == []
    (root / EDITED).write_text(edited(SITE)[EDITED] + "And another.\n", encoding="utf-8")
    assert cache_warnings(root) == []  # the cache works again: no folder or file left in the way


def test_the_reported_case_an_output_state_that_is_a_file(tmp_path: Path,
                                                          expected: dict[str, dict[str, bytes]]) -> None:
    root = make_site(tmp_path / "site", SITE)
    build_here(root)
    (state,) = (root / ".briefgen-cache").glob("output-*")
    shutil.rmtree(state)
    state.write_bytes(b"")
    (root / EDITED).write_text(edited(SITE)[EDITED], encoding="utf-8")
    assert cache_warnings(root) == []
    assert differences(tree_bytes(root / "output"), expected["article edited"]) == []


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_cache_file_that_is_no_regular_file_never_stops_the_build(
        tmp_path: Path, expected: dict[str, dict[str, bytes]], kind: str) -> None:
    """Reported (a hostile trial, 2026-12-04): a named pipe in place of any cache file (the file index, a memo shard,
    the output record, fingerprints, last-build, a compiled template) made every build wait for a writer forever,
    with no word. Now every cache file is opened as a regular file or not at all (`sealed.open_file`): here every one
    of them at once is a pipe, a link to a device that never ends, or a folder, and the build (in a child, given a
    minute) equals a cold build."""
    def replace(files: list[Path]) -> None:
        for path in files:
            path.unlink()
            if kind == "fifo":
                os.mkfifo(path)
            elif kind == "device":
                path.symlink_to("/dev/zero")
            else:
                path.mkdir()

    for scenario in expected:
        root = tmp_path / scenario.replace(" ", "-")
        make_site(root, SITE)
        build_here(root)
        replace(cache_files(root))
        if scenario == "output deleted":
            shutil.rmtree(root / "output")
        else:
            (root / EDITED).write_text(edited(SITE)[EDITED], encoding="utf-8")
        done = run_cli(["build", "--quiet"], root, timeout=60)
        assert done.returncode == 0, done.stderr
        assert differences(tree_bytes(root / "output"), expected[scenario]) == [], done.stderr
