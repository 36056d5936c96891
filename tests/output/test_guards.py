"""Unit tests of the output guards (`output.guards`): which folders may be written, path collisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from briefgen.output.guards import MARKER, check_collisions, check_output_dir
from support.sites import MINIMAL_SITE, run_cli, write_site

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
        f"output: refusing to write the site into the filesystem root (/){REFUSE_TAIL}"]


def test_refuses_the_home_directory(project: Path) -> None:
    home = Path.home().resolve()
    assert messages(Path.home(), project) == [
        f"output: refusing to write the site into your home directory ({home}){REFUSE_TAIL}"]


def test_refuses_the_project_root_also_spelled_differently(project: Path) -> None:
    expected = [f"output: refusing to write the site into the project root ({project.resolve()}){REFUSE_TAIL}"]
    assert messages(project, project) == expected
    assert messages(project / "content" / "..", project) == expected


@pytest.mark.parametrize("folder", ["content", "templates", "static", ".briefgen-cache"])
def test_refuses_the_project_folders(project: Path, folder: str) -> None:
    assert messages(project / folder, project) == [
        f"output: refusing to write the site into the {folder}/ folder "
        f"({(project / folder).resolve()}){REFUSE_TAIL}"]


@pytest.mark.parametrize("inside", ["content/site", "content/articles/out", "static/site", "templates/x",
                                    ".briefgen-cache/site", ".briefgen-cache/output-1/x"])
def test_refuses_folders_inside_content_or_static(project: Path, inside: str) -> None:
    top = inside.split("/")[0]
    assert messages(project / inside, project) == [
        f"output: refusing to write the site inside {top}/{REFUSE_TAIL}"]


@pytest.mark.parametrize("levels", [1, 2])
def test_refuses_a_parent_of_the_project(project: Path, levels: int) -> None:
    parent = project.parents[levels - 1]
    assert messages(parent, project) == [
        f"output: refusing to write the site into {parent.resolve()}: it contains the project{REFUSE_TAIL}"]


def test_refuses_a_non_empty_folder_briefgen_did_not_make(project: Path) -> None:
    foreign = project / "output"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"precious")
    assert messages(foreign, project) == [
        f"output: {foreign.resolve()} is not empty and was not made by briefgen; empty it or choose "
        "another folder — briefgen never overwrites files it did not write"]


def test_refuses_a_folder_with_only_hidden_foreign_files(project: Path) -> None:
    foreign = project / "output"
    foreign.mkdir()
    (foreign / ".git").mkdir()
    assert len(messages(foreign, project)) == 1


def test_refuses_a_file(project: Path) -> None:
    assert messages(project / "config.yaml", project) == [
        f"output: {(project / 'config.yaml').resolve()} exists and is not a folder"]


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
        "(content/articles/a.md) both write sources/bbc/index.html: the same output path; write one name for both "
        "on their `source:` lines; for articles `briefgen fetch` imports, also set that name as the feed's `source:` "
        "in config.yaml, or the next fetch writes the feed's own again"]


def test_case_insensitive_collision_is_reported() -> None:
    problems = check_collisions([("feed.xml", "generated feed.xml"), ("Feed.xml", "static/Feed.xml")])
    assert [str(p) for p in problems] == [
        "static/Feed.xml:1: static/Feed.xml and generated feed.xml both write Feed.xml: feed.xml "
        "(differs only in case); rename one of them"]


def _spelling(draw: st.DrawFn, name: str) -> str:
    """`name` as another system may have saved it: each letter in either case, the whole in NFC or NFD."""
    import unicodedata

    cased = "".join(draw(st.sampled_from([c, c.upper(), c.lower()])) for c in name)
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), cased)


NAMES = st.text(st.sampled_from("abcéèüñøÅßç-ő"), min_size=1, max_size=8)


@given(NAMES, st.data())
def test_names_that_one_file_system_or_another_holds_as_one_collide(name: str, data: st.DataObject) -> None:
    """On macOS (APFS, HFS+) "café" composed (NFC) and decomposed (NFD) are one name, as are "Café" and
    "café" on any case-insensitive disk: two static files so named were both published, and one lost
    where the site was copied. Every such pair is one collision; names that differ otherwise never are."""
    one, other = _spelling(data.draw, name), _spelling(data.draw, name)
    problems = check_collisions([(f"{one}.txt", f"static/{one}.txt"), (f"{other}.txt", f"static/{other}.txt")])
    assert len(problems) == 1
    assert "the same output path" in problems[0].message if one == other else "differs only in" in problems[0].message
    assert check_collisions([(f"{one}.txt", f"static/{one}.txt"), (f"{one}x.txt", f"static/{one}x.txt")]) == []


def test_a_composed_and_a_decomposed_name_collide() -> None:
    problems = check_collisions([("caf\u00e9.txt", "static/caf\u00e9.txt"), ("cafe\u0301.txt", "static/cafe\u0301.txt")])
    assert [str(p) for p in problems] == [
        "static/cafe\u0301.txt:1: static/cafe\u0301.txt and static/caf\u00e9.txt both write cafe\u0301.txt: caf\u00e9.txt "
        "(differs only in the Unicode form of its accented letters, composed or decomposed); rename one of them"]


def test_collision_with_a_configured_topic_points_at_config() -> None:
    problems = check_collisions([("topics/a/index.html", "static/topics/a/index.html"),
                                 ("topics/a/index.html", 'topic "a" in config.yaml')])
    assert [(p.path, p.line) for p in problems] == [("config.yaml", 1)]


def test_every_extra_claim_is_reported() -> None:
    claims = [("x.html", f"static/{n}/x.html") for n in range(3)]
    assert len(check_collisions(claims)) == 2


@pytest.mark.parametrize("kind", ["tmpfs", "bind"])
def test_an_output_folder_that_is_a_mount_point_is_refused_with_what_to_do(project: Path, tmp_path: Path,
                                                                          kind: str) -> None:
    """A Docker volume or a separate disk mounted at output/: the swap that publishes a build cannot
    rename it (EBUSY), which said 'Device or resource busy' on every build. Building inside it works."""
    import os
    import subprocess

    from support.sites import MINIMAL_SITE, run_cli, write_site
    from support.trees import tree_bytes

    if os.geteuid() != 0:
        pytest.skip("mounting needs root")
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    output = root / "output"
    output.mkdir()
    source = tmp_path / "elsewhere"
    source.mkdir()
    command = (["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(output)] if kind == "tmpfs"
               else ["mount", "--bind", str(source), str(output)])
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    try:
        assert messages(output, root) == [
            f"output: {output} is a mount point, and briefgen publishes a build by replacing the whole folder in "
            "one step (readers never see half a site), which a mount point does not allow; build into a folder "
            f"inside it (--output {output / 'site'}) or mount the folder above it"]
        result = run_cli(["build"], root)
        assert result.returncode == 1 and "is a mount point" in result.stderr and "busy" not in result.stderr
        assert list(output.iterdir()) == []
        for _ in range(2):  # the advice works, also for the rebuild that swaps
            result = run_cli(["build", "--output", str(output / "site")], root)
            assert result.returncode == 0, result.stderr
            (root / "content/articles/first-report.md").write_text(
                (root / "content/articles/first-report.md").read_text() + "\nMore.\n")
        assert "articles/first-report/index.html" in tree_bytes(output / "site")
    finally:
        subprocess.run(["umount", str(output)], check=False)


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_mountinfo_paths_read_back_as_the_kernel_escaped_them(name: str) -> None:
    """The kernel escapes space, tab, newline and backslash in mountinfo as octal (show_mountinfo,
    seq_escape with " \\t\\n\\\\"); a mount point named with any of them is still recognised."""
    from briefgen.output.mounts import _unescape

    escaped = "".join(f"\\{ord(c):03o}" if c in " \t\n\\" else c for c in name)
    assert _unescape(escaped) == name


# --- names Windows keeps for devices (peers: Hugo 12640, a tag "nul"; blade-build 547, aux.md) ---

DEVICES = ["con", "prn", "aux", "nul"] + [f"{kind}{n}" for kind in ("com", "lpt") for n in "0123456789\u00b9\u00b2\u00b3"]
DEVICE_PART = st.tuples(st.sampled_from(DEVICES), st.sampled_from(["", ".txt", ".tar.gz", ".html"]), st.data()).map(
    lambda t: "".join(t[2].draw(st.sampled_from([c, c.upper()])) for c in t[0]) + t[1])
OTHER_PART = st.sampled_from(["console", "aux-armes", "com10", "nuls", "lpt", "index.html", "icon", "a.con",
                              "prn-x", "com", "connect.txt"]) | st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}", fullmatch=True)


@given(before=st.lists(OTHER_PART, max_size=2), device=DEVICE_PART, after=st.lists(OTHER_PART, max_size=2),
       others=st.lists(st.lists(OTHER_PART, min_size=1, max_size=3).map("/".join), max_size=4))
def test_a_path_with_a_device_name_part_is_warned_once_and_no_other(before: list[str], device: str, after: list[str],
                                                                     others: list[str]) -> None:
    path = "/".join([*before, device, *after])
    claims = [(path, f"static/{path}")] + [(p, f"static/{p}") for p in others if p != path]
    warned = [d for d in check_collisions(claims) if "a name Windows keeps for a device" in d.message]
    assert [(d.path, d.severity) for d in warned] == [(f"static/{path}", "warning")]
    assert f'whose part "{device}"' in warned[0].message


def test_the_reported_names_build_with_a_warning_at_their_files(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "static/aux.txt": "x\n", "content/articles/nul.md": (
        MINIMAL_SITE["content/articles/first-report.md"].replace("Envoys meet", "Envoys meet again"))})
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0, result.stderr
    assert ('content/articles/nul.md:1: warning: content/articles/nul.md writes articles/nul/index.html, whose part '
            '"nul" is a name Windows keeps for a device: the site cannot be built, copied or checked out on Windows; '
            "rename it if the site may ever be") in result.stderr
    assert 'static/aux.txt:1: warning: static/aux.txt writes aux.txt, whose part "aux.txt"' in result.stderr
    assert (root / "output" / "articles" / "nul" / "index.html").is_file() and (root / "output" / "aux.txt").is_file()
