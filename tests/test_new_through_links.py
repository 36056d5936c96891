"""`briefgen new` writes no file through a link the build refuses.

`fetch` and `review` stop at a `content/articles` (or `content`) symlink out of the project or to a
hidden folder (tests/importer/test_import_linked_articles.py); `new article|note` still wrote its
file there (a trial: `content/articles -> /tmp/victim`, `briefgen new article X` created
/tmp/victim/x.md, exit 0), although `build` refuses that very link. All three ask
`load.files.linked_folder_refused` now.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.scaffold import new_file
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples


@settings(max_examples=examples(30), deadline=None)
@given(kind=st.sampled_from(["article", "note"]), whole=st.booleans(),
       target=st.sampled_from(["outside", "outside/deeper", "shared", ".hidden", "shared/.cache"]),
       allow=st.booleans())
def test_new_writes_only_where_the_build_reads(kind: str, whole: bool, target: str, allow: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="new-links-") as tmp:
        base = Path(tmp)
        root = base / "project"
        outside = target.startswith("outside")
        config = MINIMAL_SITE["config.yaml"] + (f"allow_symlinks_to: ['{base / 'outside'}']\n" if allow else "")
        write_site(root, {"config.yaml": config})
        where = (base if outside else root) / target
        where.mkdir(parents=True)
        linked = "content" if whole else f"content/{kind}s"
        (root / linked).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(where, root / linked)
        made, problems = new_file(root / "config.yaml", kind, "Envoys meet in Geneva")
        refused = (outside and not allow) or "." in target
        if refused:
            assert made is None and [(p.path, p.severity) for p in problems] == [(linked, "error")], problems
            assert f"nothing was written there by briefgen new {kind}" in problems[0].message
            assert list(where.iterdir()) == []
        else:
            assert problems == [] and made is not None and made.is_file()


def test_the_reported_link_out_of_the_project_gets_no_file(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    root = write_site(tmp_path / "site", {"config.yaml": MINIMAL_SITE["config.yaml"]})
    (root / "content").mkdir()
    os.symlink(victim, root / "content/articles")
    result = run_cli(["new", "article", "Envoys meet in Geneva"], root)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"content/articles: symlink to {victim}, which is outside the project"), result.stderr
    assert "nothing was written there by briefgen new article" in result.stderr
    assert list(victim.iterdir()) == []
