"""`briefgen check`'s trial rendering: one page of each template, and the feeds, rendered in memory
and thrown away, so that a template override that fails only when rendered is found by `check`
too, not first by `build`.

Takes the planned site (`build.plan`'s pages and site model) and the template environment; gives
the diagnostics of what failed, as a build gives them (`render.html`: the template's file and line,
and the page it failed on). The compile-time checks (`render.templatecheck`) find a syntax error or
a missing include without rendering; a field the site model does not have (`{{ config.tagline }}`,
`{{ a.nosuch }}`) or a filter failing on its value is found only by rendering. Before 2026-12-03
`check` said "no errors" (exit 0) for such an override and the build then failed on every page.

One page per template: a mistake on a template's every page is found, one that only some pages'
data reach may not be (the build still finds it). The feeds render every item (their items are the
same few templates over ~50 entries a topic).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

import jinja2

from briefgen.diagnostics import Diagnostic
from briefgen.render.html import RenderFailed, part_renderer, render_page
from briefgen.render.machine import feed_files


def trial_render(env: jinja2.Environment, pages: Sequence[Any], site: Any, build_time: dt.datetime | None
                 ) -> list[Diagnostic]:
    """The failures of rendering the first page of each template of `pages`, then the feeds."""
    first: dict[str, Any] = {}
    for page in pages:
        if not page.redirect:
            first.setdefault(page.template, page)
    problems = [found for page in first.values()
                if isinstance(found := render_page(env, page, site), Diagnostic)]
    try:
        feed_files(site, part_renderer(env, site), build_time)
    except RenderFailed as exc:
        problems.append(exc.diagnostic)
    return problems
