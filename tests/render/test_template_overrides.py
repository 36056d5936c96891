"""The site's templates are checked before rendering (render.templatecheck).

Found by a trial of customising the theme: an override saved under a name no page uses —
`templates/artcle.html`, `templates/masthead.html` (for partials/masthead.html),
`templates/partial/masthead.html` — was ignored without a word, so the editor's change never
appeared; and `briefgen check` said "no errors" for an override with a syntax error or an
{% include %} of a missing file, which `build` then refused.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.checking import check
from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.environment import make_environment
from briefgen.render.templatecheck import template_problems
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

BUILT_IN = sorted(p.relative_to(THEME_TEMPLATES).as_posix() for p in THEME_TEMPLATES.rglob("*.html"))
MASTHEAD = (THEME_TEMPLATES / "partials" / "masthead.html").read_text(encoding="utf-8")


def _check(templates: dict[str, str]) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="briefgen-overrides-") as temp:
        root = write_site(Path(temp) / "site", {**MINIMAL_SITE, **{f"templates/{k}": v for k, v in templates.items()}})
        return [str(d) for d in check(root / "config.yaml").diagnostics]


def test_an_override_under_a_name_nothing_uses_is_named_with_the_name_meant(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory({**MINIMAL_SITE,
                         "templates/artcle.html": "{% extends 'base.html' %}",
                         "templates/masthead.html": MASTHEAD,
                         "templates/partial/masthead.html": MASTHEAD,
                         "templates/README.md": "my notes",
                         "templates/article.html~": "a backup", "templates/base.html.orig": "<p>",
                         "templates/partials/masthead.html": MASTHEAD + '{% include "partials/tagline.html" %}',
                         "templates/partials/tagline.html": "<p>Our tagline</p>"})
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0, result.stderr
    warned = sorted(line for line in result.stderr.splitlines() if "not used" in line)
    assert [line.split(":")[0] for line in warned] == [
        "templates/artcle.html", "templates/masthead.html", "templates/partial/masthead.html"]
    assert '(did you mean "article.html"?)' in warned[0]
    assert '(did you mean "partials/masthead.html"?)' in warned[1] and '"partials/masthead.html"?)' in warned[2]
    assert "Our tagline" in (root / "output" / "index.html").read_text()


def test_check_finds_what_build_would_refuse() -> None:
    broken = MASTHEAD + "{% if config.title %}\n{{ config.title }\n"
    assert _check({"partials/masthead.html": broken})[0].startswith("templates/partials/masthead.html:")
    missing = "<p>x</p>\n\n" + '{% include "partials/taglin.html" %}\n'
    assert _check({"partials/masthead.html": missing}) == [
        'templates/partials/masthead.html:3: template "partials/taglin.html" not found in templates/ or the '
        "built-in theme; check the name in your {% extends %}, {% include %} or {% import %}"]
    assert _check({"partials/masthead.html": "{{ config.title|shout }}"}) == [
        "templates/partials/masthead.html:1: template error: No filter named 'shout'."]


def _problems(templates: dict[str, str]) -> list[str]:
    """template_problems of a site with these templates, from every page template (faster than check)."""
    with tempfile.TemporaryDirectory(prefix="briefgen-overrides-") as temp:
        folder = write_site(Path(temp) / "templates", templates)
        env = make_environment(folder)
        return [str(d) for d in template_problems(env, [n for n in BUILT_IN if n.count("/") == 0])]


names = st.sampled_from(BUILT_IN) | st.sampled_from(["artcle.html", "masthead.html", "partial/masthead.html",
                                                     "mine/box.html", "Article.html", "note.html"])


@settings(max_examples=examples(20), deadline=None, database=None)
@given(st.lists(names, min_size=1, max_size=4, unique=True), st.booleans())
@example(["masthead.html"], False)
@example(["base.html", "partials/masthead.html", "artcle.html"], True)
def test_exactly_the_files_nothing_reaches_are_named(files: list[str], included: bool) -> None:
    """Any set of files in templates/: those with a built-in name are used, the others named — unless
    an override that is used includes them, or names a template only at render time (then nobody is)."""
    # (an override keeps what its built-in template includes: one that drops an include leaves
    # that template unused, and an override of it is then rightly named)
    # (an override's change is a comment: text after the last block of one that extends is never
    # shown, a warning of its own, tests/render/test_template_blocks.py)
    templates = {name: (THEME_TEMPLATES / name).read_text(encoding="utf-8") + "{# mine #}" if name in BUILT_IN
                 else "<p>{{ config.title }}</p>" for name in files}
    if included:
        templates["partials/masthead.html"] = MASTHEAD + "".join(
            f'{{% include "{name}" %}}' for name in files if name not in BUILT_IN)
    problems = _problems(templates)
    named = sorted(p.split(":")[0].removeprefix("templates/") for p in problems if "not used" in p)
    assert named == ([] if included else sorted(n for n in files if n not in BUILT_IN)), problems
    assert not [p for p in problems if "not used" not in p], problems
    if files and not included:
        templates["partials/masthead.html"] = MASTHEAD + '{% include "mine/" ~ config.language ~ ".html" ignore missing %}'
        assert not [p for p in _problems(templates) if "not used" in p]


def test_an_override_extending_its_own_name_is_one_error_saying_to_copy_the_theme() -> None:
    assert _check({"base.html": '{% extends "base.html" %}{% block title %}Mine{% endblock %}'}) == [
        "templates/base.html:1: {% extends \"base.html\" %} names this template itself: an override replaces the "
        "theme's base.html rather than extending it; copy the theme's file (briefgen/theme/templates/base.html) "
        "and change the copy"]


CHAIN = ["base.html", "article.html", "index.html", "topic.html"]


@settings(max_examples=examples(20), deadline=None, database=None)
@given(st.dictionaries(st.sampled_from(CHAIN), st.sampled_from([*CHAIN, None]), min_size=1))
@example({"base.html": "base.html"})
@example({"base.html": "article.html"})
def test_exactly_the_circles_of_extends_are_errors(overrides: dict[str, str | None]) -> None:
    """Overrides extending one another (or the theme's templates, which extend base.html): one error
    per circle, found by following each template's parent; none without a circle."""
    parent = {name: "base.html" for name in CHAIN if name != "base.html"}  # the theme's own
    parent.pop("base.html", None)
    for name, extends in overrides.items():
        if extends is None:
            parent.pop(name, None)
        else:
            parent[name] = extends
    circles = set()
    for start in parent:
        seen = [start]
        while seen[-1] in parent and parent[seen[-1]] not in seen:
            seen.append(parent[seen[-1]])
        if seen[-1] in parent:
            circle = seen[seen.index(parent[seen[-1]]):]
            circles.add(frozenset(circle))
    templates = {name: (f'{{% extends "{extends}" %}}' if extends else "<p>{{ config.title }}</p>")
                 for name, extends in overrides.items()}
    found = [p for p in _problems(templates) if "{% extends" in p]
    assert len(found) == len(circles), (found, circles)
