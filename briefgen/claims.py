"""What a build writes, as claims: (output path, origin) pairs, checked for collisions
(output/guards.check_collisions) and read by the link check (site/sitelinks.SiteFiles).

A path ending in "/" claims a whole folder (the search index's, the sitemap's parts). A redirect
left at a former address (`Page.redirect`, pages.moved_pages) claims its path only when nothing
else is in the way of it (output/guards.give_way): it never overwrites anything, and nobody's
page or file fails the build because of it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from briefgen.load.files import THEME_STATIC
from briefgen.output.guards import give_way
from briefgen.render.machine import SEARCH_FOLDERS, SITEMAP_FOLDER, machine_paths
from briefgen.site.model import Page

if TYPE_CHECKING:
    from briefgen.build import Inputs

Claims = list[tuple[str, str]]


def planned_claims(inputs: Inputs, pages: Sequence[Page]) -> tuple[list[Page], Claims, Claims]:
    """The pages to write (`pages` less the redirects something else is in the way of), what they
    and the generated files claim, and what the site's own static/ files claim ("static/<path>";
    the theme's are left out: a site's file of one name replaces the theme's)."""
    generated = ([(path, "generated " + path) for path in machine_paths(inputs.config)]
                 + [(folder, "the search index") for folder in SEARCH_FOLDERS] + [(SITEMAP_FOLDER, "the sitemap")])
    static = [(path, f"static/{path}") for path, source in inputs.static.items() if THEME_STATIC not in source.parents]
    redirects = [page.path for page in pages if page.redirect]
    if redirects:
        taken = give_way([(p.path, p.origin) for p in pages if not p.redirect] + generated + static, redirects)
        pages = [page for page in pages if not (page.redirect and page.path in taken)]
    return list(pages), [(page.path, page.origin) for page in pages] + generated, static
