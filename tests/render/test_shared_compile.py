"""A template compiled once for the analysis and the rendering of a build (render/sharedcompile.py)
finds what `jinja2.meta` finds and compiles to the code `Environment.compile` gives (code objects
compare their instructions, constants, names and line tables; marshal's bytes also depend on reference counts)."""
from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from hypothesis import example, given, settings, strategies as st
from jinja2 import meta

from briefgen.render.environment import THEME_TEMPLATES, make_environment
from briefgen.render.themecache import ThemeCache
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.templategen import statements
from support.examples import examples

def _meta_and_compile(source: str, name: str, filename: str | None) -> tuple[object, ...]:
    env = make_environment(THEME_TEMPLATES)
    tree = env.parse(source)
    variables = frozenset(meta.find_undeclared_variables(tree))
    referenced = tuple(meta.find_referenced_templates(tree))
    code = env.compile(source, name, filename)
    return variables, referenced, code, code.co_filename


def _shared(source: str, name: str, filename: str | None, cache: ThemeCache | None = None) -> tuple[object, ...]:
    env = make_environment(THEME_TEMPLATES)
    env.theme_cache = cache
    variables, referenced = env.analyse(source, name, filename)
    code = env.compile(source, name, filename)
    assert not env._compiled  # handed on once
    return variables, referenced, code, code.co_filename


@pytest.mark.parametrize("name", sorted(make_environment(THEME_TEMPLATES).list_templates()))
def test_the_themes_templates_compile_to_the_same_code_and_read_the_same_names(name: str, tmp_path: Path) -> None:
    """Compiled afresh, then kept in a theme cache (render/themecache.py) and read from it."""
    env = make_environment(THEME_TEMPLATES)
    source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    expected = _meta_and_compile(source, name, filename)
    assert _shared(source, name, filename) == expected
    cache = ThemeCache(THEME_TEMPLATES, tmp_path, True, "options")
    assert _shared(source, name, filename, cache) == expected  # compiled, and kept
    assert cache.load(source, name, filename) is not None
    assert _shared(source, name, filename, cache) == expected  # read back


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(statements(), min_size=1, max_size=4).map("".join), st.booleans())
@example('{% extends "base.html" %}{% block b %}{{ page }}{% endblock %}', True)
@example('{% include ["partials/" ~ "newest.html"] %}', False)  # a name folded to a constant by the code generator
def test_any_template_compiles_to_the_same_code_and_reads_the_same_names(source: str, in_file: bool) -> None:
    filename = "/site/templates/t.html" if in_file else None
    try:
        expected = _meta_and_compile(source, "t.html", filename)
    except jinja2.TemplateSyntaxError:  # the error rendering raises (meta's names no template), at the same line
        with pytest.raises(jinja2.TemplateSyntaxError) as compiled:
            make_environment(THEME_TEMPLATES).compile(source, "t.html", filename)
        exc = compiled.value
        with pytest.raises(type(exc)) as raised:
            _shared(source, "t.html", filename)
        assert (raised.value.lineno, raised.value.message, raised.value.name) == (exc.lineno, exc.message, exc.name)
        return
    assert _shared(source, "t.html", filename) == expected


def test_a_second_compile_of_an_analysed_template_compiles_afresh() -> None:
    env = make_environment(THEME_TEMPLATES)
    env.analyse("{{ x }}", "t.html", None)
    first, second = env.compile("{{ x }}", "t.html", None), env.compile("{{ x }}", "t.html", None)
    assert first is not second and first == second


def test_an_unknown_filter_is_still_an_error_at_its_line(tmp_path) -> None:
    site = write_site(tmp_path, {**MINIMAL_SITE, "templates/article.html": '{% extends "base.html" %}\n'
                                 '{% block main %}\n{{ page.title|shout }}\n{% endblock %}\n'})
    result = run_cli(["build"], site)
    assert result.returncode == 1
    assert "templates/article.html:3:" in result.stderr and "shout" in result.stderr, result.stderr
