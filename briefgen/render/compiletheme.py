"""`python -m briefgen.render.compiletheme`: compile the built-in theme into its cache now.

What `python -m compileall` is to a package's modules: a build compiles the theme's templates on
first use and keeps them (render/themecache.py) unless Python writes no bytecode
(`PYTHONDONTWRITEBYTECODE`, `-B`); this writes them in any case, for an installation made
read-only afterwards, an image built with bytecode off, or a test run that builds hundreds of new
sites (tools/test.sh). Exit code 0, or 1 with the reason on stderr when the cache folder cannot be
written (the theme then compiles in each build, as before).
"""
from __future__ import annotations

import sys

from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.environment import make_environment
from briefgen.render.templatecheck import theme_tags
from briefgen.render.themecache import theme_cache_folder


def compile_theme() -> list[str]:
    """Compile every template of the built-in theme through the theme cache, and read its tags for the
    template check, writing what it does not hold; returns the names (POSIX, relative to the theme's
    templates folder) of those it could not keep there. Raises jinja2.TemplateError if a theme
    template does not compile (a broken installation)."""
    env = make_environment(THEME_TEMPLATES, write_theme_cache=True)
    cache = env.theme_cache
    assert cache is not None
    missing = []
    for path in sorted(THEME_TEMPLATES.rglob("*.html")):
        name = path.relative_to(THEME_TEMPLATES).as_posix()
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        env.analyse(source, name, filename)
        theme_tags(env, name, source, filename)  # what the template check reads (render/templatecheck.py)
        if cache.load(source, name, filename) is None:
            missing.append(name)
    return missing


def main() -> int:
    missing = compile_theme()
    if missing:
        print(f"briefgen: could not keep {len(missing)} compiled theme templates in "
              f"{theme_cache_folder(THEME_TEMPLATES)[0]} (not writable?); each build compiles them instead",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
