"""Files removed while a build runs: the build names each one as removed, not as a failure to
write the site or a permission to fix, publishes nothing, and the next build equals a cold one.

A static file removed between the listing of the inputs and the build's look at it said
`static/x.txt: cannot write the site (No such file or directory)`, and a removed article
`cannot read (No such file or directory); fix the file's permissions`. The files are removed
at a fixed point: while the build waits for the project lock, which the test holds (the
inputs are listed by then, their contents not yet read).
"""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.output.lock import project_lock
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes

REMOVED = "removed while this build was running; nothing was published: build again"
SITE = dict(MINIMAL_SITE)
SITE.update({f"static/files/f{n}.txt": f"file {n}\n" for n in range(3)})
SITE.update({f"content/articles/report-{n}.md": f"---\ntitle: Report {n} on the ceasefire\nsource: Outlet {n}\n"
             f"published: 2023-05-1{n}\n---\nTalks on a ceasefire went on, officials said ({n}).\n"
             for n in range(3)})
REMOVABLE = sorted(path for path in SITE if path.startswith(("static/", "content/articles/report-")))


def build_removing(root: Path, paths: list[str]) -> list[str]:
    """Build `root`, removing `paths` while the build waits for the lock; its errors."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with project_lock(root, root / ".briefgen-cache" / "holder", "test", 10):
            held.set()
            release.wait(30)

    def waiting(message: str) -> None:
        if message.startswith("Waiting"):  # the inputs are listed: remove some, then let the build go on
            for path in paths:
                (root / path).unlink()
            release.set()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        held.wait(10)
        result = build(root / "config.yaml", BuildOptions(jobs=1, progress=waiting, lock_wait=20))
    finally:
        release.set()
        holder.join()
    return [str(d) for d in result.diagnostics if d.severity == "error"]


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> dict[frozenset[str], dict[str, bytes]]:
    """Cold builds of the site without some of its files, made when first asked for."""
    made: dict[frozenset[str], dict[str, bytes]] = {}
    base = tmp_path_factory.mktemp("cold")

    def of(removed: frozenset[str]) -> dict[str, bytes]:
        if removed not in made:
            root = write_site(base / str(len(made)), {p: t for p, t in SITE.items() if p not in removed})
            assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
            made[removed] = tree_bytes(root / "output")
        return made[removed]
    return of  # type: ignore[return-value]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(removed=st.lists(st.sampled_from(REMOVABLE), min_size=1, max_size=4, unique=True),
       edited=st.booleans())
def test_files_removed_mid_build_are_named_as_removed_and_the_next_build_equals_a_cold_one(
        tmp_path_factory: pytest.TempPathFactory, cold, removed: list[str], edited: bool) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("site"), SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    before = tree_bytes(root / "output")
    if edited:  # a build with work to do, not only a no-change check
        (root / "content/notes/why-it-matters.md").write_text(SITE["content/notes/why-it-matters.md"] + "More.\n")
    errors = build_removing(root, removed)
    assert errors == [f"{path}: {REMOVED}" for path in sorted(removed)]
    assert tree_bytes(root / "output") == before
    (root / "content/notes/why-it-matters.md").write_text(SITE["content/notes/why-it-matters.md"])
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    assert tree_bytes(root / "output") == cold(frozenset(removed))


def test_a_static_file_removed_mid_build_is_not_a_failure_to_write_the_site(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    assert build_removing(root, ["static/files/f1.txt"]) == [f"static/files/f1.txt: {REMOVED}"]
