"""An example briefgen plugin (docs/extending.md): a filter, a Markdown extension, a page family.

- filter `initials`: "The Wall Street Journal" → "TWSJ" (used by templates/partials/masthead.html)
- Markdown extension `def_list`, which briefgen knows, so its <dl>/<dt>/<dd> are allowed
- page family: timeline/index.html, every article oldest first, with its own template
"""
from __future__ import annotations

from briefgen.plugins import Plugin
from briefgen.site.model import Page, Site


def initials(text: str) -> str:
    return "".join(word[0] for word in text.split() if word[:1].isalpha()).upper()


def timeline(site: Site) -> list[Page]:
    oldest_first = tuple(reversed(site.entries))
    return [Page("timeline/index.html", "timeline.html", {"entries": oldest_first}, "hooks.py timeline")]


def register() -> Plugin:
    return Plugin(
        filters={"initials": initials},
        globals={"desk": "Example desk"},
        markdown_extensions=("def_list",),
        page_families=(timeline,),
        templates="plugin_templates",
    )
