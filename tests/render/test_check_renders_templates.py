"""`briefgen check` finds what a build finds in template overrides: a failure that shows only when
a template is rendered (a field the site model does not have, an undefined name, a filter failing
on its value) is an error of `check` too, at the template's line (render/trialrender.py).

Found in a contract audit (2026-12-03): `templates/article.html` with `{{ config.tagline }}` —
README's own example of a field the model does not have — passed `briefgen check` ("no errors",
exit 0), and `briefgen build` then failed on every article's page.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

import briefgen
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

THEME = Path(briefgen.__file__).parent / "theme" / "templates"
# Templates of the minimal site's pages and feed items, with where an expression goes in each.
PLACES = {
    "article.html": "{% block title %}", "index.html": "{% block title %}", "topic.html": "{% block title %}",
    "edition.html": "{% block title %}", "editions.html": "{% block title %}", "404.html": "{% block title %}",
    "feeds/article.html": "{% set a = entry.article %}", "feeds/note.html": "",
}
FAILING = ["{{ config.tagline }}", "{{ no_such_name }}", "{{ no_such_name.x }}", "{{ config.title|int(strict) }}",
           "{{ (config.topics|first).nosuch }}", "{{ range(2)|join(', ')|no_such_filter }}"]


def first_error(result_stderr: str) -> str:
    return next(line for line in result_stderr.splitlines() if line.startswith("templates/"))


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(PLACES)), st.sampled_from(FAILING))
@example("article.html", "{{ config.tagline }}")
def test_check_fails_where_build_fails_on_a_template(tmp_path: Path, name: str, expression: str) -> None:
    root = write_site(tmp_path / f"s{abs(hash((name, expression)))}", MINIMAL_SITE)
    if (root / "output").exists():
        return  # (the same draw again: already tried)
    theme = (THEME / name).read_text()
    place = PLACES[name]
    override = theme.replace(place, place + expression, 1) if place else expression + theme
    (root / "templates" / name).parent.mkdir(parents=True, exist_ok=True)
    (root / "templates" / name).write_text(override)
    checked = run_cli(["check"], cwd=root)
    built = run_cli(["build"], cwd=root)
    assert "Traceback" not in checked.stderr + built.stderr
    assert built.returncode == 1, built.stderr  # (every one of them fails a build)
    assert checked.returncode == 1, checked.stderr
    assert first_error(checked.stderr).split(": ")[0] == first_error(built.stderr).split(": ")[0]
    assert not (root / "output").exists()


def test_check_says_no_errors_for_the_theme_and_a_good_override(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "templates/article.html": (THEME / "article.html").read_text()
                                       .replace("{% block title %}", "{% block title %}{{ config.title }} ", 1)})
    result = run_cli(["check"], cwd=root)
    assert result.returncode == 0 and "no errors" in result.stdout + result.stderr, result.stderr
