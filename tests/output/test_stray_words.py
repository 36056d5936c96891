"""The words of the warnings for what was added to `output/` by hand say what became of it and where it is
(output/strays.py).

A tester, 2026-12-05: "… was not made by briefgen … has left the output" was said also when the new site had a file
at that very address (a `static/CNAME` added as the warning itself advised: briefgen's replaced it, nothing left the
site), and the spare copy holding the file was said to be in `.briefgen-cache/` when it lay beside an output on
another mount (`--output /dev/shm/…`: `.site.briefgen-spare/`)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

from briefgen.output.strays import added_by_hand, removed_by_hand

SEGMENT = st.from_regex(r"[a-z0-9][a-z0-9.-]{0,6}", fullmatch=True).filter(lambda s: ".." not in s)
PATH = st.lists(SEGMENT, min_size=1, max_size=3).map("/".join)
ROOT = Path("/srv/project")
SPARES = (ROOT / ".briefgen-cache/output-0a1b/spare", Path("/mnt/share/.site.briefgen-spare"),
          ROOT / ".output.briefgen-spare")


@settings(max_examples=examples(200), deadline=None)
@given(path=PATH, site=st.sets(PATH, max_size=6), under=st.booleans(), spare=st.sampled_from(SPARES))
def test_the_warning_says_whether_briefgen_replaced_it_and_where_the_spare_is(path: str, site: set[str], under: bool,
                                                                             spare: Path) -> None:
    if under:  # (the new site has a file at that address, or files in that folder)
        site.add(path if len(site) % 2 else f"{path}/index.html")
    replaced = path in site or any(other.startswith(f"{path}/") for other in site)
    for made in (added_by_hand, removed_by_hand):
        said = made(ROOT / "output", path, ROOT, site, spare)
        assert said.path == f"output/{path}"
        assert ("briefgen's replaced it" in said.message) == replaced, said.message
        assert ("has left the output" in said.message or "is now removed" in said.message) == (not replaced)
        assert ("put it in static/" in said.message) == (not replaced)  # (briefgen's own file is there now)
        assert (".briefgen-cache" in said.message) == (".briefgen-cache" in str(spare)), said.message
    where = spare.relative_to(ROOT).as_posix() if spare.is_relative_to(ROOT) else str(spare)
    assert f"as {where}/{path})" in added_by_hand(ROOT / "output", path, ROOT, site, spare).message


def _named_spare(stderr: str, name: str) -> Path:
    """The spare copy a warning of `name` names: "… holds what was added until the next build, as <path>)"."""
    line = next(line for line in stderr.splitlines() if f"{name}: warning: was not made by briefgen" in line)
    return Path(line.split("until the next build, as ", 1)[1].split(")", 1)[0])


def test_a_file_added_with_its_static_copy_is_said_to_be_replaced(tmp_path: Path) -> None:
    """The tester's steps: output/CNAME added by hand, then static/CNAME as the warning advises, one build."""
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    assert run_cli(["build"], root).returncode == 0
    (root / "output/CNAME").write_text("by hand\n")
    (root / "static").mkdir()
    (root / "static/CNAME").write_text("briefing.example.org\n")
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    assert "output/CNAME: warning: was not made by briefgen" in done.stderr
    assert "briefgen's replaced it" in done.stderr and "has left the output" not in done.stderr, done.stderr
    assert (root / "output/CNAME").read_text() == "briefing.example.org\n"
    assert (root / _named_spare(done.stderr, "output/CNAME")).read_text() == "by hand\n"


def test_the_spare_beside_an_output_on_another_mount_is_named_where_it_is(tmp_path: Path) -> None:
    """`--output` on another mount (/dev/shm, a tmpfs; or the system's temporary folder where tmp_path is on /dev/shm,
    as tools/test.sh puts it): the spare lies beside the output, and the warning names it there, not in
    .briefgen-cache/."""
    others = [folder for folder in (Path("/dev/shm"), Path(tempfile.gettempdir()))
              if folder.is_dir() and os.access(folder, os.W_OK) and folder.stat().st_dev != tmp_path.stat().st_dev]
    if not others:
        pytest.skip("no writable folder on another mount")
    root = write_site(tmp_path / "site", MINIMAL_SITE)
    with tempfile.TemporaryDirectory(dir=others[0]) as elsewhere:
        out = Path(elsewhere) / "site"
        assert run_cli(["build", "--output", str(out)], root).returncode == 0
        (out / "CNAME").write_text("by hand\n")
        article = root / "content/articles/first-report.md"
        article.write_text(article.read_text() + "\nMore.\n")
        done = run_cli(["build", "--output", str(out)], root)
        assert done.returncode == 0, done.stderr
        spare = _named_spare(done.stderr, f"{out}/CNAME")
        assert ".briefgen-cache" not in str(spare) and spare.read_text() == "by hand\n", done.stderr
        assert "has left the output" in done.stderr and not (out / "CNAME").exists()
