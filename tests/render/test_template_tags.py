"""The theme's template tags, read from the lexer's tokens (`templatecheck._theme_tags`), are those of
the whole template's parse: the same tags, names, lines and `ignore missing`."""
from __future__ import annotations

import jinja2
from hypothesis import example, given, settings, strategies as st

from briefgen.render.environment import THEME_TEMPLATES
from briefgen.render.templatecheck import _tags, _theme_tags
from support.templategen import statements
from support.examples import examples


def _parsed(source: str) -> list[object]:
    return _tags(jinja2.Environment().parse(source, "t.html"))


def test_the_themes_own_templates() -> None:
    for path in sorted(THEME_TEMPLATES.rglob("*.html")):
        source = path.read_text(encoding="utf-8")
        assert _theme_tags.__wrapped__(path.name, source) == _parsed(source), path


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.one_of(statements(), st.sampled_from(("\n", "{{ x }}\n", "{%- if x -%}\n{% endif %}"))),
                min_size=1, max_size=6).map("".join))
@example('{% extends "base.html" %}\n{% block b %}{% include ["a.html", "b.html"] %}{% endblock %}')
@example('{%\n  include "x.html"\n%}\n\n{% import "m.html" as m %}{% from "n.html" import f %}')
@example('{% raw %}{% include "no.html" %}{% endraw %}{# {% include "c.html" %} #}{% include "yes.html" %}')
def test_any_template(source: str) -> None:
    try:
        expected = _parsed(source)
    except jinja2.TemplateSyntaxError:
        return  # (the theme compiles: its tests say so)
    assert _theme_tags.__wrapped__("t.html", source) == expected
