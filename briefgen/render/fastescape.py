"""Autoescaping as Jinja's compiled templates do it, without markupsafe's Python-level steps for a str or a Markup.

Every `{{ value }}` of an autoescaped template runs `escape(value)`, the name Jinja's compiled template module
imports from `jinja2.runtime` (markupsafe's). markupsafe 3's `escape` is Python around a C core: for a `str` it
calls `Markup(...)`, whose `__new__` asks again for `__html__`; for a `Markup` it makes a copy of it through
`__html__` and `Markup.__new__`. A page of the built-in theme escapes ~200 values (1,000-article corpus: 378,000
escapes for its 1,913 pages — 64 % `str`, 24 % `Markup`, the rest `Attributes`, `int`, `Undefined`), and the two
steps were ~14 % of rendering the pages' templates (`render_page` over every page with the comparisons warm, CPU,
SP17, docs/log/performance.md "SP17").

`escape` here gives the same string of the same type: a `str` escaped by markupsafe's own C function and made a
`Markup` directly (what `Markup.__new__` does with a plain `str`), a `Markup` as it is (immutable: its copy equals
it), anything else to markupsafe's `escape`. Where markupsafe has no `_escape_inner` (another version), it is
markupsafe's `escape` itself. `FastEscapeTemplate` puts it in each compiled template's module in place of
markupsafe's (`Environment.template_class`, Jinja's documented extension point; the module is the globals of
the template's functions, so `root`, blocks and macros all read it).
"""
from __future__ import annotations

from typing import Any, MutableMapping

import jinja2
import markupsafe
from markupsafe import Markup

_ESCAPE = markupsafe.escape
_INNER = getattr(markupsafe, "_escape_inner", None)  # (markupsafe ≥ 2.1: C in _speedups, else its Python twin)
_NEW = str.__new__


def _fast_escape(value: Any) -> Markup:
    """`markupsafe.escape(value)`, the same string of the same type, in fewer steps for a str and a Markup."""
    kind = type(value)
    if kind is str:
        return _NEW(Markup, _INNER(value))  # type: ignore[misc]
    if kind is Markup:
        return value  # type: ignore[no-any-return]
    return _ESCAPE(value)


escape = _fast_escape if _INNER is not None else _ESCAPE


class FastEscapeTemplate(jinja2.Template):
    """A Jinja template whose compiled module escapes with this module's `escape`."""

    @classmethod
    def _from_namespace(cls, environment: jinja2.Environment, namespace: MutableMapping[str, Any],
                        globals: MutableMapping[str, Any]) -> Any:
        if namespace.get("escape") is _ESCAPE:  # (the compiled module's `from jinja2.runtime import … escape`)
            namespace["escape"] = escape
        return super()._from_namespace(environment, namespace, globals)  # type: ignore[misc]
