"""The built-in theme compiled once per installation (render/themecache.py, render/compiletheme.py):
kept where Python keeps bytecode and by its rules, never trusted when damaged or made for other
source, and a build's pages are the same bytes with it, without it and with a damaged one."""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.environment import make_environment
from briefgen.render.themecache import Compiled, ThemeCache, theme_cache_folder
from support.bytecode import modules_bytecode_in
from support.sites import MINIMAL_SITE, REPO_ROOT, run_cli, write_site
from support.trees import tree_bytes
from support.examples import examples

THEME_NAMES = sorted(path.relative_to(THEME_TEMPLATES).as_posix() for path in THEME_TEMPLATES.rglob("*.html"))


def _kept(prefix: Path) -> list[Path]:
    folder = Path(prefix, *Path(os.path.abspath(THEME_TEMPLATES.parent)).parts[1:])
    return sorted(folder.glob("*.jinja")) if folder.is_dir() else []


def _theme_code(env) -> dict[str, Compiled]:  # type: ignore[no-untyped-def]
    """Every theme template as `env` compiles it from source (not from the theme cache)."""
    env.theme_cache = None
    codes = {}
    for name in THEME_NAMES:
        source, filename, _ = env.loader.get_source(env, name)
        codes[name] = env._analysed(source, name, filename)
    return codes


@functools.cache
def _english_theme_code() -> dict[str, Compiled]:
    """The default environment's (English, no plugins): compiled once a run, not once a language (~1.5 s each)."""
    return _theme_code(make_environment(THEME_TEMPLATES))


@pytest.mark.parametrize("language", ["ar", "he", "de", "zh-Hant"])
def test_the_themes_code_does_not_depend_on_the_content_language_or_plugins(language: str) -> None:
    """Why the cache's key holds the environment's options and not the site's language or plugins:
    Jinja folds a filter over a constant while compiling, and `isolate` depends on the language."""
    other = _theme_code(make_environment(THEME_TEMPLATES, filters={"shout": str.upper}, globals={"edition": 1},
                                         content_language=language))
    english = _english_theme_code()
    assert list(other) == list(english) == THEME_NAMES
    for name in THEME_NAMES:
        assert other[name] == english[name], name


def _compiled(env_source: str = "{{ page.title }}{% include 'partials/x.html' %}") -> tuple[str, Compiled]:
    env = make_environment(THEME_TEMPLATES)
    env.theme_cache = None
    return env_source, env._analysed(env_source, "t.html", str(THEME_TEMPLATES / "t.html"))


def test_an_entry_is_read_back_only_for_its_source_name_file_and_options(tmp_path: Path) -> None:
    source, compiled = _compiled()
    filename = str(THEME_TEMPLATES / "t.html")
    cache = ThemeCache(THEME_TEMPLATES, tmp_path, True, "options")
    assert cache.load(source, "t.html", filename) is None
    cache.store(source, "t.html", filename, compiled)
    assert cache.load(source, "t.html", filename) == compiled
    assert compiled.resolved == {"page"} and compiled.referenced == ("partials/x.html",)
    assert cache.load(source + " ", "t.html", filename) is None  # the source edited
    assert cache.load(source, "u.html", filename) is None
    assert ThemeCache(THEME_TEMPLATES, tmp_path, True, "other options").load(source, "t.html", filename) is None
    cache.store(source + " ", "t.html", filename, compiled)  # the edited source replaces the entry
    assert len(list(tmp_path.iterdir())) == 1
    assert cache.holds(filename) and not cache.holds(str(tmp_path / "t.html"))


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_damaged_entry_is_compiled_again_never_trusted_or_raised(tmp_path: Path, data: st.DataObject) -> None:
    source, compiled = _compiled()
    filename = str(THEME_TEMPLATES / "t.html")
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # a new one for every example, replayed ones too
    cache = ThemeCache(THEME_TEMPLATES, folder, True, "options")
    cache.store(source, "t.html", filename, compiled)
    [entry] = folder.iterdir()
    kept = entry.read_bytes()
    damage = data.draw(st.sampled_from(["flip", "cut", "garbage", "folder"]))
    if damage == "flip":
        at = data.draw(st.integers(0, len(kept) - 1))
        entry.write_bytes(kept[:at] + bytes([kept[at] ^ data.draw(st.integers(1, 255))]) + kept[at + 1:])
    elif damage == "cut":
        entry.write_bytes(kept[:data.draw(st.integers(0, len(kept) - 1))])
    elif damage == "garbage":
        entry.write_bytes(data.draw(st.binary(max_size=200)))
    else:
        entry.unlink()
        entry.mkdir()
    assert cache.load(source, "t.html", filename) is None


def test_a_folder_that_cannot_be_written_only_costs_the_compile(tmp_path: Path) -> None:
    source, compiled = _compiled()
    filename = str(THEME_TEMPLATES / "t.html")
    (tmp_path / "file").write_text("in the way")
    for folder in (tmp_path / "file", tmp_path / "file" / "below"):
        cache = ThemeCache(THEME_TEMPLATES, folder, True, "options")
        cache.store(source, "t.html", filename, compiled)  # no error
        assert cache.load(source, "t.html", filename) is None
    unwritten = ThemeCache(THEME_TEMPLATES, tmp_path / "new", False, "options")
    unwritten.store(source, "t.html", filename, compiled)
    assert not (tmp_path / "new").exists()


def test_the_cache_folder_follows_pythons_bytecode_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert theme_cache_folder(THEME_TEMPLATES) == (THEME_TEMPLATES.parent / "__pycache__", True)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    folder, writable = theme_cache_folder(THEME_TEMPLATES)
    assert folder.is_relative_to(tmp_path) and folder.parts[-2:] == THEME_TEMPLATES.parent.parts[-2:]
    assert not writable


def _modules_bytecode_in(prefix: Path) -> None:
    """Modules' bytecode under `prefix` (support/bytecode.py): the builds below then start as a build does beside an
    installation's bytecode instead of compiling briefgen, Jinja and the standard library from source (~9 s of the
    test's ~23 s alone). Only modules' bytecode: the theme's cache (`_kept`) is what the test counts, and the prefix
    holds none of it yet."""
    modules_bytecode_in(prefix)
    assert not _kept(prefix)


def _build(site: Path, env: dict[str, str]) -> dict[str, bytes]:
    result = run_cli(["build", "--quiet"], cwd=site, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return tree_bytes(site / "output")


def test_builds_keep_the_theme_by_pythons_rules_and_publish_the_same_pages(tmp_path: Path) -> None:
    """-B (PYTHONDONTWRITEBYTECODE) writes nothing; a build without it keeps the theme, the next
    reads it; compiletheme writes it in any case; a damaged cache is compiled again, silently. The
    pages are the same bytes every time. The cache is put under a prefix (PYTHONPYCACHEPREFIX), so
    the installation's own is left alone."""
    prefix = tmp_path / "prefix"
    env = {"PYTHONPYCACHEPREFIX": str(prefix)}
    _modules_bytecode_in(prefix)
    pages, counts = [], []
    for n, extra in enumerate(({"PYTHONDONTWRITEBYTECODE": "1"}, {"PYTHONDONTWRITEBYTECODE": ""},
                               {"PYTHONDONTWRITEBYTECODE": "1"})):
        site = write_site(tmp_path / f"site{n}", MINIMAL_SITE)
        pages.append(_build(site, env | extra))
        counts.append(len(_kept(prefix)))
    # nothing with -B; a build's templates (all but the few a one-article site never renders); no more
    assert counts[0] == 0 and len(THEME_NAMES) - 5 <= counts[1] == counts[2], counts
    for entry in _kept(prefix):
        entry.write_bytes(entry.read_bytes()[:-7] + b"damaged")
    pages.append(_build(write_site(tmp_path / "damaged", MINIMAL_SITE), env | {"PYTHONDONTWRITEBYTECODE": ""}))
    assert all(page == pages[0] for page in pages)
    assert len(pages[0]) > 10

    for entry in _kept(prefix):
        entry.unlink()
    ran = _compiletheme(tmp_path, env, "-B")  # as compileall: written with bytecode off too
    assert (ran.returncode, ran.stderr) == (0, "")
    assert len(_kept(prefix)) == len(THEME_NAMES)


def _compiletheme(cwd: Path, env: dict[str, str], *flags: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, *flags, "-m", "briefgen.render.compiletheme"], cwd=cwd,
                          env=os.environ | env | {"PYTHONPATH": path}, capture_output=True, text=True, timeout=120)


def test_compiletheme_says_when_it_cannot_keep_the_theme(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    prefix.write_text("a file where the folder would be")
    ran = _compiletheme(tmp_path, {"PYTHONPYCACHEPREFIX": str(prefix)})
    assert ran.returncode == 1
    assert f"could not keep {len(THEME_NAMES)} compiled theme templates in {prefix}" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_the_template_checks_tags_are_kept_and_read_back_as_made(tmp_path: Path) -> None:
    from briefgen.render.templatecheck import _theme_tags, theme_tags

    env = make_environment(THEME_TEMPLATES)
    env.theme_cache = ThemeCache(THEME_TEMPLATES, tmp_path, True, "options")
    for name in THEME_NAMES:
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        made = _theme_tags(name, source)
        assert theme_tags(env, name, source, filename) == made  # made, and kept
        assert env.theme_cache.kept("tags", source, name, filename, lambda: pytest.fail("made again")) is not None
        assert theme_tags(env, name, source, filename) == made  # read back
    assert len(list(tmp_path.glob("*.tags"))) == len(THEME_NAMES)


def test_a_kept_value_is_made_again_only_for_other_source(tmp_path: Path) -> None:
    cache = ThemeCache(THEME_TEMPLATES, tmp_path, True, "options")
    filename = str(THEME_TEMPLATES / "t.html")
    value = [(True, ("a.html",), 3, False), (False, None, 4, True)]
    made: list[str] = []
    for source in ("one", "one", "two", "two", "one"):
        assert cache.kept("tags", source, "t.html", filename, lambda: made.append(source) or value) == value
    assert made == ["one", "two", "one"]
