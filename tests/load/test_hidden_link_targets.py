"""A link is no way round the hidden-name rule: nothing under a name starting with a dot (but the
web's own, `.well-known`, `.htaccess`, `.nojekyll`) is read through a symlink in static/,
content/ or templates/. A trial's `static/humans.txt -> ../.git/config` published the clone's
remote address with its access token, `static/env.txt -> ../.env` the project's secrets, and
`static/g -> ../.git` the whole repository: the links stay inside the project folder, which was
all the walk checked. Such a link in static/ is now left out with a warning naming it, as a
hidden file there is; in content/ and templates/, where the build needs the file, an error.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.confinement import PUBLISHED_DOTFILES
from briefgen.load.files import confinement
from briefgen.load.staticfiles import static_files
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

SECRET = "ghp_0123456789abcdefSECRET"
NAME = st.one_of(st.sampled_from(sorted(PUBLISHED_DOTFILES) + [".git", ".env", ".ssh", ".config", "docs", "img"]),
                 st.from_regex(r"\.?[a-z][a-z0-9-]{0,5}", fullmatch=True))


def hidden(rel: str) -> bool:
    return any(part.startswith(".") and part not in PUBLISHED_DOTFILES for part in rel.split("/"))


@settings(max_examples=examples(10), deadline=None)
@given(target=st.lists(NAME, min_size=1, max_size=3).map("/".join), as_folder=st.booleans())
def test_a_static_link_publishes_its_target_only_when_no_name_on_the_way_is_hidden(target: str,
                                                                                  as_folder: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="sec6-") as tmp:
        root = Path(tmp)
        (root / "static").mkdir()
        place = root / target
        place.parent.mkdir(parents=True, exist_ok=True)
        if as_folder:
            place.mkdir()
            (place / "file.txt").write_text(SECRET)
        else:
            place.write_text(SECRET)
        os.symlink(place, root / "static" / "link")
        found, problems = static_files(root, confinement(root))
        published = {rel for rel in found if rel.startswith("link")}
        if hidden(target):
            assert not published, (target, published)
            assert [(d.path, d.severity) for d in problems] == [("static/link", "warning")]
            assert f"not published: symlink to {os.path.realpath(place)}, which is hidden" in problems[0].message
        else:
            assert published == ({"link/file.txt"} if as_folder else {"link"}), target
            assert not problems


def test_links_to_the_projects_hidden_files_publish_nothing_of_them(tmp_path: Path) -> None:
    root = write_site(tmp_path / "project", dict(MINIMAL_SITE, **{
        ".git/config": f'[remote "origin"]\n\turl = https://ana:{SECRET}@github.com/desk/briefing\n',
        ".env": f"TOKEN={SECRET}\n",
        ".drafts/leak.md": MINIMAL_SITE["content/articles/first-report.md"].replace("Envoys", SECRET),
    }))
    (root / "static").mkdir()
    os.symlink("../.git/config", root / "static/humans.txt")
    os.symlink("../.env", root / "static/env.txt")
    os.symlink("../.git", root / "static/g")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0, result.stderr
    for link, target in (("static/humans.txt", ".git/config"), ("static/env.txt", ".env"), ("static/g", ".git")):
        assert (f"{link}: warning: not published: symlink to {os.path.realpath(root / target)}, which is hidden"
                in result.stderr), link
    published = [p for p in (root / "output").rglob("*") if p.is_file()]
    assert not any(SECRET.encode() in p.read_bytes() for p in published)
    assert not {"humans.txt", "env.txt", "g"} & {p.name for p in (root / "output").iterdir()}

    (root / "templates/partials").mkdir(parents=True)
    os.symlink("../../.drafts/leak.md", root / "content/articles/leak.md")
    os.symlink("../../.env", root / "templates/partials/masthead.html")
    refused = run_cli(["build"], cwd=root)
    assert refused.returncode == 1, refused.stderr
    for link, target in (("content/articles/leak.md", ".drafts/leak.md"),
                         ("templates/partials/masthead.html", ".env")):
        assert f"{link}: symlink to {os.path.realpath(root / target)}, which is hidden" in refused.stderr, link
    assert not any(SECRET.encode() in p.read_bytes() for p in (root / "output").rglob("*") if p.is_file())
    cached = [p for p in (root / ".briefgen-cache").rglob("*") if p.is_file() and not p.is_symlink()]
    assert not any(SECRET.encode() in p.read_bytes() for p in cached)


def test_a_link_to_the_webs_own_dot_folder_is_still_published(tmp_path: Path) -> None:
    root = write_site(tmp_path / "project", {"shared/.well-known/security.txt": "Contact: mailto:desk@example.org\n"})
    (root / "static").mkdir()
    os.symlink("../shared/.well-known", root / "static/.well-known")
    found, problems = static_files(root, confinement(root))
    assert problems == []
    assert found[".well-known/security.txt"].read_text() == "Contact: mailto:desk@example.org\n"
