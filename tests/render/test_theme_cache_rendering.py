"""A theme template compiled for rendering alone (no `analyse` first: `briefgen check`'s trial render, the preview)
is read from and kept in the theme cache as the build's are (render/sharedcompile.py; 2026-12-05: a one-article
site's `check` compiled the 25 theme templates it renders on every run, ~1 s of its ~2.4 s on a loaded machine)."""
from __future__ import annotations

import os
from pathlib import Path

from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.environment import make_environment
from briefgen.render.themecache import ThemeCache
from support.bytecode import modules_bytecode_in
from support.sites import MINIMAL_SITE, run_cli, write_site

NAMES = ["index.html", "story.html", "article.html"]


def _environment(folder: Path, writable: bool = True):  # type: ignore[no-untyped-def]
    env = make_environment(THEME_TEMPLATES)
    env.theme_cache = ThemeCache(THEME_TEMPLATES, folder, writable, env.theme_cache._configuration)
    return env


def _entries(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else {}


def test_a_template_loaded_for_rendering_is_kept_then_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = _environment(folder)
    code = {name: first.get_template(name) for name in NAMES}
    kept = _entries(folder)
    assert len(kept) >= len(NAMES)  # (each template and what it includes or extends)
    second = _environment(folder)
    for name in NAMES:
        again = second.get_template(name)
        assert again.root_render_func.__code__.co_code == code[name].root_render_func.__code__.co_code
    assert _entries(folder) == kept  # read back, not compiled and written again


def test_a_damaged_or_absent_cache_changes_nothing_rendered(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    _environment(folder).get_template("index.html")
    for path in folder.rglob("*"):
        if path.is_file():
            path.write_bytes(b"\x00damaged")
    plain = make_environment(THEME_TEMPLATES)
    plain.theme_cache = None
    damaged = _environment(folder, writable=False)
    for name in NAMES:
        assert (damaged.get_template(name).root_render_func.__code__.co_code
                == plain.get_template(name).root_render_func.__code__.co_code)


def test_check_twice_reads_the_theme_from_its_cache(tmp_path: Path) -> None:
    """The command as run: a check with its own cache folder (PYTHONPYCACHEPREFIX) keeps the theme there, and a
    second check finds it and writes nothing. The folder holds the modules' bytecode first, as an installation's
    do (support/bytecode.py): the first check compiled briefgen and what it imports from source (~3 s of CPU)."""
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    prefix = modules_bytecode_in(tmp_path / "pycache")
    env = {"PYTHONPYCACHEPREFIX": str(prefix), "PYTHONDONTWRITEBYTECODE": ""}
    theme = Path(prefix, *Path(os.path.abspath(THEME_TEMPLATES.parent)).parts[1:])
    assert not list(theme.glob("*.jinja"))  # (only modules' bytecode so far)
    first = run_cli(["check"], cwd=site, env=env)
    assert first.returncode == 0, first.stderr
    kept = {p: p.stat().st_mtime_ns for p in theme.glob("*.jinja")}
    assert kept
    second = run_cli(["check"], cwd=site, env=env)
    assert second.returncode == 0, second.stderr
    assert {p: p.stat().st_mtime_ns for p in theme.glob("*.jinja")} == kept
