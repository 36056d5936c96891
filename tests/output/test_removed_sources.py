"""Files removed while a build runs: the build names each one as removed, not as a failure to
write the site or a permission to fix, publishes nothing, and the next build equals a cold one.

A static file removed between the listing of the inputs and the build's look at it said
`static/x.txt: cannot write the site (No such file or directory)`, and a removed article
`cannot read (No such file or directory); fix the file's permissions`. The files are removed
at a fixed point: once the build has listed its inputs, under the project lock
(`BuildOptions.on_listed`), before it reads any.

Files changed while a build only waits for the lock are not changed while it runs: it lists
its inputs again once it has the lock (a helper's trial: three builds started together, an
article added 0.5 s later, and the two that had waited failed "removed while this build was
running").
"""
from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, BuildResult, build
from briefgen.output.lock import project_lock
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

REMOVED = "removed while this build was running; nothing was published: build again"
SITE = dict(MINIMAL_SITE)
SITE.update({f"static/files/f{n}.txt": f"file {n}\n" for n in range(3)})
SITE.update({f"content/articles/report-{n}.md": f"---\ntitle: Report {n} on the ceasefire\nsource: Outlet {n}\n"
             f"published: 2023-05-1{n}\n---\nTalks on a ceasefire went on, officials said ({n}).\n"
             for n in range(3)})
REMOVABLE = sorted(path for path in SITE if path.startswith(("static/", "content/articles/report-")))


def build_removing(root: Path, paths: list[str]) -> list[str]:
    """Build `root`, removing `paths` once the build has listed its inputs (under the lock, before
    reading any: `BuildOptions.on_listed`); its errors."""
    def listed() -> None:
        for path in paths:
            (root / path).unlink()

    result = build(root / "config.yaml", BuildOptions(jobs=1, on_listed=listed))
    return [str(d) for d in result.diagnostics if d.severity == "error"]


def build_after_waiting(root: Path, change: Callable[[], None]) -> BuildResult:
    """Build `root` while a test holds the project lock, making `change` while the build waits for it."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with project_lock(root, root / ".briefgen-cache" / "holder", "test", 10):
            held.set()
            release.wait(30)

    def waiting(message: str) -> None:
        if message.startswith("Waiting"):  # the inputs are listed: change them, then let the build go on
            change()
            release.set()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        held.wait(10)
        return build(root / "config.yaml", BuildOptions(jobs=1, progress=waiting, lock_wait=20))
    finally:
        release.set()
        holder.join()


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


@settings(max_examples=examples(6), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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


CHANGES = {
    "add an article": lambda root: (root / "content/articles/report-9.md").write_text(
        "---\ntitle: Report 9 on the ceasefire\nsource: Outlet 9\npublished: 2023-05-19\n---\nLate news.\n"),
    "remove an article": lambda root: (root / "content/articles/report-1.md").unlink(),
    "edit an article": lambda root: (root / "content/articles/report-2.md").write_text(
        SITE["content/articles/report-2.md"] + "One more sentence.\n"),
    "remove a static file": lambda root: (root / "static/files/f0.txt").unlink(),
    "add a template": lambda root: (root / "templates/partials").mkdir(parents=True, exist_ok=True) or (
        root / "templates/partials/footer.html").write_text("<p>Our own footer</p>\n"),
}


@settings(max_examples=examples(4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.sampled_from(sorted(CHANGES)), min_size=1, max_size=3, unique=True))
@example(changes=["add an article"])  # the reported input
def test_a_build_that_waited_for_the_lock_builds_the_inputs_as_they_are_after_the_wait(
        tmp_path_factory: pytest.TempPathFactory, changes: list[str]) -> None:
    root = write_site(tmp_path_factory.mktemp("site"), SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    result = build_after_waiting(root, lambda: [CHANGES[name](root) for name in changes])
    assert result.ok, [str(d) for d in result.diagnostics]
    cold = root.parent / f"cold-{root.name}"
    shutil.copytree(root, cold, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    assert build(cold / "config.yaml", BuildOptions(jobs=1)).ok
    assert tree_bytes(root / "output") == tree_bytes(cold / "output")
