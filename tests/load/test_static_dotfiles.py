"""Dot-files in static/: the web's own are published, any other is a warning naming it — none is
left out silently. A `static/.well-known/security.txt`, `.htaccess` or `.nojekyll` was dropped
without a word (the walk skipped every name starting with a dot). Version control's and the
desktop's files (`.git/`, `.gitkeep`, `.DS_Store`, editor locks) stay out without a warning.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.load.confinement import PUBLISHED_DOTFILES
from briefgen.load.litter import is_tools_dotfile
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

LEFT_OUT = ("not published: names starting with a dot are kept out of the site, except .htaccess, .nojekyll, "
            ".well-known; rename it if it belongs in the site")
PART = st.one_of(st.sampled_from(sorted(PUBLISHED_DOTFILES) + [".git", ".gitkeep", ".DS_Store", ".#lock", ".env",
                                                               ".config", "._x", ".a.swp", "docs", "img"]),
                 st.from_regex(r"\.?[a-z][a-z0-9-]{0,6}", fullmatch=True))


def outcome(rel: str) -> str:
    """What must become of static/`rel`: "published", "warned" (at its first hidden part) or "quiet"."""
    for part in rel.split("/"):
        if part.startswith(".") and part not in PUBLISHED_DOTFILES:
            return "quiet" if is_tools_dotfile(part) else "warned"
    return "published"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("dots"), MINIMAL_SITE)


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paths=st.lists(st.lists(PART, min_size=1, max_size=3).map("/".join), min_size=1, max_size=4, unique=True))
def test_every_static_file_is_published_or_named_in_a_warning(site: Path, paths: list[str]) -> None:
    files = {}
    for rel in paths:
        if any(other.startswith(rel + "/") or rel.startswith(other + "/") for other in paths if other != rel):
            continue  # one cannot be both a file and a folder
        files[rel] = f"{rel}\n"
    root = write_site(site.parent / f"s{abs(hash(tuple(files)))}", dict(MINIMAL_SITE, **{
        f"static/{rel}": text for rel, text in files.items()}))
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, result.diagnostics
    published = tree_bytes(root / "output")
    warned = {d.path for d in result.diagnostics if d.message == LEFT_OUT}
    for rel, text in files.items():
        expected = outcome(rel)
        assert (published.get(rel) == text.encode()) == (expected == "published"), rel
        if expected == "warned":
            first_hidden = next(i for i, part in enumerate(rel.split("/"))
                                if part.startswith(".") and part not in PUBLISHED_DOTFILES)
            assert "static/" + "/".join(rel.split("/")[:first_hidden + 1]) in warned, rel
    assert all(outcome(path.removeprefix("static/")) == "warned" for path in warned)


def test_the_reported_files(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", dict(MINIMAL_SITE, **{
        "static/.well-known/security.txt": "Contact: mailto:desk@example.org\n", "static/.htaccess": "Options -Indexes\n",
        "static/.nojekyll": "", "static/.env": "TOKEN=x\n", "static/.gitkeep": "", "static/img/.DS_Store": "x"}))
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert [str(d) for d in result.diagnostics if d.path.startswith("static")] == [f"static/.env: warning: {LEFT_OUT}"]
    out = tree_bytes(root / "output")
    assert out[".well-known/security.txt"] == b"Contact: mailto:desk@example.org\n"
    assert out[".htaccess"] == b"Options -Indexes\n" and out[".nojekyll"] == b""
    assert not {".env", ".gitkeep", "img/.DS_Store"} & set(out)
