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

from briefgen.build import check
from briefgen.load.files import THEME_TEMPLATES
from support.sites import MINIMAL_SITE, run_cli, write_site

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


names = st.sampled_from(BUILT_IN) | st.sampled_from(["artcle.html", "masthead.html", "partial/masthead.html",
                                                     "mine/box.html", "Article.html", "note.html"])


@settings(max_examples=8, deadline=None)
@given(st.lists(names, min_size=1, max_size=4, unique=True), st.booleans())
@example(["masthead.html"], False)
@example(["base.html", "partials/masthead.html", "artcle.html"], True)
def test_exactly_the_files_nothing_reaches_are_named(files: list[str], included: bool) -> None:
    """Any set of files in templates/: those with a built-in name are used, the others named — unless
    an override that is used includes them, or names a template only at render time (then nobody is)."""
    # (an override keeps what its built-in template includes: one that drops an include leaves
    # that template unused, and an override of it is then rightly named)
    templates = {name: (THEME_TEMPLATES / name).read_text(encoding="utf-8") + "<p>mine</p>" if name in BUILT_IN
                 else "<p>{{ config.title }}</p>" for name in files}
    if included:
        templates["partials/masthead.html"] = MASTHEAD + "".join(
            f'{{% include "{name}" %}}' for name in files if name not in BUILT_IN)
    problems = _check(templates)
    named = sorted(p.split(":")[0].removeprefix("templates/") for p in problems if "not used" in p)
    assert named == ([] if included else sorted(n for n in files if n not in BUILT_IN)), problems
    assert not [p for p in problems if "not used" not in p], problems
    if files and not included:
        templates["partials/masthead.html"] = MASTHEAD + '{% include "mine/" ~ config.language ~ ".html" ignore missing %}'
        assert not [p for p in _check(templates) if "not used" in p]
