"""What systems, desktops and editors leave in static/ is not published, nor served by the preview (load/litter.py).

TR17 (2026-12-06): a site built with a static/ copied from a Windows share, a Mac and an editor's session
published `Thumbs.db`, `desktop.ini`, `ehthumbs.db`, Word's `~$report.docx` lock file, `notes.txt~` and
`#notes.txt#` backups, Vim's `4913` probe, `x.tmp`, `x.part`, `x.crdownload`, JetBrains' `x___jb_tmp___` and a
drive's `$RECYCLE.BIN/` and `System Volume Information/` (the dot-files, `.DS_Store`, `._x`, `.x.swp`, `.git/`,
`.svn/`, were already left out). Now each is left out without a word in the build, named by `check -v`, and
published when `static_include:` lists it; names that only look alike (`notes~draft.txt`, `~report.pdf`,
`#tags.png`, `x.bak`) are published as before.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.load.litter import is_tools_dotfile, litter, litter_part
from support.examples import examples
from support.previews import serving
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes

LITTER = ["Thumbs.db", "thumbs.db", "Desktop.ini", "desktop.ini", "ehthumbs.db", "~$report.docx", "~$a.xlsx",
          "notes.txt~", "chart.png~", "#notes.txt#", "4913", "5036", "x.tmp", "~WRL0001.tmp", "x.part",
          "x.crdownload", "x.crswap", "x___jb_tmp___", "x___jb_old___", "x.swp", "x.kate-swp", "x.bck"]
LOOKALIKES = ["notes~draft.txt", "~report.pdf", "#tags.png", "tags#", "x.bak", "x.orig", "photo.tmp.jpg",
              "thumbs.db.jpg", "my-desktop.ini.txt", "4912", "4914", "counterpart", "sediments", "x.partial.txt",
              "$RECYCLE.BIN.txt", "chart.png"]
DOTTED = [".DS_Store", "._photo.jpg", ".notes.txt.swp", ".#notes.txt", ".~lock.report.odt#", ".Trashes",
          ".Spotlight-V100", ".fseventsd"]
FOLDERS = ["", "img/", "docs/2023/", "$RECYCLE.BIN/", "System Volume Information/", "recycler/"]


def kept_out(rel: str) -> bool:
    """Whether static/`rel` stays out of the site, from the rules of load/litter.py as its docs state them."""
    parts = rel.split("/")
    return (any(part in ("$RECYCLE.BIN", "System Volume Information") for part in parts[:-1])
            or parts[-1] in LITTER or parts[-1].startswith("."))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("litter"), MINIMAL_SITE)


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(st.sampled_from(FOLDERS), st.sampled_from(LITTER + LOOKALIKES + DOTTED)),
                      min_size=1, max_size=8, unique=True))
@example(files=[("", "Thumbs.db"), ("", "notes~draft.txt"), ("$RECYCLE.BIN/", "desktop.ini"), ("img/", "~$a.xlsx")])
def test_litter_in_any_folder_is_left_out_unsaid_and_everything_else_is_published(
        site: Path, files: list[tuple[str, str]]) -> None:
    rels = {folder + name for folder, name in files}
    root = write_site(site.parent / f"s{abs(hash(tuple(sorted(rels))))}",
                      dict(MINIMAL_SITE, **{f"static/{rel}": f"{rel}\n" for rel in rels}))
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, result.diagnostics
    assert not [d for d in result.diagnostics if d.path.startswith("static/")], result.diagnostics
    published = tree_bytes(root / "output")
    for rel in rels:
        assert (published.get(rel) == f"{rel}\n".encode()) == (not kept_out(rel)), rel
        assert (litter_part(rel) is not None or is_tools_dotfile(rel.rpartition("/")[2])) == kept_out(rel), rel


def test_the_reported_site_with_check_v_and_the_preview(tmp_path: Path) -> None:
    names = LITTER + LOOKALIKES + DOTTED + ["$RECYCLE.BIN/desktop.ini", "System Volume Information/IndexerVolumeGuid",
                                           ".git/config", "img/.svn/entries", "img/Thumbs.db", "img/photo.png"]
    root = write_site(tmp_path / "site", dict(MINIMAL_SITE, **{f"static/{n}": "x\n" for n in names},
                                              **{"content/articles/~$report.docx": "x", "content/articles/Thumbs.db": "x",
                                                 "content/notes/notes.md~": "x", "content/articles/#a.md#": "x"}))
    built = run_cli(["build"], cwd=root)
    assert built.returncode == 0, built.stderr
    assert "static/" not in built.stderr and "content/" not in built.stderr, built.stderr
    out = tree_bytes(root / "output")
    assert {n for n in names if n in out} == set(LOOKALIKES) | {"img/photo.png"}
    checked = run_cli(["check", "-v"], cwd=root)
    assert checked.returncode == 0, checked.stderr
    listed = [line.partition(": not published: ")[::2] for line in checked.stdout.splitlines()
              if ": not published: " in line]
    assert sorted(path for path, _ in listed) == sorted(
        [f"static/{n}" for n in LITTER + DOTTED] + ["static/$RECYCLE.BIN", "static/System Volume Information",
                                                    "static/.git", "static/img/.svn", "static/img/Thumbs.db"])
    assert "static/~$report.docx: not published: an Office lock file (Word, Excel and PowerPoint keep one beside " \
           "a document while it is open); list it under `static_include:` in config.yaml to publish it" in checked.stdout
    assert "static/.git: not published: version control's, a desktop's or an editor's hidden file; a dot-file is " \
           "never published" in checked.stdout
    with serving(root / "config.yaml") as preview:  # the preview serves what the build publishes, no more
        def status(rel: str) -> int:
            try:
                with urllib.request.urlopen(preview.url + urllib.request.quote(rel), timeout=30) as answer:
                    return answer.status
            except urllib.error.HTTPError as exc:
                return exc.code
        assert status("img/photo.png") == 200 and status("notes~draft.txt") == 200
        assert [rel for rel in ("Thumbs.db", "~$report.docx", "notes.txt~", "#notes.txt#", "$RECYCLE.BIN/desktop.ini",
                                "img/Thumbs.db", ".DS_Store") if status(rel) != 404] == []


def test_static_include_publishes_what_it_names_and_a_pattern_that_names_nothing_is_a_warning(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"] + 'static_include: [Thumbs.db, "samples/*~", "Desktop.ini", .DS_Store]\n'
    root = write_site(tmp_path / "site", dict(MINIMAL_SITE, **{
        "config.yaml": config, "static/Thumbs.db": "a", "static/img/Thumbs.db": "b", "static/samples/a.txt~": "c",
        "static/b.txt~": "d", "static/desktop.ini": "e", "static/.DS_Store": "f"}))
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, result.diagnostics
    out = tree_bytes(root / "output")
    assert {n for n in ("Thumbs.db", "img/Thumbs.db", "samples/a.txt~", "b.txt~", "desktop.ini", ".DS_Store")
            if n in out} == {"Thumbs.db", "img/Thumbs.db", "samples/a.txt~"}
    assert sorted((d.path, d.line, d.message.split(" names ")[0]) for d in result.diagnostics) == [
        ("config.yaml", 0, 'static_include: Desktop.ini (did you mean "desktop.ini"?)'),
        ("config.yaml", 8, "static_include: .DS_Store")]


@pytest.mark.parametrize("name", LITTER)
def test_each_litter_name_says_what_it_is(name: str) -> None:
    assert litter(name) is not None and litter(name)[0].isascii()
    assert litter(name, folder=True) is None


@pytest.mark.parametrize("name", LOOKALIKES + DOTTED)
def test_lookalikes_and_dot_files_are_no_litter(name: str) -> None:
    assert litter(name) is None
