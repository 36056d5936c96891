"""A template that fails alike on many pages is one diagnostic (render.html.merge_failures).

A trial: a mistake on one line of an override of article.html (`{{ a.nonexistent.deeper }}`)
printed one error per article page — 33 lines on a 33-article site, 10,000 at 10,000 — in
the terminal and in `serve`'s overlay. Real sites are built; the diagnostics are the build's.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.diagnostics import Diagnostic, error, warning
from briefgen.render.html import merge_failures
from briefgen.speed.memo import Memo
from briefgen.load.files import THEME_TEMPLATES as THEME_DIR
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

ARTICLE = """\
---
title: Report {n} on the talks
source: Example Times
published: 2023-05-1{n}T09:00:00+03:00
---
Diplomats met again, officials said.
"""


def build_with(template_line: str, articles: int) -> list[Diagnostic]:
    """Build a site of `articles` articles whose article.html has `template_line` in place of its <h1>."""
    theme = (THEME_DIR / "article.html").read_text(encoding="utf-8")
    assert "<h1{{ content_attrs(a.language) }}>{{ a.title }}</h1>" in theme
    files = {**MINIMAL_SITE, "templates/article.html": theme.replace("<h1{{ content_attrs(a.language) }}>{{ a.title }}</h1>", template_line)}
    files.update({f"content/articles/report-{n}.md": ARTICLE.format(n=n) for n in range(articles)})
    with tempfile.TemporaryDirectory(prefix="briefgen-template-") as temp:
        root = write_site(Path(temp) / "site", files)
        result = build(root / "config.yaml", BuildOptions(output_dir=root / "output", jobs=1), Memo())
    assert not result.ok
    return [d for d in result.diagnostics if d.severity == "error"]


@settings(max_examples=examples(6), deadline=None)
@given(st.integers(1, 6))
def test_a_line_failing_on_every_article_is_one_error(articles: int) -> None:
    errors = build_with("<h1>{{ a.nonexistent.deeper }}</h1>", articles)
    pages = articles + 1  # and first-report, the minimal site's own article
    assert len(errors) == 1, errors
    assert errors[0].path == "templates/article.html" and errors[0].line > 0
    assert "UndefinedError" in errors[0].message and "nonexistent" in errors[0].message
    assert re.search(r"while rendering articles/first-report/index\.html and "
                     f"{pages - 1} other pages?:", errors[0].message), errors[0].message


def test_failures_that_differ_stay_apart() -> None:
    # A KeyError naming each title: a different failure on each page, each reported.
    errors = build_with("<h1>{{ {}[a.title] }}</h1>", 2)
    assert len(errors) == 3 and len({e.message for e in errors}) == 3
    assert all("other page" not in e.message for e in errors)


failure = st.builds(lambda page, line, why: error("templates/t.html", line, f"template error while rendering {page}: {why}"),
                    st.sampled_from(["index.html", "a/index.html", "b/index.html", "c/index.html"]),
                    st.integers(1, 3), st.sampled_from(["KeyError: 'x'", "UndefinedError: y\nmore"]))
other = st.builds(lambda p, m: error(p, 1, m), st.sampled_from(["content/articles/a.md", "config.yaml"]),
                  st.sampled_from(["bad", "template error: unexpected '}'"])) | st.just(warning("x.md", 2, "w"))


@given(st.lists(failure | other, max_size=12, unique=True))
def test_merging_keeps_one_per_line_and_cause_and_every_other_problem(problems: list[Diagnostic]) -> None:
    merged = merge_failures(problems)
    rendering = [d for d in problems if d.message.startswith("template error while rendering")]
    assert [d for d in merged if not d.message.startswith("template error while rendering")] == \
        [d for d in problems if d not in rendering]
    keys = {(d.path, d.line, d.message.split(": ", 1)[1]) for d in rendering}
    assert len([d for d in merged if d.message.startswith("template error while rendering")]) == len(keys)
    for d in merged:
        if match := re.fullmatch(r"template error while rendering (\S+)(?: and (\d+) other pages?)?: (.*)",
                                 d.message, re.S):
            same = [r for r in rendering if (r.path, r.line, r.message.split(": ", 1)[1]) == (d.path, d.line, match[3])]
            assert int(match[2] or 0) == len(same) - 1
            assert match[1] == min(r.message.split()[4].rstrip(":") for r in same)



# A trial: `{% extends "x.html" %}` inside a block of templates/article.html ended the build
# with "briefgen: unexpected error: TemplateAssertionError" (no file, no line): what only
# Jinja's compiler checks (also an unknown filter, a block defined twice) was raised while
# finding the variables a template reads (render.environment.template_variables).
COMPILE_MISTAKES = ['{% extends "x.html" %}', "{{ a.title|titel }}", "{{ a.title|no_such_filter(1) }}",
                    "{% block content %}{% endblock %}", '{% if a %}{% extends "base.html" %}{% endif %}']


@settings(max_examples=examples(3), deadline=None)
@given(st.sampled_from(COMPILE_MISTAKES))
def test_a_mistake_only_the_compiler_sees_is_an_error_at_its_line(mistake: str) -> None:
    """Replacing the <h1> of article.html (inside its block, on a line > 1) by a mistake that
    parses but does not compile: one error at templates/article.html and a line, never a crash."""
    errors = build_with(mistake, 1)
    assert len(errors) == 1, errors
    assert errors[0].path == "templates/article.html" and errors[0].line > 1, errors[0]
    assert errors[0].message.startswith("template error: "), errors[0]


def test_extends_inside_a_block_is_reported_not_a_crash() -> None:
    errors = build_with('{% extends "x.html" %}', 1)
    assert [d.message for d in errors] == ["template error: cannot use extend from a non top-level scope"]


# A trial: `{% include "../config.yaml" %}` in templates/article.html was reported as
# "templates: template ... not found" — no file, no line, so the editor had to hunt for it.
MISSING_TAGS = ['{{% include "{name}" %}}', '{{% import "{name}" as m %}}', '{{% from "{name}" import x %}}']


@settings(max_examples=examples(2), deadline=None)
@given(tag=st.sampled_from(MISSING_TAGS),
       name=st.sampled_from(["../config.yaml", "/etc/hostname", "partials/nope.html", "feeds/../../x.html"]))
def test_a_missing_template_is_reported_at_the_tag_that_names_it(tag: str, name: str) -> None:
    """Any tag naming a template that does not exist, in place of article.html's <h1>: the error
    is at templates/article.html and that line, and names the missing template."""
    errors = build_with(tag.format(name=name), 1)
    assert len(errors) == 1, errors
    assert errors[0].path == "templates/article.html" and errors[0].line > 1, errors[0]
    assert f'template "{name}" not found' in errors[0].message


def test_include_of_the_config_is_reported_at_its_line() -> None:
    lines = (THEME_DIR / "article.html").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "<h1{{ content_attrs(a.language) }}>{{ a.title }}</h1>" in text)
    errors = build_with('{% include "../config.yaml" %}', 1)
    assert [(d.path, d.line) for d in errors] == [("templates/article.html", line)], errors


MODEL_OBJECTS = {"config": "Config", "a": "Article", "briefing": "Site"}


@settings(max_examples=examples(4), deadline=None)
@given(variable=st.sampled_from(sorted(MODEL_OBJECTS)),
       field=st.from_regex(r"[a-z][a-z_]{2,12}", fullmatch=True).filter(lambda f: f not in {
           "title", "config", "source", "slug", "url", "language", "summary", "via", "topics", "tags", "author",
           "authors", "published", "draft", "story", "notes", "entries", "stories", "people", "sources", "guid",
           "body", "timezone", "edition", "editions", "base_url", "base_path", "revision", "links"}))
def test_a_field_the_model_does_not_have_is_named_without_briefgens_module_paths(variable: str, field: str) -> None:
    """A trial's template read `config.tagline`: the error said "'briefgen.load.config.Config object'
    has no attribute 'tagline'", the program's internals. It names the object's kind and its fields."""
    problems = [d for d in build_with(f"<h1>{{{{ {variable}.{field} }}}}</h1>", 2) if d.severity == "error"]
    if not problems:  # (a field the object has after all, or a method: the filter cannot know them all)
        return
    (problem,) = problems
    assert "briefgen." not in problem.message and "object'" not in problem.message, problem.message
    kind = MODEL_OBJECTS[variable]
    assert f"UndefinedError: {kind} has no field '{field}'; it has: " in problem.message, problem.message


def test_the_reported_config_key() -> None:
    (problem,) = [d for d in build_with("<h1>{{ config.tagline }}</h1>", 1) if d.severity == "error"]
    assert problem.path == "templates/article.html"
    assert "Config has no field 'tagline'; it has: title, base_url, language" in problem.message, problem.message
