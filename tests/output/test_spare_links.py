"""A symbolic link in the place of the spare output tree (a damaged cache) is removed, never trusted.

The spare tree (`.briefgen-cache/output-*/spare`, output/commit.py) is swapped with `output/`
in one rename. A link in its place was followed: a link to `output/` itself was trusted as
the live tree, so the build deleted `output/.briefgen`, wrote its changed pages into the live
site, swapped the *link* into `output/`'s place — leaving `output/` a link to itself and the
site inside the cache — and exited 0; the next build ended in "unexpected error: RuntimeError:
Symlink loop". A link that leads nowhere made every build fail with "cannot write the site
(File exists)". Now the link itself is removed and a real spare made; what it led to is left
alone.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

ARTICLE = "content/articles/first-report.md"
TARGETS = ["output/", "the spare's own old tree", "nowhere", "a folder of the editor's", "content/"]


def build_here(root: Path) -> None:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The cold build of the site with its article edited: what every build below must publish."""
    root = write_site(tmp_path_factory.mktemp("cold"), {**MINIMAL_SITE, ARTICLE: edited()})
    build_here(root)
    return tree_bytes(root / "output")


def edited() -> str:
    return MINIMAL_SITE[ARTICLE] + "\nA second meeting is planned for June.\n"


@settings(max_examples=examples(1), deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(TARGETS), relative=st.booleans())
@example(target="output/", relative=False)
@example(target="nowhere", relative=False)
def test_a_link_in_the_spares_place_is_removed_and_the_site_published_whole(
        cold: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory, target: str,
        relative: bool) -> None:
    root = write_site(tmp_path_factory.mktemp("trial") / "site", MINIMAL_SITE)
    build_here(root)
    (root / ARTICLE).write_text(MINIMAL_SITE[ARTICLE] + "\nA second meeting is planned.\n", encoding="utf-8")
    build_here(root)  # the spare now holds the first build, trusted
    (spare,) = root.glob(".briefgen-cache/output-*/spare")
    editors = root.parent / "editors-folder"
    editors.mkdir()
    (editors / "notes.txt").write_text("mine\n")
    old_spare = spare.with_name("old-spare")
    spare.rename(old_spare)
    leads_to = {"output/": root / "output", "the spare's own old tree": old_spare, "nowhere": root / "nowhere",
                "a folder of the editor's": editors, "content/": root / "content"}[target]
    spare.symlink_to(os.path.relpath(leads_to, spare.parent) if relative else leads_to)
    content = tree_bytes(root / "content")
    (root / ARTICLE).write_text(edited(), encoding="utf-8")

    build_here(root)
    assert not (root / "output").is_symlink() and tree_bytes(root / "output") == cold
    assert not spare.is_symlink() and spare.is_dir()
    assert tree_bytes(editors) == {"notes.txt": b"mine\n"}
    assert tree_bytes(root / "content") == {**content, "articles/first-report.md": edited().encode()}


KINDS = ["link to a secret", "named pipe", "folder", "file where a folder is", "link to a folder elsewhere"]


# Each example puts all five kinds at once in the places of five drawn files (each a kind of its own): one build
# of a site for five of the former examples' (file, kind), each then a site of three builds (~10 a run, 2026-12-07,
# CT4: the suite's time). Every spare file is looked at by itself (`record.verified`), so one file's fate does not
# hide another's; a file inside a folder that "file where a folder is" replaced is gone with it.
@settings(max_examples=examples(6), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.permutations(KINDS), data=st.data())
@example(kinds=["link to a secret"], data=None)
def test_whatever_replaces_a_file_inside_the_spare_never_reaches_the_site(
        cold: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory, kinds: list[str], data) -> None:  # type: ignore[no-untyped-def]
    """Reported (a hostile trial, 2026-12-04): a file of the spare that the live tree shares by a hard link was
    trusted without a look, so a link to /etc/passwd, a named pipe or a folder put there was published by the swap
    (robots.txt a link to /etc/passwd, the front page a pipe or an empty folder), exit 0. Now every spare file is
    looked at (`record.verified`: a regular file, not followed), and whatever is in a file's place is replaced."""
    root = write_site(tmp_path_factory.mktemp("trial") / "site", MINIMAL_SITE)
    build_here(root)
    (root / ARTICLE).write_text(MINIMAL_SITE[ARTICLE] + "\nA second meeting is planned.\n", encoding="utf-8")
    build_here(root)  # the spare now holds the first build, trusted
    (spare,) = root.glob(".briefgen-cache/output-*/spare")
    files = sorted(p.relative_to(spare).as_posix() for p in spare.rglob("*") if p.is_file() and p.name != ".briefgen")
    paths = ["robots.txt"] if data is None else data.draw(
        st.lists(st.sampled_from(files), min_size=len(kinds), max_size=len(kinds), unique=True), label="files")
    secret = root.parent / "secret.txt"
    secret.write_text("not for publishing\n", encoding="utf-8")
    for path, kind in zip(paths, kinds):
        target = spare / path
        if kind == "file where a folder is" and "/" in path:
            target = spare / path.split("/")[0]
            shutil.rmtree(target)
            target.write_text("x", encoding="utf-8")
            continue
        if not target.is_file() or target.is_symlink():  # (gone with a folder replaced above)
            continue
        target.unlink()
        if kind == "link to a secret":
            target.symlink_to(secret)
        elif kind == "named pipe":
            os.mkfifo(target)
        elif kind == "folder":
            target.mkdir()
        elif kind == "link to a folder elsewhere":
            target.symlink_to(root.parent)
    (root / ARTICLE).write_text(edited(), encoding="utf-8")
    build_here(root)
    output = root / "output"
    assert not [p for p in output.rglob("*") if p.is_symlink() or not (p.is_file() or p.is_dir())]
    assert tree_bytes(output) == cold, list(zip(paths, kinds))
