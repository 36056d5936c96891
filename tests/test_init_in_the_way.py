"""`briefgen init` in a folder where a file stands where it needs a folder names that file.

Found by a trial: with a file `content/articles` in the folder, init said
"content/articles/example-ceasefire-framework.md: cannot create it (File exists)", and with the
site's folder itself a file, "site/static: cannot create it (Not a directory)" — neither names
what to move. A dangling symlink named config.yaml gave "File exists" too. And the hint
"Next: cd my briefing && briefgen serve" could not be pasted into a shell.
"""
from __future__ import annotations

import shlex
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from briefgen.diagnostics import UsageError
from briefgen.scaffold import init_site
from support.sites import MINIMAL_SITE, run_cli
from support.examples import examples

PLACES = ["content", "content/articles", "content/notes", "templates", "static", "config.yaml",
          "content/articles/example-ceasefire-framework.md", ".gitignore", "templates/README.md"]


def test_the_reported_folders_name_what_is_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "a" / "content").mkdir(parents=True)
    (tmp_path / "a" / "content" / "articles").write_text("mine")
    (tmp_path / "b").write_text("mine")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "config.yaml").symlink_to("nowhere")
    found = {name: run_cli(["init", name], tmp_path) for name in "abc"}
    assert all(r.returncode == 1 and "Traceback" not in r.stderr for r in found.values())
    assert found["a"].stderr.startswith("a/content/articles: cannot create content/articles/example-ceasefire-"
                                        "framework.md: a file of that name is in the way; move it away")
    assert found["b"].stderr.startswith("b: cannot create the site's folder b: a file of that name is in the way")
    assert found["c"].stderr.startswith("c/config.yaml: cannot create config.yaml: a symbolic link")
    assert (tmp_path / "a" / "content" / "articles").read_text() == "mine"
    done = run_cli(["init", "my briefing"], tmp_path)
    assert done.returncode == 0 and "Next: cd 'my briefing' && briefgen serve" in done.stdout
    assert shlex.split(done.stdout.split("Next: ")[1].split(" && ")[0]) == ["cd", "my briefing"]


@settings(max_examples=examples(30), deadline=None, database=None)
@given(st.dictionaries(st.sampled_from(PLACES), st.sampled_from(["file", "link", "folder"]), max_size=4))
@example({"content/articles": "file"})
@example({"config.yaml": "link"})
def test_init_completes_or_names_an_existing_non_folder_on_the_way(blocked: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        site = Path(temp) / "site"
        site.mkdir()
        for place, kind in sorted(blocked.items()):
            path = site / place
            if any((site / other).exists() and not (site / other).is_dir() or (site / other).is_symlink()
                   for other in blocked if place.startswith(other + "/")):
                continue  # (inside what is already a file)
            path.parent.mkdir(parents=True, exist_ok=True)
            if kind == "file":
                path.write_text("mine")
            elif kind == "link":
                path.symlink_to("nowhere")
            else:
                path.mkdir(exist_ok=True)
        before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
        if (site / "config.yaml").exists():  # a site is there: refused as a usage error, nothing written
            with pytest.raises(UsageError):
                init_site(site)
            return
        created, problems = init_site(site)
        assert {p: p.read_bytes() for p in before} == before  # nothing of the editor's replaced
        if not problems:
            assert all((site / p).is_file() or (site / p).is_dir() for p in PLACES if p not in blocked)
        else:
            (problem,) = problems
            named = Path(problem.path)
            assert (named.exists() or named.is_symlink()) and not named.is_dir(), problem
            assert (site == named or site in named.parents) and "cannot create" in problem.message, problem


@pytest.mark.parametrize("kind, blocked", [("note", "content/notes"), ("article", "content"),
                                           ("article", "content/articles")])
def test_new_names_the_file_in_the_way_not_already_exists(site_factory, kind: str, blocked: str) -> None:  # type: ignore[no-untyped-def]
    """Reported: a file content/notes made `briefgen new note Hello` say "content/notes/hello.md:1:
    already exists" (mkdir's FileExistsError read as the new file's)."""
    root = site_factory(MINIMAL_SITE)
    shutil.rmtree(root / blocked, ignore_errors=True)
    (root / blocked).write_text("mine")
    result = run_cli(["new", kind, "Hello"], root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    folder = "notes" if kind == "note" else "articles"
    assert result.stderr.startswith(f"{blocked}: cannot create content/{folder}/hello.md: a file of that name is "
                                    "in the way"), result.stderr
    assert (root / blocked).read_text() == "mine"
