"""Unit tests of the atomic commit (`output.commit`): the output becomes the new site in one swap.

A commit brings the spare tree (the previous build) up to date — unchanged files as hard
links shared with the live tree, changed files as new files — and exchanges it with the
live `output/`. These tests drive `OutputTree` the way `publish` does, on real folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.output.commit import MARKER_TEXT, OutputTree, content_hash, sweep
from briefgen.output.guards import MARKER, check_output_dir
from briefgen.output.record import DIGEST
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

Site = dict[str, "bytes | Path"]
SITE: Site = {"index.html": b"v1", "assets/style.css": b"css", "old/deep/gone.html": b"old", "feed.xml": b"<rss/>"}


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too) with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def publish(out: Path, state: Path | None, site: Site, on_step: object = None) -> int:
    """Commit `site` as publish() does: keep what the live tree holds already, write the rest."""
    output = OutputTree(out, state, on_step)  # type: ignore[arg-type]
    staging = output.stage()
    written = 0
    for path, data in sorted(site.items()):
        content = data.read_bytes() if isinstance(data, Path) else data
        if path in output.live and output.live[path][DIGEST] == content_hash(content):
            staging.keep(path)
        else:
            staging.written(path, staging.write(path, content))
            written += 1
    output.commit(staging, set(site))
    assert output.save_record() is None
    return written


def expected(site: Site) -> dict[str, bytes]:
    return {MARKER: MARKER_TEXT.encode(), **{p: d.read_bytes() if isinstance(d, Path) else d for p, d in site.items()}}


def stray(parent: Path, out: Path) -> list[str]:
    """Anything briefgen may have left inside the output or beside it (the state folder aside)."""
    inside = [p.name for p in out.rglob("*") if p.name.startswith(".") and p.name != MARKER]
    beside = [p.name for p in parent.iterdir() if p.name.startswith(".")]
    return inside + beside


def test_first_commit_creates_the_folder_with_a_marker(tmp_path: Path) -> None:
    out, state = tmp_path / "site" / "output", tmp_path / "state"
    assert publish(out, state, {"index.html": b"<p>home</p>", "articles/a/index.html": b"a"}) == 2
    assert tree(out) == expected({"index.html": b"<p>home</p>", "articles/a/index.html": b"a"})
    assert OutputTree(out, state).intact
    assert stray(tmp_path / "site", out) == []


def test_second_commit_swaps_in_a_new_tree_sharing_unchanged_files(tmp_path: Path) -> None:
    out, state = tmp_path / "output", tmp_path / "state"
    publish(out, state, SITE)
    kept_inode = (out / "assets/style.css").stat().st_ino
    old_dir = out.stat().st_ino
    source = tmp_path / "static-file.txt"
    source.write_bytes(b"copied")
    new: Site = {"index.html": b"v2", "assets/style.css": b"css", "feed.xml": b"<rss/>", "robots.txt": source}
    assert publish(out, state, new) == 2
    assert tree(out) == expected(new)
    assert not (out / "old").exists()
    assert (out / "assets/style.css").stat().st_ino == kept_inode  # a hard link, not a copy
    assert out.stat().st_ino != old_dir  # another tree swapped in, never edited in place
    assert tree(state / "spare") == expected(SITE)  # the previous site, complete, kept as the spare
    assert stray(tmp_path, out) == []


def test_later_commits_reuse_the_spare_and_write_only_changes(tmp_path: Path) -> None:
    out, state = tmp_path / "output", tmp_path / "state"
    many: Site = {f"articles/a{n}/index.html": f"page {n}".encode() for n in range(50)}
    publish(out, state, many)
    publish(out, state, {**many, "articles/a1/index.html": b"edited"})
    inodes = {p: (out / p).stat().st_ino for p in many}
    steps: list[str] = []
    third = {**many, "articles/a1/index.html": b"edited", "articles/a2/index.html": b"edited too"}
    publish(out, state, third, steps.append)
    assert tree(out) == expected(third)
    # Only the two pages that differ from the spare (two builds ago) were touched:
    assert sorted(s for s in steps if s.startswith(("write", "keep"))) == [
        "keep articles/a1/index.html", "write articles/a2/index.html"]
    changed = {p for p in many if (out / p).stat().st_ino != inodes[p]}
    assert changed == {"articles/a2/index.html"}


def test_written_copy_is_independent_of_its_source(tmp_path: Path) -> None:
    out, state = tmp_path / "output", tmp_path / "state"
    source = tmp_path / "logo.txt"
    source.write_bytes(b"one")
    publish(out, state, {"logo.txt": source})
    source.write_bytes(b"two")
    assert (out / "logo.txt").read_bytes() == b"one"


def test_a_failed_commit_leaves_the_output_exactly_and_the_next_one_recovers(tmp_path: Path) -> None:
    out, state = tmp_path / "output", tmp_path / "state"
    publish(out, state, SITE)
    publish(out, state, {**SITE, "index.html": b"v2"})
    before = tree(out)
    inodes = {p: (out / p).stat().st_ino for p in before}
    with pytest.raises(FileNotFoundError):
        publish(out, state, {"index.html": b"new", "z.txt": tmp_path / "does-not-exist"})
    assert tree(out) == before
    assert {p: (out / p).stat().st_ino for p in before} == inodes
    publish(out, state, {"index.html": b"v3", "feed.xml": b"<rss/>"})  # the damaged spare is rebuilt
    assert tree(out) == expected({"index.html": b"v3", "feed.xml": b"<rss/>"})


@pytest.mark.parametrize("damage", ["edit", "delete", "replace"])
def test_a_damaged_output_is_noticed_and_repaired(tmp_path: Path, damage: str) -> None:
    out, state = tmp_path / "output", tmp_path / "state"
    publish(out, state, SITE)
    target = out / "assets/style.css"
    if damage == "edit":  # an editor writing in place keeps the inode but not size/mtime
        with open(target, "r+b") as handle:
            handle.write(b"CSS!")
    elif damage == "delete":
        target.unlink()
    else:
        target.unlink()
        target.write_bytes(b"css")  # same bytes, another file: cannot be told apart from an edit
    assert not OutputTree(out, state).intact
    publish(out, state, SITE)
    assert tree(out) == expected(SITE)
    assert OutputTree(out, state).intact


def test_without_a_state_folder_every_commit_is_complete_and_leaves_nothing_beside(tmp_path: Path) -> None:
    out = tmp_path / "output"
    publish(out, None, SITE)
    publish(out, None, {**SITE, "index.html": b"v2"})
    assert tree(out) == expected({**SITE, "index.html": b"v2"})
    assert not OutputTree(out, None).complete  # nothing is remembered, so nothing is trusted
    sweep(out, None)
    assert [p.name for p in tmp_path.iterdir() if p.name != "output" and not p.name.endswith(".trash")] in (
        [], [".output.briefgen-spare"])


def test_leftovers_of_older_versions_and_interrupted_removals_are_swept(tmp_path: Path) -> None:
    out, state = tmp_path / "output", tmp_path / "state"
    for stale in (".output.briefgen-new", ".output.briefgen-old-12345"):
        (tmp_path / stale / "junk").mkdir(parents=True)
    (state / "spare.trash-1" / "x").mkdir(parents=True)
    (state / ".tmp-abc").write_bytes(b"half")
    sweep(out, state)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state"]
    assert sorted(p.name for p in state.iterdir()) == []


def test_committed_output_passes_check_output_dir(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    out = root / "output"
    publish(out, tmp_path / "state", {"index.html": b"x"})
    assert check_output_dir(out, root, "output") == []


def test_the_spare_is_not_trusted_once_a_commit_into_it_began(tmp_path: Path) -> None:
    out, state = tmp_path / "output", tmp_path / "state"
    publish(out, state, SITE)
    publish(out, state, {**SITE, "index.html": b"v2"})
    output = OutputTree(out, state)
    staging = output.stage()
    staging.write("index.html", b"never committed")
    assert not (state / "spare" / MARKER).exists()
    assert OutputTree(out, state).record.of(state / "spare") is None
    assert os.listdir(out)  # the live tree is untouched
    assert (out / "index.html").read_bytes() == b"v2"


# What is added to the live output by hand (or by another tool) went into the spare tree with it at the
# next swap, and back into the site at the one after: a trial's `output/extra.html` was published on
# every other build. The spare now holds nothing but its record when it is staged.
ADDED = st.lists(st.tuples(st.sampled_from(["extra.html", "assets/extra.css", "old/deep/x.html", "new/a/b.html",
                                            "articles", "assets/style.css.bak", ".hidden"]),
                           st.sampled_from(["file", "folder", "link"])), min_size=1, max_size=3)


def add_by_hand(out: Path, path: str, kind: str, target: Path) -> None:
    full = out / path
    if full.exists() or full.is_symlink():
        return
    full.parent.mkdir(parents=True, exist_ok=True)
    if kind == "file":
        full.write_bytes(b"by hand")
    elif kind == "folder":
        (full / "inside.html").parent.mkdir(parents=True)
        (full / "inside.html").write_bytes(b"by hand")
    else:
        full.symlink_to(target)


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(added=ADDED)
@example(added=[("extra.html", "file")])  # the trial
def test_what_is_added_to_the_output_by_hand_never_comes_back_after_a_swap(tmp_path_factory: pytest.TempPathFactory,
                                                                          added: list[tuple[str, str]]) -> None:
    base = tmp_path_factory.mktemp("added")
    out, state, secret = base / "output", base / "state", base / "secret.txt"
    secret.write_bytes(b"outside the site")
    publish(out, state, SITE)
    publish(out, state, {**SITE, "index.html": b"v2"})  # (a trusted spare from here on)
    for path, kind in added:
        add_by_hand(out, path, kind, secret)
    for version in (b"v3", b"v4", b"v5"):
        publish(out, state, {**SITE, "index.html": version})
        assert tree(out) == expected({**SITE, "index.html": version}), version
        assert not [p for p in out.rglob("*") if p.is_symlink()]
    assert secret.read_bytes() == b"outside the site"  # (a link is removed, never what it leads to)


def test_a_file_added_to_the_output_by_hand_is_named_when_it_is_removed(tmp_path: Path) -> None:
    """The SPEC trial: a GitHub Pages `output/CNAME` left the site at the next build and was removed at
    the one after, without a word; then (a tester, 2026-12-05) it was named by the build after the one whose swap
    took it out of output/. The build that takes it out says so, once (not later, not on no-change builds)."""
    root = write_site(tmp_path, MINIMAL_SITE)
    article = root / "content/articles/first-report.md"
    assert run_cli(["build"], root).returncode == 0
    (root / "output/CNAME").write_text("briefing.example.org\n")
    said = []
    for n in range(3):
        article.write_text(article.read_text() + f"\nMore {n}.\n")
        done = run_cli(["build"], root)
        assert done.returncode == 0, done.stderr
        said.append("output/CNAME: warning: was not made by briefgen" in done.stderr)
    assert said == [True, False, False]
    assert not (root / "output/CNAME").exists()
    again = run_cli(["build"], root)
    assert "nothing changed" in again.stdout and "CNAME" not in again.stderr
