"""Jinja templates drawn for properties: text, output, set, include, import, if, for, macro, block and
with statements nested, over names of the site model, Jinja's own (`loop`) and constants."""
from __future__ import annotations

from hypothesis import strategies as st

NAMES = ("briefing", "page", "article", "item", "x", "interface_language", "loop", "config")
CONSTANTS = ('"a"', '"b.html"', "1", "2", "none", "true", "[1, 2]", '"partials/" ~ "newest.html"')


def expressions() -> st.SearchStrategy[str]:
    # (an attribute only of a name: `"b.html".title` folds to a bound method, whose printed form holds
    # its address, so two compiles of it differ in plain Jinja too)
    leaves = st.one_of(st.sampled_from(NAMES + CONSTANTS), st.sampled_from(NAMES).map(lambda n: f"{n}.title"))
    return st.recursive(leaves, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(("~", "+", "and", "or", "==")), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda e: f"{e}|upper"),
        inner.map(lambda e: f'{e}|default("d")'),
        inner.map(lambda e: f"{e}|isolate"),
        inner.map(lambda e: f"{e} is defined"),
        inner.map(lambda e: f"[{e}]"),
    ), max_leaves=4)


def statements() -> st.SearchStrategy[str]:
    expr = expressions()
    return st.recursive(st.one_of(
        st.sampled_from(("text ", "\n", "  ")),
        expr.map(lambda e: "{{ " + e + " }}"),
        expr.map(lambda e: "{% set y = " + e + " %}{{ y }}"),
        expr.map(lambda e: "{% include " + e + " ignore missing %}"),
        expr.map(lambda e: "{% from " + e + " import m with context %}"),
        expr.map(lambda e: "{%- include " + e + " -%}"),
        expr.map(lambda e: "{% import " + e + " as mm %}"),
        expr.map(lambda e: "{% include\n  " + e + "\n  ignore missing\n%}"),  # a tag over several lines
        st.just('{% raw %}{% include "no.html" %}{% endraw %}'),
        st.just('{# {% include "c.html" %} #}'),
    ), lambda inner: st.one_of(
        st.tuples(expr, st.lists(inner, max_size=3)).map(
            lambda t: "{% if " + t[0] + " %}" + "".join(t[1]) + "{% else %}{{ x }}{% endif %}"),
        st.tuples(st.sampled_from(("item", "x", "page")), expr, st.lists(inner, max_size=3)).map(
            lambda t: "{% for " + t[0] + " in " + t[1] + " %}" + "".join(t[2]) + "{{ loop.index }}{% endfor %}"),
        st.lists(inner, max_size=3).map(lambda body: "{% macro m(article) %}" + "".join(body) + "{% endmacro %}{{ m(x) }}"),
        st.lists(inner, max_size=3).map(lambda body: "{% block b %}" + "".join(body) + "{% endblock %}"),
        st.lists(inner, max_size=3).map(lambda body: "{% with item = page %}" + "".join(body) + "{% endwith %}"),
    ), max_leaves=6)
