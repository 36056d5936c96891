"""Unit tests of safe output (`briefgen.output`): which folders may be written, path collisions,
and the commit that makes the output hold exactly the new site (a new tree swapped in, or a small
change applied in place to a tree the build trusts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.output.commit import MARKER, MARKER_TEXT, check_collisions, check_output_dir, commit, output_token

REFUSE_TAIL = "; choose a dedicated folder such as output/"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "projects" / "briefing"
    for folder in ("content/articles", "templates", "static"):
        (root / folder).mkdir(parents=True)
    (root / "config.yaml").write_text("title: T\n")
    return root


def messages(output: Path, root: Path) -> list[str]:
    return [str(d) for d in check_output_dir(output, root, "output")]


# --- check_output_dir ---------------------------------------------------------------------------


def test_refuses_the_filesystem_root(project: Path) -> None:
    assert messages(Path("/"), project) == [
        f"output:0: refusing to write the site into the filesystem root (/){REFUSE_TAIL}"]


def test_refuses_the_home_directory(project: Path) -> None:
    home = Path.home().resolve()
    assert messages(Path.home(), project) == [
        f"output:0: refusing to write the site into your home directory ({home}){REFUSE_TAIL}"]


def test_refuses_the_project_root_also_spelled_differently(project: Path) -> None:
    expected = [f"output:0: refusing to write the site into the project root ({project.resolve()}){REFUSE_TAIL}"]
    assert messages(project, project) == expected
    assert messages(project / "content" / "..", project) == expected


@pytest.mark.parametrize("folder", ["content", "templates", "static", ".briefgen-cache"])
def test_refuses_the_project_folders(project: Path, folder: str) -> None:
    assert messages(project / folder, project) == [
        f"output:0: refusing to write the site into the {folder}/ folder "
        f"({(project / folder).resolve()}){REFUSE_TAIL}"]


@pytest.mark.parametrize("inside", ["content/site", "content/articles/out", "static/site"])
def test_refuses_folders_inside_content_or_static(project: Path, inside: str) -> None:
    top = inside.split("/")[0]
    assert messages(project / inside, project) == [
        f"output:0: refusing to write the site inside {top}/{REFUSE_TAIL}"]


@pytest.mark.parametrize("levels", [1, 2])
def test_refuses_a_parent_of_the_project(project: Path, levels: int) -> None:
    parent = project.parents[levels - 1]
    assert messages(parent, project) == [
        f"output:0: refusing to write the site into {parent.resolve()}: it contains the project{REFUSE_TAIL}"]


def test_refuses_a_non_empty_folder_briefgen_did_not_make(project: Path) -> None:
    foreign = project / "output"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"precious")
    assert messages(foreign, project) == [
        f"output:0: {foreign.resolve()} is not empty and was not made by briefgen; empty it or choose "
        "another folder — briefgen never overwrites files it did not write"]


def test_refuses_a_folder_with_only_hidden_foreign_files(project: Path) -> None:
    foreign = project / "output"
    foreign.mkdir()
    (foreign / ".git").mkdir()
    assert len(messages(foreign, project)) == 1


def test_refuses_a_file(project: Path) -> None:
    assert messages(project / "config.yaml", project) == [
        f"output:0: {(project / 'config.yaml').resolve()} exists and is not a folder"]


def test_accepts_a_missing_folder_an_empty_one_and_one_briefgen_made(project: Path, tmp_path: Path) -> None:
    assert messages(project / "output", project) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    assert messages(empty, project) == []
    ours = project / "public"
    ours.mkdir()
    (ours / "index.html").write_text("old site")
    (ours / MARKER).write_text("token\n")
    assert messages(ours, project) == []


def test_accepts_a_sibling_folder_outside_the_project(project: Path) -> None:
    assert messages(project.parent / "briefing-site", project) == []


def test_the_name_in_messages_is_the_callers(project: Path) -> None:
    (problem,) = check_output_dir(project, project, "--output")
    assert (problem.path, problem.line) == ("--output", 0)


# --- check_collisions -------------------------------------------------------------------------------


def test_no_collisions() -> None:
    claims = [("index.html", "front page"), ("articles/a/index.html", "content/articles/a.md")]
    assert check_collisions(claims) == []


def test_exact_collision_names_both_origins_and_the_file_to_change() -> None:
    problems = check_collisions([
        ("sources/bbc/index.html", 'source "BBC" (content/articles/a.md)'),
        ("sources/bbc/index.html", 'source "B.B.C." (content/articles/b.md)'),
    ])
    assert [str(p) for p in problems] == [
        'content/articles/b.md:1: source "B.B.C." (content/articles/b.md) and source "BBC" '
        "(content/articles/a.md) both write sources/bbc/index.html: the same output path; rename one of them"]


def test_case_insensitive_collision_is_reported() -> None:
    problems = check_collisions([("feed.xml", "generated feed.xml"), ("Feed.xml", "static/Feed.xml")])
    assert [str(p) for p in problems] == [
        "static/Feed.xml:1: static/Feed.xml and generated feed.xml both write Feed.xml: feed.xml "
        "(differs only in case); rename one of them"]


def test_collision_with_a_configured_topic_points_at_config() -> None:
    problems = check_collisions([("topics/a/index.html", "static/topics/a/index.html"),
                                 ("topics/a/index.html", 'topic "a" in config.yaml')])
    assert [(p.path, p.line) for p in problems] == [("config.yaml", 1)]


def test_every_extra_claim_is_reported() -> None:
    claims = [("x.html", f"static/{n}/x.html") for n in range(3)]
    assert len(check_collisions(claims)) == 2


# --- commit ---------------------------------------------------------------------------------------------


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too) with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    """Staging, old-tree and temporary files briefgen may have left beside or inside output."""
    return sorted(p.relative_to(parent).as_posix() for p in parent.rglob("*") if "briefgen-" in p.name)


Files = dict[str, "bytes | Path"]


def swap(out: Path, keep: set[str], write: Files, remove: frozenset[str] = frozenset()) -> int:
    """A commit to an output folder whose state the build does not trust: a new tree is swapped in."""
    return commit(out, keep, write, set(remove), False)


def in_place(out: Path, keep: set[str], write: Files, remove: frozenset[str] = frozenset()) -> int:
    """A commit to an output folder exactly as the previous build left it."""
    return commit(out, keep, write, set(remove), True)


SITE = {"index.html": b"v1", "assets/style.css": b"css", "old/deep/gone.html": b"old", "feed.xml": b"<rss/>"}


def test_first_commit_creates_the_folder_with_a_marker(tmp_path: Path) -> None:
    out = tmp_path / "site" / "output"
    written = swap(out, set(), {"index.html": b"<p>home</p>", "articles/a/index.html": b"a"})
    assert written == 2
    assert tree(out) == {MARKER: MARKER_TEXT.encode(), "articles/a/index.html": b"a", "index.html": b"<p>home</p>"}
    assert output_token(out) is not None
    assert leftovers(tmp_path) == []


def test_swap_links_unchanged_files_and_replaces_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "output"
    swap(out, set(), SITE)
    kept_inode = (out / "assets/style.css").stat().st_ino
    old_dir_inode = out.stat().st_ino
    old_token = output_token(out)
    source = tmp_path / "static-file.txt"
    source.write_bytes(b"copied")
    written = swap(out, {"assets/style.css", "feed.xml"}, {"index.html": b"v2", "robots.txt": source},
                   frozenset({"old/deep/gone.html"}))
    assert written == 2
    assert tree(out) == {MARKER: MARKER_TEXT.encode(), "assets/style.css": b"css", "feed.xml": b"<rss/>",
                         "index.html": b"v2", "robots.txt": b"copied"}
    assert (out / "assets/style.css").stat().st_ino == kept_inode  # hard link, not a copy
    assert out.stat().st_ino != old_dir_inode  # a new tree swapped in, not edited in place
    assert output_token(out) != old_token  # so a record of the old tree is not trusted
    assert leftovers(tmp_path) == []


def test_small_change_to_a_trusted_tree_is_applied_in_place(tmp_path: Path) -> None:
    out = tmp_path / "output"
    swap(out, set(), SITE)
    dir_inode = out.stat().st_ino
    kept_inode = (out / "assets/style.css").stat().st_ino
    old_token = output_token(out)
    written = in_place(out, {"assets/style.css", "feed.xml"}, {"index.html": b"v2", "new/page.html": b"n"},
                       frozenset({"old/deep/gone.html"}))
    assert written == 2
    assert tree(out) == {MARKER: MARKER_TEXT.encode(), "assets/style.css": b"css", "feed.xml": b"<rss/>",
                         "index.html": b"v2", "new/page.html": b"n"}
    assert not (out / "old").exists()  # emptied folders are removed too
    assert out.stat().st_ino == dir_inode
    assert (out / "assets/style.css").stat().st_ino == kept_inode
    assert output_token(out) != old_token  # the marker is renewed: an interrupted commit is not trusted
    assert leftovers(tmp_path) == []


def test_large_change_to_a_trusted_tree_builds_a_new_tree(tmp_path: Path) -> None:
    out = tmp_path / "output"
    swap(out, set(), SITE)
    dir_inode = out.stat().st_ino
    many: Files = {f"articles/a{n}/index.html": b"x" for n in range(300)}
    in_place(out, {"index.html", "assets/style.css", "feed.xml", "old/deep/gone.html"}, many)
    assert out.stat().st_ino != dir_inode
    assert len(tree(out)) == 305
    assert leftovers(tmp_path) == []


def test_written_copy_is_independent_of_its_source(tmp_path: Path) -> None:
    out = tmp_path / "output"
    source = tmp_path / "logo.txt"
    source.write_bytes(b"one")
    swap(out, set(), {"logo.txt": source})
    source.write_bytes(b"two")
    assert (out / "logo.txt").read_bytes() == b"one"


def test_failed_swap_leaves_the_old_output_exactly_and_no_staging(tmp_path: Path) -> None:
    out = tmp_path / "output"
    swap(out, set(), SITE)
    before = tree(out)
    inode = (out / "index.html").stat().st_ino
    with pytest.raises(FileNotFoundError):
        swap(out, {"feed.xml"}, {"index.html": b"new", "z.txt": tmp_path / "does-not-exist"})
    assert tree(out) == before
    assert (out / "index.html").stat().st_ino == inode
    assert leftovers(tmp_path) == []


def test_failed_in_place_commit_leaves_the_old_output_exactly(tmp_path: Path) -> None:
    out = tmp_path / "output"
    swap(out, set(), SITE)
    before = tree(out)
    with pytest.raises(FileNotFoundError):
        in_place(out, {"assets/style.css", "feed.xml", "old/deep/gone.html"},
                 {"index.html": b"new", "z.txt": tmp_path / "does-not-exist"})
    assert tree(out) == before
    assert leftovers(tmp_path) == []


def test_leftovers_of_an_interrupted_commit_are_cleared(tmp_path: Path) -> None:
    out = tmp_path / "output"
    for stale in (".output.briefgen-new", ".output.briefgen-old-12345"):
        (tmp_path / stale / "junk").mkdir(parents=True)
        (tmp_path / stale / "junk" / "half.html").write_bytes(b"half")
    swap(out, set(), {"index.html": b"x"})
    assert tree(out) == {MARKER: MARKER_TEXT.encode(), "index.html": b"x"}
    assert leftovers(tmp_path) == []


def test_committed_output_passes_check_output_dir(project: Path) -> None:
    out = project / "output"
    swap(out, set(), {"index.html": b"x"})
    assert check_output_dir(out, project, "output") == []
