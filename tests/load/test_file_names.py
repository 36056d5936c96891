"""File names that are not UTF-8 (made on another system, unpacked from an old archive).

Python keeps each such byte as a lone surrogate, which nothing can encode: a name like
`static/bad\\xff.txt` ended the build in "unexpected error: UnicodeEncodeError" when it
was hashed. Now such a name in content/, static/ or templates/ is an error naming it with
`\\xNN` escapes (no web address can hold it); the previous output stays. A project folder
with such a name builds (its path is hashed as the bytes it is), and the CLI prints it with
escapes even where the terminal's encoding is strict.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes
from support.examples import examples

FOLDERS = ("content/articles", "content/notes", "static", "static/docs", "templates", "templates/partials")

# A name part holding at least one byte that cannot start or continue valid UTF-8 here.
BAD_BYTE = st.sampled_from([b"\xff", b"\xfe", b"\xe9", b"\xc3(", b"\x80", b"\xed\xa0\x80"])
NAME = st.tuples(st.text("abcxyz-", min_size=0, max_size=6), BAD_BYTE, st.text("abcxyz", max_size=4)
                 ).map(lambda t: t[0].encode() + t[1] + t[2].encode())


def shown(name: bytes) -> str:
    return name.decode("utf-8", "backslashreplace")


def raw(root: Path, folder: str, name: bytes) -> Path:
    """Create the file `folder/name` under `root` with the name's exact bytes; its Path."""
    directory = os.fsencode(root / folder)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, name)
    with open(path, "wb") as handle:
        handle.write(b"---\ntitle: T\nsource: S\npublished: 2023-05-10\n---\nText.\n")
    return Path(os.fsdecode(path))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    root = write_site(tmp_path_factory.mktemp("names"), MINIMAL_SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    return root, tree_bytes(root / "output")


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAME, folder=st.sampled_from(FOLDERS), suffix=st.sampled_from([b".md", b".html", b".txt", b""]))
def test_a_name_that_is_not_utf8_is_an_error_naming_it_and_the_output_stays(
        built: tuple[Path, dict[str, bytes]], name: bytes, folder: str, suffix: bytes) -> None:
    root, before = built
    path = raw(root, folder, name + suffix)
    try:
        result = build(root / "config.yaml", BuildOptions(jobs=1))
    finally:
        path.unlink()
    problems = [str(d) for d in result.diagnostics if d.severity == "error"]
    assert problems == [f"{folder}/{shown(name + suffix)}: the name is not valid UTF-8, so it cannot be part "
                        "of a web address; rename it"]
    assert tree_bytes(root / "output") == before


def test_a_folder_with_such_a_name_is_one_error_and_the_cli_prints_it_escaped(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    raw(root, "static/d\udce9j\udce0", b"f.txt")  # static/déjà in Latin-1
    raw(root, "content/articles", b"r\xe9sum\xe9.md")
    result = run_cli(["build"], root, env=dict(os.environ, PYTHONIOENCODING="utf-8:strict"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:2] == [
        "content/articles/r\\xe9sum\\xe9.md: the name is not valid UTF-8, so it cannot be part of a web address; "
        "rename it",
        "static/d\\xe9j\\xe0: the name is not valid UTF-8, so it cannot be part of a web address; rename it"]
    assert "unexpected" not in result.stderr and not (root / "output").exists()


def test_a_project_folder_whose_name_is_not_utf8_builds(tmp_path: Path) -> None:
    root = write_site(Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"briefing-\xe4"))), MINIMAL_SITE)
    result = run_cli(["build"], root, env=dict(os.environ, PYTHONIOENCODING="utf-8:strict"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Built {tmp_path}/briefing-\\udce4/output in ")
    assert (root / "output/articles/first-report/index.html").is_file()
